package no.rhf.servicemiljo.inbox;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineCalendarService;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * <em>Mine oppgaver</em>: what waits for the signed-in user now, across features. Built from the one state-aware
 * deadline source ({@link DeadlineCalendarService#myOpenDeadlines}), not from a second set of rules: every open
 * deadline where the user has something to do — reports to assess, assessments to approve, follow-ups, ballots,
 * reports to deliver — whatever its date, and the other dates (the annual cycle, term ends) when overdue or due within
 * {@value #THIS_WEEK_DAYS} days. Overdue first, then by due date. A task that is done has no recipient any more in the
 * source, so it leaves the inbox, <em>Mine frister</em>, the årshjul, the feed and the reminders at once.
 */
@Service
public class InboxService {

    static final int THIS_WEEK_DAYS = 7;
    /** How far ahead a task (not a plain date) is shown: the calendar feed's horizon. */
    static final int HORIZON_DAYS = 400;

    private static final Map<String, InboxItem.Category> TASKS = Map.of(
            "APPROVAL_DUE", InboxItem.Category.APPROVE,
            "ASSESSMENT_DUE", InboxItem.Category.ASSESS,
            "FOLLOW_UP_DUE", InboxItem.Category.FOLLOW_UP,
            "IRF_RANKING_DUE", InboxItem.Category.BALLOT,
            "REPORT_DUE", InboxItem.Category.REPORT,
            "HANDOVER_DUE", InboxItem.Category.HANDOVER);

    private final DeadlineCalendarService deadlines;
    private final Clock clock;

    InboxService(DeadlineCalendarService deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    /** What waits for the signed-in user, overdue first. Only their own: the server decides from who is signed in. */
    @PermitAll
    public List<InboxItem> myTasks() {
        LocalDate today = LocalDate.now(clock);
        LocalDate thisWeek = today.plusDays(THIS_WEEK_DAYS);
        return deadlines.myOpenDeadlines(HORIZON_DAYS).stream()
                .filter(d -> TASKS.containsKey(d.kind()) || !d.dueOn().isAfter(thisWeek))
                .map(d -> item(d, today))
                .sorted(Comparator.comparing((InboxItem i) -> !i.overdue()).thenComparing(InboxItem::dueOn)
                        .thenComparing(InboxItem::category).thenComparing(InboxItem::titleNb))
                .toList();
    }

    /** How many tasks wait, and how many of them are overdue (for the navigation). */
    @PermitAll
    public Counts myCounts() {
        List<InboxItem> tasks = myTasks();
        return new Counts(tasks.size(), (int) tasks.stream().filter(InboxItem::overdue).count());
    }

    public record Counts(int total, int overdue) {
    }

    /** A plain date with no page of its own (the annual cycle's) links to Mine frister, where its reminders are set. */
    private static InboxItem item(Deadline d, LocalDate today) {
        return new InboxItem(TASKS.getOrDefault(d.kind(), InboxItem.Category.DEADLINE), d.key(), d.titleNb(), d.titleEn(), d.dueOn(),
                d.path() == null || d.path().isEmpty() ? "my-deadlines" : d.path(), d.dueOn().isBefore(today));
    }
}
