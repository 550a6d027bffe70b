package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.irf.Application;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ApplicationsViewTest extends KaribuTest {

    @Test
    @SuppressWarnings("unchecked")
    void coordinatorSeesTheRoundAndAnEmptyFormIsRefusedAtItsFields() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(ApplicationsView.class);
        assertTrue(_get(Paragraph.class, spec -> spec.withId("irf-round-dates")).getText().contains("31.08."));
        Grid<Application> grid = _get(Grid.class, spec -> spec.withId("irf-application-grid"));
        assertEquals(6, _size(grid));
        _click(_get(Button.class, spec -> spec.withId("irf-new-application")));
        _click(_get(Button.class, spec -> spec.withId("irf-save-application")));
        assertTrue(_find(TextField.class).stream().anyMatch(TextField::isInvalid), "the first missing field is marked");
    }

    @Test
    void observerReadsWithoutCreating() {
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate(ApplicationsView.class);
        assertTrue(_find(Button.class, spec -> spec.withId("irf-new-application")).isEmpty());
    }
}
