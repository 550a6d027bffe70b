package no.rhf.servicemiljo.reminder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.reminder.ui.MyDeadlinesView;
import no.rhf.servicemiljo.reminder.ui.ReminderAdminView;
import org.junit.jupiter.api.Test;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderViewsTest extends KaribuTest {

    @Test
    void adminSeesTheDeliveryLogAndCoordinatorsDoNot() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ReminderAdminView.class);
        _get(Grid.class, spec -> spec.withId("outbox-grid"));
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(ReminderAdminView.class);
        assertTrue(_find(ReminderAdminView.class).isEmpty());
    }

    @Test
    void aCoordinatorSeesTheCyclesDeadlinesAmongTheirOwn() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(MyDeadlinesView.class);
        assertTrue(_size(_get(Grid.class, spec -> spec.withId("my-deadlines-grid"))) > 0, "the annual cycle has dates within 120 days");
    }
}
