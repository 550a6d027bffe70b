package no.rhf.servicemiljo.reorganisation;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.SuccessorDraft;
import no.rhf.servicemiljo.registry.UnitDraft;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.registry.UnitOutcomes;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.registry.UnitStatus;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Every test rolls back: the demo case and the demo units stay as they are for the other tests. */
@Transactional
class ReorganisationServiceTest extends ServiceTest {

    static final String TRAUMA = "Nasjonal kompetansetjeneste for traumatologi";

    @Autowired
    ReorganisationService service;
    @Autowired
    UnitService units;
    @Autowired
    UnitOutcomes outcomes;
    @Autowired
    OrganisationService organisation;

    private NationalUnit unit(String name) {
        return units.findAll(new UnitFilter(null, null, null, name)).stream()
                .filter(u -> u.getNameNb().equals(name)).findFirst().orElseThrow();
    }

    private ReorganisationCase decided(NationalUnit unit, CaseOption option) {
        ReorganisationCase c = service.open(unit.getId(), unit.getHostTrust().getRegion().getId(), "Perioden går ut");
        service.recordInvolvement(c.getId(), InvolvementParty.USERS, "Brukerrådet", LocalDate.now().minusDays(10), "Støtter nettverk");
        service.recordInvolvement(c.getId(), InvolvementParty.EMPLOYEE_REPRESENTATIVES, "Fagforbundet og Legeforeningen",
                LocalDate.now().minusDays(5), "Ingen innvendinger, stillingene videreføres");
        service.sendToIrf(c.getId(), LocalDate.now(), "IRF-sak 12/2026");
        service.decide(c.getId(), option, LocalDate.now(), "IRF slutter seg til forslaget.");
        return c;
    }

    @Test
    void anOutcomeWithoutADecisionIsRefusedWithANorwegianMessageAndNothingChanges() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = unit(TRAUMA);
        ReorganisationCase c = service.open(unit.getId(), unit.getHostTrust().getRegion().getId(), null);
        assertEquals(CaseKind.COMPETENCE_SERVICE, c.getKind());
        assertEquals(CaseStatus.OPEN, c.getStatus());
        FieldValidationException e = assertThrows(FieldValidationException.class,
                () -> service.applyOutcome(c.getId(), OutcomeDraft.NONE));
        assertEquals("reorganisation.error.no-decision", e.getMessageKey());
        assertEquals(UnitStatus.ACTIVE, units.find(unit.getId()).orElseThrow().getStatus());
    }

    @Test
    void continuationCreatesTheNetworkAsSuccessorWithItsFundingFrameAndYearSixEvaluationOnce() {
        signIn(TestUsers.COORDINATOR_SOR_OST);
        NationalUnit unit = unit(TRAUMA);
        ReorganisationCase c = decided(unit, CaseOption.OTHER_ORGANISATIONAL_FORM);
        assertEquals(UnitStatus.UNDER_REORGANISATION, units.find(unit.getId()).orElseThrow().getStatus(),
                "the decision shows on the unit with the registry's option");
        String name = "Nasjonalt kvalitets- og kompetansenettverk for traumatologi";
        ReorganisationCase applied = service.applyOutcome(c.getId(),
                new OutcomeDraft(UnitKind.QUALITY_COMPETENCE_NETWORK, name, (short) 2, 2027, null));
        assertEquals(CaseStatus.IMPLEMENTED, applied.getStatus());
        NationalUnit network = units.find(applied.getSuccessor().getId()).orElseThrow();
        assertEquals(UnitKind.QUALITY_COMPETENCE_NETWORK, network.getKind());
        assertEquals(name, network.getNameNb());
        assertEquals(unit.getHostTrust(), network.getHostTrust(), "coordinated from the trust that had the competence service");
        assertEquals(Short.valueOf((short) 2), network.getFundingFrameMnok());
        assertEquals(LocalDate.of(2027, 1, 1), network.getFundingStart());
        assertEquals(LocalDate.of(2031, 12, 31), network.getFundingEnd());
        assertEquals(LocalDate.of(2032, 1, 1), network.getYearSixEvaluation());
        NationalUnit old = units.find(unit.getId()).orElseThrow();
        assertEquals(UnitStatus.CONTINUED, old.getStatus());
        assertEquals(network.getId(), old.getSuccessor().getId());

        FieldValidationException twice = assertThrows(FieldValidationException.class, () -> service.applyOutcome(c.getId(),
                new OutcomeDraft(UnitKind.QUALITY_COMPETENCE_NETWORK, name + " 2", (short) 2, 2027, null)));
        assertEquals("reorganisation.error.already-applied", twice.getMessageKey());
        NationalUnit again = outcomes.continueAs(unit.getId(), new SuccessorDraft(UnitKind.NATIONAL_CENTRE, "Et annet senter",
                null, null, LocalDate.now()));
        assertEquals(network.getId(), again.getId(), "the registry keeps the one successor");
        assertEquals(1, units.findAll(new UnitFilter(null, null, null, "kompetansenettverk for traumatologi")).size());
        assertTrue(units.findAll(new UnitFilter(null, null, null, "Et annet senter")).isEmpty());
        service.close(c.getId());
        assertEquals(CaseStatus.CLOSED, service.find(c.getId()).orElseThrow().getStatus());
    }

    @Test
    void irfNeedsBothUsersAndEmployeeRepresentativesInvolved() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = unit(TRAUMA);
        ReorganisationCase c = service.open(unit.getId(), unit.getHostTrust().getRegion().getId(), null);
        service.recordInvolvement(c.getId(), InvolvementParty.USERS, "Brukerrådet", LocalDate.now(), "Vil ha nettverk");
        FieldValidationException e = assertThrows(FieldValidationException.class,
                () -> service.sendToIrf(c.getId(), LocalDate.now(), "IRF-sak 1/2026"));
        assertEquals("reorganisation.error.involvement-missing", e.getMessageKey());
        assertEquals(CaseStatus.OPEN, service.find(c.getId()).orElseThrow().getStatus());
    }

    @Test
    void badInputIsRefusedAtItsField() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = unit(TRAUMA);
        ReorganisationCase c = service.open(unit.getId(), unit.getHostTrust().getRegion().getId(), null);
        assertEquals("heldOn", assertThrows(FieldValidationException.class, () -> service.recordInvolvement(c.getId(),
                InvolvementParty.USERS, "Brukerrådet", LocalDate.now().plusDays(3), "Ikke holdt ennå")).getField());
        assertEquals("participants", assertThrows(FieldValidationException.class, () -> service.recordInvolvement(c.getId(),
                InvolvementParty.USERS, " ", LocalDate.now(), "Tekst")).getField());
        assertEquals("summary", assertThrows(FieldValidationException.class, () -> service.recordInvolvement(c.getId(),
                InvolvementParty.USERS, "Brukerrådet", LocalDate.now(), "x".repeat(ReorganisationService.MAX_TEXT + 1))).getField());
        assertEquals("reorganisation.error.already-open", assertThrows(FieldValidationException.class,
                () -> service.open(unit.getId(), unit.getHostTrust().getRegion().getId(), null)).getMessageKey());
        assertEquals("reorganisation.error.not-in-irf", assertThrows(FieldValidationException.class,
                () -> service.decide(c.getId(), CaseOption.CLOSURE, LocalDate.now(), "Avvikles")).getMessageKey());
        service.recordInvolvement(c.getId(), InvolvementParty.USERS, "Brukerrådet", LocalDate.now(), "Ok");
        service.recordInvolvement(c.getId(), InvolvementParty.EMPLOYEE_REPRESENTATIVES, "Tillitsvalgte", LocalDate.now(), "Ok");
        service.sendToIrf(c.getId(), LocalDate.now(), "IRF-sak 3/2026");
        assertEquals("reorganisation.error.option", assertThrows(FieldValidationException.class,
                () -> service.decide(c.getId(), CaseOption.CONTINUE_NEW_PERIOD, LocalDate.now(), "Feil type")).getMessageKey());
        assertEquals("reorganisation.error.decision-before-irf", assertThrows(FieldValidationException.class,
                () -> service.decide(c.getId(), CaseOption.CLOSURE, LocalDate.now().minusDays(1), "For tidlig")).getMessageKey());
        assertEquals("reorganisation.error.close-before-implemented", assertThrows(FieldValidationException.class,
                () -> service.close(c.getId())).getMessageKey());
        NationalUnit treatment = unit("Nasjonal behandlingstjeneste for gammaknivbehandling");
        assertEquals("reorganisation.error.kind", assertThrows(FieldValidationException.class,
                () -> service.open(treatment.getId(), treatment.getHostTrust().getRegion().getId(), null)).getMessageKey());
    }

    @Test
    void aCoordinatorOfAnotherRegionIsRefusedAndTheResponsibleRegionMustHostTheUnit() {
        NationalUnit vest = unit("Nasjonal kompetansetjeneste for hjemmerespiratorbehandling");
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertFalse(service.canOpen(vest));
        assertThrows(AccessDeniedException.class, () -> service.open(vest.getId(), Region.HELSE_VEST, null));
        assertEquals("reorganisation.error.region-not-host", assertThrows(FieldValidationException.class,
                () -> service.open(vest.getId(), Region.HELSE_SOR_OST, null)).getMessageKey());
        signIn(TestUsers.COORDINATOR_VEST);
        ReorganisationCase c = service.open(vest.getId(), Region.HELSE_VEST, "Vurderes");
        assertTrue(service.canEdit(c));
        signIn(TestUsers.COORDINATOR_NORD);
        assertFalse(service.canEdit(c));
        assertThrows(AccessDeniedException.class, () -> service.recordInvolvement(c.getId(), InvolvementParty.USERS,
                "Brukerrådet", LocalDate.now(), "Fra feil region"));
        assertTrue(service.involvements(c.getId()).isEmpty());
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> service.close(c.getId()));
    }

    @Test
    void aNetworkInItsSixthYearGetsOneEvaluationCaseAndContinuingGivesANewPeriod() {
        signIn(TestUsers.ADMIN);
        UnitDraft draft = new UnitDraft();
        draft.setKind(UnitKind.QUALITY_COMPETENCE_NETWORK);
        draft.setNameNb("Testnettverk for evaluering i år seks " + System.nanoTime());
        draft.setHostTrust(organisation.healthTrusts().stream().filter(t -> t.getName().equals("Helse Bergen")).findFirst().orElseThrow());
        draft.setApprovalDate(LocalDate.of(2020, 1, 1));
        draft.setFundingFrameMnok((short) 1);
        draft.setFundingStart(LocalDate.of(2020, 1, 1));
        NationalUnit network = units.create(draft);
        assertEquals(LocalDate.of(2025, 1, 1), network.getYearSixEvaluation());

        assertTrue(service.openDueNetworkEvaluations() >= 1);
        List<ReorganisationCase> cases = service.forUnit(network.getId());
        assertEquals(1, cases.size());
        assertEquals(CaseKind.NETWORK_EVALUATION, cases.getFirst().getKind());
        service.openDueNetworkEvaluations();
        assertEquals(1, service.forUnit(network.getId()).size(), "no second case for the same period");

        ReorganisationCase c = cases.getFirst();
        service.sendToIrf(c.getId(), LocalDate.now(), "IRF-sak 20/2026");
        service.decide(c.getId(), CaseOption.CONTINUE_NEW_PERIOD, LocalDate.now(), "Videreføres i fem nye år.");
        service.applyOutcome(c.getId(), OutcomeDraft.NONE);
        NationalUnit renewed = units.find(network.getId()).orElseThrow();
        assertEquals(LocalDate.of(2025, 1, 1), renewed.getFundingStart());
        assertEquals(LocalDate.of(2029, 12, 31), renewed.getFundingEnd());
        assertEquals(LocalDate.of(2030, 1, 1), renewed.getYearSixEvaluation());
        assertEquals(UnitStatus.ACTIVE, renewed.getStatus());
    }
}
