package no.rhf.servicemiljo.leadership;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The rotating leadership of the service environment: periods (ADMIN edits them) and the handover
 * checklist of each change of leadership (ADMIN writes the items; ADMIN and the coordinators of the
 * outgoing and incoming regions tick them).
 */
@Service
@Transactional(readOnly = true)
public class LeadershipService {

    public static final int MAX_ITEM_LENGTH = 300;

    /** The checklist every new period starts with (ADMIN adds to it); V96 gave it to the periods that lacked one. */
    public static final List<String> STANDARD_HANDOVER = List.of(
            "Overlevere oversikt over saker til IRF og status i årshjulet",
            "Overføre ansvar for nasjonal oppsummering av årsrapporter",
            "Oppdatere kontaktlister for regionale noder og referansegrupper",
            "Gjennomgå åpne oppfølgingspunkter fra forrige periode",
            "Avtale overlappingsmøte mellom avtroppende og påtroppende leder",
            "Informere Helsedirektoratet og HOD om ny ledelse");

    private final LeadershipPeriodRepository periods;
    private final HandoverItemRepository items;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    LeadershipService(LeadershipPeriodRepository periods, HandoverItemRepository items, UserService users,
                      ApplicationEventPublisher events, Clock clock) {
        this.periods = periods;
        this.items = items;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    @PermitAll
    public LeadershipStatus status() {
        return LeadershipStatus.of(periods.findAllByOrderByStartsOn(), LocalDate.now(clock));
    }

    @PermitAll
    public List<LeadershipPeriod> periods() {
        return periods.findAllByOrderByStartsOn();
    }

    /** Creates (id null) or changes a period; periods may not overlap. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public LeadershipPeriod savePeriod(Long id, Region region, LocalDate startsOn, LocalDate endsOn) {
        if (region == null) {
            throw new FieldValidationException("region", "leadership.error.region");
        }
        if (startsOn == null || endsOn == null || !endsOn.isAfter(startsOn)) {
            throw new FieldValidationException("endsOn", "leadership.error.dates");
        }
        periods.findAllByOrderByStartsOn().stream()
                .filter(p -> !p.getId().equals(id))
                .filter(p -> !p.getEndsOn().isBefore(startsOn) && !p.getStartsOn().isAfter(endsOn))
                .findFirst().ifPresent(p -> {
                    throw new FieldValidationException("startsOn", "leadership.error.overlap", p.getRegion().getName(),
                            p.getStartsOn().getYear() + "–" + p.getEndsOn().getYear());
                });
        LeadershipPeriod period = id == null ? periods.save(new LeadershipPeriod(region, startsOn, endsOn))
                : periods.findById(id).orElseThrow();
        period.change(region, startsOn, endsOn);
        if (id == null) {
            createStandardHandover(period);
        }
        events.publishEvent(new LeadershipChanged());
        return period;
    }

    /** A new period's handover checklist: the standard items, created with the period. */
    List<HandoverItem> createStandardHandover(LeadershipPeriod period) {
        List<HandoverItem> created = new java.util.ArrayList<>();
        for (int i = 0; i < STANDARD_HANDOVER.size(); i++) {
            created.add(items.save(new HandoverItem(period, i + 1, STANDARD_HANDOVER.get(i))));
        }
        return created;
    }

    /** The checklist for handing over to the given (incoming) period. */
    @PermitAll
    public List<HandoverItem> handover(long incomingPeriodId) {
        return items.findByPeriodIdOrderBySortOrder(incomingPeriodId);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public HandoverItem addHandoverItem(long incomingPeriodId, String text) {
        String trimmed = text == null ? "" : TextSafety.clean(text).trim();
        if (trimmed.isEmpty() || trimmed.length() > MAX_ITEM_LENGTH) {
            throw new FieldValidationException("text", "leadership.error.item", MAX_ITEM_LENGTH);
        }
        LeadershipPeriod period = periods.findById(incomingPeriodId).orElseThrow();
        int next = items.findByPeriodIdOrderBySortOrder(incomingPeriodId).size() + 1;
        HandoverItem item = items.save(new HandoverItem(period, next, trimmed));
        events.publishEvent(new LeadershipChanged());
        return item;
    }

    /** Ticks or unticks an item, recording who and when. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public HandoverItem tick(long itemId, boolean done) {
        HandoverItem item = items.findById(itemId).orElseThrow();
        AppUserPrincipal user = CurrentUser.require();
        if (!mayTick(user, item)) {
            throw new AccessDeniedException("Only the outgoing and incoming regions tick the handover");
        }
        if (done) {
            item.tick(users.find(user.id()).orElseThrow(), clock.instant());
        } else {
            item.untick();
        }
        events.publishEvent(new LeadershipChanged());
        return item;
    }

    @PermitAll
    public boolean mayTick(HandoverItem item) {
        return CurrentUser.get().map(user -> mayTick(user, item)).orElse(false);
    }

    private boolean mayTick(AppUserPrincipal user, HandoverItem item) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        if (user.role() != Role.REGIONAL_COORDINATOR) {
            return false;
        }
        LeadershipPeriod incoming = periods.findById(periodIdOf(item)).orElseThrow();
        Optional<LeadershipPeriod> outgoing = periods.findAllByOrderByStartsOn().stream()
                .filter(p -> p.getEndsOn().isBefore(incoming.getStartsOn()))
                .reduce((first, second) -> second);
        return incoming.getRegion().getId().equals(user.regionId())
                || outgoing.map(p -> p.getRegion().getId().equals(user.regionId())).orElse(false);
    }

    private long periodIdOf(HandoverItem item) {
        return items.findPeriodIdOf(item.getId());
    }
}
