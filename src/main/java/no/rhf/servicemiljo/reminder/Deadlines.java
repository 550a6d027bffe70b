package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.security.Role;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * All deadlines of all {@link DeadlineSource}s, and who sees which: ADMIN, regional coordinators and observers follow
 * the whole annual cycle (they run or watch it) and see every deadline; everyone else sees the deadlines where they
 * have something to do.
 */
@Component
class Deadlines {

    static final Set<Role> SEE_ALL = EnumSet.of(Role.ADMIN, Role.REGIONAL_COORDINATOR, Role.OBSERVER);
    private static final Comparator<Deadline> BY_DAY = Comparator.comparing(Deadline::dueOn).thenComparing(Deadline::titleNb);

    private final List<DeadlineSource> sources;

    Deadlines(List<DeadlineSource> sources) {
        this.sources = sources;
    }

    List<Deadline> between(LocalDate from, LocalDate to) {
        return sources.stream().flatMap(s -> s.deadlinesBetween(from, to).stream()).sorted(BY_DAY).toList();
    }

    /** The deadlines where the user has something to do. */
    List<Deadline> of(long userId, LocalDate from, LocalDate to) {
        return between(from, to).stream().filter(d -> d.hasRecipient(userId)).toList();
    }

    /** Everything, summed up per source, for those who follow the whole cycle. */
    List<Deadline> overview(LocalDate from, LocalDate to) {
        return sources.stream().flatMap(s -> s.overviewBetween(from, to).stream()).sorted(BY_DAY).toList();
    }

    List<Deadline> visibleTo(long userId, Role role, LocalDate from, LocalDate to) {
        return SEE_ALL.contains(role) ? overview(from, to) : of(userId, from, to);
    }
}
