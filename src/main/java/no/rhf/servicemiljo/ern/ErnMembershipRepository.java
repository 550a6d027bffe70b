package no.rhf.servicemiljo.ern;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;

interface ErnMembershipRepository extends JpaRepository<ErnMembership, Long> {

    @Query("select m from ErnMembership m where m.unit.id = ?1 order by lower(m.network)")
    List<ErnMembership> findByUnit(long unitId);

    /** Every membership with its unit's hosts and regions in one statement (the national overview). */
    @EntityGraph(attributePaths = {"unit", "unit.hostTrust", "unit.hostTrust.region", "unit.secondHostTrust",
            "unit.secondHostTrust.region"})
    @Query("select m from ErnMembership m order by lower(m.network), m.unit.nameNb")
    List<ErnMembership> findAllWithUnits();

    @Query("select count(m) > 0 from ErnMembership m where m.unit.id = ?1 and lower(m.network) = lower(?2) and m.id <> ?3")
    boolean existsOther(long unitId, String network, long exceptId);
}
