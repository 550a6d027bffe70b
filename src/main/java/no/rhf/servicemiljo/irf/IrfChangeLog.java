package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.base.SignedInUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Writes the audit trail of applications and rounds: one row per changed field, with the signed-in user (as the
 * registry's Envers revisions credit them: "system" for jobs and demo data), the old and the new value. The IRF data
 * is written with plain SQL, so there is no entity for Envers to audit; the services call this in the same
 * transaction as the change, so a change and its history are stored or lost together. Each change also tells the open
 * screens ({@link ApplicationChanged}; live refreshes coalesce the rows of one change into one refresh).
 */
@Component
class IrfChangeLog {

    static final String CREATED = "history.created";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    IrfChangeLog(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    void created(Application a) {
        insert(a.roundId(), a.id(), CREATED, null, null, a.title());
    }

    /** The fields of the application that differ, each as a row. */
    void application(Application before, Application after) {
        Map<Key, String> old = describe(before);
        Map<Key, String> now = describe(after);
        Map<Key, String> all = new LinkedHashMap<>(old);
        now.forEach(all::putIfAbsent);
        for (Key key : all.keySet()) {
            if (!Objects.equals(old.get(key), now.get(key))) {
                insert(after.roundId(), after.id(), key.field(), key.subject(), old.get(key), now.get(key));
            }
        }
    }

    void round(IrfRound before, IrfRound after) {
        change(after.id(), "irf.round.opens", before.opensOn(), after.opensOn());
        change(after.id(), "irf.round.regional-deadline", before.regionalDeadline(), after.regionalDeadline());
        change(after.id(), "irf.round.service-environment-deadline", before.serviceEnvironmentDeadline(),
                after.serviceEnvironmentDeadline());
        change(after.id(), "irf.round.irf-meeting", before.irfMeeting(), after.irfMeeting());
        change(after.id(), "irf.round.ministry-deadline", before.ministryDeadline(), after.ministryDeadline());
        change(after.id(), "irf.history.phase", before.phase(), after.phase());
    }

    void roundCreated(IrfRound round) {
        insert(round.id(), null, CREATED, null, null, String.valueOf(round.year()));
    }

    private void change(long roundId, String field, Object before, Object after) {
        if (!Objects.equals(before, after)) {
            insert(roundId, null, field, null, text(before), text(after));
        }
    }

    private void insert(long roundId, Long applicationId, String field, String subject, String before, String after) {
        events.publishEvent(new ApplicationChanged(roundId)); // after the commit, once per screen however many fields changed
        String who = SignedInUser.current().map(SignedInUser::username).orElse("system");
        jdbc.sql("""
                        insert into irf_change (round_id, application_id, username, field, subject, old_value, new_value)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(roundId, applicationId, who, field, subject, before, after).update();
    }

    /** A field of the application, and (for an answer or a volume) what it concerns. */
    record Key(String field, String subject) {
    }

    private Map<Key, String> describe(Application a) {
        Map<Key, String> m = new LinkedHashMap<>();
        m.put(new Key("irf.application.title", null), a.title());
        m.put(new Key("irf.application.patient-group", null), a.patientGroup());
        m.put(new Key("irf.application.description", null), a.description());
        m.put(new Key("irf.application.kind", null), text(a.kind()));
        m.put(new Key("irf.application.function", null), text(a.competenceFunction()));
        m.put(new Key("irf.application.host", null), a.hostTrustName());
        m.put(new Key("irf.application.second-host", null), a.secondHostTrustName());
        m.put(new Key("irf.application.new-method", null), String.valueOf(a.newMethod()));
        m.put(new Key("irf.application.beslutningsforum", null), blankToNull(a.beslutningsforumRef()));
        m.put(new Key("irf.application.contact", null), a.contact());
        m.put(new Key("irf.history.status", null), text(a.status()));
        m.put(new Key("irf.history.regional-rank", null), text(a.regionalRank()));
        m.put(new Key("irf.application.attachment", null), a.attachmentName());
        Map<Long, String> criteria = criterionNames(a.roundId());
        a.answers().forEach((id, answer) -> m.put(new Key("irf.history.answer", criteria.getOrDefault(id, "#" + id)),
                blankToNull(answer)));
        Map<Short, String> regions = regionNames();
        a.volumes().forEach((id, patients) -> m.put(new Key("irf.history.volume", regions.getOrDefault(id, "#" + id)),
                text(patients)));
        return m;
    }

    private Map<Long, String> criterionNames(long roundId) {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("select id, position, text from irf_criterion where round_id = ?").param(roundId)
                .query(rs -> { names.put(rs.getLong(1), rs.getInt(2) + ". " + rs.getString(3)); });
        return names;
    }

    private Map<Short, String> regionNames() {
        Map<Short, String> names = new HashMap<>();
        jdbc.sql("select id, name from region").query(rs -> { names.put(rs.getShort(1), rs.getString(2)); });
        return names;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    private static String text(Object value) {
        return value == null ? null : value instanceof Enum<?> e ? e.name() : value.toString();
    }
}
