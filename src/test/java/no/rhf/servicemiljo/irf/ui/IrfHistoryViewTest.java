package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.ui.HistoryGrid;
import no.rhf.servicemiljo.base.ui.HistoryRow;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.ApplicationDraft;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.UnitKind;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.GridKt._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The application dialog's and the round's history, in the shared history grid. Rolled back. */
@Transactional
class IrfHistoryViewTest extends KaribuTest {

    @Autowired
    ApplicationService service;
    @Autowired
    OrganisationService organisation;

    @Test
    @SuppressWarnings("unchecked")
    void editedApplicationsHistoryShowsAuthorFieldAndBothValues() {
        login(TestUsers.COORDINATOR_VEST);
        IrfRound round = service.currentRound().orElseThrow();
        int bergen = organisation.healthTrusts().stream().filter(t -> t.getName().equals("Helse Bergen")).findFirst().orElseThrow().getId();
        ApplicationDraft draft = new ApplicationDraft(bergen, null, UnitKind.NATIONAL_TREATMENT_SERVICE, null, "Gammel tittel",
                "Pasienter", "Beskrivelse", false, null, "Kontakt", new HashMap<>(), Map.of());
        Application a = service.create(round.id(), draft);
        service.update(a.id(), new ApplicationDraft(bergen, null, UnitKind.NATIONAL_TREATMENT_SERVICE, null, "Ny tittel på søknaden",
                "Pasienter", "Beskrivelse", false, null, "Kontakt", new HashMap<>(), Map.of()));
        UI.getCurrent().navigate(ApplicationsView.class);
        Grid<Application> grid = _get(Grid.class, spec -> spec.withId("irf-application-grid"));
        int row = -1;
        for (int i = 0; i < _size(grid); i++) {
            if (_get(grid, i).id() == a.id()) {
                row = i;
            }
        }
        HorizontalLayout actions = (HorizontalLayout) _getCellComponent(grid, row, "actions");
        _click((Button) actions.getComponentAt(0));
        _click(_get(Button.class, spec -> spec.withId("irf-application-history")));
        HistoryGrid history = _get(HistoryGrid.class, spec -> spec.withId("irf-history-grid"));
        List<HistoryRow> rows = history.getListDataView().getItems().toList();
        HistoryRow title = rows.stream().filter(r -> r.what().equals("Tittel")).findFirst().orElseThrow(() -> new AssertionError(rows));
        assertEquals("Gammel tittel", title.before());
        assertEquals("Ny tittel på søknaden", title.after());
        assertEquals("Marte Solheim", title.who());
        assertTrue(rows.stream().anyMatch(r -> r.what().equals("Opprettet")));
    }

    @Test
    void roundHistoryOpensForEveryReader() {
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate(ApplicationsView.class);
        _click(_get(Button.class, spec -> spec.withId("irf-round-history")));
        _get(HistoryGrid.class, spec -> spec.withId("irf-history-grid"));
    }
}
