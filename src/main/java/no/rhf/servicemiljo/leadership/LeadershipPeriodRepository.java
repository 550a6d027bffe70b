package no.rhf.servicemiljo.leadership;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface LeadershipPeriodRepository extends JpaRepository<LeadershipPeriod, Long> {

    @EntityGraph(attributePaths = "region")
    List<LeadershipPeriod> findAllByOrderByStartsOn();
}
