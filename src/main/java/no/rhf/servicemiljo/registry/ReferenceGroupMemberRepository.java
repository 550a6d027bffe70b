package no.rhf.servicemiljo.registry;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;

interface ReferenceGroupMemberRepository extends JpaRepository<ReferenceGroupMember, Long> {

    @Query("select m from ReferenceGroupMember m where m.unit.id = ?1 order by m.appointedOn desc, m.id desc")
    List<ReferenceGroupMember> findAllOfUnit(long unitId);

    @Query("""
            select m from ReferenceGroupMember m where m.unit.id in ?1
            and m.appointedOn <= ?2 and (m.endsOn is null or m.endsOn >= ?2)
            """)
    List<ReferenceGroupMember> findCurrent(Collection<Long> unitIds, LocalDate day);

    @Query("""
            select count(m) > 0 from ReferenceGroupMember m where m.unit.id = ?1 and m.user.id = ?2
            and m.appointedOn <= ?3 and (m.endsOn is null or m.endsOn >= ?3)
            """)
    boolean isCurrentMember(long unitId, long userId, LocalDate day);
}
