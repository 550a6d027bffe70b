package no.rhf.servicemiljo.leadership;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Who leads on a given day and who is next. In a gap between periods nobody leads; the screen says so.
 */
public record LeadershipStatus(LocalDate day, Optional<LeadershipPeriod> current, Optional<LeadershipPeriod> next) {

    public static LeadershipStatus of(List<LeadershipPeriod> periods, LocalDate day) {
        Optional<LeadershipPeriod> current = periods.stream().filter(p -> p.covers(day)).findFirst();
        Optional<LeadershipPeriod> next = periods.stream().filter(p -> p.getStartsOn().isAfter(day))
                .min(java.util.Comparator.comparing(LeadershipPeriod::getStartsOn));
        return new LeadershipStatus(day, current, next);
    }

    /**
     * The incoming period of the change of leadership to work on now: the nearest one, the current period's start
     * (its handover just happened) or the next period's (it is coming), whichever is closer to {@code day}. In
     * December before a change that is the next one, not the one two years ago.
     */
    public Optional<LeadershipPeriod> handover() {
        if (current.isEmpty() || next.isEmpty()) {
            return next.isPresent() ? next : current;
        }
        long sinceStart = java.time.temporal.ChronoUnit.DAYS.between(current.get().getStartsOn(), day);
        long untilNext = java.time.temporal.ChronoUnit.DAYS.between(day, next.get().getStartsOn());
        return untilNext < sinceStart ? next : current;
    }
}
