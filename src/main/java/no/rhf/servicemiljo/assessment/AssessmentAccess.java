package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import no.rhf.servicemiljo.registry.UnitChanged;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Who may do what with an annual report, in one place for the feature's services:
 * <ul>
 *   <li>ADMIN everything;</li>
 *   <li>the host region's coordinators and the unit's current reference-group members edit and discuss
 *       the assessment until it is approved;</li>
 *   <li>the unit's service contact registers the report (upload or eRapport link) and reads the
 *       assessment once approved; observers read approved assessments.</li>
 * </ul>
 * Taking part (host coordinator or reference-group member) is what every keystroke's save checks; it is
 * remembered per user, unit and day once granted, and forgotten on every change of a unit or its reference group
 * (at once on the node that makes it, after the commit on every node) and after {@link #REMEMBERED} at the latest.
 * A refusal is never remembered.
 */
@Component
class AssessmentAccess {

    /** How long a granted part in an assessment is remembered at most (a safety net: changes clear it at once). */
    static final Duration REMEMBERED = Duration.ofSeconds(60);
    private static final int MAX_REMEMBERED = 10_000;

    private final UnitService units;
    private final ReferenceGroupService referenceGroups;
    private final Clock clock;
    /** Who takes part in which unit's assessments, granted only (a refusal is always checked again), per day. */
    private final Map<Participation, Instant> participants = new ConcurrentHashMap<>();

    private record Participation(long userId, Role role, Short regionId, long unitId, LocalDate on) {
    }

    AssessmentAccess(UnitService units, ReferenceGroupService referenceGroups, Clock clock, LiveUpdates liveUpdates) {
        this.units = units;
        this.referenceGroups = referenceGroups;
        this.clock = clock;
        liveUpdates.onEveryNode(UnitChanged.class, change -> forget());
    }

    /** A unit's hosts or reference group changed (on this node, before the commit; on every node after it). */
    @EventListener
    void onUnitChanged(UnitChanged change) {
        forget();
    }

    private void forget() {
        participants.clear();
    }

    /** May change the assessment now (approved ones only after a reopen, except for ADMIN). */
    boolean mayEdit(AppUserPrincipal user, Report report) {
        if (report.approved() && user.role() != Role.ADMIN) {
            return false;
        }
        return assesses(user, report);
    }

    /** Takes part in the assessment, whatever its status: ADMIN, host coordinators, reference-group members. */
    boolean assesses(AppUserPrincipal user, Report report) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        Instant now = clock.instant();
        Participation key = new Participation(user.id(), user.role(), user.regionId(), report.unitId(), LocalDate.now(clock));
        Instant granted = participants.get(key);
        if (granted != null && granted.plus(REMEMBERED).isAfter(now)) {
            return true;
        }
        NationalUnit unit = unit(report);
        boolean takesPart = isHostCoordinator(user, unit) || referenceGroups.isCurrentMember(unit.getId(), user.id());
        if (takesPart) {
            if (participants.size() >= MAX_REMEMBERED) {
                forget();
            }
            participants.put(key, now);
        } else {
            participants.remove(key);
        }
        return takesPart;
    }

    boolean mayReadAssessment(AppUserPrincipal user, Report report) {
        return assesses(user, report)
                || report.approved() && (user.role() == Role.OBSERVER || isContact(user, report));
    }

    /** Sees the report in the list with its status: whoever reads the assessment, and the unit's contact always. */
    boolean mayReadReport(AppUserPrincipal user, Report report) {
        return mayReadAssessment(user, report) || isContact(user, report);
    }

    /** Registers receipt and uploads the report: the unit's contact, the host coordinators and ADMIN. */
    boolean mayRegister(AppUserPrincipal user, Report report) {
        return user.role() == Role.ADMIN || isContact(user, report) || isHostCoordinator(user, unit(report));
    }

    boolean isContact(AppUserPrincipal user, Report report) {
        NationalUnit unit = unit(report);
        return unit.getContact() != null && unit.getContact().getId() == user.id();
    }

    /** ADMIN or a coordinator of the host region: moves the workflow (assessed, reopened). */
    boolean isCoordinatorOf(AppUserPrincipal user, Report report) {
        return user.role() == Role.ADMIN || isHostCoordinator(user, unit(report));
    }

    void requireCoordinator(Report report) {
        if (!isCoordinatorOf(CurrentUser.require(), report)) {
            throw new AccessDeniedException("Only the host region's coordinator or ADMIN");
        }
    }

    void requireEditable(Report report) {
        if (!mayEdit(CurrentUser.require(), report)) {
            throw new AccessDeniedException("Not allowed to edit the assessment of report " + report.id());
        }
    }

    void requireReadableAssessment(Report report) {
        if (!mayReadAssessment(CurrentUser.require(), report)) {
            throw new AccessDeniedException("The assessment of report " + report.id() + " is not readable for this user");
        }
    }

    private static boolean isHostCoordinator(AppUserPrincipal user, NationalUnit unit) {
        return user.role() == Role.REGIONAL_COORDINATOR && unit.isHostedIn(user.regionId());
    }

    private NationalUnit unit(Report report) {
        return units.find(report.unitId()).orElseThrow();
    }
}
