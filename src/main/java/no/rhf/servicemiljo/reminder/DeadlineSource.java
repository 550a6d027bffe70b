package no.rhf.servicemiljo.reminder;

import java.time.LocalDate;
import java.util.List;

/**
 * A feature's deadlines, for reminders and calendars. Implement it as a Spring bean: return the
 * deadlines due between the two days (inclusive) with the people who still have to act; leave out
 * recipients who are done (report received, assessment approved, ballot submitted), so that nobody is
 * reminded of what is already done. One or two queries, whatever the number of deadlines.
 */
public interface DeadlineSource {

    List<Deadline> deadlinesBetween(LocalDate from, LocalDate to);

    /**
     * The deadlines as the annual cycle (årshjul) shows them to those who follow all of it (ADMIN,
     * coordinators, observers), done or not. By default the same as {@link #deadlinesBetween}; a source
     * with a deadline per person or per report on one date sums them up here, so the calendar stays readable.
     */
    default List<Deadline> overviewBetween(LocalDate from, LocalDate to) {
        return deadlinesBetween(from, to);
    }

    /**
     * Whether this source knows when the deadline's task is done (a report received, a ballot submitted): then an
     * overdue deadline stays in sight until it is done. A plain date of the annual cycle or a term end is not tracked,
     * so it is shown for 30 days after it has passed (Deadlines.PLAIN_DATE_GRACE_DAYS), then no more.
     */
    default boolean tracksDone(Deadline deadline) {
        return false;
    }

    /**
     * The open deadlines due before {@code today} (from {@code since}), one per task, with the region and who is
     * responsible, for the dashboard's overdue panel. By default the source's own deadlines, national, with their
     * recipients as the responsible; a source that knows regions and per-task responsibility says so here, with the same
     * rules as {@link #deadlinesBetween}.
     */
    default List<OverdueItem> overdueBetween(LocalDate since, LocalDate today) {
        return deadlinesBetween(since, today.minusDays(1)).stream().filter(d -> !d.recipients().isEmpty())
                .map(d -> new OverdueItem(d.key(), d.kind(), d.titleNb(), d.titleEn(), d.dueOn(), java.util.Set.of(),
                        d.recipients().stream().map(Deadline.Recipient::fullName).toList(), d.path()))
                .toList();
    }
}
