package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.PermitAll;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Other features' single mails through the reminders' durable outbox, so they are sent the same way: once, retried
 * while SMTP is down, flagged when uncertain, and in the administrator's delivery log. A mail is written in the
 * caller's transaction (it goes out only if what it tells of is committed); the reminder sender sends it within a
 * minute. Its {@code key} de-duplicates: the same key is stored once.
 */
@Service
public class MailOutbox {

    /**
     * One mail: {@code recipientUserId} is null for someone without a user account (an invited contact); {@code kind}
     * and {@code title} show in the delivery log; {@code ics} is the calendar attachment.
     */
    public record OutgoingMail(String key, String kind, String title, LocalDate dueOn, Long recipientUserId, String email,
                               String locale, String subject, String text, String html, String ics, String path) {
    }

    private final JdbcClient jdbc;
    private final Clock clock;

    MailOutbox(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Stores the mail to be sent; false when a mail with the same key is already stored. */
    @PermitAll
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean enqueue(OutgoingMail mail) {
        return jdbc.sql("""
                insert into reminder_outbox (dedup_key, deadline_key, recipient_id, recipient_email, offset_days, subject, body,
                    body_html, ics, next_attempt_at, deadline_kind, deadline_title, due_on, remind_on, locale, deadline_path)
                values (?, ?, ?, ?, 0, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing
                """).params(ReminderService.truncate(mail.key(), 300), ReminderService.truncate(mail.key(), 200), mail.recipientUserId(),
                        mail.email(), ReminderService.truncate(mail.subject(), 300), mail.text(), mail.html(), mail.ics(),
                        Timestamp.from(clock.instant()), mail.kind(), ReminderService.truncate(mail.title(), 300),
                        Date.valueOf(mail.dueOn()), Date.valueOf(LocalDate.now(clock)),
                        mail.locale() == null ? "nb" : mail.locale(), mail.path() == null ? "" : mail.path())
                .update() > 0;
    }
}
