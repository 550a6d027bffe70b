package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.base.coedit.TextOperation;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.security.CurrentUser;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The follow-up needs of an assessment: items with the region responsible and a due date. Those who
 * edit the assessment edit them; each change is in the assessment's history (field {@code follow-up-<id>}),
 * credited to its author. A change made on an item someone else has changed since it was opened is merged, not
 * written over it: the two descriptions are merged as co-edited text is, and of the other fields each keeps the
 * value of whoever changed it.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpService {

    public static final int MAX_DESCRIPTION = 1000;

    public record FollowUp(long id, long reportId, String description, short regionId, String regionName, LocalDate dueOn,
                           boolean done, long version) {

        String summary() {
            return description + " · " + regionName + " · " + Formats.date(dueOn) + (done ? " · ✓" : "");
        }
    }

    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpService(AssessmentService assessments, AssessmentAccess access, JdbcClient jdbc, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @PermitAll
    public List<FollowUp> followUps(long reportId) {
        access.requireReadableAssessment(assessments.report(reportId));
        return jdbc.sql(SELECT + " where f.report_id = ? order by f.due_on, f.id").param(reportId).query(FollowUpService::row).list();
    }

    @PermitAll
    @Transactional
    public FollowUp add(long reportId, String description, Short regionId, LocalDate dueOn) {
        access.requireEditable(assessments.report(reportId));
        validate(description, regionId, dueOn);
        long id = jdbc.sql("""
                insert into assessment_follow_up (report_id, description, region_id, due_on, created_by, created_at)
                values (?, ?, ?, ?, ?, ?) returning id
                """).params(reportId, description.strip(), regionId, dueOn, CurrentUser.require().id(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        FollowUp added = find(id);
        record(added, null, added.summary());
        return added;
    }

    /** The item after a change, and whether someone else's change since it was opened was merged in. */
    public record Updated(FollowUp item, boolean merged) {
    }

    /** Changes an item as it was {@code seen} when opened, merged with any change made since by someone else. */
    @PermitAll
    @Transactional
    public Updated update(FollowUp seen, String description, Short regionId, LocalDate dueOn, boolean done) {
        FollowUp before = jdbc.sql(SELECT + " where f.id = ? for update of f").param(seen.id()).query(FollowUpService::row).optional()
                .orElseThrow(() -> new OptimisticLockingFailureException("Follow-up " + seen.id() + " is gone"));
        access.requireEditable(assessments.report(before.reportId()));
        validate(description, regionId, dueOn);
        boolean merged = before.version() != seen.version();
        String text = description.strip();
        if (merged) {
            TextOperation mine = TextOperation.diff(seen.description(), text);
            TextOperation theirs = TextOperation.diff(seen.description(), before.description());
            text = TextOperation.transform(mine, theirs)[0].apply(before.description());
            regionId = regionId == seen.regionId() ? before.regionId() : regionId;
            dueOn = dueOn.equals(seen.dueOn()) ? before.dueOn() : dueOn;
            done = done == seen.done() ? before.done() : done;
            validate(text, regionId, dueOn);
        }
        jdbc.sql("update assessment_follow_up set description = ?, region_id = ?, due_on = ?, done = ?, version = version + 1 where id = ?")
                .params(text, regionId, dueOn, done, seen.id()).update();
        FollowUp after = find(seen.id());
        record(after, before.summary(), after.summary());
        return new Updated(after, merged);
    }

    /** Removes an item; the history keeps what it said. */
    @PermitAll
    @Transactional
    public void delete(long id, long version) {
        FollowUp before = find(id);
        access.requireEditable(assessments.report(before.reportId()));
        if (jdbc.sql("delete from assessment_follow_up where id = ? and version = ?").params(id, version).update() == 0) {
            throw new OptimisticLockingFailureException("Follow-up " + id + " was changed by someone else");
        }
        record(before, before.summary(), "");
    }

    private FollowUp find(long id) {
        return jdbc.sql(SELECT + " where f.id = ?").param(id).query(FollowUpService::row).optional()
                .orElseThrow(() -> new OptimisticLockingFailureException("Follow-up " + id + " is gone"));
    }

    private void record(FollowUp item, String oldValue, String newValue) {
        jdbc.sql("insert into assessment_value_history (report_id, field_key, old_value, new_value, author_id, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(item.reportId(), "follow-up-" + item.id(), oldValue, newValue, CurrentUser.require().id(),
                        Timestamp.from(clock.instant())).update();
    }

    private static void validate(String description, Short regionId, LocalDate dueOn) {
        if (description == null || description.isBlank()) {
            throw new FieldValidationException("description", "assessment.error.required");
        }
        TextSafety.requireStorable("description", description, 0);
        if (description.strip().length() > MAX_DESCRIPTION) {
            throw new FieldValidationException("description", "assessment.error.text-length", MAX_DESCRIPTION);
        }
        if (regionId == null) {
            throw new FieldValidationException("region", "assessment.error.required");
        }
        if (dueOn == null) {
            throw new FieldValidationException("dueOn", "assessment.error.required");
        }
    }

    private static final String SELECT = """
            select f.id, f.report_id, f.description, f.region_id, g.name, f.due_on, f.done, f.version
            from assessment_follow_up f join region g on g.id = f.region_id""";

    private static FollowUp row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new FollowUp(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getShort(4), rs.getString(5),
                rs.getObject(6, LocalDate.class), rs.getBoolean(7), rs.getLong(8));
    }
}
