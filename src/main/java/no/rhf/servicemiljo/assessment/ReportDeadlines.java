package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.Deadline.Recipient;
import no.rhf.servicemiljo.reminder.DeadlineSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The deadlines of the reporting cycles, state-aware so that nobody is reminded of what is done:
 * <ul>
 *   <li>{@code REPORT_DUE}: the unit's service contact, while its report is not received; and the host
 *       region's coordinators, once per region, while any report they host is not received;</li>
 *   <li>{@code ASSESSMENT_DUE}: the host region's coordinators, while any report they host is not yet
 *       marked assessed;</li>
 *   <li>{@code APPROVAL_DUE}: each current reference-group member (with a user account) who has not yet
 *       approved an assessed report;</li>
 *   <li>{@code FOLLOW_UP_DUE}: the responsible region's coordinators, while a follow-up item is not done.</li>
 * </ul>
 * Four queries, whatever the number of cycles and units.
 */
@Component
class ReportDeadlines implements DeadlineSource {

    private static final Set<String> NOT_RECEIVED = Set.of("EXPECTED");
    private static final Set<String> NOT_ASSESSED = Set.of("EXPECTED", "RECEIVED", "UNDER_ASSESSMENT");

    private record Row(long reportId, String status, long cycleId, int year, LocalDate dueOn, LocalDate assessmentDeadline,
                       LocalDate approvalDeadline, long unitId, String unitNb, String unitEn, Long contactId, Set<Short> regions) {
    }

    private record User(Recipient recipient, String role, Short regionId) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    ReportDeadlines(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public List<Deadline> deadlinesBetween(LocalDate from, LocalDate to) {
        List<Row> rows = rows(from, to);
        List<Object[]> followUps = followUps(from, to);
        if (rows.isEmpty() && followUps.isEmpty()) {
            return List.of();
        }
        Map<Long, User> users = activeUsers();
        List<Deadline> deadlines = new ArrayList<>();
        reportsDue(rows, users, from, to, deadlines);
        assessmentsDue(rows, users, from, to, deadlines);
        approvalsDue(rows, users, from, to, deadlines);
        for (Object[] f : followUps) {
            String what = shorten((String) f[3]);
            deadlines.add(new Deadline("follow-up-" + f[0], "FOLLOW_UP_DUE", "Oppfølging: " + what + " (" + f[4] + ")",
                    "Follow-up: " + what + " (" + f[5] + ")", (LocalDate) f[2], coordinators(users, (Short) f[1]), "reports/" + f[6]));
        }
        return deadlines;
    }

    /** The reports with a date between the days on which they are not yet done (the rules of every deadline here). */
    private List<Row> rows(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select r.id, r.status, c.id, c.report_year, c.due_on, c.assessment_deadline, c.approval_deadline,
                       u.id, u.name_nb, coalesce(u.name_en, u.name_nb), u.contact_user_id, h1.region_id, h2.region_id
                from annual_report r join reporting_cycle c on c.id = r.cycle_id join national_unit u on u.id = r.unit_id
                join health_trust h1 on h1.id = u.host_trust_id left join health_trust h2 on h2.id = u.second_host_trust_id
                where (c.due_on between :from and :to and r.status = 'EXPECTED')
                   or (c.assessment_deadline between :from and :to and r.status in ('EXPECTED', 'RECEIVED', 'UNDER_ASSESSMENT'))
                   or (c.approval_deadline between :from and :to and r.status = 'ASSESSED')
                order by c.report_year, u.name_nb
                """).param("from", from).param("to", to)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getLong(3), rs.getInt(4), rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class), rs.getLong(8), rs.getString(9),
                        rs.getString(10), (Long) rs.getObject(11), regions(rs.getShort(12), (Short) rs.getObject(13, Short.class))))
                .list();
    }

    private List<Object[]> followUps(LocalDate from, LocalDate to) {
        return jdbc.sql("""
                select f.id, f.region_id, f.due_on, f.description, u.name_nb, coalesce(u.name_en, u.name_nb), f.report_id from assessment_follow_up f
                join annual_report r on r.id = f.report_id join national_unit u on u.id = r.unit_id
                where not f.done and f.due_on between ? and ? order by f.due_on, f.id
                """).params(from, to).query((rs, n) -> new Object[]{rs.getLong(1), rs.getShort(2), rs.getObject(3, LocalDate.class),
                rs.getString(4), rs.getString(5), rs.getString(6), rs.getLong(7)}).list();
    }

    /**
     * Per report and follow-up, what is overdue: not received after the due date (the unit's contact is responsible,
     * else the host region's coordinators), not assessed after the assessment deadline (the coordinators), not approved
     * after the approval deadline (the members who have not approved). The same rules as {@link #deadlinesBetween}.
     */
    @Override
    public List<no.rhf.servicemiljo.reminder.OverdueItem> overdueBetween(LocalDate since, LocalDate today) {
        LocalDate yesterday = today.minusDays(1);
        List<Row> rows = rows(since, yesterday);
        List<Object[]> followUps = followUps(since, yesterday);
        if (rows.isEmpty() && followUps.isEmpty()) {
            return List.of();
        }
        Map<Long, User> users = activeUsers();
        // Who has not approved: the same rule as the approval reminders.
        Map<Long, List<String>> approvers = new HashMap<>();
        for (Deadline d : approvalsOf(rows, users, since, yesterday)) {
            String id = d.key().substring("report-".length(), d.key().length() - "-approval".length());
            approvers.put(Long.valueOf(id), d.recipients().stream().map(Recipient::fullName).toList());
        }
        List<no.rhf.servicemiljo.reminder.OverdueItem> overdue = new ArrayList<>();
        for (Row row : rows) {
            String path = "reports/" + row.reportId();
            List<String> coordinators = row.regions().stream().flatMap(r -> coordinators(users, r).stream())
                    .map(Recipient::fullName).distinct().toList();
            if (NOT_RECEIVED.contains(row.status()) && within(row.dueOn(), since, yesterday)) {
                User contact = row.contactId() == null ? null : users.get(row.contactId());
                overdue.add(new no.rhf.servicemiljo.reminder.OverdueItem("report-" + row.reportId() + "-due", "REPORT_DUE",
                        "Årsrapporten for " + row.year() + " fra " + row.unitNb() + " er ikke mottatt",
                        "Annual report " + row.year() + " of " + row.unitEn() + " not received", row.dueOn(), row.regions(),
                        contact != null ? List.of(contact.recipient().fullName()) : coordinators, path));
            } else if (NOT_ASSESSED.contains(row.status()) && within(row.assessmentDeadline(), since, yesterday)) {
                overdue.add(new no.rhf.servicemiljo.reminder.OverdueItem("report-" + row.reportId() + "-assessment", "ASSESSMENT_DUE",
                        "Årsrapporten for " + row.year() + " fra " + row.unitNb() + " er ikke vurdert",
                        "Annual report " + row.year() + " of " + row.unitEn() + " not assessed", row.assessmentDeadline(), row.regions(),
                        coordinators, path));
            } else if ("ASSESSED".equals(row.status()) && within(row.approvalDeadline(), since, yesterday)) {
                overdue.add(new no.rhf.servicemiljo.reminder.OverdueItem("report-" + row.reportId() + "-approval", "APPROVAL_DUE",
                        "Vurderingen av " + row.unitNb() + " (" + row.year() + ") er ikke godkjent",
                        "Assessment of " + row.unitEn() + " (" + row.year() + ") not approved", row.approvalDeadline(), row.regions(),
                        approvers.getOrDefault(row.reportId(), List.of()), path));
            }
        }
        for (Object[] f : followUps) {
            String what = shorten((String) f[3]);
            overdue.add(new no.rhf.servicemiljo.reminder.OverdueItem("follow-up-" + f[0], "FOLLOW_UP_DUE",
                    "Oppfølging: " + what + " (" + f[4] + ")", "Follow-up: " + what + " (" + f[5] + ")", (LocalDate) f[2],
                    Set.of((Short) f[1]), coordinators(users, (Short) f[1]).stream().map(Recipient::fullName).toList(),
                    "reports/" + f[6]));
        }
        return overdue;
    }

    private List<Deadline> approvalsOf(List<Row> rows, Map<Long, User> users, LocalDate from, LocalDate to) {
        List<Deadline> into = new ArrayList<>();
        approvalsDue(rows, users, from, to, into);
        return into;
    }

    /** Every deadline here is a task whose state is known (received, assessed, approved, done). */
    @Override
    public boolean tracksDone(Deadline deadline) {
        return true;
    }

    /**
     * For the årshjul: the cycle's three dates with how many reports are still open, while any is (a date with nothing
     * left to do has no recipients, so it drops out of every view); and the follow-ups. The recipients of a summed-up
     * date are everyone who still has to act on it.
     */
    @Override
    public List<Deadline> overviewBetween(LocalDate from, LocalDate to) {
        List<Deadline> detailed = deadlinesBetween(from, to);
        List<Deadline> overview = new ArrayList<>();
        jdbc.sql("""
                select c.id, c.report_year, c.due_on, c.assessment_deadline, c.approval_deadline,
                       count(*) filter (where r.status = 'EXPECTED'),
                       count(*) filter (where r.status in ('EXPECTED', 'RECEIVED', 'UNDER_ASSESSMENT')),
                       count(*) filter (where r.status = 'ASSESSED')
                from reporting_cycle c left join annual_report r on r.cycle_id = c.id
                where c.due_on between :from and :to or c.assessment_deadline between :from and :to or c.approval_deadline between :from and :to
                group by c.id order by c.report_year
                """).param("from", from).param("to", to).query(rs -> {
            long id = rs.getLong(1);
            int year = rs.getInt(2);
            LocalDate due = rs.getObject(3, LocalDate.class);
            LocalDate assessment = rs.getObject(4, LocalDate.class);
            LocalDate approval = rs.getObject(5, LocalDate.class);
            addIfWithin(overview, from, to, new Deadline("reporting-" + id + "-due", "REPORT_DUE",
                    "Årsrapporter for " + year + " leveres (" + rs.getInt(6) + " ikke mottatt)",
                    "Annual reports " + year + " due (" + rs.getInt(6) + " not received)", due,
                    rs.getInt(6) == 0 ? List.of() : actingOn(detailed, "REPORT_DUE", due), "reports"));
            addIfWithin(overview, from, to, new Deadline("reporting-" + id + "-assessments", "ASSESSMENT_DUE",
                    "Regionenes vurdering av årsrapportene for " + year + " (" + rs.getInt(7) + " ikke vurdert)",
                    "Regions' assessment of the annual reports " + year + " (" + rs.getInt(7) + " not assessed)",
                    assessment, rs.getInt(7) == 0 ? List.of() : actingOn(detailed, "ASSESSMENT_DUE", assessment), "reports"));
            addIfWithin(overview, from, to, new Deadline("reporting-" + id + "-approvals", "APPROVAL_DUE",
                    "Referansegruppenes godkjenning for " + year + " (" + rs.getInt(8) + " venter)",
                    "Reference groups' approval " + year + " (" + rs.getInt(8) + " waiting)", approval,
                    rs.getInt(8) == 0 ? List.of() : actingOn(detailed, "APPROVAL_DUE", approval), "reports"));
        });
        detailed.stream().filter(d -> "FOLLOW_UP_DUE".equals(d.kind())).forEach(overview::add);
        return overview;
    }

    /** Everyone who still has to act on the detailed deadlines of this kind on this day. */
    private static List<Recipient> actingOn(List<Deadline> detailed, String kind, LocalDate day) {
        return detailed.stream().filter(d -> d.kind().equals(kind) && d.dueOn().equals(day))
                .flatMap(d -> d.recipients().stream()).distinct().sorted(Comparator.comparing(Recipient::userId)).toList();
    }

    private static void addIfWithin(List<Deadline> into, LocalDate from, LocalDate to, Deadline deadline) {
        if (within(deadline.dueOn(), from, to)) {
            into.add(deadline);
        }
    }

    private static void reportsDue(List<Row> rows, Map<Long, User> users, LocalDate from, LocalDate to, List<Deadline> into) {
        List<Row> missing = rows.stream().filter(r -> NOT_RECEIVED.contains(r.status()) && within(r.dueOn(), from, to)).toList();
        for (Row row : missing) {
            User contact = row.contactId() == null ? null : users.get(row.contactId());
            if (contact != null) {
                into.add(new Deadline("report-" + row.reportId() + "-due", "REPORT_DUE",
                        "Årsrapporten for " + row.year() + " fra " + row.unitNb() + " skal leveres",
                        "Annual report " + row.year() + " of " + row.unitEn() + " is due", row.dueOn(), List.of(contact.recipient()),
                        "reports/" + row.reportId()));
            }
        }
        perCycleAndRegion(missing).forEach((at, reports) -> {
            Row first = reports.getFirst();
            into.add(new Deadline(at.key("reports"), "REPORT_DUE",
                    "Årsrapporter for " + first.year() + ": " + reports.size() + " er ikke mottatt",
                    "Annual reports " + first.year() + ": " + reports.size() + " not received", first.dueOn(),
                    coordinators(users, at.region()), "reports"));
        });
    }

    private static void assessmentsDue(List<Row> rows, Map<Long, User> users, LocalDate from, LocalDate to, List<Deadline> into) {
        perCycleAndRegion(rows.stream().filter(r -> NOT_ASSESSED.contains(r.status()) && within(r.assessmentDeadline(), from, to)).toList())
                .forEach((at, reports) -> {
                    Row first = reports.getFirst();
                    into.add(new Deadline(at.key("assessments"), "ASSESSMENT_DUE",
                            "Vurdering av årsrapportene for " + first.year() + ": " + reports.size() + " er ikke vurdert",
                            "Assessment of annual reports " + first.year() + ": " + reports.size() + " not assessed",
                            first.assessmentDeadline(), coordinators(users, at.region()), "reports"));
                });
    }

    /** A cycle's reports hosted in one region: the coordinators of that region get one reminder for all of them. */
    private record CycleRegion(long cycleId, short region) {

        String key(String what) {
            return "reporting-" + cycleId + "-region-" + region + "-" + what;
        }
    }

    /** The reports per cycle and host region, in a stable order; a unit hosted in two regions counts in both. */
    private static Map<CycleRegion, List<Row>> perCycleAndRegion(List<Row> reports) {
        Map<CycleRegion, List<Row>> grouped = new TreeMap<>(Comparator.comparingLong(CycleRegion::cycleId).thenComparing(CycleRegion::region));
        for (Row row : reports) {
            row.regions().forEach(region -> grouped.computeIfAbsent(new CycleRegion(row.cycleId(), region), k -> new ArrayList<>()).add(row));
        }
        return grouped;
    }

    private void approvalsDue(List<Row> rows, Map<Long, User> users, LocalDate from, LocalDate to, List<Deadline> into) {
        Map<Long, Row> assessed = new LinkedHashMap<>();
        rows.stream().filter(r -> "ASSESSED".equals(r.status()) && within(r.approvalDeadline(), from, to))
                .forEach(r -> assessed.put(r.reportId(), r));
        if (assessed.isEmpty()) {
            return;
        }
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<Long>> waitingFor = new HashMap<>();
        jdbc.sql("""
                select r.id, m.user_id from annual_report r join reference_group_member m on m.unit_id = r.unit_id
                where r.id in (:reports) and m.user_id is not null and m.appointed_on <= :today and (m.ends_on is null or m.ends_on >= :today)
                  and not exists (select 1 from assessment_approval a where a.report_id = r.id and a.user_id = m.user_id)
                order by r.id, m.user_id
                """).param("reports", assessed.keySet()).param("today", today)
                .query(rs -> {
                    waitingFor.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        assessed.forEach((id, row) -> {
            List<Recipient> members = waitingFor.getOrDefault(id, List.of()).stream().map(users::get)
                    .filter(java.util.Objects::nonNull).map(User::recipient).distinct().toList();
            if (!members.isEmpty()) {
                into.add(new Deadline("report-" + id + "-approval", "APPROVAL_DUE",
                        "Godkjenning av vurderingen av " + row.unitNb() + " (" + row.year() + ")",
                        "Approval of the assessment of " + row.unitEn() + " (" + row.year() + ")", row.approvalDeadline(), members,
                        "reports/" + id));
            }
        });
    }

    private Map<Long, User> activeUsers() {
        Map<Long, User> users = new HashMap<>();
        jdbc.sql("select id, full_name, email, locale, role, region_id from app_user where active").query(rs -> {
            users.put(rs.getLong(1), new User(new Recipient(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4)),
                    rs.getString(5), (Short) rs.getObject(6, Short.class)));
        });
        return users;
    }

    private static List<Recipient> coordinators(Map<Long, User> users, short region) {
        return users.values().stream().filter(u -> "REGIONAL_COORDINATOR".equals(u.role()) && Short.valueOf(region).equals(u.regionId()))
                .map(User::recipient).sorted(Comparator.comparing(Recipient::userId)).toList();
    }

    private static Set<Short> regions(short first, Short second) {
        return second == null || second == first ? Set.of(first) : Set.of(first, second);
    }

    private static boolean within(LocalDate day, LocalDate from, LocalDate to) {
        return !day.isBefore(from) && !day.isAfter(to);
    }

    private static String shorten(String text) {
        return text.length() > 80 ? text.substring(0, 79) + "…" : text;
    }
}
