package no.rhf.servicemiljo.ern.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

@Transactional
class ErnViewsTest extends KaribuTest {

    @Autowired
    UnitService units;

    private NationalUnit unit(String text) {
        return units.findAll(new UnitFilter(null, null, null, text)).getFirst();
    }

    @Test
    void theHostCoordinatorAddsAMembershipOnTheUnitPageAndABadEmailIsShownAtItsField() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate("units/" + unit("brannskade").getId());
        openTab("ERN");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("ern-grid"));
        assertEquals(0, _size(grid));
        _click(_get(Button.class, spec -> spec.withId("ern-add")));
        @SuppressWarnings("unchecked")
        ComboBox<String> network = _get(ComboBox.class, spec -> spec.withId("ern-network"));
        assertEquals(24, network.getListDataView().getItemCount(), "the 24 ERNs are suggested");
        _setValue(network, "ERN Skin");
        EmailField email = _get(EmailField.class, spec -> spec.withId("ern-contact-email"));
        _setValue(email, "kari.nordmann@");
        _click(_get(Button.class, spec -> spec.withId("ern-save")));
        assertTrue(email.isInvalid());
        assertEquals("Skriv en gyldig e-postadresse, for eksempel navn@helse.no", email.getErrorMessage());
        _setValue(email, "kari.nordmann@helse-bergen.no");
        _click(_get(Button.class, spec -> spec.withId("ern-save")));
        assertEquals(1, _size(_get(Grid.class, spec -> spec.withId("ern-grid"))));
    }

    @Test
    void othersReadTheMembershipsWithoutEditing() {
        login(TestUsers.COORDINATOR_NORD);
        UI.getCurrent().navigate("units/" + unit("epilepsikirurgi").getId());
        openTab("ERN");
        assertTrue(_find(Button.class, spec -> spec.withId("ern-add")).isEmpty());
        assertEquals(1, _size(_get(Grid.class, spec -> spec.withId("ern-grid"))), "demo: ERN EpiCARE");
    }

    @Test
    void theNationalOverviewShowsEveryRegionAndTheNetworks() {
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate("ern");
        assertEquals(4, _get(HtmlTable.class, spec -> spec.withId("ern-regions")).rowCount());
        HtmlTable networks = _get(HtmlTable.class, spec -> spec.withId("ern-networks"));
        assertTrue(networks.rowCount() >= 5, "demo memberships in several networks");
        assertTrue(networks.getElement().getOuterHTML().contains("ERN EpiCARE"));
        assertTrue(_get(Paragraph.class, spec -> spec.withId("ern-without")).getText().contains("ERN BOND"));
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
