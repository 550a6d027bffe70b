package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import no.rhf.servicemiljo.base.PublicUrl;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * ADMIN: what a chosen user would get for a chosen deadline, exactly as it would be sent, and why (not): the kind's
 * rule, the user's preferences, whether they still have something to do, and what has already gone out.
 */
@Service
public class ReminderPreviewService {

    private final Deadlines deadlines;
    private final ReminderSettings settings;
    private final ReminderService reminders;
    private final UserService users;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final PublicUrl publicUrl;
    private final ReminderMessage message;

    ReminderPreviewService(Deadlines deadlines, ReminderSettings settings, ReminderService reminders, UserService users,
                           JdbcClient jdbc, Clock clock, PublicUrl publicUrl, ReminderMessage message) {
        this.deadlines = deadlines;
        this.settings = settings;
        this.reminders = reminders;
        this.users = users;
        this.jdbc = jdbc;
        this.clock = clock;
        this.publicUrl = publicUrl;
        this.message = message;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AppUser> users() {
        return users.activeUsers();
    }

    /**
     * The open deadlines of the calendar window (400 days back, 400 ahead): first those where the user has something to do,
     * then the others (to show why the user gets nothing for them).
     */
    @RolesAllowed(Role.Names.ADMIN)
    public List<Deadline> deadlinesFor(long userId) {
        List<Deadline> all = new ArrayList<>(window());
        all.sort(Comparator.comparing((Deadline d) -> !d.hasRecipient(userId)));
        return all;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public ReminderPreview preview(long userId, String deadlineKey) {
        AppUser user = users.find(userId).orElseThrow(() -> new NoSuchElementException("user " + userId));
        LocalDate today = LocalDate.now(clock);
        Deadline deadline = window().stream().filter(d -> d.key().equals(deadlineKey)).findFirst()
                .orElseThrow(() -> new NoSuchElementException("deadline " + deadlineKey));
        ReminderPolicy policy = settings.policy(reminders.defaultOffsets());
        ReminderRule rule = policy.rule(deadline.kind());
        Deadline.Recipient recipient = deadline.recipients().stream().filter(r -> r.userId() == userId).findFirst().orElse(null);
        boolean isRecipient = recipient != null;
        if (recipient == null) {
            recipient = Deadline.Recipient.of(user);
        }
        List<Integer> sent = new ArrayList<>();
        Set<Integer> decided = new HashSet<>();
        jdbc.sql("select offset_days, status from reminder_outbox where deadline_key = ? and recipient_id = ? and due_on = ? order by offset_days desc")
                .params(deadline.key(), userId, deadline.dueOn())
                .query(rs -> {
                    decided.add(rs.getInt(1));
                    if ("SENT".equals(rs.getString(2))) {
                        sent.add(rs.getInt(1));
                    }
                });
        Integer next = rule.effectiveOffsets().stream()
                .filter(o -> !deadline.dueOn().minusDays(o).isBefore(today) && !decided.contains(o)).findFirst().orElse(null);
        boolean optedOut = policy.optedOut(userId, deadline.kind());
        boolean weekly = policy.weekly(userId);
        List<ReminderPreview.Reason> reasons = new ArrayList<>();
        if (!isRecipient) {
            reasons.add(ReminderPreview.Reason.NOT_A_RECIPIENT);
        }
        if (!rule.enabled()) {
            reasons.add(ReminderPreview.Reason.RULE_DISABLED);
        }
        if (optedOut) {
            reasons.add(ReminderPreview.Reason.OPTED_OUT);
        }
        if (rule.mandatory()) {
            reasons.add(ReminderPreview.Reason.MANDATORY);
        }
        if (next == null) {
            reasons.add(ReminderPreview.Reason.NO_REMINDER_DAYS_LEFT);
        }
        boolean wouldReceive = isRecipient && rule.enabled() && !optedOut && next != null;
        if (wouldReceive && weekly) {
            reasons.add(ReminderPreview.Reason.WEEKLY_DIGEST);
        }
        if (wouldReceive) {
            reasons.add(ReminderPreview.Reason.WILL_BE_SENT);
        }
        int offset = next != null ? next : 0;
        String baseUrl = publicUrl.base();
        return new ReminderPreview(message.subject(deadline, recipient, offset),
                message.body(deadline, recipient, offset, baseUrl).text(), recipient.locale(),
                next == null ? null : deadline.dueOn().minusDays(next), next, wouldReceive,
                weekly ? ReminderDelivery.WEEKLY : ReminderDelivery.EACH, rule, reasons, sent, deadline.link(baseUrl));
    }

    private List<Deadline> window() {
        LocalDate today = LocalDate.now(clock);
        return deadlines.between(today.minusDays(CalendarFeedService.PAST_DAYS), today.plusDays(CalendarFeedService.FUTURE_DAYS));
    }
}
