package no.rhf.servicemiljo.assessment.summary;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two coordinators on the national summary in two browsers: each sees the other, who is typing, and the text live. */
class NationalSummaryBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void oneTypesTheSummaryTextAndTheOtherSeesItLiveAndItIsStored() {
        Page admin = loginAs(TestUsers.ADMIN);
        admin.navigate(url("reports/summary"));
        Page coordinator = loginAs(TestUsers.COORDINATOR_VEST);
        coordinator.navigate(url("reports/summary"));

        assertThat(admin.locator("#summary-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        assertThat(coordinator.locator("#summary-avatars vaadin-avatar[abbr='IH']")).hasCount(1);

        String text = "Det går bra: kompetansespredning og brukermedvirkning. Felles utfordring: ventetid – æøå.";
        admin.locator("#summary-text textarea").fill(text);
        assertThat(coordinator.locator("#summary-editing")).containsText("Ingrid Haugen");
        assertThat(coordinator.locator("#summary-text textarea")).hasValue(text);
        waitForVaadin(admin);
        assertEquals(text, jdbc.queryForObject("select s.text from national_summary s join reporting_cycle c on c.id = s.cycle_id "
                + "order by c.report_year desc limit 1", String.class));

        // Stored, not only shown: a fresh page load shows it from PostgreSQL.
        coordinator.reload();
        assertThat(coordinator.locator("#summary-text textarea")).hasValue(text);
    }
}
