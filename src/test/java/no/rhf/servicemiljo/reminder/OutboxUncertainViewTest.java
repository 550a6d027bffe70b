package no.rhf.servicemiljo.reminder;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.reminder.ui.ReminderAdminView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The delivery log shows a reminder whose sender died while sending it, and the administrator settles it. */
class OutboxUncertainViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    @AfterEach
    void cleanOutbox() {
        jdbc.update("delete from reminder_outbox");
    }

    private void uncertain(String key) {
        long user = jdbc.queryForObject("select id from app_user where role = 'REGIONAL_COORDINATOR' and active order by email limit 1", Long.class);
        jdbc.update("""
                insert into reminder_outbox (dedup_key, deadline_key, recipient_id, recipient_email, offset_days, subject, body, ics,
                    status, claim_token, claimed_at, last_error)
                values (?, 'cycle-0', ?, 'someone@example.org', 3, 'Påminnelse: usikker', 'tekst', 'ics', 'UNCERTAIN',
                    'token', now() - interval '1 hour', ?)
                """, key, user, ReminderService.UNCERTAIN_NOTE);
    }

    private List<String> statuses() {
        return jdbc.queryForList("select status from reminder_outbox order by id", String.class);
    }

    @SuppressWarnings("unchecked")
    private Button action(String text) {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ReminderAdminView.class);
        _setValue((Select<String>) _get(Select.class, spec -> spec.withId("outbox-status")), "UNCERTAIN");
        Grid<?> grid = _get(Grid.class, spec -> spec.withId("outbox-grid"));
        assertEquals(1, _size(grid));
        return _find(_getCellComponent(grid, 0, "actions"), Button.class).stream()
                .filter(b -> text.equals(b.getText())).findFirst().orElseThrow();
    }

    @Test
    void theAdministratorConfirmsAnUncertainReminderSent() {
        uncertain("uncertain-confirm");
        _click(action("Bekreft sendt"));
        assertEquals(List.of("SENT"), statuses());
    }

    @Test
    void theAdministratorSendsAnUncertainReminderAgain() {
        uncertain("uncertain-retry");
        _click(action("Prøv igjen"));
        assertEquals(List.of("PENDING"), statuses());
    }
}
