package no.rhf.servicemiljo.leadership;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface HandoverItemRepository extends JpaRepository<HandoverItem, Long> {

    @EntityGraph(attributePaths = {"doneBy", "doneBy.region"})
    List<HandoverItem> findByPeriodIdOrderBySortOrder(long periodId);

    @Query("select i.period.id from HandoverItem i where i.id = ?1")
    long findPeriodIdOf(long itemId);
}
