package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.security.Role;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The one state-aware source of deadlines: all deadlines of all {@link DeadlineSource}s that are still open, and who
 * sees which. A deadline is open while someone still has something to do for it (it has recipients): a source leaves
 * out whoever is done, so a received report, a submitted ballot or a frozen ranking drops out of <em>Mine frister</em>,
 * the årshjul, the calendar feed, <em>Mine oppgaver</em> and the reminder planning at once, as they all read from here.
 * <p>
 * Everyone sees the open deadlines where they have something to do; ADMIN, regional coordinators and observers (who
 * run or watch the whole cycle) also see the sources' summed-up overview of the open deadlines of others.
 */
@Component
class Deadlines {

    static final Set<Role> SEE_ALL = EnumSet.of(Role.ADMIN, Role.REGIONAL_COORDINATOR, Role.OBSERVER);
    /** Open deadlines this many days overdue are still shown (and in the feed): overdue work stays in sight. */
    static final int LOOKBACK_DAYS = 400;
    /** A plain date (not a task the source tracks) is shown this many days after it has passed. */
    static final int PLAIN_DATE_GRACE_DAYS = 30;
    private static final Comparator<Deadline> BY_DAY = Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::titleNb);

    private final List<DeadlineSource> sources;
    private final Clock clock;

    Deadlines(List<DeadlineSource> sources, Clock clock) {
        this.sources = sources;
        this.clock = clock;
    }

    /** The open deadlines due between the days (inclusive), with the people who still have to act. */
    List<Deadline> between(LocalDate from, LocalDate to) {
        return open(sources.stream().flatMap(s -> s.deadlinesBetween(from, to).stream()));
    }

    /**
     * The open deadlines where the user has something to do, as the views show them: a plain date that has passed more
     * than {@link #PLAIN_DATE_GRACE_DAYS} days ago is left out, a tracked task stays until it is done.
     */
    List<Deadline> of(long userId, LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return open(sources.stream().flatMap(s -> s.deadlinesBetween(from, to).stream().filter(d -> inSight(s, d, today))))
                .stream().filter(d -> d.hasRecipient(userId)).toList();
    }

    /** The open deadlines, summed up per source, for those who follow the whole cycle (as the views show them). */
    List<Deadline> overview(LocalDate from, LocalDate to) {
        LocalDate today = LocalDate.now(clock);
        return open(sources.stream().flatMap(s -> s.overviewBetween(from, to).stream().filter(d -> inSight(s, d, today))));
    }

    /** Everything overdue today, one row per task, with regions and who is responsible (the dashboard's overdue panel). */
    List<OverdueItem> overdue() {
        LocalDate today = LocalDate.now(clock);
        return sources.stream().flatMap(s -> s.overdueBetween(today.minusDays(LOOKBACK_DAYS), today).stream()
                        .filter(o -> !o.dueOn().isBefore(today.minusDays(PLAIN_DATE_GRACE_DAYS))
                                || s.tracksDone(new Deadline(o.key(), o.kind(), o.titleNb(), o.titleEn(), o.dueOn(), List.of()))))
                .sorted(Comparator.comparing(OverdueItem::dueOn).thenComparing(OverdueItem::titleNb)).toList();
    }

    private static boolean inSight(DeadlineSource source, Deadline deadline, LocalDate today) {
        return !deadline.dueOn().isBefore(today.minusDays(PLAIN_DATE_GRACE_DAYS)) || source.tracksDone(deadline);
    }

    /** What one user sees (Mine frister, årshjul, feed, inbox): their own open deadlines and, for ADMIN, coordinators and observers, the overview. */
    List<Deadline> visibleTo(long userId, Role role, LocalDate from, LocalDate to) {
        List<Deadline> own = of(userId, from, to);
        if (!SEE_ALL.contains(role)) {
            return own;
        }
        Map<String, Deadline> byKey = new LinkedHashMap<>();
        Stream.concat(own.stream(), overview(from, to).stream()).forEach(d -> byKey.putIfAbsent(d.key(), d));
        return byKey.values().stream().sorted(BY_DAY).toList();
    }

    private static List<Deadline> open(Stream<Deadline> deadlines) {
        return deadlines.filter(d -> !d.recipients().isEmpty()).sorted(BY_DAY).toList();
    }
}
