package no.rhf.servicemiljo.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.persistence.EntityManager;
import no.rhf.servicemiljo.base.audit.AuditRevision;
import org.hibernate.envers.AuditReaderFactory;
import org.hibernate.envers.RevisionType;
import org.hibernate.envers.query.AuditEntity;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * The history of a unit and its reference group, from the Envers audit tables: who changed which
 * field when, with the old and the new value.
 */
@Service
@Transactional(readOnly = true)
public class UnitHistoryService {

    private final EntityManager entityManager;

    UnitHistoryService(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Newest first. */
    @PermitAll
    public List<HistoryEntry> history(long unitId) {
        var reader = AuditReaderFactory.get(entityManager);
        List<HistoryEntry> entries = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Object[]> unitRevisions = reader.createQuery().forRevisionsOfEntity(NationalUnit.class, false, true)
                .add(AuditEntity.id().eq(unitId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        UnitHistoryService.<NationalUnit>diff(unitRevisions, u -> null, UnitHistoryService::describe, entries);
        @SuppressWarnings("unchecked")
        List<Object[]> memberRevisions = reader.createQuery().forRevisionsOfEntity(ReferenceGroupMember.class, false, true)
                .add(AuditEntity.relatedId("unit").eq(unitId)).addOrder(AuditEntity.revisionNumber().asc()).getResultList();
        UnitHistoryService.<ReferenceGroupMember>diff(memberRevisions, ReferenceGroupMember::getPersonName, UnitHistoryService::describe, entries);
        entries.sort(Comparator.comparing(HistoryEntry::when).reversed());
        return withFullNames(entries);
    }

    /** The audit stores who changed by user name; the history shows full names like everywhere else (one query). */
    private List<HistoryEntry> withFullNames(List<HistoryEntry> entries) {
        List<String> usernames = entries.stream().map(HistoryEntry::who).filter(Objects::nonNull).distinct().toList();
        if (usernames.isEmpty()) {
            return entries;
        }
        Map<String, String> names = new HashMap<>();
        entityManager.createQuery("select u.username, u.fullName from AppUser u where u.username in :names", Object[].class)
                .setParameter("names", usernames).getResultList()
                .forEach(row -> names.put((String) row[0], (String) row[1]));
        return entries.stream().map(e -> new HistoryEntry(e.when(), names.getOrDefault(e.who(), e.who()), e.subject(), e.field(),
                e.oldValue(), e.newValue())).toList();
    }

    private static <T> void diff(List<Object[]> revisions, Function<T, String> subject,
                                 Function<T, Map<String, Object>> describe, List<HistoryEntry> into) {
        Map<Object, Map<String, Object>> previousById = new HashMap<>();
        for (Object[] revision : revisions) {
            @SuppressWarnings("unchecked")
            T entity = (T) revision[0];
            AuditRevision rev = (AuditRevision) revision[1];
            RevisionType type = (RevisionType) revision[2];
            Object id = entity instanceof NationalUnit u ? u.getId() : ((ReferenceGroupMember) entity).getId();
            Map<String, Object> current = describe.apply(entity);
            Map<String, Object> previous = previousById.getOrDefault(id, Map.of());
            String who = rev.getUsername();
            if (type == RevisionType.ADD) {
                into.add(new HistoryEntry(rev.getInstant(), who, subject.apply(entity), "history.created", null, null));
            }
            for (var field : current.entrySet()) {
                Object before = previous.get(field.getKey());
                if (!Objects.equals(before, field.getValue()) && !(type == RevisionType.ADD && field.getValue() == null)) {
                    into.add(new HistoryEntry(rev.getInstant(), who, subject.apply(entity), field.getKey(), before, field.getValue()));
                }
            }
            previousById.put(id, current);
        }
    }

    private static Map<String, Object> describe(NationalUnit u) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("unit.kind", u.getKind());
        m.put("unit.name-nb", u.getNameNb());
        m.put("unit.name-en", u.getNameEn());
        m.put("unit.host-trust", u.getHostTrust() == null ? null : u.getHostTrust().getName());
        m.put("unit.second-host-trust", u.getSecondHostTrust() == null ? null : u.getSecondHostTrust().getName());
        m.put("unit.description", u.getDescription());
        m.put("unit.approval-date", u.getApprovalDate());
        m.put("unit.competence-function", u.getCompetenceFunction());
        m.put("unit.term-end", u.getTermEnd());
        m.put("unit.term-end-reason", u.getTermEndReason());
        m.put("unit.status", u.getStatus());
        m.put("unit.reorganisation-option", u.getReorganisationOption());
        m.put("unit.successor", u.getSuccessor() == null ? null : u.getSuccessor().getNameNb());
        m.put("unit.website", u.getWebsite());
        m.put("unit.contact", u.getContact() == null ? null : u.getContact().getFullName());
        m.put("unit.icd10", u.getIcd10Codes());
        m.put("unit.funding-frame", u.getFundingFrameMnok());
        m.put("unit.funding-start", u.getFundingStart());
        m.put("unit.funding-end", u.getFundingEnd());
        m.put("unit.year-six-evaluation", u.getYearSixEvaluation());
        return m;
    }

    private static Map<String, Object> describe(ReferenceGroupMember m) {
        Map<String, Object> d = new LinkedHashMap<>();
        d.put("member.seat-type", m.getSeatType());
        d.put("member.region", m.getRegion() == null ? null : m.getRegion().getName());
        d.put("member.email", m.getEmail());
        d.put("member.chair", m.isChair());
        d.put("member.appointed-on", m.getAppointedOn());
        d.put("member.ends-on", m.getEndsOn());
        return d;
    }
}
