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
}
