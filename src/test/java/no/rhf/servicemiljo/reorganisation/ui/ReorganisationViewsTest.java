package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.registry.UnitStatus;
import no.rhf.servicemiljo.reorganisation.CaseOption;
import no.rhf.servicemiljo.reorganisation.CaseStatus;
import no.rhf.servicemiljo.reorganisation.InvolvementParty;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Rolls back: the demo case stays open for the other tests and the demo. */
@Transactional
class ReorganisationViewsTest extends KaribuTest {

    static final String DEMO_UNIT = "Nasjonal kompetansetjeneste for vestibulære sykdommer";

    @Autowired
    ReorganisationService service;
    @Autowired
    UnitService units;

    private ReorganisationCase demoCase() {
        return service.all().stream().filter(c -> c.getUnit().getNameNb().equals(DEMO_UNIT)).findFirst().orElseThrow();
    }

    private Button button(String id) {
        return _get(Button.class, spec -> spec.withId(id));
    }

    @Test
    void theCoordinatorTakesTheDemoCaseThroughIrfToANewNetworkInTheRegistry() {
        login(TestUsers.COORDINATOR_VEST);
        ReorganisationCase c = demoCase();
        UI.getCurrent().navigate("reorganisation/" + c.getId());
        assertTrue(_find(ListItem.class).stream().anyMatch(li -> li.getText().equals("Åpen (nåværende steg)")));

        _click(button("case-send-irf"));
        _setValue(_get(TextField.class, spec -> spec.withId("irf-reference")), "IRF-sak 31/2026");
        _click(button("irf-dialog-save"));
        DatePicker irfDate = _get(DatePicker.class, spec -> spec.withId("irf-date"));
        assertTrue(irfDate.isInvalid(), "the employee representatives are not heard yet");
        assertTrue(irfDate.getErrorMessage().contains("tillitsvalgte"), irfDate.getErrorMessage());
        _get(com.vaadin.flow.component.dialog.Dialog.class, spec -> spec.withId("irf-dialog")).close();

        _click(button("involvement-add"));
        _setValue(_get(Select.class, spec -> spec.withId("involvement-party")), InvolvementParty.EMPLOYEE_REPRESENTATIVES);
        _setValue(_get(TextField.class, spec -> spec.withId("involvement-participants")), "Fagforbundet, Helse Bergen");
        _setValue(_get(TextArea.class, spec -> spec.withId("involvement-summary")), "Støtter videreføring som nettverk.");
        _click(button("involvement-dialog-save"));
        assertEquals(2, _size(_get(Grid.class, spec -> spec.withId("involvement-grid"))));

        _click(button("case-send-irf"));
        _setValue(_get(TextField.class, spec -> spec.withId("irf-reference")), "IRF-sak 31/2026");
        _click(button("irf-dialog-save"));
        assertEquals(CaseStatus.IN_IRF, service.find(c.getId()).orElseThrow().getStatus());

        _click(button("case-decide"));
        _setValue(_get(Select.class, spec -> spec.withId("decision-option")), CaseOption.OTHER_ORGANISATIONAL_FORM);
        _setValue(_get(TextArea.class, spec -> spec.withId("decision-text")), "Videreføres som kvalitets- og kompetansenettverk.");
        _click(button("decision-dialog-save"));

        _click(button("case-apply"));
        assertEquals("Nasjonalt kvalitets- og kompetansenettverk for vestibulære sykdommer",
                _get(TextField.class, spec -> spec.withId("outcome-name")).getValue());
        _click(button("outcome-dialog-save"));
        assertEquals(UnitStatus.UNDER_REORGANISATION, units.find(c.getUnit().getId()).orElseThrow().getStatus(),
                "the decision shows on the unit; nothing more changes before the confirmation");
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

        Anchor successor = _get(Anchor.class, spec -> spec.withId("case-successor"));
        assertEquals("Nasjonalt kvalitets- og kompetansenettverk for vestibulære sykdommer", successor.getText());
        NationalUnit old = units.find(c.getUnit().getId()).orElseThrow();
        assertEquals(UnitStatus.CONTINUED, old.getStatus());
        assertEquals(CaseStatus.IMPLEMENTED, service.find(c.getId()).orElseThrow().getStatus());
        assertTrue(_find(Button.class, spec -> spec.withId("case-apply")).isEmpty(), "applied once: no second apply button");
    }

    @Test
    void anObserverReadsTheCaseWithoutActions() {
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate("reorganisation/" + demoCase().getId());
        assertTrue(_find(Button.class, spec -> spec.withId("case-send-irf")).isEmpty());
        assertTrue(_find(Button.class, spec -> spec.withId("involvement-add")).isEmpty());
        assertTrue(_find(Paragraph.class).stream().anyMatch(p -> p.getText().startsWith("Du kan lese saken")));
        assertEquals(1, _size(_get(Grid.class, spec -> spec.withId("involvement-grid"))));
    }

    @Test
    void theListTheUnitTabAndTheDashboardShowTheCase() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate("reorganisation");
        assertTrue(_size(_get(Grid.class, spec -> spec.withId("reorganisation-grid"))) >= 1);
        UI.getCurrent().navigate("units/" + demoCase().getUnit().getId());
        openTab("Omorganisering");
        assertEquals(1, _size(_get(Grid.class, spec -> spec.withId("unit-cases"))));
        assertTrue(_find(Button.class, spec -> spec.withId("reorganisation-open")).isEmpty(), "one case in progress at a time");
        UI.getCurrent().navigate("dashboard");
        HtmlTable table = _get(HtmlTable.class, spec -> spec.withId("reorganisation-table"));
        assertTrue(table.rowCount() >= 1);
    }

    @Test
    void aCaseIsOpenedFromTheUnitPage() {
        login(TestUsers.COORDINATOR_SOR_OST);
        NationalUnit unit = units.findAll(new no.rhf.servicemiljo.registry.UnitFilter(null, null, null, "traumatologi")).getFirst();
        UI.getCurrent().navigate("units/" + unit.getId());
        openTab("Omorganisering");
        _click(button("reorganisation-open"));
        _setValue(_get(TextArea.class, spec -> spec.withId("reorganisation-background")), "Perioden går ut i 2026.");
        _click(button("reorganisation-open-dialog-save"));
        ReorganisationCase opened = service.forUnit(unit.getId()).getFirst();
        assertEquals(CaseStatus.OPEN, opened.getStatus());
        assertEquals("Helse Sør-Øst", opened.getResponsibleRegion().getName());
        assertFalse(_find(Button.class, spec -> spec.withId("case-send-irf")).isEmpty(), "the new case's page opened");
    }

    /** The unit page's tabs are lazy: open the feature's tab by its label. */
    static void openTab(String label) {
        com.vaadin.flow.component.tabs.TabSheet tabs = _get(com.vaadin.flow.component.tabs.TabSheet.class);
        for (int i = 0; ; i++) {
            if (tabs.getTabAt(i).getLabel().equals(label)) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
    }
}
