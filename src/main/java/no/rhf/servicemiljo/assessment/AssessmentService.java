package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.coedit.CoEditedDocument.Snapshot;
import no.rhf.servicemiljo.base.coedit.Edit;
import no.rhf.servicemiljo.base.coedit.StoredEdit;
import no.rhf.servicemiljo.base.coedit.TextEditLog;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Reporting cycles, annual reports and their assessments. An assessment is a set of fields (a rating
 * and a comment per criterion, a conclusion, a recommendation), each stored as its own row the moment it
 * changes and credited to its author in an append-only history. The texts are co-edited: concurrent edits of
 * one text are merged ({@link TextEditLog}), so nobody's typing is lost; a rating is a whole value, the later
 * wins and the earlier stays in the history.
 */
@Service
@Transactional(readOnly = true)
public class AssessmentService {

    public static final int MAX_TEXT = 4000;
    /** The ratings of a criterion, in the order of the scale (the order selects and summaries show). */
    public static final List<String> RATINGS = List.of("MET", "PARTLY_MET", "NOT_MET", "NOT_RELEVANT");
    static final List<String[]> DEFAULT_CRITERIA = List.of(
            new String[]{"Høyspesialisert pasientbehandling", "Tjenesten gir høyspesialisert behandling i tråd med godkjent beskrivelse, og pasientvolumet er tilstrekkelig til å opprettholde kompetansen."},
            new String[]{"Kompetansespredning og veiledning", "Tjenesten bygger opp og sprer kompetanse til helsetjenesten og veileder andre behandlingssteder."},
            new String[]{"Forskning og fagutvikling", "Tjenesten driver og deltar i forskning og fagutvikling innen sitt område."},
            new String[]{"Likeverdig tilgang", "Pasienter fra alle regioner får likeverdig tilgang; henvisningskriterier er kjent."},
            new String[]{"Kvalitetsregister og resultater", "Tjenesten overvåker og rapporterer behandlingsresultater, gjerne gjennom kvalitetsregister."},
            new String[]{"Brukermedvirkning", "Brukere er representert og medvirker i tjenestens utvikling og i referansegruppen."},
            new String[]{"Nettside", "Nettsiden har godkjent beskrivelse, henvisningskriterier, mål og data over tid om likeverdig tilgang."});

    public record Cycle(long id, int reportYear, LocalDate dueOn, LocalDate assessmentDeadline, LocalDate approvalDeadline,
                        ApprovalRule approvalRule) {
    }

    public record Criterion(long id, int position, String title, String guidance, boolean retired) {
    }

    public record Report(long id, long cycleId, int reportYear, long unitId, String unitName, String status, LocalDate receivedOn,
                         String erapportLink) {

        public boolean approved() {
            return "APPROVED".equals(status) || "IN_SUMMARY".equals(status);
        }
    }

    /** One entry of the history; for a text, what its author added and removed themselves (null for a whole value). */
    public record FieldChange(String fieldKey, String oldValue, String newValue, String author, Instant changedAt,
                              String inserted, String removed) {
    }

    private static final TextEditLog.History HISTORY = new TextEditLog.History("assessment_value_history",
            List.of("report_id", "field_key"), "old_value", "new_value");

    public record Message(long id, long authorId, String author, String text, Instant sentAt) {
    }

    /** How many messages a discussion has, and who sent the latest when (null when there are none). */
    public record DiscussionSummary(int count, String latestAuthor, Instant latestAt) {
    }

    private final JdbcClient jdbc;
    private final UnitService units;
    private final ReferenceGroupService referenceGroups;
    private final AssessmentAccess access;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final TextEditLog edits;

    AssessmentService(JdbcClient jdbc, UnitService units, ReferenceGroupService referenceGroups, AssessmentAccess access,
                      ApplicationEventPublisher events, Clock clock, TextEditLog edits) {
        this.jdbc = jdbc;
        this.edits = edits;
        this.units = units;
        this.referenceGroups = referenceGroups;
        this.access = access;
        this.events = events;
        this.clock = clock;
    }

    /** Creates the cycle for a report year with the default template and one report per unit in operation. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public Cycle createCycle(int reportYear, LocalDate dueOn) {
        return create(reportYear, dueOn);
    }

    /**
     * Also used by the demo data, which runs before anyone is signed in. The template is a copy of the
     * newest earlier cycle's criteria in use (so ADMIN's changes carry over), or the seeded default.
     */
    Cycle create(int reportYear, LocalDate dueOn) {
        int thisYear = LocalDate.now(clock).getYear();
        if (reportYear < 2000 || reportYear > thisYear) {
            throw new FieldValidationException("reportYear", "assessment.error.report-year", thisYear);
        }
        if (dueOn == null || dueOn.getYear() <= reportYear) {
            throw new FieldValidationException("dueOn", "assessment.error.due-on", reportYear);
        }
        if (jdbc.sql("select count(*) from reporting_cycle where report_year = ?").param(reportYear).query(Long.class).single() > 0) {
            throw new FieldValidationException("reportYear", "assessment.error.cycle-exists", reportYear);
        }
        long id = jdbc.sql("insert into reporting_cycle (report_year, due_on, assessment_deadline, approval_deadline) values (?, ?, ?, ?) returning id")
                .params(reportYear, dueOn, dueOn.plusMonths(2), dueOn.plusMonths(3)).query(Long.class).single();
        int copied = jdbc.sql("""
                insert into assessment_criterion (cycle_id, position, title, guidance)
                select ?, row_number() over (order by position, id), title, guidance from assessment_criterion
                where not retired and cycle_id = (select id from reporting_cycle where report_year < ? order by report_year desc limit 1)
                """).params(id, reportYear).update();
        for (int i = 0; copied == 0 && i < DEFAULT_CRITERIA.size(); i++) {
            jdbc.sql("insert into assessment_criterion (cycle_id, position, title, guidance) values (?, ?, ?, ?)")
                    .params(id, i + 1, DEFAULT_CRITERIA.get(i)[0], DEFAULT_CRITERIA.get(i)[1]).update();
        }
        for (NationalUnit unit : units.findAll(UnitFilter.ALL)) {
            if (unit.getStatus().inOperation()) {
                jdbc.sql("insert into annual_report (cycle_id, unit_id) values (?, ?)").params(id, unit.getId()).update();
            }
        }
        events.publishEvent(new CycleOpened(id)); // last year's open follow-up needs are carried over (FollowUpContinuityService)
        return cycle(id);
    }

    private static final String CYCLE = "select id, report_year, due_on, assessment_deadline, approval_deadline, approval_rule from reporting_cycle";

    @PermitAll
    public List<Cycle> cycles() {
        return jdbc.sql(CYCLE + " order by report_year desc").query(AssessmentService::cycle).list();
    }

    @PermitAll
    public Cycle cycle(long id) {
        return jdbc.sql(CYCLE + " where id = ?").param(id).query(AssessmentService::cycle).optional()
                .orElseThrow(() -> new FieldValidationException("cycle", "assessment.error.no-cycle"));
    }

    private static Cycle cycle(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Cycle(rs.getLong(1), rs.getInt(2), rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class),
                rs.getObject(5, LocalDate.class), ApprovalRule.valueOf(rs.getString(6)));
    }

    /** The reports of a cycle the signed-in user may read. */
    @PermitAll
    public List<Report> reports(long cycleId) {
        return jdbc.sql("""
                select r.id, r.cycle_id, c.report_year, r.unit_id, u.name_nb, r.status, r.received_on, r.erapport_link
                from annual_report r join reporting_cycle c on c.id = r.cycle_id join national_unit u on u.id = r.unit_id
                where r.cycle_id = ? order by u.name_nb
                """).param(cycleId).query(AssessmentService::report).list()
                .stream().filter(r -> access.mayReadReport(CurrentUser.require(), r)).toList();
    }

    /** The report (its status, receipt); refused to whoever may not see it, also when they type its address. */
    @PermitAll
    public Report report(long reportId) {
        Report report = stored(reportId);
        if (!access.mayReadReport(CurrentUser.require(), report)) {
            throw new AccessDeniedException("Report " + reportId + " is not readable for this user");
        }
        return report;
    }

    /** The report as stored, before any access check: callers check. */
    private Report stored(long reportId) {
        return jdbc.sql("""
                select r.id, r.cycle_id, c.report_year, r.unit_id, u.name_nb, r.status, r.received_on, r.erapport_link
                from annual_report r join reporting_cycle c on c.id = r.cycle_id join national_unit u on u.id = r.unit_id
                where r.id = ?
                """).param(reportId).query(AssessmentService::report).optional()
                .orElseThrow(() -> new AccessDeniedException("No such report"));
    }

    /** The report when the signed-in user may read its assessment. */
    private Report readableAssessment(long reportId) {
        Report report = stored(reportId);
        access.requireReadableAssessment(report); // whoever reads the assessment reads the report
        return report;
    }

    /** The cycle's criteria in order, retired ones included (an assessment keeps what was said about them). */
    @PermitAll
    public List<Criterion> criteria(long cycleId) {
        return jdbc.sql("select id, position, title, guidance, retired from assessment_criterion where cycle_id = ? order by position, id")
                .param(cycleId).query((rs, n) -> new Criterion(rs.getLong(1), rs.getInt(2), rs.getString(3), rs.getString(4),
                        rs.getBoolean(5))).list();
    }

    /** Every field of the assessment as stored now (a restart shows exactly this). */
    @PermitAll
    public Map<String, String> values(long reportId) {
        readableAssessment(reportId);
        Map<String, String> values = new LinkedHashMap<>();
        jdbc.sql("select field_key, value from assessment_value where report_id = ?").param(reportId)
                .query(rs -> {
                    values.put(rs.getString(1), rs.getString(2));
                });
        return values;
    }

    /** The co-edited texts of the assessment (comments, conclusion, recommendation) with their versions. */
    @PermitAll
    public Map<String, Snapshot> texts(long reportId) {
        readableAssessment(reportId);
        Map<String, Snapshot> texts = new LinkedHashMap<>();
        jdbc.sql("select field_key, value, version from assessment_value where report_id = ?").param(reportId)
                .query(rs -> {
                    if (isText(rs.getString(1))) {
                        texts.put(rs.getString(1), new Snapshot(rs.getString(2), rs.getLong(3)));
                    }
                });
        return texts;
    }

    /** The name of an assessment text in the edit log and the live topic. */
    public static String textKey(long reportId, String fieldKey) {
        return "assessment:" + reportId + ":" + fieldKey;
    }

    /** Stores one committed change of a field at once, credited to the signed-in user; a text is replaced by merging. */
    @PermitAll
    @Transactional
    public void saveField(long reportId, String fieldKey, String value) {
        Report report = stored(reportId);
        access.requireEditable(report); // who may edit may read: one check per change, not two
        validate(fieldKey, value);
        if (isText(fieldKey)) {
            storeText(report, fieldKey, stored -> Edit.replacing(stored.version(), stored.text(), value));
            return;
        }
        AppUserPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        String old = jdbc.sql("select value from assessment_value where report_id = ? and field_key = ? for update")
                .params(reportId, fieldKey).query(String.class).optional().orElse(null);
        if (value.equals(old)) {
            return;
        }
        jdbc.sql("""
                insert into assessment_value (report_id, field_key, value, updated_by, updated_at) values (?, ?, ?, ?, ?)
                on conflict (report_id, field_key) do update set value = excluded.value, version = assessment_value.version + 1,
                    updated_by = excluded.updated_by, updated_at = excluded.updated_at
                """).params(reportId, fieldKey, value, user.id(), Timestamp.from(now)).update();
        jdbc.sql("insert into assessment_value_history (report_id, field_key, old_value, new_value, author_id, changed_at) values (?, ?, ?, ?, ?, ?)")
                .params(reportId, fieldKey, old, value, user.id(), Timestamp.from(now)).update();
        startAssessment(report);
    }

    /**
     * Merges one edit of a text, made against the version its screen last had, with every edit stored since, and
     * stores the result at once, credited to the signed-in user. Empty when this edit was stored before (a browser
     * sending it again after a lost connection).
     */
    @PermitAll
    @Transactional
    public Optional<StoredEdit> editText(long reportId, String fieldKey, Edit edit) {
        Report report = stored(reportId);
        access.requireEditable(report); // who may edit may read: one check per keystroke, not two
        if (!isText(fieldKey)) {
            throw new FieldValidationException(fieldKey, "assessment.error.field");
        }
        // PostgreSQL cannot store NUL: refused with a message at the field (the co-edited field shows it there).
        String operation = edit.operation().toJson();
        if (operation.indexOf('\u0000') >= 0 || operation.contains("\\u0000") || !TextSafety.isStorable(operation)) {
            throw new FieldValidationException(fieldKey, "text.error.unstorable");
        }
        return storeText(report, fieldKey, stored -> edit);
    }

    /** The stored edits of a text after {@code version}, for a screen that missed some. */
    @PermitAll
    public List<StoredEdit> textEditsSince(long reportId, String fieldKey, long version) {
        readableAssessment(reportId);
        return edits.since(textKey(reportId, fieldKey), version);
    }

    private Optional<StoredEdit> storeText(Report report, String fieldKey, Function<Snapshot, Edit> editOf) {
        AppUserPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        jdbc.sql("insert into assessment_value (report_id, field_key, value, version, updated_by, updated_at) values (?, ?, '', 0, ?, ?) on conflict do nothing")
                .params(report.id(), fieldKey, user.id(), Timestamp.from(now)).update();
        Snapshot stored = jdbc.sql("select value, version from assessment_value where report_id = ? and field_key = ? for update")
                .params(report.id(), fieldKey).query((rs, n) -> new Snapshot(rs.getString(1), rs.getLong(2))).single();
        Edit edit = editOf.apply(stored);
        if (edit.operation().isNoop() && !edit.typed()) {
            return Optional.empty();
        }
        return edits.merge(textKey(report.id(), fieldKey), stored.text(), stored.version(), edit, fieldKey, MAX_TEXT, user.id(), now)
                .map(merged -> {
                    jdbc.sql("update assessment_value set value = ?, version = ?, updated_by = ?, updated_at = ? where report_id = ? and field_key = ?")
                            .params(merged.newText(), merged.version(), user.id(), Timestamp.from(now), report.id(), fieldKey).update();
                    edits.credit(HISTORY, List.of(report.id(), fieldKey), user.id(), now, merged);
                    startAssessment(report);
                    return merged.stored();
                });
    }

    /** The first change of an assessment starts it. */
    private void startAssessment(Report report) {
        if ("RECEIVED".equals(report.status()) || "EXPECTED".equals(report.status())) {
            jdbc.sql("update annual_report set status = 'UNDER_ASSESSMENT' where id = ? and status in ('RECEIVED', 'EXPECTED')")
                    .param(report.id()).update();
            events.publishEvent(new ReportChanged(report.id(), report.cycleId()));
        }
    }

    private static boolean isText(String fieldKey) {
        return fieldKey.startsWith("comment-") || fieldKey.equals("conclusion") || fieldKey.equals("recommendation");
    }

    @PermitAll
    public List<FieldChange> history(long reportId, String fieldKey) {
        readableAssessment(reportId);
        return jdbc.sql("""
                select h.field_key, h.old_value, h.new_value, u.full_name, h.changed_at, h.inserted, h.removed from assessment_value_history h
                join app_user u on u.id = h.author_id where h.report_id = ? and (cast(? as varchar) is null or h.field_key = ?)
                order by h.id desc
                """).params(reportId, fieldKey, fieldKey)
                .query((rs, n) -> new FieldChange(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7))).list();
    }

    @PermitAll
    public boolean canEdit(Report report) {
        return CurrentUser.get().map(user -> access.mayEdit(user, report)).orElse(false);
    }

    /** What the signed-in user can do with the report's workflow now (the methods check again). */
    public enum Action { MARK_ASSESSED, APPROVE, REOPEN }

    @PermitAll
    public Set<Action> actions(Report report) {
        AppUserPrincipal user = CurrentUser.require();
        Set<Action> actions = java.util.EnumSet.noneOf(Action.class);
        if (access.isCoordinatorOf(user, report)) {
            if (Set.of("RECEIVED", "UNDER_ASSESSMENT").contains(report.status())) {
                actions.add(Action.MARK_ASSESSED);
            }
            if (Set.of("ASSESSED", "APPROVED").contains(report.status())) {
                actions.add(Action.REOPEN);
            }
        }
        if ("ASSESSED".equals(report.status()) && referenceGroups.isCurrentMember(report.unitId(), user.id())
                && jdbc.sql("select count(*) from assessment_approval where report_id = ? and user_id = ?").params(report.id(), user.id())
                .query(Long.class).single() == 0) {
            actions.add(Action.APPROVE);
        }
        return actions;
    }

    @PermitAll
    public boolean canReadAssessment(Report report) {
        return CurrentUser.get().map(user -> access.mayReadAssessment(user, report)).orElse(false);
    }

    @PermitAll
    public List<Message> messages(long reportId) {
        return messages(reportId, Instant.EPOCH);
    }

    /** The discussion's messages sent at or after {@code since}, oldest first (what a reconnecting message list asks for). */
    @PermitAll
    public List<Message> messages(long reportId, Instant since) {
        readableAssessment(reportId);
        return jdbc.sql("select m.id, m.author_id, u.full_name, m.text, m.sent_at from assessment_message m join app_user u on u.id = m.author_id "
                        + "where m.report_id = ? and m.sent_at >= ? order by m.sent_at, m.id").params(reportId, Timestamp.from(since))
                .query((rs, n) -> new Message(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getTimestamp(5).toInstant())).list();
    }

    /** The discussion in one line, without reading its messages (one query). */
    @PermitAll
    public DiscussionSummary discussionSummary(long reportId) {
        readableAssessment(reportId);
        return jdbc.sql("select count(*) over (), u.full_name, m.sent_at from assessment_message m join app_user u on u.id = m.author_id "
                        + "where m.report_id = ? order by m.sent_at desc, m.id desc limit 1").param(reportId)
                .query((rs, n) -> new DiscussionSummary(rs.getInt(1), rs.getString(2), rs.getTimestamp(3).toInstant())).optional()
                .orElse(new DiscussionSummary(0, null, null));
    }

    /** Adds to the assessment's discussion; those who may edit may discuss. */
    @PermitAll
    @Transactional
    public void postMessage(long reportId, String text, Instant sentAt) {
        Report report = report(reportId);
        access.requireEditable(report);
        String trimmed = text == null ? "" : TextSafety.clean(text).trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_TEXT) {
            throw new FieldValidationException("message", "assessment.error.text-length", MAX_TEXT);
        }
        jdbc.sql("insert into assessment_message (report_id, author_id, text, sent_at) values (?, ?, ?, ?)")
                .params(reportId, CurrentUser.require().id(), trimmed, Timestamp.from(sentAt)).update();
    }

    public record Approval(String name, Instant at) {
    }

    @PermitAll
    public List<Approval> approvals(Report report) {
        access.requireReadableAssessment(report);
        long reportId = report.id();
        return jdbc.sql("select u.full_name, a.approved_at from assessment_approval a join app_user u on u.id = a.user_id "
                        + "where a.report_id = ? order by a.approved_at").param(reportId)
                .query((rs, n) -> new Approval(rs.getString(1), rs.getTimestamp(2).toInstant())).list();
    }

    /** The host region's coordinator (or ADMIN) marks the assessment done: it goes to the reference group. */
    @PermitAll
    @Transactional
    public void markAssessed(long reportId) {
        Report report = report(reportId);
        access.requireCoordinator(report);
        if (!"UNDER_ASSESSMENT".equals(report.status()) && !"RECEIVED".equals(report.status())) {
            throw new FieldValidationException("status", "assessment.error.not-under-assessment");
        }
        setStatus(report.id(), "ASSESSED", "ASSESSED");
    }

    /** A current reference-group member approves; when the cycle's rule is met the report is approved. */
    @PermitAll
    @Transactional
    public boolean approve(long reportId) {
        Report report = report(reportId);
        AppUserPrincipal user = CurrentUser.require();
        if (!referenceGroups.isCurrentMember(report.unitId(), user.id())) {
            throw new AccessDeniedException("Only the unit's reference group approves");
        }
        if (!"ASSESSED".equals(report.status())) {
            throw new FieldValidationException("status", "assessment.error.not-assessed");
        }
        jdbc.sql("insert into assessment_approval (report_id, user_id, approved_at) values (?, ?, ?) on conflict do nothing")
                .params(reportId, user.id(), Timestamp.from(clock.instant())).update();
        var group = referenceGroups.group(report.unitId());
        Set<Long> voters = new java.util.HashSet<>();
        group.current().stream().filter(m -> m.getUser() != null).forEach(m -> voters.add(m.getUser().getId()));
        Set<Long> approved = new java.util.HashSet<>(jdbc.sql("select user_id from assessment_approval where report_id = ?")
                .param(reportId).query(Long.class).list());
        approved.retainAll(voters);
        boolean chairApproved = group.chair().map(c -> c.getUser() != null && approved.contains(c.getUser().getId())).orElse(false);
        if (cycle(report.cycleId()).approvalRule().isMet(chairApproved, approved.size(), voters.size())) {
            setStatus(reportId, "APPROVED", "APPROVED");
            return true;
        }
        events.publishEvent(new ReportChanged(reportId, report.cycleId())); // one more approval, shown on the open screens
        return false;
    }

    /** After approval, changes need a coordinator of the host region (or ADMIN) to reopen it; recorded. */
    @PermitAll
    @Transactional
    public void reopen(long reportId) {
        Report report = report(reportId);
        access.requireCoordinator(report);
        if (!Set.of("ASSESSED", "APPROVED").contains(report.status())) {
            throw new FieldValidationException("status", "assessment.error.not-reopenable");
        }
        jdbc.sql("delete from assessment_approval where report_id = ?").param(reportId).update();
        setStatus(reportId, "UNDER_ASSESSMENT", "REOPENED");
    }

    void setStatus(long reportId, String status, String event) {
        jdbc.sql("update annual_report set status = ? where id = ?").params(status, reportId).update();
        jdbc.sql("insert into annual_report_event (report_id, event, user_id, at) values (?, ?, ?, ?)")
                .params(reportId, event, CurrentUser.require().id(), Timestamp.from(clock.instant())).update();
        events.publishEvent(ReportChanged.of(jdbc, reportId));
    }

    private static void validate(String fieldKey, String value) {
        if (value == null || value.length() > MAX_TEXT) {
            throw new FieldValidationException(fieldKey, "assessment.error.text-length", MAX_TEXT);
        }
        if (fieldKey.startsWith("rating-") && !value.isEmpty() && !RATINGS.contains(value)) {
            throw new FieldValidationException(fieldKey, "assessment.error.rating");
        }
        if (!fieldKey.matches("(rating|comment)-\\d+|conclusion|recommendation")) {
            throw new FieldValidationException(fieldKey, "assessment.error.field");
        }
    }

    private static Report report(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Report(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getLong(4), rs.getString(5), rs.getString(6),
                rs.getObject(7, LocalDate.class), rs.getString(8));
    }
}
