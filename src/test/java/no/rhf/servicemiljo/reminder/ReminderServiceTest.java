package no.rhf.servicemiljo.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static no.rhf.servicemiljo.reminder.Mails.to;
import static no.rhf.servicemiljo.reminder.Mails.text;
import static no.rhf.servicemiljo.reminder.Mails.attachment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Reminders against a real SMTP server (GreenMail): once, to the right people, in their language, with an .ics. */
class ReminderServiceTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    no.rhf.servicemiljo.base.PublicUrl publicUrl;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;

    private List<String> coordinatorEmails;

    @BeforeEach
    void cleanOutbox() {
        jdbc.update("delete from reminder_outbox");
        coordinatorEmails = jdbc.queryForList("select email from app_user where role = 'REGIONAL_COORDINATOR' and active order by email", String.class);
    }

    private void deadline(String kind, String title, LocalDate due) {
        jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values (?, ?, ?, ?, 'REGIONAL_COORDINATORS')",
                kind, title, "English: " + title, due);
    }

    private Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(java.time.ZoneId.of("Europe/Oslo")).toInstant();
    }

    @Test
    void eachReminderArrivesOnceToTheRightPeopleWithNorwegianTextAndAValidIcs() throws Exception {
        deadline("TEST_ONCE", "Årsrapporter for 2039 – frist før påske", LocalDate.of(2040, 3, 24));
        LocalDate today = LocalDate.of(2040, 3, 10);
        assertEquals(coordinatorEmails.size(), reminders.plan(today));
        assertEquals(0, reminders.plan(today), "planning again decides nothing new");
        assertEquals(coordinatorEmails.size(), reminders.sendDue(at(today)));
        assertEquals(0, reminders.sendDue(at(today).plusSeconds(3600)), "nothing is sent twice");

        MimeMessage[] received = smtp.getReceivedMessages();
        assertEquals(coordinatorEmails.size(), received.length);
        assertEquals(coordinatorEmails, Arrays.stream(received).map(Mails::to).sorted().toList());
        MimeMessage marte = Arrays.stream(received).filter(m -> to(m).startsWith("marte.solheim")).findFirst().orElseThrow();
        assertEquals("Påminnelse: Årsrapporter for 2039 – frist før påske – om 14 dager", marte.getSubject());
        MimeMultipart parts = (MimeMultipart) marte.getContent();
        String body = text(marte);
        assertTrue(body.startsWith("Hei Marte Solheim,"), body);
        assertTrue(body.contains("«Årsrapporter for 2039 – frist før påske» 24. mars 2040."), body);
        assertTrue(body.replace("\r\n", "\n").contains("Åpne Servicemiljø: " + publicUrl.link("my-deadlines") + "\n"),
                "the public URL and the page to act on: " + body);
        String html = Mails.html(marte);
        assertTrue(Mails.alternative(marte), "plain text and HTML are alternatives");
        assertTrue(html.contains("Hei Marte Solheim,") && html.contains("«Årsrapporter for 2039 – frist før påske» 24. mars 2040."), html);
        assertTrue(html.contains("href=\"" + publicUrl.link("my-deadlines") + "\""), html);
        String ics = attachment(parts);
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.contains("DTSTART;VALUE=DATE:20400324\r\n"));
        assertTrue(ics.contains("DTEND;VALUE=DATE:20400325\r\n"));
        assertTrue(ics.contains("SUMMARY:Årsrapporter for 2039 – frist før påske\r\n"));
        assertTrue(ics.endsWith("END:VEVENT\r\nEND:VCALENDAR\r\n"));
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded line too long: " + line);
        }
    }

    @Test
    void aNynorskReaderGetsNynorskAndAnEnglishReaderEnglishInBothParts() throws Exception {
        String marte = coordinatorEmails.stream().filter(e -> e.startsWith("marte.solheim")).findFirst().orElseThrow();
        String english = coordinatorEmails.stream().filter(e -> !e.equals(marte)).findFirst().orElseThrow();
        String marteLocale = jdbc.queryForObject("select locale from app_user where email = ?", String.class, marte);
        String englishLocale = jdbc.queryForObject("select locale from app_user where email = ?", String.class, english);
        jdbc.update("update app_user set locale = 'nn' where email = ?", marte);
        jdbc.update("update app_user set locale = 'en' where email = ?", english);
        try {
            deadline("TEST_NN", "Årsrapportar for 2039", LocalDate.of(2040, 3, 24));
            LocalDate today = LocalDate.of(2040, 3, 21);
            reminders.plan(today);
            reminders.sendDue(at(today));
            List<MimeMessage> mine = Arrays.stream(smtp.getReceivedMessages()).filter(m -> Mails.subject(m).contains("Årsrapportar")).toList();
            MimeMessage nn = mine.stream().filter(m -> to(m).equals(marte)).findFirst().orElseThrow();
            assertEquals("Påminning: Årsrapportar for 2039 – om 3 dagar", nn.getSubject());
            String body = text(nn);
            assertTrue(body.startsWith("Hei Marte Solheim,"), body);
            assertTrue(body.contains("Dette er ei påminning om fristen «Årsrapportar for 2039» 24. mars 2040."), body);
            assertTrue(body.replace("\r\n", "\n").contains("Opne Servicemiljø: " + publicUrl.link("my-deadlines") + "\n"), body);
            String html = Mails.html(nn);
            assertTrue(html.contains("lang=\"nn\"") && html.contains("Dette er ei påminning om fristen «Årsrapportar for 2039»"), html);
            MimeMessage en = mine.stream().filter(m -> to(m).equals(english)).findFirst().orElseThrow();
            assertEquals("Reminder: English: Årsrapportar for 2039 – in 3 days", en.getSubject());
            assertTrue(text(en).contains("This is a reminder of the deadline \"English: Årsrapportar for 2039\" on 24 March 2040."), text(en));
        } finally {
            jdbc.update("update app_user set locale = ? where email = ?", marteLocale, marte);
            jdbc.update("update app_user set locale = ? where email = ?", englishLocale, english);
            jdbc.update("delete from cycle_deadline where kind = 'TEST_NN'");
        }
    }

    @Test
    void nobodyIsRemindedOfAUnitThatIsNoLongerInOperation() {
        long trust = jdbc.queryForObject("select id from health_trust where name = 'Helse Førde'", Long.class);
        String insert = "insert into national_unit (kind, name_nb, host_trust_id, competence_function, term_end, term_end_reason, status) "
                + "values ('NATIONAL_COMPETENCE_SERVICE', ?, ?, 'TRAINING', date '2041-05-20', 'test', ?)";
        jdbc.update(insert, "Avviklet testtjeneste", trust, "CLOSED");
        jdbc.update(insert, "Aktiv testtjeneste", trust, "ACTIVE");
        try {
            reminders.plan(LocalDate.of(2041, 5, 6));
            List<String> subjects = jdbc.queryForList("select subject from reminder_outbox", String.class);
            assertTrue(subjects.stream().anyMatch(s -> s.contains("Aktiv testtjeneste")), subjects.toString());
            assertFalse(subjects.stream().anyMatch(s -> s.contains("Avviklet testtjeneste")), subjects.toString());
            List<String> to = jdbc.queryForList("select recipient_email from reminder_outbox order by recipient_email", String.class);
            List<String> vestCoordinators = jdbc.queryForList("select email from app_user where role = 'REGIONAL_COORDINATOR' "
                    + "and active and region_id = 2 order by email", String.class);
            assertEquals(vestCoordinators, to, "the host region's coordinators (no contact set), nobody else");
        } finally {
            jdbc.update("delete from national_unit where name_nb in ('Avviklet testtjeneste', 'Aktiv testtjeneste')");
        }
    }

    @Test
    void mailsWrittenWhileSmtpIsDownAreDeliveredExactlyOnceWhenItIsBack() throws Exception {
        deadline("TEST_DOWN", "IRF-møte om søknader", LocalDate.of(2040, 9, 20));
        LocalDate today = LocalDate.of(2040, 9, 17);
        int planned = reminders.plan(today);
        assertEquals(coordinatorEmails.size(), planned);
        smtp.stop();
        assertEquals(0, reminders.sendDue(at(today)));
        assertEquals(planned, jdbc.queryForObject("select count(*) from reminder_outbox where status = 'PENDING' and attempts = 1", Integer.class));
        smtp.start();
        assertEquals(0, reminders.sendDue(at(today).plusSeconds(30)), "backoff: not yet");
        assertEquals(planned, reminders.sendDue(at(today).plus(5, ChronoUnit.MINUTES)));
        assertEquals(0, reminders.sendDue(at(today).plus(1, ChronoUnit.HOURS)));
        assertEquals(planned, smtp.getReceivedMessages().length);
    }

    @Test
    void twoConcurrentSendersNeverSendTheSameReminderTwice() {
        deadline("TEST_CONCURRENT", "Tilbakemelding til Helsedirektoratet", LocalDate.of(2040, 6, 1));
        LocalDate today = LocalDate.of(2040, 5, 29);
        int planned = reminders.plan(today);
        var first = CompletableFuture.supplyAsync(() -> reminders.sendDue(at(today)));
        var second = CompletableFuture.supplyAsync(() -> reminders.sendDue(at(today)));
        assertEquals(planned, first.join() + second.join());
        assertEquals(planned, smtp.getReceivedMessages().length);
    }

    @Test
    void aReminderOnTheDaylightSavingChangeIsPlannedOnceOnItsOsloDate() {
        // Summer time starts in Europe/Oslo on Sunday 30 March 2042; 3 days before 2 April is that Sunday.
        deadline("TEST_DST", "Frist rett etter overgangen til sommertid", LocalDate.of(2042, 4, 2));
        assertEquals(0, reminders.plan(LocalDate.of(2042, 3, 29)));
        assertEquals(coordinatorEmails.size(), reminders.plan(LocalDate.of(2042, 3, 30)));
        assertEquals(0, reminders.plan(LocalDate.of(2042, 3, 31)));
        assertEquals(coordinatorEmails.size(), jdbc.queryForObject("select count(*) from reminder_outbox where offset_days = 3", Integer.class));
    }

    @Test
    void onlyAdminsSeeTheOutboxAndRetry() {
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> reminders.outbox(null));
        assertThrows(AccessDeniedException.class, () -> reminders.retry(1));
        assertThrows(AccessDeniedException.class, reminders::sendTestMail);
        signIn(TestUsers.ADMIN);
        assertTrue(reminders.outbox(null).isEmpty());
    }
}
