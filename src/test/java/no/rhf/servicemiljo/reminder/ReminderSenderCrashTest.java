package no.rhf.servicemiljo.reminder;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.PublicUrl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A sender that dies in the middle of a batch (an {@link Error} out of the mail sender stands for kill -9, an OOM or a
 * power loss: no code of the sender runs after it) sends no mail twice and loses none: the mails it sent stay SENT, the
 * rest go out on the next run, and the one in flight is flagged UNCERTAIN after the lease instead of being resent.
 */
class ReminderSenderCrashTest extends ServiceTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Deadlines deadlines;
    @Autowired
    ReminderSettings settings;
    @Autowired
    JdbcClient jdbcClient;
    @Autowired
    Clock clock;
    @Autowired
    PublicUrl publicUrl;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    ObjectProvider<JavaMailSender> mailSender;
    @Autowired
    ReminderMailProperties mailProperties;
    @Autowired
    ReminderProperties properties;
    @Autowired
    ReminderMessage message;

    /** Hands {@code k} mails to the mail server, then dies on the next: after handing it over, or before. */
    static final class DyingMailer extends ReminderMailer {
        private final int k;
        private final boolean handsOverTheLastOne;
        private int calls;

        DyingMailer(ObjectProvider<JavaMailSender> sender, ReminderMailProperties mailProperties, int k, boolean handsOverTheLastOne) {
            super(sender, mailProperties);
            this.k = k;
            this.handsOverTheLastOne = handsOverTheLastOne;
        }

        @Override
        void send(String to, String subject, String body, String html, String ics) throws Exception {
            if (calls++ < k) {
                super.send(to, subject, body, html, ics);
                return;
            }
            if (handsOverTheLastOne) {
                super.send(to, subject, body, html, ics);
            }
            throw new Error("sender killed");
        }
    }

    @BeforeEach
    void cleanOutbox() {
        jdbc.update("delete from reminder_outbox");
    }

    @AfterEach
    void removeDeadlines() {
        jdbc.update("delete from reminder_outbox");
        jdbc.update("delete from cycle_deadline where kind like 'TEST_CRASH%'");
    }

    private ReminderService dyingSender(int k, boolean handsOverTheLastOne) {
        return new ReminderService(deadlines, settings, new DyingMailer(mailSender, mailProperties, k, handsOverTheLastOne), jdbcClient, jdbc, clock,
                properties, publicUrl, message, transactionManager);
    }

    private int plan(String kind, LocalDate today) {
        for (int i = 1; i <= 3; i++) {
            jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values (?, ?, ?, ?, 'REGIONAL_COORDINATORS')",
                    kind + "_" + i, "Krasjtest " + kind + " nr. " + i, "Crash test " + i, today.plusDays(3));
        }
        return reminders.plan(today);
    }

    private static Instant at(LocalDate day) {
        return day.atTime(9, 0).atZone(ZoneId.of("Europe/Oslo")).toInstant();
    }

    private Map<String, Long> status() {
        return jdbc.queryForList("select status from reminder_outbox", String.class).stream()
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    /** Every mail GreenMail holds, as recipient and subject, with how many times it arrived. */
    private Map<String, Long> received() {
        return Arrays.stream(smtp.getReceivedMessages()).map(m -> Mails.to(m) + " | " + Mails.subject(m))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
    }

    private List<String> outbox(String status) {
        return jdbc.queryForList("select recipient_email || ' | ' || subject from reminder_outbox where status = ? order by id", String.class, status);
    }

    @Test
    void aSenderKilledAfterHandingAMailOverSendsNoDuplicateAndTheRestGoOutOnce() {
        LocalDate today = LocalDate.of(2043, 2, 10);
        int n = plan("TEST_CRASH_AFTER", today);
        int k = 4;
        assertTrue(n > k + 2, "enough mails for a batch: " + n);

        assertThrows(Error.class, () -> dyingSender(k, true).sendDue(at(today)));
        assertEquals(k + 1, smtp.getReceivedMessages().length, "k mails, and the one in flight reached the mail server");
        assertEquals(Map.of("SENT", (long) k, "SENDING", 1L, "PENDING", (long) (n - k - 1)), status(),
                "each mail's state was committed on its own: the sent ones stay sent");

        // A normal run a minute later (here on the same node; the two-node test does it on the other) sends the rest.
        assertEquals(n - k - 1, reminders.sendDue(at(today).plusSeconds(60)));
        assertEquals(Map.of("SENT", (long) (n - 1), "SENDING", 1L), status(), "the in-flight one is left alone inside its lease");
        // After the lease it is flagged for the administrator, not sent again.
        assertEquals(0, reminders.sendDue(at(today).plus(Duration.ofHours(1))));
        assertEquals(Map.of("SENT", (long) (n - 1), "UNCERTAIN", 1L), status());
        assertEquals(ReminderService.UNCERTAIN_NOTE,
                jdbc.queryForObject("select last_error from reminder_outbox where status = 'UNCERTAIN'", String.class));

        Map<String, Long> received = received();
        assertEquals(n, received.size(), "none lost: " + received);
        assertTrue(received.values().stream().allMatch(c -> c == 1), "none twice: " + received);
        assertEquals(received.keySet(), jdbc.queryForList("select recipient_email || ' | ' || subject from reminder_outbox", String.class)
                .stream().collect(Collectors.toSet()));

        // The administrator finds it in the mail server's log and confirms it; nothing more is sent.
        long uncertain = jdbc.queryForObject("select id from reminder_outbox where status = 'UNCERTAIN'", Long.class);
        signIn(TestUsers.ADMIN);
        assertEquals(List.of("UNCERTAIN"), reminders.outbox("UNCERTAIN").stream().map(ReminderService.OutboxRow::status).toList());
        reminders.confirmSent(uncertain);
        assertEquals(Map.of("SENT", (long) n), status());
        assertEquals(0, reminders.sendDue(at(today).plus(Duration.ofHours(2))));
        assertEquals(n, smtp.getReceivedMessages().length);
    }

    @Test
    void aSenderKilledBeforeHandingAMailOverLosesNoneTheAdministratorSendsTheUncertainOneOnce() {
        LocalDate today = LocalDate.of(2043, 4, 14);
        int n = plan("TEST_CRASH_BEFORE", today);
        int k = 2;

        assertThrows(Error.class, () -> dyingSender(k, false).sendDue(at(today)));
        assertEquals(k, smtp.getReceivedMessages().length);
        String inFlight = outbox("SENDING").getFirst();

        // Two nodes' senders at once after the crash: the rest go out once, the in-flight one waits.
        var first = java.util.concurrent.CompletableFuture.supplyAsync(() -> reminders.sendDue(at(today).plusSeconds(60)));
        var second = java.util.concurrent.CompletableFuture.supplyAsync(() -> reminders.sendDue(at(today).plusSeconds(60)));
        assertEquals(n - k - 1, first.join() + second.join());
        assertEquals(0, reminders.sendDue(at(today).plus(Duration.ofMinutes(16))));
        assertEquals(List.of(inFlight), outbox("UNCERTAIN"), "flagged, not resent blindly");
        assertEquals(n - 1, smtp.getReceivedMessages().length);

        // The mail server's log shows it never arrived: the administrator sends it again, and it goes out once.
        long uncertain = jdbc.queryForObject("select id from reminder_outbox where status = 'UNCERTAIN'", Long.class);
        signIn(TestUsers.ADMIN);
        reminders.retry(uncertain);
        assertEquals(1, reminders.sendDue(clock.instant()));
        assertEquals(0, reminders.sendDue(clock.instant().plus(Duration.ofHours(1))));
        Map<String, Long> received = received();
        assertEquals(n, received.size(), "none lost: " + received);
        assertTrue(received.values().stream().allMatch(c -> c == 1), "none twice: " + received);
        assertEquals(Map.of("SENT", (long) n), status());
    }

    /** Hands the first mail over only when the test lets it: a sender that is alive but very slow. */
    static final class SlowMailer extends ReminderMailer {
        final java.util.concurrent.CountDownLatch sending = new java.util.concurrent.CountDownLatch(1);
        final java.util.concurrent.CountDownLatch proceed = new java.util.concurrent.CountDownLatch(1);
        private boolean first = true;

        SlowMailer(ObjectProvider<JavaMailSender> sender, ReminderMailProperties mailProperties) {
            super(sender, mailProperties);
        }

        @Override
        void send(String to, String subject, String body, String html, String ics) throws Exception {
            if (first) {
                first = false;
                sending.countDown();
                proceed.await();
            }
            super.send(to, subject, body, html, ics);
        }
    }

    @Test
    void aSlowSenderOvertakenByTheLeaseStillMarksItsMailSentAndNothingGoesTwice() throws Exception {
        LocalDate today = LocalDate.of(2043, 6, 9);
        int n = plan("TEST_CRASH_SLOW", today);
        SlowMailer slowMailer = new SlowMailer(mailSender, mailProperties);
        ReminderService slow = new ReminderService(deadlines, settings, slowMailer, jdbcClient, jdbc, clock,
                properties, publicUrl, message, transactionManager);
        var slowRun = java.util.concurrent.CompletableFuture.supplyAsync(() -> slow.sendDue(at(today)));
        assertTrue(slowMailer.sending.await(30, java.util.concurrent.TimeUnit.SECONDS));

        // Another node's run after the lease: the rest go out, the slow one's mail is flagged, not taken over.
        assertEquals(n - 1, reminders.sendDue(at(today).plus(Duration.ofMinutes(20))));
        assertEquals(Map.of("SENT", (long) (n - 1), "UNCERTAIN", 1L), status());

        slowMailer.proceed.countDown();
        assertEquals(1, slowRun.get(30, java.util.concurrent.TimeUnit.SECONDS));
        assertEquals(Map.of("SENT", (long) n), status(), "the sender knew it went out");
        Map<String, Long> received = received();
        assertEquals(n, received.size(), "none lost: " + received);
        assertTrue(received.values().stream().allMatch(c -> c == 1), "none twice: " + received);
    }
}
