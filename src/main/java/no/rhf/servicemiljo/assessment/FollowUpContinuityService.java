package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Continuity across years. When a cycle opens, the open follow-up needs (not done) of each unit's report in the
 * previous cycle (the newest earlier report year) are carried into the unit's report of the new cycle, linked to the
 * old item and with what it said copied, to be closed there with a {@link ClosingStatus} and a comment by those who
 * edit the new assessment. Carried over exactly once per new report: the unique constraint
 * {@code follow_up_carry_over_once} and {@code on conflict do nothing} make a re-run (ADMIN's
 * {@link #carryOver(long)}, e.g. after last year's assessment was reopened and got a new item) or a second node doing
 * the same at the same time add only what is not there yet.
 */
@Service
@Transactional(readOnly = true)
public class FollowUpContinuityService {

    public static final int MAX_COMMENT = 1000;

    /** A follow-up need carried over from the previous cycle into {@code reportId}; closed when {@code status} is set. */
    public record CarriedFollowUp(long id, long reportId, Long sourceFollowUpId, long sourceReportId, int sourceYear,
                                  String description, String regionName, LocalDate dueOn, ClosingStatus status,
                                  String comment, String closedBy, Instant closedAt, long version) {

        public boolean closed() {
            return status != null;
        }
    }

    /**
     * One follow-up need of a unit in its year, and how it was closed in a later year's assessment (empty while
     * not carried over or not closed).
     */
    public record HistoryItem(int year, long reportId, String description, String regionName, LocalDate dueOn, boolean done,
                              Integer closedInYear, Long closedInReportId, ClosingStatus status, String comment) {
    }

    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    FollowUpContinuityService(AssessmentService assessments, AssessmentAccess access, JdbcClient jdbc, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Carries over as the cycle opens, in the same transaction (also for the demo data, with nobody signed in). */
    @EventListener
    void onCycleOpened(CycleOpened opened) {
        carryInto(opened.cycleId());
    }

    /** Carries over again what is not yet carried (never twice); the number of items added. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public int carryOver(long cycleId) {
        assessments.cycle(cycleId);
        return carryInto(cycleId);
    }

    int carryInto(long cycleId) {
        return jdbc.sql("""
                insert into follow_up_carry_over (report_id, source_follow_up_id, source_report_id, description, region_id, due_on)
                select r.id, f.id, old.id, f.description, f.region_id, f.due_on
                from annual_report r
                join reporting_cycle c on c.id = r.cycle_id
                join annual_report old on old.unit_id = r.unit_id and old.cycle_id = (
                    select p.id from reporting_cycle p where p.report_year < c.report_year order by p.report_year desc limit 1)
                join assessment_follow_up f on f.report_id = old.id and not f.done
                where r.cycle_id = :cycle
                order by r.id, f.due_on, f.id
                on conflict (report_id, source_follow_up_id) do nothing
                """).param("cycle", cycleId).update();
    }

    /** Last year's follow-up needs carried into this report, for whoever reads its assessment. */
    @PermitAll
    public List<CarriedFollowUp> carried(long reportId) {
        access.requireReadableAssessment(assessments.report(reportId));
        return jdbc.sql(SELECT + " where o.report_id = ? order by o.due_on, o.id").param(reportId).query(FollowUpContinuityService::row).list();
    }

    /**
     * Closes (or changes the closing of) a carried item, as it was {@code seenVersion} when shown: a status and a
     * comment (required unless it was done). Those who edit the new assessment do it; it is in the assessment's history.
     */
    @PermitAll
    @Transactional
    public CarriedFollowUp close(long carriedId, long seenVersion, ClosingStatus status, String comment) {
        CarriedFollowUp before = find(carriedId);
        access.requireEditable(assessments.report(before.reportId()));
        if (status == null) {
            throw new FieldValidationException("closingStatus", "assessment.error.required");
        }
        String text = comment == null ? "" : comment.strip();
        TextSafety.requireStorable("closingComment", text, 0);
        if (text.length() > MAX_COMMENT) {
            throw new FieldValidationException("closingComment", "assessment.error.text-length", MAX_COMMENT);
        }
        if (text.isEmpty() && status != ClosingStatus.DONE) {
            throw new FieldValidationException("closingComment", "continuity.error.comment-required");
        }
        AppUserPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        int updated = jdbc.sql("""
                update follow_up_carry_over set closing_status = ?, closing_comment = ?, closed_by = ?, closed_at = ?, version = version + 1
                where id = ? and version = ?
                """).params(status.name(), text.isEmpty() ? null : text, user.id(), Timestamp.from(now), carriedId, seenVersion).update();
        if (updated == 0) {
            throw new FieldValidationException("closingStatus", "continuity.error.changed");
        }
        jdbc.sql("insert into assessment_value_history (report_id, field_key, old_value, new_value, author_id, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(before.reportId(), "carried-" + carriedId, before.closed() ? before.status() + ": " + nullToEmpty(before.comment()) : null,
                        status.name() + ": " + text, user.id(), Timestamp.from(now)).update();
        return find(carriedId);
    }

    /**
     * A unit's follow-up needs over the years, newest year first, each with how it was closed later; only of the
     * reports whose assessment the signed-in user may read (and the closing only when that report is readable too).
     */
    @PermitAll
    public List<HistoryItem> unitHistory(long unitId) {
        AppUserPrincipal user = CurrentUser.require();
        Map<Long, Boolean> readable = new ConcurrentHashMap<>();
        jdbc.sql("""
                select r.id, r.cycle_id, c.report_year, r.unit_id, u.name_nb, r.status, r.received_on, r.erapport_link
                from annual_report r join reporting_cycle c on c.id = r.cycle_id join national_unit u on u.id = r.unit_id
                where r.unit_id = ?
                """).param(unitId).query((rs, n) -> new Report(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4),
                rs.getString(5), rs.getString(6), rs.getObject(7, LocalDate.class), rs.getString(8)))
                .list().forEach(r -> readable.put(r.id(), access.mayReadAssessment(user, r)));
        return jdbc.sql("""
                select c.report_year, f.report_id, f.description, g.name, f.due_on, f.done, nc.report_year, o.report_id,
                       o.closing_status, o.closing_comment
                from assessment_follow_up f
                join annual_report r on r.id = f.report_id join reporting_cycle c on c.id = r.cycle_id
                join region g on g.id = f.region_id
                left join follow_up_carry_over o on o.source_follow_up_id = f.id
                left join annual_report nr on nr.id = o.report_id left join reporting_cycle nc on nc.id = nr.cycle_id
                where r.unit_id = ?
                order by c.report_year desc, f.due_on, f.id, nc.report_year
                """).param(unitId).query((rs, n) -> {
            Long closedIn = rs.getObject(8, Long.class);
            boolean showClosing = closedIn != null && readable.getOrDefault(closedIn, false);
            String status = rs.getString(9);
            return new HistoryItem(rs.getInt(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getObject(5, LocalDate.class),
                    rs.getBoolean(6), showClosing ? rs.getInt(7) : null, showClosing ? closedIn : null,
                    showClosing && status != null ? ClosingStatus.valueOf(status) : null, showClosing ? rs.getString(10) : null);
        }).list().stream().filter(item -> readable.getOrDefault(item.reportId(), false)).toList();
    }

    private CarriedFollowUp find(long id) {
        return jdbc.sql(SELECT + " where o.id = ?").param(id).query(FollowUpContinuityService::row).optional()
                .orElseThrow(() -> new AccessDeniedException("No such carried follow-up"));
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }

    private static final String SELECT = """
            select o.id, o.report_id, o.source_follow_up_id, o.source_report_id, sc.report_year, o.description, g.name, o.due_on,
                   o.closing_status, o.closing_comment, u.full_name, o.closed_at, o.version
            from follow_up_carry_over o join region g on g.id = o.region_id
            join annual_report sr on sr.id = o.source_report_id join reporting_cycle sc on sc.id = sr.cycle_id
            left join app_user u on u.id = o.closed_by""";

    private static CarriedFollowUp row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        String status = rs.getString(9);
        Timestamp closedAt = rs.getTimestamp(12);
        return new CarriedFollowUp(rs.getLong(1), rs.getLong(2), rs.getObject(3, Long.class), rs.getLong(4), rs.getInt(5),
                rs.getString(6), rs.getString(7), rs.getObject(8, LocalDate.class), status == null ? null : ClosingStatus.valueOf(status),
                rs.getString(10), rs.getString(11), closedAt == null ? null : closedAt.toInstant(), rs.getLong(13));
    }
}
