package no.rhf.servicemiljo.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;

import static no.rhf.servicemiljo.reminder.Mails.to;
import static no.rhf.servicemiljo.reminder.Mails.subject;
import static no.rhf.servicemiljo.reminder.Mails.text;
import static no.rhf.servicemiljo.reminder.Mails.attachment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Rules per kind, opting out, weekly digests and the IRF ranking reminder, against a real SMTP server (GreenMail).
 * Time moves through the dates passed to plan/send, never by sleeping.
 */
class ReminderRulesAndPreferencesTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);


    @Autowired
    no.rhf.servicemiljo.base.PublicUrl publicUrl;
    @Autowired
    ReminderService reminders;
    @Autowired
    ReminderRuleService rules;
    @Autowired
    ReminderPreferenceService preferences;
    @Autowired
    JdbcTemplate jdbc;

    private List<String> coordinatorEmails;
    private String marte;

    @BeforeEach
    void clean() {
        cleanUp();
        coordinatorEmails = jdbc.queryForList("select email from app_user where role = 'REGIONAL_COORDINATOR' and active order by email", String.class);
        marte = jdbc.queryForObject("select email from app_user where username = ?", String.class, TestUsers.COORDINATOR_VEST);
    }

    @AfterEach
    void cleanUp() {
        jdbc.update("delete from reminder_outbox");
        jdbc.update("delete from reminder_preference");
        jdbc.update("delete from reminder_opt_out");
        jdbc.update("delete from reminder_rule where kind like 'TEST%'");
        jdbc.update("delete from cycle_deadline where kind like 'TEST%'");
        jdbc.update("delete from irf_ballot where round_id in (select id from irf_round where year = 2044)");
        jdbc.update("delete from irf_round where year = 2044");
    }

    private void deadline(String kind, String title, LocalDate due) {
        jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values (?, ?, ?, ?, 'REGIONAL_COORDINATORS')",
                kind, title, "English: " + title, due);
    }

    private static Instant at(LocalDate day, int hour) {
        return day.atTime(hour, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }

    private void rule(String kind, String offsets, boolean mandatory) {
        signIn(TestUsers.ADMIN);
        rules.save(kind, new ReminderRuleDraft(offsets, null, null, mandatory, true));
    }

    @Test
    void aRulePerKindDecidesOnWhichDaysMailsGoOut() throws Exception {
        rule("TEST_RULE", "10,1", false);
        deadline("TEST_RULE", "Frist med egen regel", LocalDate.of(2043, 5, 20));
        deadline("TEST_DEFAULT", "Frist uten regel", LocalDate.of(2043, 5, 20));
        // 14 days before: only the kind without a rule (default offsets 14,3,0,...) is reminded
        reminders.plan(LocalDate.of(2043, 5, 6));
        assertEquals(coordinatorEmails.size(), reminders.sendDue(at(LocalDate.of(2043, 5, 6), 9)));
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).allMatch(m -> subject(m).contains("Frist uten regel")));
        // 10 days before: only the kind with the rule
        assertEquals(coordinatorEmails.size(), reminders.plan(LocalDate.of(2043, 5, 10)));
        assertEquals(coordinatorEmails.size(), reminders.sendDue(at(LocalDate.of(2043, 5, 10), 9)));
        List<String> tenDays = Arrays.stream(smtp.getReceivedMessages()).map(Mails::subject).filter(s -> s.contains("Frist med egen regel")).toList();
        assertEquals(coordinatorEmails.size(), tenDays.size());
        assertTrue(tenDays.stream().allMatch(s -> s.endsWith("om 10 dager")), tenDays.toString());
        // 3 days before: the default reminds, the rule does not; 1 day before: the rule does
        assertEquals(coordinatorEmails.size(), reminders.plan(LocalDate.of(2043, 5, 17)));
        assertEquals(coordinatorEmails.size(), reminders.plan(LocalDate.of(2043, 5, 19)));
        assertEquals(List.of(10, 1), jdbc.queryForList("select distinct offset_days from reminder_outbox where deadline_kind = 'TEST_RULE' "
                + "order by offset_days desc", Integer.class));

        // ADMIN changes the rule: from then on, planning follows the new days
        assertThrows(FieldValidationException.class, () -> rules.save("TEST_RULE", new ReminderRuleDraft("", null, null, false, true)));
        rules.save("TEST_RULE", new ReminderRuleDraft("0", 2, 4, false, true));
        assertEquals(List.of(0, -2, -4), rules.ruleFor("TEST_RULE").effectiveOffsets());
        reminders.plan(LocalDate.of(2043, 5, 22));
        assertEquals(coordinatorEmails.size(), jdbc.queryForObject(
                "select count(*) from reminder_outbox where deadline_kind = 'TEST_RULE' and offset_days = -2", Integer.class));
    }

    @Test
    void aDisabledRuleSendsNothing() {
        signIn(TestUsers.ADMIN);
        rules.save("TEST_OFF", new ReminderRuleDraft("14,3,0", null, null, false, false));
        deadline("TEST_OFF", "Frist uten påminnelser", LocalDate.of(2043, 7, 20));
        assertEquals(0, reminders.plan(LocalDate.of(2043, 7, 20)));
    }

    @Test
    void anOptedOutUserGetsNoMailForAnOptionalKindAndCannotOptOutOfAMandatoryOne() throws Exception {
        rule("TEST_MANDATORY", "0", true);
        deadline("TEST_OPTIONAL", "Valgfri frist", LocalDate.of(2043, 8, 20));
        deadline("TEST_MANDATORY", "Obligatorisk frist", LocalDate.of(2043, 8, 20));
        signIn(TestUsers.COORDINATOR_VEST);
        preferences.setMyOptOut("TEST_OPTIONAL", true);
        FieldValidationException refused = assertThrows(FieldValidationException.class, () -> preferences.setMyOptOut("TEST_MANDATORY", true));
        assertEquals("reminder.prefs.error.mandatory", refused.getMessageKey());
        assertThrows(FieldValidationException.class, () -> preferences.setMyOptOut("REPORTS_DUE", true), "seeded as mandatory");
        assertEquals(java.util.Set.of("TEST_OPTIONAL"), preferences.mine().optedOutKinds());
        // an opt-out stored before the kind became mandatory does not keep the mandatory reminder away
        jdbc.update("insert into reminder_opt_out (user_id, kind) select id, 'TEST_MANDATORY' from app_user where username = ?", TestUsers.COORDINATOR_VEST);

        reminders.plan(LocalDate.of(2043, 8, 20));
        reminders.sendDue(at(LocalDate.of(2043, 8, 20), 9));
        List<MimeMessage> toMarte = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(marte)).toList();
        assertEquals(1, toMarte.size());
        assertTrue(subject(toMarte.getFirst()).contains("Obligatorisk frist"));
        long optional = Arrays.stream(smtp.getReceivedMessages()).filter(m -> subject(m).contains("Valgfri frist")).count();
        assertEquals(coordinatorEmails.size() - 1, optional, "everyone else still gets the optional one");

        preferences.setMyOptOut("TEST_OPTIONAL", false);
        assertEquals(java.util.Set.of("TEST_MANDATORY"), preferences.mine().optedOutKinds(), "only the one stored behind the service's back");
    }

    @Test
    void aDigestUserGetsExactlyOneWeeklyMailWithAllTheirRemindersEvenIfTheDigestRunsTwice() throws Exception {
        rule("TEST_DIGEST", "0", false);
        LocalDate monday = LocalDate.of(2043, 9, 9).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        deadline("TEST_DIGEST", "Første frist i uken", monday.plusDays(2));
        deadline("TEST_DIGEST", "Andre frist i uken", monday.plusDays(4));
        signIn(TestUsers.COORDINATOR_VEST);
        preferences.setMyDelivery(ReminderDelivery.WEEKLY);
        assertEquals(ReminderDelivery.WEEKLY, preferences.mine().delivery());

        assertEquals(2, reminders.plan(monday), "the digest user's whole week is decided on Monday; the others' on their day");
        assertEquals(0, reminders.sendDue(at(monday, 6)), "digest rows never go out one by one");
        assertEquals(0, reminders.sendDigests(at(monday, 6)), "not before Monday 07:00");
        assertEquals(1, reminders.sendDigests(at(monday, 7)));
        assertEquals(0, reminders.sendDigests(at(monday, 7)), "a second run sends nothing");
        for (int day = 1; day <= 6; day++) {
            reminders.plan(monday.plusDays(day));
            reminders.sendDue(at(monday.plusDays(day), 9));
            reminders.sendDigests(at(monday.plusDays(day), 9));
        }
        assertEquals(0, reminders.sendDigests(at(monday.plusDays(7), 8)), "nothing left for next week's digest");

        List<MimeMessage> toMarte = Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(marte)).toList();
        assertEquals(1, toMarte.size(), "exactly one mail for the week");
        MimeMessage digest = toMarte.getFirst();
        assertTrue(subject(digest).startsWith("Ukentlig sammendrag av fristene dine (uke "), subject(digest));
        assertTrue(subject(digest).endsWith("2 påminnelser"), subject(digest));
        String body = text(digest);
        assertTrue(body.startsWith("Hei Marte Solheim,"), body);
        assertTrue(body.contains("Første frist i uken (i dag)") && body.contains("Andre frist i uken (i dag)"), body);
        assertTrue(body.replace("\r\n", "\n").contains("(i dag)\n  " + publicUrl.link("my-deadlines") + "\n"), "each line links to where to act: " + body);
        String html = Mails.html(digest);
        assertTrue(html.contains("Første frist i uken") && html.contains("Andre frist i uken")
                && html.contains("href=\"" + publicUrl.link("my-deadlines") + "\""), html);
        String ics = attachment((MimeMultipart) digest.getContent());
        assertEquals(2, ics.split("BEGIN:VEVENT", -1).length - 1, ics);
        assertEquals(2, jdbc.queryForObject("select count(*) from reminder_outbox o join app_user u on u.id = o.recipient_id "
                + "where u.username = ? and o.status = 'SENT' and o.digest_week = ?", Integer.class, TestUsers.COORDINATOR_VEST, monday));
        // everyone else got each reminder on its own day
        long others = Arrays.stream(smtp.getReceivedMessages()).filter(m -> !to(m).equals(marte)).count();
        assertEquals(2L * (coordinatorEmails.size() - 1), others);
    }

    @Test
    void leavingTheDigestTurnsWaitingDigestRowsIntoSingleRemindersOnTheirDay() {
        rule("TEST_SWITCH", "0", false);
        LocalDate monday = LocalDate.of(2043, 10, 12).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        deadline("TEST_SWITCH", "Frist etter bytte", monday.plusDays(3));
        signIn(TestUsers.COORDINATOR_VEST);
        preferences.setMyDelivery(ReminderDelivery.WEEKLY);
        assertEquals(1, reminders.plan(monday));
        preferences.setMyDelivery(ReminderDelivery.EACH);
        assertEquals(0, reminders.sendDigests(at(monday, 8)));
        assertEquals(0, reminders.sendDue(at(monday.plusDays(1), 9)), "not before its day");
        reminders.plan(monday.plusDays(3));
        assertEquals(coordinatorEmails.size(), reminders.sendDue(at(monday.plusDays(3), 9)), "once each, Marte included");
        assertEquals(1L, Arrays.stream(smtp.getReceivedMessages()).filter(m -> to(m).equals(marte)).count());
    }

    @Test
    void theIrfRankingReminderGoesOnlyToMembersWhoHaveNotSubmittedTheirBallot() throws Exception {
        long round = jdbc.queryForObject("""
                insert into irf_round (year, opens_on, regional_deadline, service_environment_deadline, irf_meeting, ministry_deadline)
                values (2044, date '2044-01-02', date '2044-06-15', date '2044-08-31', date '2044-12-10', date '2045-01-15') returning id
                """, Long.class);
        jdbc.update("insert into irf_ballot (round_id, member_id, ranking, submitted_at) select ?, id, '1', now() from app_user where username = ?",
                round, TestUsers.IRF_MEMBER);
        List<String> members = jdbc.queryForList("select email from app_user where role = 'IRF_MEMBER' and active order by email", String.class);
        String submitted = jdbc.queryForObject("select email from app_user where username = ?", String.class, TestUsers.IRF_MEMBER);

        assertEquals(members.size() - 1, reminders.plan(LocalDate.of(2044, 12, 3)), "7 days before the IRF meeting");
        reminders.sendDue(at(LocalDate.of(2044, 12, 3), 9));
        List<String> reminded = Arrays.stream(smtp.getReceivedMessages()).map(Mails::to).sorted().toList();
        assertEquals(members.stream().filter(m -> !m.equals(submitted)).toList(), reminded);
        assertFalse(reminded.contains(submitted));
        assertTrue(Arrays.stream(smtp.getReceivedMessages()).allMatch(m -> subject(m).contains("IRF-rangering")));

        // after the reveal the ballot box is closed: nobody is reminded any more
        jdbc.update("update irf_round set phase = 'REVEALED' where id = ?", round);
        assertEquals(0, reminders.plan(LocalDate.of(2044, 12, 9)));
    }

    @Test
    void onlyAdminsEditRules() {
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> rules.save("TEST_X", new ReminderRuleDraft("1", null, null, false, true)));
        assertFalse(rules.rules().isEmpty(), "everyone reads the rules");
        signIn(TestUsers.ADMIN);
        FieldValidationException bad = assertThrows(FieldValidationException.class,
                () -> rules.save("TEST_X", new ReminderRuleDraft("14, tre", null, null, false, true)));
        assertEquals("offsets", bad.getField());
        assertEquals("offsets", assertThrows(FieldValidationException.class,
                () -> rules.save("TEST_X", new ReminderRuleDraft("121", null, null, false, true))).getField());
        assertEquals("overdueUntilDays", assertThrows(FieldValidationException.class,
                () -> rules.save("TEST_X", new ReminderRuleDraft("3", 7, 3, false, true))).getField());
        assertEquals(0, jdbc.queryForObject("select count(*) from reminder_rule where kind = 'TEST_X'", Integer.class));
    }
}
