package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The audit trail of applications and rounds: author, field, old and new value, and who may read it. */
@Transactional
class IrfHistoryTest extends ServiceTest {

    @Autowired
    ApplicationService service;
    @Autowired
    IrfHistoryService history;
    @Autowired
    OrganisationService organisation;

    @Test
    void editedApplicationHasEntriesWithAuthorAndOldAndNewValues() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        signIn(TestUsers.COORDINATOR_VEST);
        Application a = service.create(round.id(), IrfFixtures.draft(organisation, round, "Helse Bergen", "Første tittel"));
        ApplicationDraft d = IrfFixtures.draft(organisation, round, "Helse Bergen", "Ny tittel med æøå");
        service.update(a.id(), d);
        service.attachForm(a.id(), "skjema.pdf", "%PDF-1.4 test".getBytes(StandardCharsets.US_ASCII));
        service.submit(a.id());
        signIn(TestUsers.ADMIN);
        service.advance(a.id(), ApplicationStatus.RECEIVED);

        List<IrfHistoryEntry> entries = history.applicationHistory(a.id());
        IrfHistoryEntry title = entries.stream().filter(e -> e.field().equals("irf.application.title")).findFirst().orElseThrow();
        assertEquals("Første tittel", title.oldValue());
        assertEquals("Ny tittel med æøå", title.newValue());
        assertEquals("Marte Solheim", title.who(), "the author by full name");
        assertTrue(entries.stream().anyMatch(e -> e.field().equals("irf.application.attachment") && "skjema.pdf".equals(e.newValue())));
        List<IrfHistoryEntry> status = entries.stream().filter(e -> e.field().equals("irf.history.status")).toList();
        assertEquals(2, status.size(), "submitted, then received");
        assertEquals(ApplicationStatus.SUBMITTED, status.get(0).oldValue(), "newest first");
        assertEquals(ApplicationStatus.RECEIVED, status.get(0).newValue());
        assertEquals("Ingrid Haugen", status.get(0).who());
        assertEquals(ApplicationStatus.DRAFT, status.get(1).oldValue());
        assertTrue(entries.stream().anyMatch(e -> e.field().equals(IrfChangeLog.CREATED)), "the creation is in the history");
        assertTrue(entries.stream().noneMatch(e -> e.field().equals("irf.application.contact")), "unchanged fields give no entry");
    }

    @Test
    void changedAnswerNamesTheCriterion() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        Application a = service.create(round.id(), IrfFixtures.draft(organisation, round, "Helse Bergen", "Svar endres"));
        ApplicationDraft d = IrfFixtures.draft(organisation, round, "Helse Bergen", "Svar endres");
        IrfRound.Criterion first = round.criteria().getFirst();
        d.answers().put(first.id(), "Et bedre svar");
        service.update(a.id(), d);
        IrfHistoryEntry answer = history.applicationHistory(a.id()).stream().filter(e -> e.field().equals("irf.history.answer"))
                .findFirst().orElseThrow();
        assertEquals("1. " + first.text(), answer.subject());
        assertEquals("Svar på kriterium 1", answer.oldValue());
        assertEquals("Et bedre svar", answer.newValue());
    }

    @Test
    void roundDateChangeIsInTheRoundsHistory() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        int y = round.year();
        service.updateDates(round.id(), round.opensOn(), LocalDate.of(y, 6, 1), round.serviceEnvironmentDeadline(),
                round.irfMeeting(), round.ministryDeadline());
        signIn(TestUsers.OBSERVER);
        List<IrfHistoryEntry> entries = history.roundHistory(round.id());
        IrfHistoryEntry regional = entries.stream().filter(e -> e.field().equals("irf.round.regional-deadline")).findFirst().orElseThrow();
        assertEquals(LocalDate.of(y, 6, 15), regional.oldValue());
        assertEquals(LocalDate.of(y, 6, 1), regional.newValue());
        assertEquals("Ingrid Haugen", regional.who());
        assertTrue(entries.stream().noneMatch(e -> e.field().equals("irf.round.opens")), "unchanged dates give no entry");
    }

    @Test
    void draftHistoryOfAnotherRegionIsRefused() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        signIn(TestUsers.COORDINATOR_VEST);
        Application a = service.create(round.id(), IrfFixtures.draft(organisation, round, "Helse Bergen", "Utkast i vest"));
        signIn(TestUsers.COORDINATOR_NORD);
        assertThrows(AccessDeniedException.class, () -> history.applicationHistory(a.id()));
        signIn(TestUsers.SERVICE_CONTACT);
        assertThrows(AccessDeniedException.class, () -> history.applicationHistory(a.id()));
    }
}
