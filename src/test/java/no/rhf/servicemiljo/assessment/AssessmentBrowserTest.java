package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Two people in one assessment, in two browsers: each sees the other's avatar, text and messages live. */
class AssessmentBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void twoUsersSeeEachOtherAndEachOthersChangesLive() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for gammaknivbehandling");
        long criterion = jdbc.queryForObject("select min(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id where r.id = ?",
                Long.class, report);
        jdbc.update("update annual_report set status = 'RECEIVED' where id = ?", report);
        Page member = loginAs(TestUsers.REFERENCE_MEMBER);
        member.navigate(url("reports/" + report));
        Page coordinator = loginAs(TestUsers.COORDINATOR_VEST);
        coordinator.navigate(url("reports/" + report));

        assertThat(member.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        assertThat(coordinator.locator("#assessment-avatars vaadin-avatar[abbr='AL']")).hasCount(1);

        assertThat(coordinator.locator("#assessment-status")).hasText("Mottatt");
        // The navigation shows where an assessment belongs: under "Årsrapporter og vurderinger".
        assertThat(coordinator.locator("#main-nav").getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                .setName("Årsrapporter og vurderinger"))).hasAttribute("aria-current", "page");
        assertThat(coordinator.locator("#main-nav vaadin-side-nav-item[current]")).hasCount(1);
        member.locator("#field-comment-" + criterion + " textarea").fill("Tjenesten har god aktivitet – æøå");
        assertThat(coordinator.locator("#field-comment-" + criterion + " textarea")).hasValue("Tjenesten har god aktivitet – æøå");
        // The first change starts the assessment: every open screen of it shows so, the writer's too.
        assertThat(coordinator.locator("#assessment-status")).hasText("Under vurdering");
        assertThat(member.locator("#assessment-status")).hasText("Under vurdering");

        // A rating chosen as a user does (open the select, pick the option by its name) shows by its label on the other page.
        member.locator("#field-rating-" + criterion).click();
        member.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Delvis oppfylt").setExact(true)).click();
        assertThat(coordinator.locator("#field-rating-" + criterion)).hasJSProperty("value", "PARTLY_MET");
        assertThat(coordinator.locator("#field-rating-" + criterion + " vaadin-select-value-button")).hasText("Delvis oppfylt");
        assertEquals("PARTLY_MET", jdbc.queryForObject("select value from assessment_value where report_id = ? and field_key = ?",
                String.class, report, "rating-" + criterion));

        // The discussion opens on request; closed, its line says how many messages there are and who wrote the latest.
        discussion(member).click();
        assertThat(member.locator("#assessment-message-input textarea")).hasAttribute("placeholder", "Skriv et innlegg");
        member.locator("#assessment-message-input textarea").fill("Ser du ventetidstallene?");
        member.locator("#assessment-message-input textarea").press("Enter");
        assertThat(discussion(coordinator)).containsText("det siste fra Anne Lie");
        assertThat(coordinator.locator("#assessment-messages")).hasCount(0);
        discussion(coordinator).click();
        assertThat(coordinator.locator("#assessment-messages")).containsText("Ser du ventetidstallene?");

        // Stored, not only shown: a fresh page load shows it from PostgreSQL.
        coordinator.reload();
        assertThat(coordinator.locator("#field-comment-" + criterion + " textarea")).hasValue("Tjenesten har god aktivitet – æøå");

        // A field without sources shows only their summary; opened from it, the list and the form are made then.
        assertEquals(0, jdbc.queryForObject("select count(*) from assessment_citation where report_id = ? and field_key = 'conclusion'",
                Integer.class, report));
        assertThat(coordinator.locator("#citation-list-conclusion")).hasCount(0);
        coordinator.locator("#citations-conclusion").getByRole(AriaRole.BUTTON,
                new Locator.GetByRoleOptions().setName("Kilder i årsrapporten")).click();
        assertThat(coordinator.locator("#citation-list-conclusion")).hasText("Ingen kilder ennå.");
        assertThat(coordinator.locator("#citations-conclusion")).hasJSProperty("opened", true);
    }

    @Test
    void twoTabsOfOneUserShowTheSameValuesAndOneAvatar() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for gammaknivbehandling");
        Page first = loginAs(TestUsers.COORDINATOR_VEST);
        first.navigate(url("reports/" + report));
        Page second = first.context().newPage(); // the same session, another tab
        second.navigate(url("reports/" + report));

        assertThat(second.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        first.locator("#field-recommendation textarea").fill("Videreføres – skrevet i første fane");
        assertThat(second.locator("#field-recommendation textarea")).hasValue("Videreføres – skrevet i første fane");
        second.locator("#field-recommendation textarea").fill("Videreføres – rettet i andre fane");
        assertThat(first.locator("#field-recommendation textarea")).hasValue("Videreføres – rettet i andre fane");
        assertThat(first.locator("#editor-recommendation:has-text('skriver')")).hasCount(0); // no "someone is typing" about oneself
    }

    /** The discussion's line, the button that opens it. */
    private static Locator discussion(Page page) {
        return page.locator("#assessment-discussion").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("innlegg"))).first();
    }
}
