package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.mail.internet.MimeMessage;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * Deadline reminders by e-mail that lose nothing and never repeat. Planning writes each due reminder to
 * a durable outbox, de-duplicated by deadline × recipient × offset, in one transaction; sending claims
 * rows with {@code FOR UPDATE SKIP LOCKED} (so concurrent senders never take the same row), retries with
 * exponential backoff while SMTP is down, and marks a row failed after {@link #MAX_ATTEMPTS}. Without an
 * SMTP server configured, rows wait in the outbox ("not sent: no SMTP") and go out once one is.
 */
@Service
public class ReminderService {

    public static final int MAX_ATTEMPTS = 8;
    /** Missed planning days (app down) are caught up for this many days; older reminders are not sent late. */
    static final int CATCH_UP_DAYS = 2;

    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    public record OutboxRow(long id, String deadlineKey, String recipientEmail, int offsetDays, String subject,
                            String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt) {
    }

    private final List<DeadlineSource> sources;
    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final Clock clock;
    private final List<Integer> offsets;
    private final String baseUrl;
    private final String from;

    ReminderService(List<DeadlineSource> sources, JdbcClient jdbc, ObjectProvider<JavaMailSender> mailSender, Clock clock,
                    @Value("${servicemiljo.reminders.offsets:14,3,0,-7,-14,-21}") String offsets,
                    @Value("${servicemiljo.base-url}") String baseUrl,
                    @Value("${spring.mail.from:servicemiljo@localhost}") String from) {
        this.sources = sources;
        this.jdbc = jdbc;
        this.mailSender = mailSender;
        this.clock = clock;
        this.offsets = Arrays.stream(offsets.split(",")).map(String::trim).map(Integer::valueOf).toList();
        this.baseUrl = baseUrl;
        this.from = from;
    }

    /** Decides which reminders are due on {@code today} (and the days just before it) and stores them. Returns how many are new. */
    @PermitAll
    @Transactional
    public int plan(LocalDate today) {
        int maxOffset = offsets.stream().mapToInt(Integer::intValue).max().orElse(0);
        int minOffset = offsets.stream().mapToInt(Integer::intValue).min().orElse(0);
        LocalDate from = today.plusDays(minOffset).minusDays(CATCH_UP_DAYS);
        LocalDate to = today.plusDays(maxOffset);
        int created = 0;
        Instant now = clock.instant();
        for (DeadlineSource source : sources) {
            for (Deadline deadline : source.deadlinesBetween(from, to)) {
                for (int offset : offsets) {
                    LocalDate remindOn = deadline.dueOn().minusDays(offset);
                    if (remindOn.isAfter(today) || remindOn.isBefore(today.minusDays(CATCH_UP_DAYS))) {
                        continue;
                    }
                    for (Deadline.Recipient to1 : deadline.recipients()) {
                        created += jdbc.sql("""
                                insert into reminder_outbox (dedup_key, deadline_key, recipient_id, recipient_email, offset_days,
                                    subject, body, ics, next_attempt_at)
                                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing
                                """).params(deadline.key() + "|" + deadline.dueOn() + "|" + to1.userId() + "|" + offset,
                                deadline.key(), to1.userId(), to1.email(), offset,
                                ReminderMessage.subject(deadline, to1, offset), ReminderMessage.body(deadline, to1, offset, baseUrl),
                                ReminderMessage.ics(deadline, to1.locale(), baseUrl, now), Timestamp.from(now)).update();
                    }
                }
            }
        }
        if (created > 0) {
            log.info("Planned {} new reminders for {}", created, today);
        }
        return created;
    }

    /** Sends what is due at {@code now}; returns the number sent. Safe to run on several nodes at once. */
    @PermitAll
    @Transactional
    public int sendDue(Instant now) {
        JavaMailSender sender = mailSender.getIfAvailable();
        List<Object[]> due = jdbc.sql("""
                select id, recipient_email, subject, body, ics, attempts from reminder_outbox
                where status = 'PENDING' and next_attempt_at <= ? order by id limit 100 for update skip locked
                """).param(Timestamp.from(now))
                .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getInt(6)})
                .list();
        int sent = 0;
        for (Object[] row : due) {
            long id = (long) row[0];
            if (sender == null) {
                jdbc.sql("update reminder_outbox set last_error = ? where id = ?").params("Ikke sendt: ingen SMTP-server er konfigurert", id).update();
                continue;
            }
            try {
                send(sender, (String) row[1], (String) row[2], (String) row[3], (String) row[4]);
                jdbc.sql("update reminder_outbox set status = 'SENT', sent_at = ?, attempts = attempts + 1, last_error = null where id = ?")
                        .params(Timestamp.from(now), id).update();
                sent++;
            } catch (Exception e) {
                int attempts = (int) row[5] + 1;
                Duration backoff = Duration.ofMinutes(Math.min(360, 1L << Math.min(attempts, 9)));
                jdbc.sql("update reminder_outbox set attempts = ?, next_attempt_at = ?, last_error = ?, status = ? where id = ?")
                        .params(attempts, Timestamp.from(now.plus(backoff)), truncate(e.toString()),
                                attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING", id).update();
                log.warn("Reminder {} not sent (attempt {}): {}", id, attempts, e.toString());
            }
        }
        return sent;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<OutboxRow> outbox(String status) {
        return jdbc.sql("""
                select id, deadline_key, recipient_email, offset_days, subject, status, attempts, next_attempt_at, last_error,
                       created_at, sent_at from reminder_outbox where (cast(? as varchar) is null or status = ?) order by id desc limit 500
                """).params(status, status)
                .query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), instant(rs.getTimestamp(8)), rs.getString(9), instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11))))
                .list();
    }

    /** Puts a failed reminder back in the queue, to be tried at once. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void retry(long id) {
        jdbc.sql("update reminder_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ? where id = ? and status = 'FAILED'")
                .params(Timestamp.from(clock.instant()), id).update();
    }

    /** Sends a test mail to the signed-in administrator at once; the exception tells what went wrong. */
    @RolesAllowed(Role.Names.ADMIN)
    public void sendTestMail() throws Exception {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("Ingen SMTP-server er konfigurert (spring.mail.host)");
        }
        var user = CurrentUser.require();
        Deadline test = new Deadline("test-" + clock.millis(), "TEST", "Testpåminnelse fra Servicemiljø – æøå",
                "Test reminder from Servicemiljø", LocalDate.now(clock), List.of());
        var recipient = new Deadline.Recipient(user.id(), user.fullName(), user.email(), "nb");
        send(sender, user.email(), ReminderMessage.subject(test, recipient, 0), ReminderMessage.body(test, recipient, 0, baseUrl),
                ReminderMessage.ics(test, "nb", baseUrl, clock.instant()));
    }

    /** The deadlines of the coming days in which the signed-in user has something to do. */
    @PermitAll
    public List<Deadline> myDeadlines(int days) {
        long me = CurrentUser.require().id();
        LocalDate today = LocalDate.now(clock);
        return sources.stream().flatMap(s -> s.deadlinesBetween(today.minusDays(30), today.plusDays(days)).stream())
                .filter(d -> d.recipients().stream().anyMatch(r -> r.userId() == me))
                .sorted(java.util.Comparator.comparing(Deadline::dueOn)).toList();
    }

    private void send(JavaMailSender sender, String to, String subject, String body, String ics) throws Exception {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        helper.setText(body, false);
        helper.addAttachment("frist.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8");
        sender.send(message);
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
