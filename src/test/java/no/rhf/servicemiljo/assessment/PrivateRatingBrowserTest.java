package no.rhf.servicemiljo.assessment;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Two reference-group members rate one report privately in two browsers: neither sees the other's rating before
 * submitting; "N av M har levert" updates live; after both have submitted each sees the other's beside the criterion.
 */
class PrivateRatingBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    private long report;
    private long criterion;

    @BeforeEach
    void gammaKnifeWithIndependentRatingsFirst() {
        report = jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id "
                + "where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'", Long.class);
        criterion = jdbc.queryForObject("select min(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id "
                + "where r.id = ? and not c.retired", Long.class, report);
        cleanUp();
        jdbc.update("update annual_report set status = 'UNDER_ASSESSMENT' where id = ?", report);
        jdbc.update("update reporting_cycle set independent_first = true where id = (select cycle_id from annual_report where id = ?)", report);
    }

    @AfterEach
    void cleanUp() {
        for (String table : new String[]{"private_rating", "private_rating_submission", "private_rating_opening"}) {
            jdbc.update("delete from " + table + " where report_id = ?", report);
        }
        jdbc.update("update reporting_cycle set independent_first = false where id = (select cycle_id from annual_report where id = ?)", report);
    }

    private void rate(Page page, String rating) {
        page.locator("#private-rating-" + criterion).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(rating).setExact(true)).click();
    }

    private void submit(Page page) {
        page.locator("#private-submit").click();
        page.locator("vaadin-button[slot='confirm-button']").click();
    }

    @Test
    void twoMembersRatePrivatelyThenSeeEachOthersRatings() {
        Page erik = loginAs(TestUsers.REFERENCE_MEMBER_VEST);
        erik.navigate(url("reports/" + report));
        Page kristin = loginAs("kristin.moe");
        kristin.navigate(url("reports/" + report));
        assertThat(erik.locator("#private-progress")).containsText("0 av ");
        assertThat(erik.locator("#field-rating-" + criterion)).isHidden(); // the shared assessment waits too

        rate(erik, "Oppfylt");
        erik.locator("#private-note-" + criterion + " input").fill("Gode tall – også for Tromsø");
        erik.locator("#private-note-" + criterion + " input").press("Tab");
        rate(kristin, "Ikke oppfylt");

        submit(erik);
        assertThat(erik.locator("#private-progress")).containsText("1 av ");
        assertThat(kristin.locator("#private-progress")).containsText("1 av "); // live
        assertThat(erik.locator("#private-beside-" + criterion)).containsText("Erik Dahl: Oppfylt (Gode tall – også for Tromsø)");
        assertThat(erik.locator("#private-beside-" + criterion)).not().containsText("Kristin");
        assertThat(kristin.locator("#assessment")).not().containsText("Gode tall");
        assertThat(kristin.locator("#private-spread")).hasCount(0);

        submit(kristin);
        assertThat(kristin.locator("#private-beside-" + criterion)).containsText("Erik Dahl: Oppfylt");
        assertThat(kristin.locator("#private-beside-" + criterion)).containsText("Kristin Moe: Ikke oppfylt");
        assertThat(kristin.locator("#field-rating-" + criterion)).isVisible();
        assertThat(erik.locator("#private-progress")).containsText("2 av "); // live
        assertThat(erik.locator("#private-beside-" + criterion)).containsText("Kristin Moe: Ikke oppfylt");
        assertThat(erik.locator("#private-spread")).containsText("2"); // range 2 between Oppfylt and Ikke oppfylt

        erik.reload(); // stored, not only shown
        assertThat(erik.locator("#private-beside-" + criterion)).containsText("Kristin Moe: Ikke oppfylt");
        assertThat(erik.locator("#private-submit")).hasCount(0);
    }
}
