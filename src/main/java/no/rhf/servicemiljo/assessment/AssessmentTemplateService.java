package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * ADMIN's settings of a reporting cycle: its dates, its approval rule and its assessment template.
 * Assessments store their values by criterion id, so editing a criterion's wording or order never
 * touches them; a criterion is retired, never deleted, and what assessments said about it stays.
 */
@Service
@Transactional
@RolesAllowed(Role.Names.ADMIN)
public class AssessmentTemplateService {

    public static final int MAX_TITLE = 200;
    public static final int MAX_GUIDANCE = 2000;

    private final JdbcClient jdbc;

    AssessmentTemplateService(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The cycle's dates (due ≤ assessment deadline ≤ approval deadline) and rule for approval. */
    @RolesAllowed(Role.Names.ADMIN)
    public void updateCycle(long cycleId, LocalDate dueOn, LocalDate assessmentDeadline, LocalDate approvalDeadline, ApprovalRule rule) {
        requireDate("dueOn", dueOn);
        requireDate("assessmentDeadline", assessmentDeadline);
        requireDate("approvalDeadline", approvalDeadline);
        if (assessmentDeadline.isBefore(dueOn)) {
            throw new FieldValidationException("assessmentDeadline", "assessment.error.assessment-before-due");
        }
        if (approvalDeadline.isBefore(assessmentDeadline)) {
            throw new FieldValidationException("approvalDeadline", "assessment.error.approval-before-assessment");
        }
        if (rule == null) {
            throw new FieldValidationException("approvalRule", "assessment.error.required");
        }
        int updated = jdbc.sql("update reporting_cycle set due_on = ?, assessment_deadline = ?, approval_deadline = ?, approval_rule = ? where id = ?")
                .params(dueOn, assessmentDeadline, approvalDeadline, rule.name(), cycleId).update();
        if (updated == 0) {
            throw new FieldValidationException("cycle", "assessment.error.no-cycle");
        }
    }

    /** Adds a criterion at the end of the template. */
    @RolesAllowed(Role.Names.ADMIN)
    public long addCriterion(long cycleId, String title, String guidance) {
        validate(title, guidance);
        return jdbc.sql("""
                insert into assessment_criterion (cycle_id, position, title, guidance)
                select id, (select coalesce(max(position), 0) + 1 from assessment_criterion where cycle_id = ?), ?, ? from reporting_cycle where id = ?
                returning id
                """).params(cycleId, title.strip(), guidance == null ? "" : guidance.strip(), cycleId).query(Long.class).optional()
                .orElseThrow(() -> new FieldValidationException("cycle", "assessment.error.no-cycle"));
    }

    /** New wording for a criterion; what assessments said about it stays theirs. */
    @RolesAllowed(Role.Names.ADMIN)
    public void updateCriterion(long criterionId, String title, String guidance) {
        validate(title, guidance);
        jdbc.sql("update assessment_criterion set title = ?, guidance = ? where id = ?")
                .params(title.strip(), guidance == null ? "" : guidance.strip(), criterionId).update();
    }

    /** Moves a criterion one place up ({@code -1}) or down ({@code +1}) by swapping with its neighbour. */
    @RolesAllowed(Role.Names.ADMIN)
    public void move(long criterionId, int direction) {
        var row = jdbc.sql("select cycle_id, position from assessment_criterion where id = ? for update").param(criterionId)
                .query((rs, n) -> new long[]{rs.getLong(1), rs.getInt(2)}).optional().orElseThrow();
        String neighbour = direction < 0
                ? "select id, position from assessment_criterion where cycle_id = ? and position < ? order by position desc limit 1"
                : "select id, position from assessment_criterion where cycle_id = ? and position > ? order by position limit 1";
        jdbc.sql(neighbour).params(row[0], row[1]).query((rs, n) -> new long[]{rs.getLong(1), rs.getInt(2)}).optional()
                .ifPresent(other -> {
                    jdbc.sql("update assessment_criterion set position = ? where id = ?").params(other[1], criterionId).update();
                    jdbc.sql("update assessment_criterion set position = ? where id = ?").params(row[1], other[0]).update();
                });
    }

    /** Retires a criterion (new assessments no longer ask for it) or takes it back into use. Never deletes. */
    @RolesAllowed(Role.Names.ADMIN)
    public void setRetired(long criterionId, boolean retired) {
        jdbc.sql("update assessment_criterion set retired = ? where id = ?").params(retired, criterionId).update();
    }

    private static void validate(String title, String guidance) {
        if (title == null || title.isBlank()) {
            throw new FieldValidationException("title", "assessment.error.required");
        }
        TextSafety.requireStorable("title", title, 0);
        TextSafety.requireStorable("guidance", guidance, 0);
        if (title.strip().length() > MAX_TITLE) {
            throw new FieldValidationException("title", "assessment.error.text-length", MAX_TITLE);
        }
        if (guidance != null && guidance.strip().length() > MAX_GUIDANCE) {
            throw new FieldValidationException("guidance", "assessment.error.text-length", MAX_GUIDANCE);
        }
    }

    private static void requireDate(String field, LocalDate date) {
        if (date == null) {
            throw new FieldValidationException(field, "assessment.error.required");
        }
    }
}
