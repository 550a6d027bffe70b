package no.rhf.servicemiljo.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reference groups: one member per RHF, a user representative and a service representative; the
 * chair comes from another region than the host. Memberships are ended, never deleted.
 */
@Service
@Transactional(readOnly = true)
public class ReferenceGroupService {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private final ReferenceGroupMemberRepository members;
    private final NationalUnitRepository units;
    private final OrganisationService organisation;
    private final UserService userService;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReferenceGroupService(ReferenceGroupMemberRepository members, NationalUnitRepository units,
                          OrganisationService organisation, UserService userService,
                          ApplicationEventPublisher events, Clock clock) {
        this.members = members;
        this.units = units;
        this.organisation = organisation;
        this.userService = userService;
        this.events = events;
        this.clock = clock;
    }

    @PermitAll
    public ReferenceGroup group(long unitId) {
        LocalDate today = LocalDate.now(clock);
        List<ReferenceGroupMember> all = members.findAllOfUnit(unitId);
        List<ReferenceGroupMember> current = all.stream().filter(m -> m.isCurrentOn(today))
                .sorted(java.util.Comparator.comparing(ReferenceGroupService::seatOrder)).toList();
        List<ReferenceGroupMember> former = all.stream().filter(m -> !m.isCurrentOn(today)).toList();
        return new ReferenceGroup(current, former, vacanciesOf(current, organisation.regions()));
    }

    /** Vacancies of many units in one statement (the list shows them per row). */
    @PermitAll
    public Map<Long, Vacancies> vacancies(Collection<NationalUnit> unitsOnPage) {
        if (unitsOnPage.isEmpty()) {
            return Map.of();
        }
        Map<Long, List<ReferenceGroupMember>> byUnit = members.findCurrent(
                        unitsOnPage.stream().map(NationalUnit::getId).toList(), LocalDate.now(clock)).stream()
                .collect(Collectors.groupingBy(m -> m.getUnit().getId()));
        List<Region> regions = organisation.regions();
        Map<Long, Vacancies> result = new HashMap<>();
        for (NationalUnit unit : unitsOnPage) {
            result.put(unit.getId(), vacanciesOf(byUnit.getOrDefault(unit.getId(), List.of()), regions));
        }
        return result;
    }

    /** Whether a user currently sits in the unit's reference group (gives access to its assessments). */
    @PermitAll
    public boolean isCurrentMember(long unitId, long userId) {
        return members.isCurrentMember(unitId, userId, LocalDate.now(clock));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public ReferenceGroupMember addMember(long unitId, MemberDraft draft) {
        NationalUnit unit = units.findDetailed(unitId).orElseThrow();
        UnitAccess.requireEditable(unit);
        AppUser user = draft.getUser() == null ? null : userService.find(draft.getUser().getId()).orElseThrow();
        if (draft.getPersonName().isBlank() && user != null) {
            draft.setPersonName(user.getFullName());
        }
        if (draft.getEmail().isBlank() && user != null) {
            draft.setEmail(user.getEmail());
        }
        validate(unit, draft);
        ReferenceGroupMember member = new ReferenceGroupMember(unit, draft.getSeatType(), draft.getRegion(),
                draft.getPersonName(), draft.getEmail().isBlank() ? null : draft.getEmail(), user,
                draft.getAppointedOn(), draft.getEndsOn());
        if (draft.isChair()) {
            currentMembers(unitId).forEach(m -> m.setChair(false));
            member.setChair(true);
        }
        ReferenceGroupMember saved = members.save(member);
        events.publishEvent(new UnitChanged(unitId));
        return saved;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void endMembership(long memberId, LocalDate endsOn) {
        ReferenceGroupMember member = members.findById(memberId).orElseThrow();
        UnitAccess.requireEditable(units.findDetailed(member.getUnit().getId()).orElseThrow());
        if (endsOn == null || endsOn.isBefore(member.getAppointedOn())) {
            throw new FieldValidationException("endsOn", "member.error.ends-before-appointed");
        }
        member.end(endsOn);
        events.publishEvent(new UnitChanged(member.getUnit().getId()));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void appointChair(long memberId) {
        ReferenceGroupMember member = members.findById(memberId).orElseThrow();
        NationalUnit unit = units.findDetailed(member.getUnit().getId()).orElseThrow();
        UnitAccess.requireEditable(unit);
        checkChairRule(unit, member.getSeatType(), member.getRegion());
        currentMembers(unit.getId()).forEach(m -> m.setChair(false));
        member.setChair(true);
        events.publishEvent(new UnitChanged(unit.getId()));
    }

    private List<ReferenceGroupMember> currentMembers(long unitId) {
        return members.findCurrent(List.of(unitId), LocalDate.now(clock));
    }

    private void validate(NationalUnit unit, MemberDraft d) {
        d.setPersonName(TextSafety.clean(d.getPersonName()));
        require(TextSafety.isStorable(d.getEmail()), "email", "text.error.unstorable");
        require(d.getSeatType() != null, "seatType", "member.error.seat-type");
        require(!d.getPersonName().isBlank() && d.getPersonName().length() <= 150, "personName", "member.error.name");
        require(d.getEmail().isBlank() || (d.getEmail().length() <= 200 && EMAIL.matcher(d.getEmail()).matches()),
                "email", "member.error.email");
        require(d.getAppointedOn() != null, "appointedOn", "member.error.appointed-on");
        require(d.getEndsOn() == null || !d.getEndsOn().isBefore(d.getAppointedOn()), "endsOn", "member.error.ends-before-appointed");
        if (d.getSeatType() == SeatType.RHF_REPRESENTATIVE) {
            require(d.getRegion() != null, "region", "member.error.region-required");
        }
        LocalDate day = d.getAppointedOn().isAfter(LocalDate.now(clock)) ? d.getAppointedOn() : LocalDate.now(clock);
        boolean seatTaken = members.findCurrent(List.of(unit.getId()), day).stream()
                .anyMatch(m -> m.getSeatType() == d.getSeatType()
                        && (d.getSeatType() != SeatType.RHF_REPRESENTATIVE || m.getRegion().equals(d.getRegion())));
        require(!seatTaken, "seatType", "member.error.seat-taken");
        if (d.isChair()) {
            checkChairRule(unit, d.getSeatType(), d.getRegion());
        }
    }

    /** The chair must come from another region than the unit's host region(s). */
    private static void checkChairRule(NationalUnit unit, SeatType seatType, Region region) {
        require(seatType != SeatType.SERVICE_REPRESENTATIVE, "chair", "member.error.chair-service-representative");
        require(region != null, "chair", "member.error.chair-region-unknown");
        require(!unit.hostRegions().contains(region), "chair", "member.error.chair-host-region", region.getName());
    }

    private static Vacancies vacanciesOf(List<ReferenceGroupMember> current, List<Region> regions) {
        List<Region> vacantRhf = regions.stream()
                .filter(r -> current.stream().noneMatch(m -> m.getSeatType() == SeatType.RHF_REPRESENTATIVE && r.equals(m.getRegion())))
                .toList();
        boolean userRepVacant = current.stream().noneMatch(m -> m.getSeatType() == SeatType.USER_REPRESENTATIVE);
        return new Vacancies(vacantRhf, userRepVacant);
    }

    private static int seatOrder(ReferenceGroupMember m) {
        return m.getSeatType().ordinal() * 10 + (m.getRegion() == null ? 0 : m.getRegion().getSortOrder());
    }

    private static void require(boolean condition, String field, String key, Object... args) {
        if (!condition) {
            throw new FieldValidationException(field, key, args);
        }
    }
}
