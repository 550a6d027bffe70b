package no.rhf.servicemiljo.reorganisation;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.SuccessorDraft;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.registry.UnitOutcomes;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * Reorganisation cases. Everyone signed in reads; ADMIN and the coordinators of the case's responsible
 * region (a host region of the unit) edit. The steps are checked here: IRF needs the involvement of users
 * and employee representatives recorded, a decision needs the IRF case, the outcome needs the decision and
 * is applied once, through the registry's {@link UnitOutcomes} (audited like every unit change).
 */
@Service
@Transactional(readOnly = true)
public class ReorganisationService {

    public static final int MAX_TEXT = 10_000;
    public static final int MAX_PARTICIPANTS = 500;
    public static final int MAX_REFERENCE = 100;
    private static final List<CaseStatus> IN_PROGRESS = List.of(CaseStatus.OPEN, CaseStatus.IN_IRF, CaseStatus.DECIDED);

    private final ReorganisationCaseRepository cases;
    private final InvolvementRepository involvements;
    private final UnitService units;
    private final UnitOutcomes outcomes;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReorganisationService(ReorganisationCaseRepository cases, InvolvementRepository involvements, UnitService units,
                          UnitOutcomes outcomes, OrganisationService organisation, ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.involvements = involvements;
        this.units = units;
        this.outcomes = outcomes;
        this.organisation = organisation;
        this.events = events;
        this.clock = clock;
    }

    @PermitAll
    public List<ReorganisationCase> all() {
        return cases.findAllDetailed();
    }

    @PermitAll
    public Optional<ReorganisationCase> find(long id) {
        return cases.findDetailed(id);
    }

    @PermitAll
    public List<ReorganisationCase> forUnit(long unitId) {
        return cases.findByUnit(unitId);
    }

    @PermitAll
    public List<Involvement> involvements(long caseId) {
        return involvements.findByCase(caseId);
    }

    @PermitAll
    public boolean canEdit(ReorganisationCase c) {
        return CurrentUser.get().map(u -> mayEdit(u, c.getResponsibleRegion().getId())).orElse(false);
    }

    /** Whether the signed-in user may open a case for the unit (a competence service or a network, in operation). */
    @PermitAll
    public boolean canOpen(NationalUnit unit) {
        return (unit.getKind().isCompetenceService() || unit.getKind().isNetwork()) && unit.getStatus().inOperation()
                && CurrentUser.get().map(u -> unit.hostRegions().stream().anyMatch(r -> mayEdit(u, r.getId()))).orElse(false);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public ReorganisationCase open(long unitId, Short responsibleRegionId, String background) {
        NationalUnit unit = units.find(unitId).orElseThrow();
        CaseKind kind = unit.getKind().isCompetenceService() ? CaseKind.COMPETENCE_SERVICE
                : unit.getKind().isNetwork() ? CaseKind.NETWORK_EVALUATION : null;
        require(kind != null, "unit", "reorganisation.error.kind");
        require(unit.getStatus().inOperation(), "unit", "reorganisation.error.unit-ended");
        require(responsibleRegionId != null, "responsibleRegion", "reorganisation.error.region-required");
        require(unit.isHostedIn(responsibleRegionId), "responsibleRegion", "reorganisation.error.region-not-host");
        requireMayEdit(responsibleRegionId);
        TextSafety.requireStorable("background", background, MAX_TEXT);
        require(!cases.existsForUnitWithStatus(unitId, IN_PROGRESS), "unit", "reorganisation.error.already-open");
        Region region = organisation.region(responsibleRegionId);
        ReorganisationCase saved = cases.save(new ReorganisationCase(unit, kind, region, blankToNull(background)));
        cases.flush();
        events.publishEvent(new ReorganisationChanged(saved.getId()));
        return saved;
    }

    /**
     * Opens the year-six evaluation of every network in operation whose sixth year is reached and that has
     * no evaluation case for its current funding period; a coordinator opens those of their own region.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public int openDueNetworkEvaluations() {
        AppUserPrincipal user = CurrentUser.require();
        LocalDate today = LocalDate.now(clock);
        int opened = 0;
        for (NationalUnit network : units.findAll(new UnitFilter(null, UnitKind.QUALITY_COMPETENCE_NETWORK, null, null))) {
            if (!network.getStatus().inOperation() || network.getYearSixEvaluation() == null
                    || network.getYearSixEvaluation().isAfter(today)) {
                continue;
            }
            Short region = network.getHostTrust().getRegion().getId();
            if (!mayEdit(user, region) || cases.existsForUnitWithStatus(network.getId(), IN_PROGRESS)
                    || cases.existsSince(network.getId(), CaseKind.NETWORK_EVALUATION,
                    network.getFundingStart().atStartOfDay().toInstant(ZoneOffset.UTC))) {
                continue;
            }
            ReorganisationCase c = cases.save(new ReorganisationCase(network, CaseKind.NETWORK_EVALUATION,
                    network.getHostTrust().getRegion(), null));
            events.publishEvent(new ReorganisationChanged(c.getId()));
            opened++;
        }
        return opened;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public Involvement recordInvolvement(long caseId, InvolvementParty party, String participants, LocalDate heldOn,
                                         String summary) {
        ReorganisationCase c = editable(caseId);
        require(c.getStatus() != CaseStatus.CLOSED, "case", "reorganisation.error.closed");
        require(party != null, "party", "reorganisation.error.party");
        require(participants != null && !participants.isBlank(), "participants", "reorganisation.error.participants");
        TextSafety.requireStorable("participants", participants, MAX_PARTICIPANTS);
        require(heldOn != null, "heldOn", "reorganisation.error.held-on");
        require(!heldOn.isAfter(LocalDate.now(clock)), "heldOn", "reorganisation.error.held-on-future");
        require(summary != null && !summary.isBlank(), "summary", "reorganisation.error.summary");
        TextSafety.requireStorable("summary", summary, MAX_TEXT);
        Involvement saved = involvements.save(new Involvement(c, party, participants.strip(), heldOn, summary.strip(),
                CurrentUser.require().username()));
        events.publishEvent(new ReorganisationChanged(caseId));
        return saved;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void updateBackground(long caseId, String background) {
        ReorganisationCase c = editable(caseId);
        require(c.getStatus().inProgress(), "background", "reorganisation.error.closed");
        TextSafety.requireStorable("background", background, MAX_TEXT);
        c.setBackground(blankToNull(background));
        events.publishEvent(new ReorganisationChanged(caseId));
    }

    /** Sends the case to IRF (or corrects its IRF date and reference before the decision). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void sendToIrf(long caseId, LocalDate irfDate, String reference) {
        ReorganisationCase c = editable(caseId);
        require(c.getStatus() == CaseStatus.OPEN || c.getStatus() == CaseStatus.IN_IRF, "irfDate", "reorganisation.error.already-decided");
        require(irfDate != null, "irfDate", "reorganisation.error.irf-date");
        require(reference != null && !reference.isBlank(), "irfReference", "reorganisation.error.irf-reference");
        TextSafety.requireStorable("irfReference", reference, MAX_REFERENCE);
        if (c.getKind() == CaseKind.COMPETENCE_SERVICE) {
            List<InvolvementParty> parties = involvements.findByCase(caseId).stream().map(Involvement::getParty).toList();
            require(parties.contains(InvolvementParty.USERS) && parties.contains(InvolvementParty.EMPLOYEE_REPRESENTATIVES),
                    "irfDate", "reorganisation.error.involvement-missing");
        }
        c.sendToIrf(irfDate, reference.strip());
        events.publishEvent(new ReorganisationChanged(caseId));
    }

    /** Records IRF's decision; a competence service is then shown as under reorganisation with the chosen option. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void decide(long caseId, CaseOption option, LocalDate decisionDate, String text) {
        ReorganisationCase c = editable(caseId);
        require(c.getStatus() == CaseStatus.IN_IRF || c.getStatus() == CaseStatus.DECIDED, "decision", "reorganisation.error.not-in-irf");
        require(option != null && c.getKind().options().contains(option), "decision", "reorganisation.error.option");
        require(decisionDate != null, "decisionDate", "reorganisation.error.decision-date");
        require(!decisionDate.isBefore(c.getIrfDate()), "decisionDate", "reorganisation.error.decision-before-irf");
        require(text != null && !text.isBlank(), "decisionText", "reorganisation.error.decision-text");
        TextSafety.requireStorable("decisionText", text, MAX_TEXT);
        c.decide(option, decisionDate, text.strip());
        if (option.registryOption() != null) {
            outcomes.markUnderReorganisation(c.getUnit().getId(), option.registryOption());
        }
        events.publishEvent(new ReorganisationChanged(caseId));
    }

    /**
     * Applies the decided outcome to the registry, once. Without a decision it is refused; a second call
     * (a second click, a second tab) is refused and creates no second successor.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public ReorganisationCase applyOutcome(long caseId, OutcomeDraft draft) {
        ReorganisationCase c = editable(caseId);
        require(c.getStatus() != CaseStatus.IMPLEMENTED && c.getStatus() != CaseStatus.CLOSED, "case", "reorganisation.error.already-applied");
        require(c.getStatus() == CaseStatus.DECIDED && c.getDecision() != null, "decision", "reorganisation.error.no-decision");
        long unitId = c.getUnit().getId();
        NationalUnit successor = null;
        switch (c.getDecision()) {
            case OTHER_ORGANISATIONAL_FORM -> {
                require(draft.successorKind() != null, "successorKind", "reorganisation.error.successor-kind");
                require(draft.successorName() != null && !draft.successorName().isBlank(), "nameNb", "unit.error.name-required");
                successor = outcomes.continueAs(unitId, new SuccessorDraft(draft.successorKind(), draft.successorName(),
                        draft.fundingFrameMnok(), draft.fundingStartYear(), c.getDecisionDate()));
            }
            case FURTHER_COMPETENCE_BUILDING -> outcomes.extendTerm(unitId, draft.newTermEnd(),
                    "Videre kompetansebygging, vedtak i IRF " + c.getIrfReference());
            case CONTINUE_NEW_PERIOD -> outcomes.renewNetworkPeriod(unitId);
            case OPERATIONAL_TASKS, INCLUSION_IN_TREATMENT_SERVICE, CLOSURE, NOT_CONTINUE -> outcomes.close(unitId);
        }
        c.implemented(successor, clock.instant(), CurrentUser.require().username());
        cases.flush();
        events.publishEvent(new ReorganisationChanged(caseId));
        return c;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void close(long caseId) {
        ReorganisationCase c = editable(caseId);
        require(c.getStatus() == CaseStatus.IMPLEMENTED, "case", "reorganisation.error.close-before-implemented");
        c.close();
        events.publishEvent(new ReorganisationChanged(caseId));
    }

    private ReorganisationCase editable(long caseId) {
        ReorganisationCase c = cases.findDetailed(caseId).orElseThrow();
        requireMayEdit(c.getResponsibleRegion().getId());
        return c;
    }

    private static boolean mayEdit(AppUserPrincipal user, Short regionId) {
        return user.role() == Role.ADMIN || (user.role() == Role.REGIONAL_COORDINATOR && regionId != null
                && regionId.equals(user.regionId()));
    }

    private static void requireMayEdit(Short regionId) {
        if (!mayEdit(CurrentUser.require(), regionId)) {
            throw new AccessDeniedException("Reorganisation cases of region " + regionId + " are edited by its coordinators");
        }
    }

    private static void require(boolean condition, String field, String key, Object... args) {
        if (!condition) {
            throw new FieldValidationException(field, key, args);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
