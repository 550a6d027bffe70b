package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OpenRoundViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void adminOpensNextYearsRoundWithTheCurrentCriteria() {
        int next = LocalDate.now().getYear() + 1;
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ApplicationsView.class);
        _click(_get(Button.class, spec -> spec.withId("irf-open-round")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));
        assertEquals(1, jdbc.queryForObject("select count(*) from irf_round where year = ?", Integer.class, next));
        int currentCriteria = jdbc.queryForObject("select count(*) from irf_criterion c join irf_round r on r.id = c.round_id where r.year = ?",
                Integer.class, LocalDate.now().getYear());
        assertEquals(currentCriteria, jdbc.queryForObject("select count(*) from irf_criterion c join irf_round r on r.id = c.round_id where r.year = ?",
                Integer.class, next));
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(ApplicationsView.class);
        assertTrue(_find(Button.class, spec -> spec.withId("irf-open-round")).isEmpty());
    }
}
