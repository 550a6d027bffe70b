package no.rhf.servicemiljo.registry;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The registry of national services, networks and centres. Everyone signed in reads; ADMIN edits
 * every unit, a regional coordinator only units hosted in their own region.
 */
@Service
@Transactional(readOnly = true)
public class UnitService {

    private final NationalUnitRepository units;
    private final ReferenceGroupService referenceGroups;
    private final OrganisationService organisation;
    private final UserService userService;
    private final ApplicationEventPublisher events;

    UnitService(NationalUnitRepository units, ReferenceGroupService referenceGroups, OrganisationService organisation,
                UserService userService, ApplicationEventPublisher events) {
        this.units = units;
        this.referenceGroups = referenceGroups;
        this.organisation = organisation;
        this.userService = userService;
        this.events = events;
    }

    /** One page of the list, with vacancies: a constant number of statements whatever the page size. */
    @PermitAll
    public List<UnitListItem> search(UnitFilter filter, Pageable pageable) {
        Page<NationalUnit> page = units.findAll(filter.toSpecification(), pageable);
        Map<Long, Vacancies> vacancies = referenceGroups.vacancies(page.getContent());
        return page.getContent().stream().map(u -> new UnitListItem(u, vacancies.get(u.getId()))).toList();
    }

    @PermitAll
    public long count(UnitFilter filter) {
        return units.count(filter.toSpecification());
    }

    @PermitAll
    public List<NationalUnit> findAll(UnitFilter filter) {
        return units.findAll(filter.toSpecification()).stream()
                .sorted(java.util.Comparator.comparing(NationalUnit::getNameNb, java.text.Collator.getInstance(java.util.Locale.forLanguageTag("nb"))))
                .toList();
    }

    @PermitAll
    public Optional<NationalUnit> find(long id) {
        return units.findDetailed(id);
    }

    /** Units whose term, network funding or year-six evaluation ends between the two days (inclusive). */
    @PermitAll
    public List<NationalUnit> endingBetween(java.time.LocalDate from, java.time.LocalDate to) {
        return units.findEndingBetween(from, to);
    }

    @PermitAll
    public List<NationalUnit> possibleSuccessors() {
        return units.findPossibleSuccessors();
    }

    @PermitAll
    public UnitCounts counts() {
        Map<Short, Map<UnitKind, Long>> byRegion = new HashMap<>();
        for (Object[] row : units.countByRegionAndKind()) {
            byRegion.computeIfAbsent(((Number) row[0]).shortValue(), r -> new EnumMap<>(UnitKind.class))
                    .put(UnitKind.valueOf((String) row[1]), ((Number) row[2]).longValue());
        }
        Map<UnitKind, Long> totals = new EnumMap<>(UnitKind.class);
        for (Object[] row : units.countByKind()) {
            totals.put(UnitKind.valueOf((String) row[0]), ((Number) row[1]).longValue());
        }
        return new UnitCounts(organisation.regions(), byRegion, totals);
    }

    /** Whether the signed-in user may edit the unit (for showing or hiding edit actions). */
    @PermitAll
    public boolean canEdit(NationalUnit unit) {
        return CurrentUser.get().map(user -> UnitAccess.mayEdit(user, unit.hostRegions())).orElse(false);
    }

    /** Whether the signed-in user may create units at all (ADMIN anywhere, a coordinator in own region). */
    @PermitAll
    public boolean canCreate() {
        return CurrentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.REGIONAL_COORDINATOR).orElse(false);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public NationalUnit create(UnitDraft draft) {
        prepare(draft);
        if (units.existsByNameNbIgnoreCase(draft.getNameNb())) {
            throw new FieldValidationException("nameNb", "unit.error.name-taken");
        }
        NationalUnit unit = new NationalUnit(draft.getKind());
        unit.apply(draft, resolveSuccessor(draft), resolveContact(draft));
        NationalUnit saved = units.save(unit);
        events.publishEvent(new UnitChanged(saved.getId()));
        return saved;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public NationalUnit update(long id, UnitDraft draft) {
        NationalUnit unit = units.findDetailed(id).orElseThrow();
        UnitAccess.requireEditable(unit);
        prepare(draft);
        if (draft.getVersion() == null || draft.getVersion() != unit.getVersion()) {
            throw new OptimisticLockingFailureException("Unit " + id + " was changed by someone else");
        }
        if (units.existsOtherWithName(draft.getNameNb(), id)) {
            throw new FieldValidationException("nameNb", "unit.error.name-taken");
        }
        if (draft.getSuccessor() != null && draft.getSuccessor().getId().equals(id)) {
            throw new FieldValidationException("successor", "unit.error.successor-self");
        }
        unit.apply(draft, resolveSuccessor(draft), resolveContact(draft));
        units.flush();
        events.publishEvent(new UnitChanged(id));
        return unit;
    }

    /** Validates, fills derived values and checks that a coordinator keeps the unit in own region. */
    private void prepare(UnitDraft draft) {
        UnitRules.completeDerivedValues(draft);
        UnitRules.validate(draft);
        AppUserPrincipal user = CurrentUser.require();
        java.util.Set<Region> hosts = new java.util.LinkedHashSet<>();
        hosts.add(draft.getHostTrust().getRegion());
        if (draft.getKind().isMultiRegional()) {
            hosts.add(draft.getSecondHostTrust().getRegion());
        }
        if (!UnitAccess.mayEdit(user, hosts)) {
            throw new FieldValidationException("hostTrust", "unit.error.host-outside-own-region");
        }
    }

    private NationalUnit resolveSuccessor(UnitDraft draft) {
        return draft.getSuccessor() == null ? null : units.findById(draft.getSuccessor().getId()).orElseThrow();
    }

    private AppUser resolveContact(UnitDraft draft) {
        return draft.getContact() == null ? null : userService.find(draft.getContact().getId()).orElseThrow();
    }

    static Sort defaultSort() {
        return Sort.by("nameNb");
    }
}
