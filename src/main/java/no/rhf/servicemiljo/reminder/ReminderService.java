package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import no.rhf.servicemiljo.base.PublicUrl;
import no.rhf.servicemiljo.base.mail.MailTemplates.MailBody;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Date;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Deadline reminders by e-mail that lose nothing and never repeat. Planning writes each due reminder to
 * a durable outbox, de-duplicated by deadline × recipient × offset, in one transaction. Sending commits each mail's
 * state on its own: a short transaction claims one row with {@code FOR UPDATE SKIP LOCKED} (so concurrent senders
 * on any node never take the same row) and marks it {@code SENDING} with a claim token and time; the mail is sent
 * outside any transaction; another short transaction marks it {@code SENT}. A sender that dies in the middle of a
 * batch therefore leaves the mails it sent {@code SENT}, the ones it did not reach {@code PENDING}, and at most the
 * one in flight {@code SENDING}. Such a row is never sent again blindly (the mail server may have accepted it): once
 * its claim is older than the lease ({@code servicemiljo.reminders.sending-lease}, 15 minutes, far beyond the SMTP
 * time-outs) it is flagged {@code UNCERTAIN} for the administrator, who checks the mail server's log and either
 * confirms it sent ({@link #confirmSent}) or sends it again ({@link #retry}). Sending retries with exponential
 * backoff while SMTP is down, and marks a row failed after {@link #MAX_ATTEMPTS}. Without an
 * SMTP server configured, rows wait in the outbox ("not sent: no SMTP") and go out once one is.
 * <p>
 * Which days a reminder goes out on is the {@link ReminderRule} of the deadline's kind. A user who chose a weekly
 * digest gets their reminders decided and stored the same way, with the Monday of their digest
 * ({@code digest_week}); {@link #sendDigests} sends one mail per user per week from those rows, claimed and marked
 * sent per user in the same way.
 */
@Service
public class ReminderService {

    public static final int MAX_ATTEMPTS = 8;
    /** At most this many mails per run of {@link #sendDue}; the next run (a minute later) takes the rest. */
    static final int BATCH = 100;
    static final String UNCERTAIN_NOTE = "Usikkert om sendt: avsenderen stoppet under sendingen. Sjekk e-posttjenerens logg, "
            + "og bekreft sendt eller send på nytt";
    /** Missed planning days (app down) are caught up for this many days; older reminders are not sent late. */
    static final int CATCH_UP_DAYS = 2;
    /** Weekly digests go out on Monday from this time (Europe/Oslo). */
    public static final DayOfWeek DIGEST_DAY = DayOfWeek.MONDAY;
    public static final LocalTime DIGEST_TIME = LocalTime.of(7, 0);
    static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private static final int[] OUTBOX_TYPES = {Types.VARCHAR, Types.VARCHAR, Types.BIGINT, Types.VARCHAR, Types.INTEGER,
            Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.VARCHAR, Types.TIMESTAMP, Types.VARCHAR, Types.VARCHAR, Types.DATE,
            Types.DATE, Types.VARCHAR, Types.DATE, Types.VARCHAR};
    private static final Logger log = LoggerFactory.getLogger(ReminderService.class);

    public record OutboxRow(long id, String deadlineKey, String recipientEmail, int offsetDays, String subject,
                            String status, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt, Instant sentAt,
                            String deadlineKind, LocalDate digestWeek) {
    }

    /** Filters of the delivery log; null or blank means any. */
    public record OutboxFilter(String status, String recipient, String kind) {
    }

    private final Deadlines deadlines;
    private final ReminderSettings settings;
    private final ReminderMailer mailer;
    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final Clock clock;
    private final List<Integer> offsets;
    private final PublicUrl publicUrl;
    private final ReminderMessage message;
    private final TransactionTemplate tx;
    private final Duration sendingLease;

    ReminderService(Deadlines deadlines, ReminderSettings settings, ReminderMailer mailer, JdbcClient jdbc, JdbcTemplate jdbcTemplate,
                    Clock clock, ReminderProperties properties, PublicUrl publicUrl, ReminderMessage message,
                    PlatformTransactionManager transactionManager) {
        this.deadlines = deadlines;
        this.settings = settings;
        this.mailer = mailer;
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.clock = clock;
        this.offsets = properties.offsets();
        this.publicUrl = publicUrl;
        this.message = message;
        this.tx = new TransactionTemplate(transactionManager);
        // Each claim and mark commits on its own, even if a caller ever wraps a send in a transaction of its own.
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.sendingLease = properties.sendingLease();
    }

    /** The offsets used for kinds without a rule (servicemiljo.reminders.offsets). */
    List<Integer> defaultOffsets() {
        return offsets;
    }

    /**
     * Decides which reminders are due on {@code today} (and the days just before it) and stores them. For users with
     * a weekly digest it also decides the rest of the week, so that Monday's digest holds the whole week. Returns how
     * many are new. A bounded number of statements: the rules and preferences once, each source's one or two
     * queries, and one batch of inserts.
     */
    @PermitAll
    @Transactional
    public int plan(LocalDate today) {
        ReminderPolicy policy = settings.policy(offsets);
        LocalDate monday = today.with(TemporalAdjusters.previousOrSame(DIGEST_DAY));
        LocalDate weekEnd = monday.plusDays(6);
        LocalDate earliest = today.minusDays(CATCH_UP_DAYS);
        Set<Long> digested = settings.digestedUsers(monday);
        Instant now = clock.instant();
        String baseUrl = publicUrl.base();
        List<Object[]> rows = new ArrayList<>();
        for (Deadline deadline : deadlines.between(earliest.plusDays(policy.minOffset()), weekEnd.plusDays(policy.maxOffset()))) {
            ReminderRule rule = policy.rule(deadline.kind());
            if (!rule.enabled() || deadline.recipients().isEmpty()) {
                continue;
            }
            for (int offset : rule.effectiveOffsets()) {
                LocalDate remindOn = deadline.dueOn().minusDays(offset);
                if (remindOn.isBefore(earliest) || remindOn.isAfter(weekEnd)) {
                    continue;
                }
                for (Deadline.Recipient to : deadline.recipients()) {
                    if (policy.optedOut(to.userId(), deadline.kind())) {
                        continue;
                    }
                    boolean weekly = policy.weekly(to.userId());
                    if (!weekly && remindOn.isAfter(today)) {
                        continue;
                    }
                    // One digest per user per week: what is decided after this week's digest went out waits for the next.
                    LocalDate digestWeek = !weekly ? null : digested.contains(to.userId()) ? monday.plusWeeks(1) : monday;
                    MailBody body = message.body(deadline, to, offset, baseUrl);
                    rows.add(new Object[]{deadline.key() + "|" + deadline.dueOn() + "|" + to.userId() + "|" + offset,
                            deadline.key(), to.userId(), to.email(), offset,
                            message.subject(deadline, to, offset), body.text(), body.html(),
                            ReminderMessage.ics(deadline, to.locale(), baseUrl, now), Timestamp.from(now), deadline.kind(),
                            truncate(deadline.title(to.locale()), 300), Date.valueOf(deadline.dueOn()), Date.valueOf(remindOn),
                            to.locale() == null ? "nb" : to.locale(), digestWeek == null ? null : Date.valueOf(digestWeek),
                            deadline.path() == null ? "" : deadline.path()});
                }
            }
        }
        int created = 0;
        if (!rows.isEmpty()) {
            for (int count : jdbcTemplate.batchUpdate("""
                    insert into reminder_outbox (dedup_key, deadline_key, recipient_id, recipient_email, offset_days,
                        subject, body, body_html, ics, next_attempt_at, deadline_kind, deadline_title, due_on, remind_on, locale, digest_week,
                        deadline_path)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict (dedup_key) do nothing
                    """, rows, OUTBOX_TYPES)) {
                created += Math.max(count, 0);
            }
        }
        if (created > 0) {
            log.info("Planned {} new reminders for {}", created, today);
        }
        return created;
    }

    /**
     * Sends the single reminders due at {@code now}, up to {@link #BATCH}, each claimed, sent and marked in transactions
     * of its own; returns the number sent. Safe to run on several nodes at once, and safe to die in the middle.
     */
    @PermitAll
    public int sendDue(Instant now) {
        flagAbandonedClaims(now);
        if (!mailer.configured()) {
            tx.executeWithoutResult(s -> jdbc.sql("""
                    update reminder_outbox set last_error = ? where status = 'PENDING' and digest_week is null and next_attempt_at <= ?
                    """).params(ReminderMailer.NO_SMTP, Timestamp.from(now)).update());
            return 0;
        }
        int sent = 0;
        for (int i = 0; i < BATCH; i++) {
            String token = UUID.randomUUID().toString();
            Object[] row = tx.execute(s -> {
                List<Object[]> due = jdbc.sql("""
                        select id, recipient_email, subject, body, body_html, ics, attempts from reminder_outbox
                        where status = 'PENDING' and digest_week is null and next_attempt_at <= ? order by id limit 1 for update skip locked
                        """).param(Timestamp.from(now))
                        .query((rs, n) -> new Object[]{rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                                rs.getString(6), rs.getInt(7)})
                        .list();
                if (due.isEmpty()) {
                    return null;
                }
                claim(List.of((long) due.getFirst()[0]), token, now);
                return due.getFirst();
            });
            if (row == null) {
                break;
            }
            long id = (long) row[0];
            try {
                mailer.send((String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5]);
            } catch (Exception e) {
                markFailedAttempt(List.of(id), token, (int) row[6] + 1, now, e);
                continue;
            }
            markSent(List.of(id), token, now);
            sent++;
        }
        return sent;
    }

    /**
     * Sends the weekly digests due at {@code now} (from Monday {@link #DIGEST_TIME}, Europe/Oslo): one mail per user
     * with all their pending digest rows of this week and earlier. Per user, a short transaction locks the rows
     * ({@code FOR UPDATE SKIP LOCKED}) and claims them ({@code SENDING}), the mail goes out, and another marks them
     * sent, so a second or concurrent run sends nothing again and a crash leaves at most one digest uncertain.
     * Returns the number of digest mails sent.
     */
    @PermitAll
    public int sendDigests(Instant now) {
        flagAbandonedClaims(now);
        LocalDate cutoff = digestWeekDueAt(now);
        record Item(long id, long userId, String email, String fullName, String locale, String key, String kind, String title,
                    LocalDate dueOn, int offset, int attempts, String path) {
        }
        if (!mailer.configured()) {
            tx.executeWithoutResult(s -> jdbc.sql("""
                    update reminder_outbox set last_error = ?
                    where status = 'PENDING' and digest_week is not null and digest_week <= ? and next_attempt_at <= ?
                    """).params(ReminderMailer.NO_SMTP, Date.valueOf(cutoff), Timestamp.from(now)).update());
            return 0;
        }
        List<Long> users = jdbc.sql("""
                select distinct recipient_id from reminder_outbox
                where status = 'PENDING' and digest_week is not null and digest_week <= ? and next_attempt_at <= ? order by recipient_id
                """).params(Date.valueOf(cutoff), Timestamp.from(now)).query(Long.class).list();
        int sent = 0;
        String baseUrl = publicUrl.base();
        for (long user : users) {
            String token = UUID.randomUUID().toString();
            List<Item> mine = tx.execute(s -> {
                List<Item> items = jdbc.sql("""

                select o.id, o.recipient_id, o.recipient_email, u.full_name, o.locale, o.deadline_key, o.deadline_kind,
                       coalesce(o.deadline_title, o.subject), o.due_on, o.offset_days, o.attempts, coalesce(o.deadline_path, '')
                from reminder_outbox o join app_user u on u.id = o.recipient_id
                where o.status = 'PENDING' and o.digest_week is not null and o.digest_week <= ? and o.next_attempt_at <= ?
                  and o.recipient_id = ?
                order by o.recipient_id, o.due_on, o.offset_days desc, o.id
                for update of o skip locked
                """).params(Date.valueOf(cutoff), Timestamp.from(now), user)
                .query((rs, n) -> new Item(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getString(7), rs.getString(8), rs.getObject(9, LocalDate.class), rs.getInt(10), rs.getInt(11),
                        rs.getString(12)))
                .list();
                if (!items.isEmpty()) {
                    claim(items.stream().map(Item::id).toList(), token, now);
                }
                return items;
            });
            if (mine == null || mine.isEmpty()) {
                continue; // another sender took them
            }
            Item first = mine.getFirst();
            List<Long> ids = mine.stream().map(Item::id).toList();
            List<ReminderMessage.DigestItem> lines = mine.stream()
                    .map(i -> new ReminderMessage.DigestItem(i.title(), i.dueOn(), i.offset(),
                            new Deadline(i.key(), i.kind(), i.title(), i.title(), i.dueOn(), List.of(), i.path()).link(baseUrl))).toList();
            List<Deadline> events = mine.stream().filter(i -> i.dueOn() != null)
                    .collect(java.util.stream.Collectors.toMap(Item::key, i -> new Deadline(i.key(), i.kind(), i.title(), i.title(),
                            i.dueOn(), List.of(), i.path()), (a, b) -> a, LinkedHashMap::new)).values().stream().toList();
            try {
                String subject = message.digestSubject(first.locale(), cutoff, mine.size());
                MailBody body = message.digestBody(first.fullName(), first.locale(), lines, baseUrl, subject);
                mailer.send(first.email(), subject, body.text(), body.html(), ReminderMessage.calendar(events, first.locale(), baseUrl, now, null));
            } catch (Exception e) {
                markFailedAttempt(ids, token, mine.stream().mapToInt(Item::attempts).max().orElse(0) + 1, now, e);
                continue;
            }
            markSent(ids, token, now);
            sent++;
        }
        if (sent > 0) {
            log.info("Sent {} weekly reminder digests", sent);
        }
        return sent;
    }

    /** The Monday of the latest digest due at {@code now}: this week's from Monday 07:00 Oslo time, else last week's. */
    static LocalDate digestWeekDueAt(Instant now) {
        var local = now.atZone(OSLO);
        LocalDate monday = local.toLocalDate().with(TemporalAdjusters.previousOrSame(DIGEST_DAY));
        return local.isBefore(monday.atTime(DIGEST_TIME).atZone(OSLO)) ? monday.minusWeeks(1) : monday;
    }

    /** Inside the transaction that locked the rows: they are this sender's until marked (token) or the lease runs out. */
    private void claim(List<Long> ids, String token, Instant now) {
        jdbc.sql("update reminder_outbox set status = 'SENDING', claim_token = :token, claimed_at = :now where id in (:ids)")
                .param("token", token).param("now", Timestamp.from(now)).param("ids", ids).update();
    }

    /**
     * Committed on its own as soon as the mail server took the mail; also after the row was flagged UNCERTAIN (a very
     * slow send), since this sender knows it went out. Not after an administrator's retry, which dropped the claim.
     */
    private void markSent(List<Long> ids, String token, Instant now) {
        tx.executeWithoutResult(s -> jdbc.sql("""
                update reminder_outbox set status = 'SENT', sent_at = :now, attempts = attempts + 1, last_error = null
                where id in (:ids) and claim_token = :token and status in ('SENDING', 'UNCERTAIN')
                """).param("now", Timestamp.from(now)).param("ids", ids).param("token", token).update());
    }

    /** The mail server refused the mail or could not be reached: it did not go out, so it is tried again later. */
    private void markFailedAttempt(List<Long> ids, String token, int attempts, Instant now, Exception e) {
        Duration backoff = Duration.ofMinutes(Math.min(360, 1L << Math.min(attempts, 9)));
        tx.executeWithoutResult(s -> jdbc.sql("""
                update reminder_outbox set attempts = :attempts, next_attempt_at = :next, last_error = :error, status = :status,
                    claim_token = null
                where id in (:ids) and claim_token = :token and status in ('SENDING', 'UNCERTAIN')
                """).param("attempts", attempts).param("next", Timestamp.from(now.plus(backoff))).param("error", truncate(e.toString(), 1000))
                .param("status", attempts >= MAX_ATTEMPTS ? "FAILED" : "PENDING").param("ids", ids).param("token", token).update());
        log.warn("Reminders {} not sent (attempt {}): {}", ids, attempts, e.toString());
    }

    /**
     * Rows claimed longer ago than the lease belong to a sender that died between claiming and marking (crash, kill,
     * power loss): the mail may or may not have reached the mail server, so they are flagged UNCERTAIN, never resent.
     */
    private void flagAbandonedClaims(Instant now) {
        Integer flagged = tx.execute(s -> jdbc.sql("""
                update reminder_outbox set status = 'UNCERTAIN', last_error = :note where status = 'SENDING' and claimed_at < :cutoff
                """).param("note", UNCERTAIN_NOTE).param("cutoff", Timestamp.from(now.minus(sendingLease))).update());
        if (flagged != null && flagged > 0) {
            log.warn("{} reminders were claimed by a sender that stopped before marking them; flagged UNCERTAIN", flagged);
        }
    }

    /** The delivery log with a status filter (kept for callers that filter by status only). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<OutboxRow> outbox(String status) {
        return deliveryLog(new OutboxFilter(status, null, null));
    }

    /** The newest 500 rows of the delivery log matching the filter (recipient: part of the e-mail address). */
    @RolesAllowed(Role.Names.ADMIN)
    public List<OutboxRow> deliveryLog(OutboxFilter filter) {
        String recipient = blankToNull(TextSafety.clean(filter.recipient()));
        return jdbc.sql("""
                select id, deadline_key, recipient_email, offset_days, subject, status, attempts, next_attempt_at, last_error,
                       created_at, sent_at, deadline_kind, digest_week from reminder_outbox
                where (cast(:status as varchar) is null or status = :status)
                  and (cast(:kind as varchar) is null or deadline_kind = :kind)
                  and (cast(:recipient as varchar) is null or strpos(lower(recipient_email), lower(:recipient)) > 0)
                order by id desc limit 500
                """).param("status", blankToNull(filter.status())).param("kind", blankToNull(filter.kind()))
                .param("recipient", recipient == null ? null : recipient.strip())
                .query((rs, n) -> new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                        rs.getString(6), rs.getInt(7), instant(rs.getTimestamp(8)), rs.getString(9), instant(rs.getTimestamp(10)),
                        instant(rs.getTimestamp(11)), rs.getString(12), rs.getObject(13, LocalDate.class)))
                .list();
    }

    /**
     * Puts a failed reminder back in the queue, to be tried at once; also an UNCERTAIN one, once the administrator found
     * in the mail server's log that it never went out.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void retry(long id) {
        jdbc.sql("""
                update reminder_outbox set status = 'PENDING', attempts = 0, next_attempt_at = ?, claim_token = null
                where id = ? and status in ('FAILED', 'UNCERTAIN')
                """).params(Timestamp.from(clock.instant()), id).update();
    }

    /** An UNCERTAIN reminder that the administrator found in the mail server's log: it went out, at about its claim time. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void confirmSent(long id) {
        jdbc.sql("""
                update reminder_outbox set status = 'SENT', sent_at = coalesce(claimed_at, ?), last_error = null
                where id = ? and status = 'UNCERTAIN'
                """).params(Timestamp.from(clock.instant()), id).update();
    }

    /** Sends a test mail to the signed-in administrator at once; the exception tells what went wrong. */
    @RolesAllowed(Role.Names.ADMIN)
    public void sendTestMail() throws Exception {
        var user = CurrentUser.require();
        if (!mailer.configured()) {
            throw new IllegalStateException("Ingen SMTP-server er konfigurert (spring.mail.host)");
        }
        Deadline test = new Deadline("test-" + clock.millis(), "TEST", "Testpåminnelse fra Servicemiljø – æøå",
                "Test reminder from Servicemiljø", LocalDate.now(clock), List.of());
        var recipient = new Deadline.Recipient(user.id(), user.fullName(), user.email(), "nb");
        String baseUrl = publicUrl.base();
        MailBody body = message.body(test, recipient, 0, baseUrl);
        mailer.send(user.email(), message.subject(test, recipient, 0), body.text(), body.html(),
                ReminderMessage.ics(test, "nb", baseUrl, clock.instant()));
    }

    /**
     * <em>Mine frister</em>: the open deadlines the signed-in user sees (as in the årshjul and the feed), overdue ones
     * (up to {@link Deadlines#LOOKBACK_DAYS} days back) first, then those of the coming days.
     */
    @PermitAll
    public List<Deadline> myDeadlines(int days) {
        var me = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        return deadlines.visibleTo(me.id(), me.role(), today.minusDays(Deadlines.LOOKBACK_DAYS), today.plusDays(days));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }

    static String truncate(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max);
    }
}
