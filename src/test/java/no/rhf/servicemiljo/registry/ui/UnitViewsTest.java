package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.shell.ui.AccessDeniedView;
import no.rhf.servicemiljo.base.ui.HistoryRow;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitListItem;
import no.rhf.servicemiljo.registry.UnitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitViewsTest extends KaribuTest {

    @Autowired
    UnitService units;

    @SuppressWarnings("unchecked")
    private Grid<UnitListItem> unitGrid() {
        return _get(Grid.class, spec -> spec.withId("unit-grid"));
    }

    private NationalUnit unit(String text) {
        return units.findAll(new UnitFilter(null, null, null, text)).getFirst();
    }

    @Test
    void listFiltersByFreeTextFromTheDatabase() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(UnitListView.class);
        int all = _size(unitGrid());
        assertTrue(all >= 40, "demo data has at least 40 units, was " + all);
        _setValue(_get(TextField.class, spec -> spec.withId("unit-search")), "brannskade");
        assertEquals(1, _size(unitGrid()));
        assertEquals("Nasjonal behandlingstjeneste for avansert brannskadebehandling", _get(unitGrid(), 0).unit().getNameNb());
    }

    @Test
    void detailShowsTheReferenceGroupWithItsVacancies() {
        login(TestUsers.OBSERVER);
        NationalUnit withVacancy = units.findAll(UnitFilter.ALL).stream()
                .filter(u -> u.getNameNb().contains("hemofili")).findFirst().orElseThrow();
        UI.getCurrent().navigate(UnitDetailView.class, UnitDetailView.route(withVacancy.getId()));
        assertEquals(withVacancy.getNameNb(), _get(H2.class, spec -> spec.withId("unit-name")).getText());
        _get(TabSheet.class).setSelectedIndex(1);
        List<String> vacancies = _find(ListItem.class).stream().map(ListItem::getText).toList();
        assertTrue(vacancies.stream().anyMatch(t -> t.startsWith("Ledig plass")), vacancies.toString());
        assertTrue(_find(Button.class, spec -> spec.withId("unit-edit")).isEmpty(), "observers cannot edit");
    }

    @Test
    void adminEditsAUnitAndTheChangeIsInTheHistory() {
        login(TestUsers.ADMIN);
        NationalUnit unit = unit("hyperbarmedisinsk");
        UI.getCurrent().navigate(UnitFormView.class, new RouteParameters("id", String.valueOf(unit.getId())));
        UnitFormView form = _get(UnitFormView.class);
        _setValue(form.icd10Codes, "T70.3");
        _click(_get(Button.class, spec -> spec.withId("unit-save")));
        _get(UnitDetailView.class);
        _get(TabSheet.class).setSelectedIndex(2);
        @SuppressWarnings("unchecked")
        Grid<HistoryRow> history = _get(Grid.class, spec -> spec.withId("history-grid"));
        boolean found = false;
        for (int i = 0; i < _size(history); i++) {
            HistoryRow e = _get(history, i);
            found |= e.what().equals(history.getTranslation("unit.icd10")) && "T70.3".equals(e.after())
                    && e.who().equals("Ingrid Haugen");
            assertFalse(e.who().equals(TestUsers.ADMIN), "full names, not user names");
        }
        assertTrue(found, "the edit must be in the history, with the full name of who made it");
    }

    @Test
    void invalidInputIsShownAtTheFieldAndNothingIsStored() {
        login(TestUsers.ADMIN);
        NationalUnit unit = unit("kraniofaciale");
        UI.getCurrent().navigate(UnitFormView.class, new RouteParameters("id", String.valueOf(unit.getId())));
        UnitFormView form = _get(UnitFormView.class);
        _setValue(form.website, "www uten protokoll");
        _click(_get(Button.class, spec -> spec.withId("unit-save")));
        assertTrue(form.website.isInvalid());
        assertEquals("Skriv inn en gyldig nettadresse som begynner med https://", form.website.getErrorMessage());
        assertEquals(unit.getWebsite(), units.find(unit.getId()).orElseThrow().getWebsite());
    }

    @Test
    void coordinatorFromAnotherRegionCannotOpenTheEditForm() {
        login(TestUsers.COORDINATOR_NORD);
        NationalUnit unit = unit("avansert brannskadebehandling");
        UI.getCurrent().navigate(UnitDetailView.class, UnitDetailView.route(unit.getId()));
        assertTrue(_find(Button.class, spec -> spec.withId("unit-edit")).isEmpty());
        UI.getCurrent().navigate(UnitFormView.class, new RouteParameters("id", String.valueOf(unit.getId())));
        assertTrue(_find(UnitFormView.class).isEmpty());
        _get(AccessDeniedView.class);
    }

    @Test
    void importPreviewShowsRowErrorsAndNoImportButton() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(UnitImportView.class);
        UnitImportView view = _get(UnitImportView.class);
        byte[] csv = ("navn;type;vertsforetak\nNasjonal behandlingstjeneste for visning;behandlingstjeneste;Helse Førde\n"
                + "Feil rad;ukjent type;Helse Førde\n").getBytes(StandardCharsets.UTF_8);
        view.showPreview(csv, applicationContext.getBean(no.rhf.servicemiljo.registry.UnitImportService.class).preview(csv));
        assertTrue(_get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("import-summary"))
                .getText().startsWith("Filen har 1 feil"));
        assertTrue(_find(Button.class, spec -> spec.withId("import-run")).isEmpty(), "no import while rows have errors");
    }
}
