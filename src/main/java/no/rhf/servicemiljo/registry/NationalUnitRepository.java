package no.rhf.servicemiljo.registry;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
import java.util.Optional;

interface NationalUnitRepository extends JpaRepository<NationalUnit, Long>, JpaSpecificationExecutor<NationalUnit> {

    /** One page with hosts, regions and contact in the same statement: no N+1 in the list. */
    @Override
    @EntityGraph(attributePaths = {"hostTrust", "hostTrust.region", "secondHostTrust", "secondHostTrust.region", "contact"})
    Page<NationalUnit> findAll(Specification<NationalUnit> spec, Pageable pageable);

    @Override
    @EntityGraph(attributePaths = {"hostTrust", "hostTrust.region", "secondHostTrust", "secondHostTrust.region", "contact"})
    List<NationalUnit> findAll(Specification<NationalUnit> spec);

    @EntityGraph(attributePaths = {"hostTrust", "hostTrust.region", "secondHostTrust", "secondHostTrust.region", "contact", "successor"})
    @Query("select u from NationalUnit u where u.id = ?1")
    Optional<NationalUnit> findDetailed(long id);

    boolean existsByNameNbIgnoreCase(String nameNb);

    /** Units in operation whose term, network funding or year-six evaluation ends in the period. */
    @EntityGraph(attributePaths = {"hostTrust", "hostTrust.region", "secondHostTrust", "secondHostTrust.region", "contact"})
    @Query("""
            select u from NationalUnit u where u.status in (no.rhf.servicemiljo.registry.UnitStatus.ACTIVE,
                no.rhf.servicemiljo.registry.UnitStatus.UNDER_REORGANISATION)
            and ((u.termEnd between ?1 and ?2) or (u.fundingEnd between ?1 and ?2) or (u.yearSixEvaluation between ?1 and ?2))
            """)
    List<NationalUnit> findEndingBetween(java.time.LocalDate from, java.time.LocalDate to);

    @Query("select count(u) > 0 from NationalUnit u where lower(u.nameNb) = lower(?1) and u.id <> ?2")
    boolean existsOtherWithName(String nameNb, long id);

    @Query("select u from NationalUnit u where u.kind in (no.rhf.servicemiljo.registry.UnitKind.QUALITY_COMPETENCE_NETWORK,"
            + " no.rhf.servicemiljo.registry.UnitKind.NATIONAL_CENTRE) order by u.nameNb")
    List<NationalUnit> findPossibleSuccessors();

    /** Units in operation per host region and kind; a multi-regional service counts in both regions. */
    @Query(value = """
            select t.region_id as region_id, u.kind as kind, count(distinct u.id) as units
            from national_unit u
            join health_trust t on t.id = u.host_trust_id or t.id = u.second_host_trust_id
            where u.status in ('ACTIVE', 'UNDER_REORGANISATION')
            group by t.region_id, u.kind
            """, nativeQuery = true)
    List<Object[]> countByRegionAndKind();

    /** Distinct units in operation per kind (the totals row: a multi-regional service counts once). */
    @Query(value = "select kind, count(*) from national_unit where status in ('ACTIVE', 'UNDER_REORGANISATION') group by kind",
            nativeQuery = true)
    List<Object[]> countByKind();
}
