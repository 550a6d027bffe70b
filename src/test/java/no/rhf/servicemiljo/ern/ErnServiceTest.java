package no.rhf.servicemiljo.ern;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Transactional
class ErnServiceTest extends ServiceTest {

    static final String BURNS = "Nasjonal behandlingstjeneste for avansert brannskadebehandling"; // Helse Bergen

    @Autowired
    ErnService service;
    @Autowired
    UnitService units;

    private NationalUnit unit(String name) {
        return units.findAll(new UnitFilter(null, null, null, name)).stream()
                .filter(u -> u.getNameNb().equals(name)).findFirst().orElseThrow();
    }

    private static ErnDraft draft(String network, String email) {
        return new ErnDraft(network, ErnStatus.FULL_MEMBER, LocalDate.of(2022, 1, 1), null, "Kari Nordmann", email, null);
    }

    private String field(long unitId, ErnDraft draft) {
        return assertThrows(FieldValidationException.class, () -> service.save(unitId, null, draft)).getField();
    }

    @Test
    void badInputIsRefusedAtItsFieldAndNothingIsStored() {
        signIn(TestUsers.COORDINATOR_VEST);
        long id = unit(BURNS).getId();
        assertEquals("contactEmail", field(id, draft("ERN Skin", "kari.nordmann@")));
        assertEquals("contactEmail", field(id, draft("ERN Skin", "kari nordmann@helse.no")));
        assertEquals("endedOn", field(id, new ErnDraft("ERN Skin", ErnStatus.ENDED, LocalDate.of(2023, 5, 1),
                LocalDate.of(2023, 4, 30), null, null, null)));
        assertEquals("endedOn", field(id, new ErnDraft("ERN Skin", ErnStatus.ENDED, LocalDate.of(2023, 5, 1), null, null, null, null)));
        assertEquals("network", field(id, draft(" ", null)));
        assertEquals("network", field(id, draft("x".repeat(ErnService.MAX_NETWORK + 1), null)));
        assertEquals("status", field(id, new ErnDraft("ERN Skin", null, null, null, null, null, null)));
        assertTrue(service.forUnit(id).isEmpty());
    }

    @Test
    void theHostRegionsCoordinatorSavesOthersAreRefusedAndANetworkCountsOncePerUnit() {
        long id = unit(BURNS).getId();
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertFalse(service.canEdit(unit(BURNS)));
        assertThrows(AccessDeniedException.class, () -> service.save(id, null, draft("ERN Skin", null)));
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> service.save(id, null, draft("ERN Skin", null)));
        signIn(TestUsers.COORDINATOR_VEST);
        ErnMembership saved = service.save(id, null, draft("ern skin", "kari.nordmann@helse-bergen.no"));
        assertEquals("ERN Skin", saved.getNetwork(), "the suggested spelling");
        FieldValidationException duplicate = assertThrows(FieldValidationException.class,
                () -> service.save(id, null, draft("ERN SKIN", null)));
        assertEquals("ern.error.duplicate", duplicate.getMessageKey());

        ErnDraft stale = ErnDraft.of(saved);
        service.save(id, saved.getId(), new ErnDraft("ERN Skin", ErnStatus.ENDED, saved.getStartedOn(), LocalDate.of(2025, 12, 31),
                saved.getContactName(), saved.getContactEmail(), saved.getVersion()));
        assertThrows(OptimisticLockingFailureException.class, () -> service.save(id, saved.getId(), stale));
        assertEquals(ErnStatus.ENDED, service.forUnit(id).getFirst().getStatus());
    }

    @Test
    void theOverviewCountsPerRegionAndTheCsvNeutralisesFormulas() {
        signIn(TestUsers.ADMIN);
        NationalUnit burns = unit(BURNS);
        long before = service.overview().regions().stream().filter(r -> r.region().getName().equals("Helse Vest"))
                .findFirst().orElseThrow().memberships();
        service.save(burns.getId(), null, new ErnDraft("ERN Skin", ErnStatus.AFFILIATED_PARTNER, LocalDate.of(2022, 1, 1), null,
                "=HYPERLINK(\"http://evil\")", "a@b.no", null));
        ErnOverview overview = service.overview();
        assertEquals(before + 1, overview.regions().stream().filter(r -> r.region().getName().equals("Helse Vest"))
                .findFirst().orElseThrow().memberships());
        assertTrue(overview.byNetwork().get("ERN Skin").stream().anyMatch(m -> m.getUnit().getId().equals(burns.getId())));
        String csv = new String(service.csv(Locale.forLanguageTag("nb")), StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFFern;enhet;type"), csv.substring(0, 40));
        assertTrue(csv.contains("'=HYPERLINK"), "formula neutralised");
        assertTrue(csv.contains("Tilknyttet partner"), "status in Norwegian");
        assertTrue(csv.contains("Nasjonal behandlingstjeneste for avansert brannskadebehandling"));
    }
}
