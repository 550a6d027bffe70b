package no.rhf.servicemiljo.reminder;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.security.CurrentUser;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The annual cycle (årshjul) as the signed-in user sees it: ADMIN, regional coordinators and observers see every
 * deadline (they run or watch the whole cycle); everyone else sees the deadlines where they have something to do.
 */
@Service
public class DeadlineCalendarService {

    /** The widest span one request may ask for, so that nobody loads decades of deadlines by accident. */
    static final int MAX_DAYS = 800;

    private final Deadlines deadlines;
    private final Clock clock;

    DeadlineCalendarService(Deadlines deadlines, Clock clock) {
        this.deadlines = deadlines;
        this.clock = clock;
    }

    @PermitAll
    public List<Deadline> visibleBetween(LocalDate from, LocalDate to) {
        if (from.isAfter(to) || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new IllegalArgumentException("from must be before to, at most " + MAX_DAYS + " days apart");
        }
        var me = CurrentUser.require();
        return deadlines.visibleTo(me.id(), me.role(), from, to);
    }

    /**
     * The open deadlines where the signed-in user has something to do, from {@link Deadlines#LOOKBACK_DAYS} days overdue
     * to {@code daysAhead} days ahead: the same deadlines, from the same source, as their <em>Mine frister</em>, årshjul,
     * feed and reminders hold. <em>Mine oppgaver</em> is built from it.
     */
    @PermitAll
    public List<Deadline> myOpenDeadlines(int daysAhead) {
        var me = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        return deadlines.of(me.id(), today.minusDays(Deadlines.LOOKBACK_DAYS), today.plusDays(daysAhead));
    }

    /**
     * Everything overdue, per task, with its regions and who is responsible: for those who follow the whole cycle
     * (ADMIN, coordinators, observers), read from the same source as every other view of the deadlines.
     */
    @jakarta.annotation.security.RolesAllowed({no.rhf.servicemiljo.security.Role.Names.ADMIN,
            no.rhf.servicemiljo.security.Role.Names.REGIONAL_COORDINATOR, no.rhf.servicemiljo.security.Role.Names.OBSERVER})
    public List<OverdueItem> overdue() {
        return deadlines.overdue();
    }

    /** Whether the signed-in user sees every deadline or only their own (said on screen). */
    @PermitAll
    public boolean seesAll() {
        return Deadlines.SEE_ALL.contains(CurrentUser.require().role());
    }

    @PermitAll
    public LocalDate today() {
        return LocalDate.now(clock);
    }
}
