package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.AccessDeniedException;

import jakarta.persistence.EntityManagerFactory;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitServiceTest extends ServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    UnitHistoryService history;
    @Autowired
    EntityManagerFactory entityManagerFactory;

    private NationalUnit unitNamed(String name) {
        return units.findAll(new UnitFilter(null, null, null, name)).stream()
                .filter(u -> u.getNameNb().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void coordinatorOfAnotherRegionCannotEditThroughTheServiceAndNothingChanges() {
        signIn(TestUsers.COORDINATOR_SOR_OST);
        NationalUnit burns = unitNamed("Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        assertFalse(units.canEdit(burns));
        UnitDraft draft = UnitDraft.of(burns);
        draft.setDescription("Overskrevet av feil region");
        assertThrows(AccessDeniedException.class, () -> units.update(burns.getId(), draft));
        assertEquals(burns.getDescription(), units.find(burns.getId()).orElseThrow().getDescription());
    }

    @Test
    void coordinatorOfTheHostRegionEditsAndTheHistoryCreditsThem() {
        signIn(TestUsers.COORDINATOR_VEST);
        NationalUnit unit = unitNamed("Nasjonal behandlingstjeneste for gammaknivbehandling");
        assertTrue(units.canEdit(unit));
        UnitDraft draft = UnitDraft.of(unit);
        draft.setWebsite("https://helse-bergen.no/gammakniv");
        units.update(unit.getId(), draft);
        List<HistoryEntry> entries = history.history(unit.getId());
        HistoryEntry change = entries.stream().filter(e -> e.field().equals("unit.website")).findFirst().orElseThrow();
        assertEquals("Marte Solheim", change.who(), "the full name, not the user name");
        assertEquals("https://helse-bergen.no/gammakniv", change.newValue());
        assertTrue(change.oldValue().toString().startsWith("https://www.helse.example"));
    }

    @Test
    void coordinatorCannotMoveAUnitOutOfOwnRegion() {
        signIn(TestUsers.COORDINATOR_VEST);
        UnitDraft draft = new UnitDraft();
        draft.setNameNb("Nasjonal behandlingstjeneste i feil region");
        draft.setHostTrust(unitNamed("Nasjonal behandlingstjeneste for epilepsikirurgi").getHostTrust());
        var e = assertThrows(FieldValidationException.class, () -> units.create(draft));
        assertEquals("hostTrust", e.getField());
    }

    @Test
    void readersCannotCreateOrEdit() {
        for (String reader : List.of(TestUsers.OBSERVER, TestUsers.IRF_MEMBER, TestUsers.REFERENCE_MEMBER, TestUsers.SERVICE_CONTACT)) {
            signIn(reader);
            NationalUnit unit = unitNamed("Nasjonal behandlingstjeneste for retinoblastom");
            assertFalse(units.canEdit(unit));
            assertThrows(AccessDeniedException.class, () -> units.update(unit.getId(), UnitDraft.of(unit)));
            assertThrows(AccessDeniedException.class, () -> units.create(new UnitDraft()));
        }
    }

    @Test
    void aStaleEditIsRejectedInsteadOfOverwritingSilently() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = unitNamed("Nasjonal behandlingstjeneste for kjønnsinkongruens");
        UnitDraft first = UnitDraft.of(unit);
        UnitDraft second = UnitDraft.of(unit);
        first.setIcd10Codes("F64");
        units.update(unit.getId(), first);
        second.setIcd10Codes("F64.0");
        assertThrows(OptimisticLockingFailureException.class, () -> units.update(unit.getId(), second));
        assertEquals("F64", units.find(unit.getId()).orElseThrow().getIcd10Codes());
    }

    @Test
    void listPagingIsLazyAndUsesAConstantNumberOfStatements() {
        signIn(TestUsers.OBSERVER);
        var statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        var small = units.search(UnitFilter.ALL, PageRequest.of(0, 5, Sort.by("nameNb")));
        long smallStatements = statistics.getPrepareStatementCount();
        statistics.clear();
        var large = units.search(UnitFilter.ALL, PageRequest.of(0, 40, Sort.by("nameNb")));
        long largeStatements = statistics.getPrepareStatementCount();
        assertEquals(5, small.size());
        assertEquals(40, large.size());
        // page, count, members of the page, regions, and batched loads of referenced users and regions
        assertTrue(smallStatements <= 8 && largeStatements <= 8,
                "statements must stay bounded whatever the page size: " + smallStatements + " vs " + largeStatements);
        var second = units.search(UnitFilter.ALL, PageRequest.of(1, 5, Sort.by("nameNb")));
        assertEquals(large.get(5).unit().getNameNb(), second.getFirst().unit().getNameNb());
    }

    @Test
    void filtersByRegionKindStatusAndText() {
        signIn(TestUsers.OBSERVER);
        long vestTotal = units.count(new UnitFilter(no.rhf.servicemiljo.organisation.Region.HELSE_VEST, null, null, null));
        long multiRegional = units.count(new UnitFilter(no.rhf.servicemiljo.organisation.Region.HELSE_VEST,
                UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE, null, null));
        assertTrue(vestTotal > multiRegional && multiRegional > 0);
        assertEquals(1, units.count(new UnitFilter(null, null, UnitStatus.CLOSED, null)));
        assertEquals(1, units.count(new UnitFilter(null, null, null, "BRANNSKADE")));
        assertEquals(0, units.count(new UnitFilter(null, null, null, "%")));
    }

    @Test
    void countsTableCountsMultiRegionalServicesInBothRegionsButOnceInTotal() {
        signIn(TestUsers.OBSERVER);
        UnitCounts counts = units.counts();
        long perRegion = counts.regions().stream()
                .mapToLong(r -> counts.count(r, UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE)).sum();
        assertEquals(4, counts.total(UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE));
        assertEquals(8, perRegion);
        assertTrue(counts.total(UnitKind.NATIONAL_COMPETENCE_SERVICE) >= 20);
    }
}
