package no.rhf.servicemiljo.reorganisation;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface ReorganisationCaseRepository extends JpaRepository<ReorganisationCase, Long> {

    @EntityGraph(attributePaths = {"unit", "unit.hostTrust", "unit.hostTrust.region", "responsibleRegion", "successor"})
    @Query("select c from ReorganisationCase c where c.id = ?1")
    Optional<ReorganisationCase> findDetailed(long id);

    @EntityGraph(attributePaths = {"unit", "unit.hostTrust", "unit.hostTrust.region", "responsibleRegion", "successor"})
    @Query("select c from ReorganisationCase c order by c.createdAt desc, c.id desc")
    List<ReorganisationCase> findAllDetailed();

    @EntityGraph(attributePaths = {"unit", "responsibleRegion", "successor"})
    @Query("select c from ReorganisationCase c where c.unit.id = ?1 order by c.createdAt desc, c.id desc")
    List<ReorganisationCase> findByUnit(long unitId);

    @Query("select count(c) > 0 from ReorganisationCase c where c.unit.id = ?1 and c.status in ?2")
    boolean existsForUnitWithStatus(long unitId, List<CaseStatus> statuses);

    @Query("select count(c) > 0 from ReorganisationCase c where c.unit.id = ?1 and c.kind = ?2 and c.createdAt >= ?3")
    boolean existsSince(long unitId, CaseKind kind, java.time.Instant since);
}
