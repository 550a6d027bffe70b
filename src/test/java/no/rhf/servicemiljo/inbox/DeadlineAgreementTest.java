package no.rhf.servicemiljo.inbox;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.reminder.CalendarFeedService;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineCalendarService;
import no.rhf.servicemiljo.reminder.ReminderService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * One truth about deadlines: Mine oppgaver, Mine frister, the årshjul, the calendar feed and the reminder plan read the
 * same state-aware source, so they agree on the open deadlines of every demo role, and a finished task (a frozen
 * ranking, a received report) drops out of all of them at once. Each test runs in a transaction that is rolled back.
 */
@Transactional
class DeadlineAgreementTest extends ServiceTest {

    static final List<String> ROLES = List.of(TestUsers.ADMIN, TestUsers.COORDINATOR_SOR_OST, TestUsers.COORDINATOR_VEST,
            TestUsers.COORDINATOR_MIDT, TestUsers.COORDINATOR_NORD, TestUsers.REFERENCE_MEMBER, TestUsers.REFERENCE_MEMBER_VEST,
            TestUsers.IRF_MEMBER, TestUsers.SERVICE_CONTACT, TestUsers.OBSERVER);
    private static final Pattern UID = Pattern.compile("UID:(.+)@servicemiljo");

    @Autowired
    InboxService inbox;
    @Autowired
    ReminderService reminders;
    @Autowired
    DeadlineCalendarService calendar;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    JdbcTemplate jdbc;

    record Views(Set<String> own, Set<String> inbox, Set<String> mine, Set<String> calendar, Set<String> feed) {
    }

    @Test
    void everyViewOfEveryRoleAgreesOnTheOpenDeadlines() {
        for (String user : ROLES) {
            Views views = viewsOf(user);
            assertEquals(views.mine(), views.calendar(), user + ": Mine frister and the årshjul show the same deadlines");
            assertEquals(views.calendar(), views.feed(), user + ": the årshjul and the calendar feed show the same deadlines");
            assertTrue(views.mine().containsAll(views.own()), user + ": every deadline where they act is in Mine frister");
            assertTrue(views.own().containsAll(views.inbox()), user + ": the inbox holds only deadlines where they act " + views.inbox());
            LocalDate today = calendar.today();
            // Every task (and every date of this week or overdue) where they act is in the inbox.
            signIn(user);
            Set<String> expected = calendar.myOpenDeadlines(InboxService.HORIZON_DAYS).stream()
                    .filter(d -> Set.of("APPROVAL_DUE", "ASSESSMENT_DUE", "FOLLOW_UP_DUE", "IRF_RANKING_DUE", "REPORT_DUE").contains(d.kind())
                            || !d.dueOn().isAfter(today.plusDays(InboxService.THIS_WEEK_DAYS)))
                    .map(Deadline::key).collect(Collectors.toCollection(TreeSet::new));
            assertTrue(views.inbox().containsAll(expected), user + ": inbox " + views.inbox() + " holds " + expected);
        }
        assertTrue(viewsOf(TestUsers.REFERENCE_MEMBER_VEST).inbox().stream().anyMatch(k -> k.endsWith("-approval")),
                "Erik Dahl has assessments to approve");
        assertTrue(viewsOf(TestUsers.SERVICE_CONTACT).inbox().stream().anyMatch(k -> k.endsWith("-due")),
                "Per Olsen has an annual report to deliver");
    }

    @Test
    void aFrozenRankingLeavesTheInboxMineFristerTheArshjulTheFeedAndTheRemindersAtOnce() {
        // The member's ballots of the rounds being ranked are not in yet (other tests may have added rounds).
        jdbc.update("delete from irf_ballot where member_id = (select id from app_user where username = ?) "
                + "and round_id in (select id from irf_round where phase = 'RANKING')", TestUsers.IRF_MEMBER);
        Views before = viewsOf(TestUsers.IRF_MEMBER);
        String key = before.inbox().stream().filter(k -> k.matches("irf-round-\\d+-ranking")).findFirst()
                .orElseThrow(() -> new AssertionError("a ballot is due: " + before));
        long round = Long.parseLong(key.replaceAll("\\D", ""));
        LocalDate meeting = jdbc.queryForObject("select irf_meeting from irf_round where id = ?", LocalDate.class, round);
        assertTrue(before.own().contains(key) && before.inbox().contains(key) && before.mine().contains(key)
                && before.calendar().contains(key) && before.feed().contains(key), "the ballot is due everywhere: " + before);
        reminders.plan(meeting.minusDays(3));
        assertTrue(planned(key), "and reminded of");

        jdbc.update("update irf_round set phase = 'FROZEN' where id = ?", round);
        jdbc.update("delete from reminder_outbox where deadline_key = ?", key);
        for (String user : ROLES) {
            Views after = viewsOf(user);
            for (Set<String> view : List.of(after.own(), after.inbox(), after.mine(), after.calendar(), after.feed())) {
                assertFalse(view.contains(key), user + ": the frozen ranking is gone from " + view);
            }
        }
        reminders.plan(meeting);
        assertFalse(planned(key), "nobody is reminded of a frozen ranking");
    }

    @Test
    void aReceivedReportLeavesEveryViewOfItsContact() {
        Long report = jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id join app_user a on a.id = u.contact_user_id
                where a.username = ? and r.status = 'EXPECTED' order by r.id limit 1""", Long.class, TestUsers.SERVICE_CONTACT);
        String key = "report-" + report + "-due";
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertTrue(calendar.overdue().stream().anyMatch(o -> o.key().equals(key) && o.responsible().contains("Per Olsen")),
                "overdue on the dashboard, with its contact as the responsible");
        Views before = viewsOf(TestUsers.SERVICE_CONTACT);
        assertTrue(before.inbox().contains(key) && before.mine().contains(key) && before.feed().contains(key), before.toString());

        jdbc.update("update annual_report set status = 'RECEIVED', received_on = current_date where id = ?", report);
        Views after = viewsOf(TestUsers.SERVICE_CONTACT);
        for (Set<String> view : List.of(after.own(), after.inbox(), after.mine(), after.calendar(), after.feed())) {
            assertFalse(view.contains(key), "the received report is gone from " + view);
        }
        LocalDate due = jdbc.queryForObject("select c.due_on from annual_report r join reporting_cycle c on c.id = r.cycle_id where r.id = ?",
                LocalDate.class, report);
        jdbc.update("delete from reminder_outbox where deadline_key = ?", key); // planned earlier, by this or another test
        reminders.plan(due);
        assertFalse(planned(key), "nobody is reminded of a received report");
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertFalse(calendar.overdue().stream().anyMatch(o -> o.key().equals(key)), "nor is it overdue on the dashboard");
    }

    @Test
    void anOpenHandoverItemWaitsForTheCoordinatorsUntilItIsTicked() {
        short vest = jdbc.queryForObject("select id from region where name = 'Helse Vest'", Short.class);
        LocalDate start = calendar.today().plusDays(20);
        Long period = jdbc.queryForObject("insert into leadership_period (region_id, starts_on, ends_on) values (?, ?, ?) returning id",
                Long.class, vest, start.plusYears(50), start.plusYears(52));
        jdbc.update("update leadership_period set starts_on = ? where id = ?", start, period);
        Long item = jdbc.queryForObject("insert into handover_item (period_id, sort_order, text) values (?, 1, 'Overlever nøkler') returning id",
                Long.class, period);
        String key = "handover-item-" + item;
        Views before = viewsOf(TestUsers.COORDINATOR_VEST);
        assertTrue(before.inbox().contains(key) && before.mine().contains(key) && before.feed().contains(key), before.toString());
        assertFalse(viewsOf(TestUsers.REFERENCE_MEMBER_VEST).inbox().contains(key), "only the coordinators tick the handover");

        jdbc.update("update handover_item set done_at = now(), done_by = (select id from app_user where username = ?) where id = ?",
                TestUsers.COORDINATOR_VEST, item);
        Views after = viewsOf(TestUsers.COORDINATOR_VEST);
        for (Set<String> view : List.of(after.own(), after.inbox(), after.mine(), after.calendar(), after.feed())) {
            assertFalse(view.contains(key), "the ticked item is gone from " + view);
        }
    }

    private boolean planned(String key) {
        return jdbc.queryForObject("select count(*) from reminder_outbox where deadline_key = ?", Integer.class, key) > 0;
    }

    /** The deadline keys each view shows the user, over the feed's window. */
    private Views viewsOf(String user) {
        signIn(user);
        LocalDate today = calendar.today();
        Set<String> own = keys(calendar.myOpenDeadlines(400));
        Set<String> tasks = inbox.myTasks().stream().map(InboxItem::deadlineKey).collect(Collectors.toCollection(TreeSet::new));
        Set<String> mine = keys(reminders.myDeadlines(400));
        Set<String> inCalendar = keys(calendar.visibleBetween(today.minusDays(400), today.plusDays(400)));
        String url = feeds.createMyFeed();
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        Set<String> feed = new TreeSet<>();
        Matcher m = UID.matcher(feeds.feed(token).orElseThrow());
        while (m.find()) {
            feed.add(m.group(1));
        }
        return new Views(own, tasks, mine, inCalendar, feed);
    }

    private static Set<String> keys(List<Deadline> deadlines) {
        return deadlines.stream().map(Deadline::key).collect(Collectors.toCollection(TreeSet::new));
    }
}
