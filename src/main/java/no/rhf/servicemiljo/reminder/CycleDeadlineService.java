package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** ADMIN keeps the annual cycle's dates (table cycle_deadline): add, correct, delete. */
@Service
public class CycleDeadlineService {

    static final int MAX_TITLE = 200;

    private final JdbcClient jdbc;

    CycleDeadlineService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Every cycle deadline, the latest year first. */
    @RolesAllowed(Role.Names.ADMIN)
    public List<CycleDeadline> all() {
        return jdbc.sql("select id, kind, title_nb, title_en, due_on, audience from cycle_deadline order by due_on desc, kind")
                .query((rs, n) -> new CycleDeadline(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), CycleDeadline.Audience.valueOf(rs.getString(6))))
                .list();
    }

    /** Adds ({@code id} null) or changes a cycle deadline; every field is checked before anything is stored. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public long save(Long id, CycleDeadline.Draft draft) {
        String kind = draft.kind() == null ? "" : draft.kind().strip();
        if (!kind.matches("[A-Z][A-Z0-9_]{1,39}")) {
            throw new FieldValidationException("kind", "reminder.cycle.error.kind");
        }
        String titleNb = required("titleNb", draft.titleNb());
        String titleEn = required("titleEn", draft.titleEn());
        if (draft.dueOn() == null) {
            throw new FieldValidationException("dueOn", "reminder.cycle.error.due-required");
        }
        if (draft.dueOn().getYear() < 2000 || draft.dueOn().getYear() > 2100) {
            throw new FieldValidationException("dueOn", "reminder.cycle.error.due-range");
        }
        if (draft.audience() == null) {
            throw new FieldValidationException("audience", "reminder.cycle.error.audience-required");
        }
        boolean taken = jdbc.sql("select count(*) > 0 from cycle_deadline where kind = ? and due_on = ? and id <> ?")
                .params(kind, draft.dueOn(), id == null ? -1L : id).query(Boolean.class).single();
        if (taken) {
            throw new FieldValidationException("dueOn", "reminder.cycle.error.duplicate");
        }
        if (id == null) {
            return jdbc.sql("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values (?, ?, ?, ?, ?) returning id")
                    .params(kind, titleNb, titleEn, draft.dueOn(), draft.audience().name()).query(Long.class).single();
        }
        int updated = jdbc.sql("update cycle_deadline set kind = ?, title_nb = ?, title_en = ?, due_on = ?, audience = ? where id = ?")
                .params(kind, titleNb, titleEn, draft.dueOn(), draft.audience().name(), id).update();
        if (updated == 0) {
            throw new FieldValidationException("kind", "reminder.cycle.error.gone");
        }
        dropUnsentReminders(id);
        return id;
    }

    /** Deletes a cycle deadline; reminders already sent stay in the delivery log, unsent ones are dropped. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void delete(long id) {
        dropUnsentReminders(id);
        jdbc.sql("delete from cycle_deadline where id = ?").param(id).update();
    }

    /** Reminders not yet sent were written with the old date or title; planning writes them again if still due. */
    private void dropUnsentReminders(long id) {
        jdbc.sql("delete from reminder_outbox where deadline_key = ? and status = 'PENDING'").param("cycle-" + id).update();
    }

    private static String required(String field, String value) {
        TextSafety.requireStorable(field, value, 0);
        String text = value == null ? "" : value.strip();
        if (text.isEmpty()) {
            throw new FieldValidationException(field, "reminder.cycle.error.title-required");
        }
        if (text.length() > MAX_TITLE) {
            throw new FieldValidationException(field, "reminder.cycle.error.title-long", MAX_TITLE);
        }
        return text;
    }
}
