package no.rhf.servicemiljo.reorganisation;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface InvolvementRepository extends JpaRepository<Involvement, Long> {

    @Query("select i from Involvement i where i.reorganisationCase.id = ?1 order by i.heldOn, i.id")
    List<Involvement> findByCase(long caseId);
}
