package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationServiceTest extends ServiceTest {

    @Autowired
    ApplicationService service;
    @Autowired
    OrganisationService organisation;

    @Test
    void demoRoundHasSixApplicationsOnTheAgendaFromAllRegions() {
        signIn(TestUsers.IRF_MEMBER);
        IrfRound round = service.currentRound().orElseThrow();
        assertEquals(5, round.criteria().size());
        List<Application> apps = service.applications(round.id());
        assertEquals(6, apps.size());
        assertTrue(apps.stream().allMatch(a -> a.status() == ApplicationStatus.ON_AGENDA));
        assertEquals(4, apps.stream().map(Application::applyingRegionId).distinct().count());
        assertTrue(apps.stream().anyMatch(a -> a.kind() == UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE && a.secondHostTrustName() != null));
    }

    @Test
    void roundDatesAreDataThatOnlyAdminChangesInTheCyclesOrder() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        assertEquals(java.time.LocalDate.of(round.year(), 8, 31), round.serviceEnvironmentDeadline());
        assertEquals(java.time.LocalDate.of(round.year() + 1, 1, 15), round.ministryDeadline());
        int y = round.year();
        IrfRound moved = service.updateDates(round.id(), java.time.LocalDate.of(y, 1, 5), java.time.LocalDate.of(y, 6, 1),
                java.time.LocalDate.of(y, 9, 1), java.time.LocalDate.of(y, 12, 4), java.time.LocalDate.of(y + 1, 1, 14));
        assertEquals(java.time.LocalDate.of(y, 12, 4), moved.irfMeeting());
        FieldValidationException e = assertThrows(FieldValidationException.class, () -> service.updateDates(round.id(),
                java.time.LocalDate.of(y, 1, 5), java.time.LocalDate.of(y, 10, 1), java.time.LocalDate.of(y, 9, 1),
                java.time.LocalDate.of(y, 12, 4), java.time.LocalDate.of(y + 1, 1, 14)));
        assertEquals("serviceEnvironmentDeadline", e.getField());
        assertEquals(java.time.LocalDate.of(y, 6, 1), service.round(round.id()).regionalDeadline(), "nothing changed");
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> service.updateDates(round.id(), moved.opensOn(), moved.regionalDeadline(),
                moved.serviceEnvironmentDeadline(), moved.irfMeeting(), moved.ministryDeadline()));
    }

    @Test
    void coordinatorCannotEditAnotherRegionsApplication() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        signIn(TestUsers.COORDINATOR_VEST);
        Application bergen = service.create(round.id(), IrfFixtures.draft(organisation, round, "Helse Bergen", "Vest-søknad"));
        signIn(TestUsers.COORDINATOR_SOR_OST);
        ApplicationDraft changed = IrfFixtures.draft(organisation, round, "Helse Bergen", "Endret av Sør-Øst");
        assertThrows(AccessDeniedException.class, () -> service.update(bergen.id(), changed));
        assertThrows(AccessDeniedException.class, () -> service.submit(bergen.id()));
        assertThrows(AccessDeniedException.class, () -> service.create(round.id(), changed));
        assertThrows(AccessDeniedException.class, () -> service.application(bergen.id()), "drafts stay in the region");
        signIn(TestUsers.COORDINATOR_VEST);
        Application unchanged = service.application(bergen.id());
        assertEquals("Vest-søknad", unchanged.title());
        assertEquals(ApplicationStatus.DRAFT, unchanged.status());
    }

    @Test
    void newMethodWithoutBeslutningsforumReferenceIsRefusedAndNothingStored() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        signIn(TestUsers.COORDINATOR_MIDT);
        ApplicationDraft d = IrfFixtures.draft(organisation, round, "St. Olavs hospital", "Ny metode uten BF");
        ApplicationDraft newMethod = new ApplicationDraft(d.hostTrustId(), null, d.kind(), null, d.title(), d.patientGroup(),
                d.description(), true, "  ", d.contact(), d.answers(), d.volumes());
        FieldValidationException e = assertThrows(FieldValidationException.class, () -> service.create(round.id(), newMethod));
        assertEquals("beslutningsforumRef", e.getField());
        assertEquals("irf.error.beslutningsforum-required", e.getMessageKey());
        assertTrue(service.applications(round.id()).isEmpty());

        ApplicationDraft withRef = new ApplicationDraft(d.hostTrustId(), null, d.kind(), null, d.title(), d.patientGroup(),
                d.description(), true, "BF 2025-012", d.contact(), d.answers(), d.volumes());
        assertEquals("BF 2025-012", service.create(round.id(), withRef).beslutningsforumRef());
    }

    @Test
    void multiRegionalIsOneJointApplicationFromTwoRegions() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        ApplicationDraft d = IrfFixtures.draft(organisation, round, "Oslo universitetssykehus", "Flerregional");
        ApplicationDraft sameRegion = new ApplicationDraft(d.hostTrustId(), IrfFixtures.trust(organisation, "Sunnaas sykehus").getId(),
                UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE, null, d.title(), d.patientGroup(), d.description(), false, null,
                d.contact(), d.answers(), d.volumes());
        assertEquals("irf.error.second-host-region",
                assertThrows(FieldValidationException.class, () -> service.create(round.id(), sameRegion)).getMessageKey());
        ApplicationDraft twoRegions = new ApplicationDraft(d.hostTrustId(), IrfFixtures.trust(organisation, "Helse Bergen").getId(),
                UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE, null, d.title(), d.patientGroup(), d.description(), false, null,
                d.contact(), d.answers(), d.volumes());
        Application a = service.create(round.id(), twoRegions);
        assertEquals("Oslo universitetssykehus + Helse Bergen", a.hosts());
        assertEquals(2, a.answers().size());
        assertEquals(10, a.volumes().get((short) 1));
    }

    @Test
    void coordinatorSubmitsAndOrdersOwnRegion() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        signIn(TestUsers.COORDINATOR_NORD);
        Application first = service.submit(service.create(round.id(), IrfFixtures.draft(organisation, round, "Universitetssykehuset Nord-Norge", "A")).id());
        Application second = service.submit(service.create(round.id(), IrfFixtures.competence(organisation, round, "Nordlandssykehuset", "B")).id());
        assertEquals(1, first.regionalRank());
        assertEquals(2, second.regionalRank());
        service.reorderRegion(round.id(), List.of(second.id(), first.id()));
        assertEquals(1, service.application(second.id()).regionalRank());
        assertEquals(2, service.application(first.id()).regionalRank());

        signIn(TestUsers.COORDINATOR_MIDT);
        assertThrows(AccessDeniedException.class, () -> service.reorderRegion(round.id(), List.of(first.id(), second.id())));
        signIn(TestUsers.COORDINATOR_NORD);
        assertEquals(1, service.application(second.id()).regionalRank(), "refused reorder changed nothing");
    }

    @Test
    void attachmentMustBeAPdfByItsFirstBytes() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        signIn(TestUsers.COORDINATOR_VEST);
        Application a = service.create(round.id(), IrfFixtures.draft(organisation, round, "Helse Førde", "Med vedlegg"));
        FieldValidationException e = assertThrows(FieldValidationException.class,
                () -> service.attachForm(a.id(), "skjema.pdf", "not a pdf".getBytes(StandardCharsets.UTF_8)));
        assertEquals("irf.error.attachment-type", e.getMessageKey());
        assertNull(service.application(a.id()).attachmentName());
        assertThrows(FieldValidationException.class,
                () -> service.attachForm(a.id(), "stor.pdf", new byte[ApplicationService.MAX_ATTACHMENT_BYTES + 1]));
        byte[] pdf = "%PDF-1.7\n%fake but starts right".getBytes(StandardCharsets.US_ASCII);
        assertEquals("skjema.pdf", service.attachForm(a.id(), "skjema.pdf", pdf).attachmentName());
        assertEquals(pdf.length, service.attachment(a.id()).orElseThrow().length);
    }
}
