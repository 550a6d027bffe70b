package no.rhf.servicemiljo.website;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** ADMIN's checklist per year: opening copies the year before, edits, reorder, retire; others are refused. Rolled back. */
@Transactional
class WebsiteCriteriaServiceTest extends ServiceTest {

    @Autowired
    WebsiteCriteriaService service;

    @Test
    void demoYearHasTheMandatesFiveCriteria() {
        signIn(TestUsers.OBSERVER);
        int year = LocalDate.now().getYear();
        List<WebsiteCriterion> list = service.activeCriteria(year);
        assertEquals(WebsiteCriteriaService.MANDATE_CRITERIA, list.stream().map(WebsiteCriterion::text).toList());
        assertEquals(1, list.stream().filter(WebsiteCriterion::matchingPages).count());
    }

    @Test
    void adminEditsReordersRetiresAndTheNextYearCopiesWhatIsInUse() {
        signIn(TestUsers.ADMIN);
        service.openYear(2098, LocalDate.of(2098, 9, 1));
        List<WebsiteCriterion> list = service.criteria(2098);
        assertEquals(5, list.size(), "copied from the latest earlier year");
        WebsiteCriterion added = service.add(2098, "  Kontaktinformasjon for pasienter og henvisere ", false);
        assertEquals(6, added.position());
        assertEquals("Kontaktinformasjon for pasienter og henvisere", added.text());
        service.edit(list.get(1).id(), "Henvisningskriterier og henvisningsvei", false);
        service.move(added.id(), -1);
        List<WebsiteCriterion> moved = service.move(added.id(), -1);
        assertEquals(added.id(), moved.get(3).id());
        assertEquals(List.of(1, 2, 3, 4, 5, 6), moved.stream().map(WebsiteCriterion::position).toList());
        assertEquals(moved, service.move(moved.getFirst().id(), -1), "the first cannot move further up");
        service.setRetired(list.get(0).id(), true);
        assertEquals(5, service.activeCriteria(2098).size());
        assertEquals(6, service.criteria(2098).size(), "a retired criterion stays");

        service.openYear(2099, LocalDate.of(2099, 9, 1));
        List<String> next = service.criteria(2099).stream().map(WebsiteCriterion::text).toList();
        assertEquals(List.of("Henvisningskriterier og henvisningsvei", "Mål for tjenesten", "Kontaktinformasjon for pasienter og henvisere",
                "Samsvar mellom sider for flerregionale tjenester – felles mål", "Data over tid – likeverdig tilgjengelighet"), next);
        assertTrue(service.criteria(2099).get(3).matchingPages(), "the kind is copied too");
    }

    @Test
    void badInputIsRefusedAtTheField() {
        signIn(TestUsers.ADMIN);
        int demo = LocalDate.now().getYear();
        assertEquals("year", assertThrows(FieldValidationException.class,
                () -> service.openYear(demo, LocalDate.of(demo, 10, 1))).getField());
        assertEquals("deadline", assertThrows(FieldValidationException.class,
                () -> service.openYear(2096, LocalDate.of(2094, 10, 1))).getField());
        assertEquals("deadline", assertThrows(FieldValidationException.class, () -> service.openYear(2096, null)).getField());
        FieldValidationException tooLong = assertThrows(FieldValidationException.class,
                () -> service.add(demo, "x".repeat(WebsiteCriteriaService.MAX_TEXT + 1), false));
        assertEquals("text", tooLong.getField());
        assertEquals("text.error.too-long", tooLong.getMessageKey());
        assertEquals("text", assertThrows(FieldValidationException.class, () -> service.add(demo, "  ", false)).getField());
        assertEquals("website.error.year-not-open", assertThrows(FieldValidationException.class,
                () -> service.add(2095, "Nytt", false)).getMessageKey());
    }

    @Test
    void onlyAdminEditsTheChecklist() {
        signIn(TestUsers.ADMIN);
        long first = service.criteria(LocalDate.now().getYear()).getFirst().id();
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> service.add(LocalDate.now().getYear(), "Nytt", false));
        assertThrows(AccessDeniedException.class, () -> service.edit(first, "Endret", false));
        assertThrows(AccessDeniedException.class, () -> service.setRetired(first, true));
        assertThrows(AccessDeniedException.class, () -> service.openYear(2094, LocalDate.of(2094, 10, 1)));
    }
}
