package no.rhf.servicemiljo.base.ui;

import no.rhf.servicemiljo.TestReports;
import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.Axe;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a route-by-route axe run does not see: an open dialog (opened and closed with the keyboard: the
 * focus stays in it while it is open and comes back to the button that opened it), and the assessment
 * with two people on it (avatars, "X skriver her", carets, live region).
 */
class DialogAccessibilityBrowserTest extends BrowserTest {

    /** Tag names from the focused element up through shadow roots, with ids: "VAADIN-BUTTON#save-user>…". */
    static final String FOCUS_PATH = """
            () => { let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              const path = []; let e = a;
              while (e) { path.push(e.tagName + (e.id ? '#' + e.id : '')); e = e.parentElement || (e.getRootNode && e.getRootNode().host) || null; }
              return path.join('>'); }""";

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void dialogOpensByKeyboardTrapsFocusReturnsItAndHasNoViolation() {
        Page page = loginAs(TestUsers.ADMIN);
        page.navigate(url("users"));
        page.locator("#create-user").waitFor();
        waitForVaadin(page);
        for (int i = 0; i < 60 && !((String) page.evaluate(FOCUS_PATH)).contains("#create-user"); i++) {
            page.keyboard().press("Tab");
        }
        assertThat((String) page.evaluate(FOCUS_PATH)).contains("#create-user");
        page.keyboard().press("Enter");
        assertThat(page.locator("#save-user")).isVisible();
        waitForVaadin(page);
        page.waitForTimeout(300);

        List<Axe.Violation> violations = Axe.run(page);
        violations.forEach(v -> System.out.println("[axe] dialog: " + v));
        assertThat(violations).as("axe-core on the open dialog").isEmpty();

        for (int i = 0; i < 25; i++) {
            page.keyboard().press("Tab");
            assertThat((String) page.evaluate(FOCUS_PATH)).as("focus after Tab " + i).contains("VAADIN-DIALOG");
        }
        page.keyboard().press("Escape");
        assertThat(page.locator("#save-user")).isHidden();
        page.waitForFunction("() => { let a = document.activeElement; return a && a.id === 'create-user'; }");
        page.context().close();
    }

    @Test
    void assessmentWithTwoPeopleOnItHasNoViolation() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for gammaknivbehandling");
        Page member = loginAs(TestUsers.REFERENCE_MEMBER);
        member.navigate(url("reports/" + report));
        Page coordinator = loginAs(TestUsers.COORDINATOR_VEST);
        coordinator.navigate(url("reports/" + report));
        assertThat(member.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        coordinator.locator("#field-conclusion textarea").click();
        coordinator.keyboard().type(" Sett.");
        assertThat(member.locator("#editor-conclusion")).containsText("Marte Solheim");
        waitForVaadin(member);
        for (Page page : List.of(member, coordinator)) {
            List<Axe.Violation> violations = Axe.run(page);
            violations.forEach(v -> System.out.println("[axe] two on the assessment: " + v));
            assertThat(violations).as("axe-core on the assessment with two present").isEmpty();
        }
        member.context().close();
        coordinator.context().close();
    }

    @Test
    void rankingWithTwoMembersPresentHasNoViolation() {
        Page first = loginAs(TestUsers.IRF_MEMBER);
        first.navigate(url("irf/ranking"));
        Page second = loginAs("randi.pedersen");
        second.navigate(url("irf/ranking"));
        assertThat(first.locator("#irf-participants")).containsText("Randi Pedersen");
        waitForVaadin(first);
        waitForVaadin(second);
        for (Page page : List.of(first, second)) {
            List<Axe.Violation> violations = Axe.run(page);
            violations.forEach(v -> System.out.println("[axe] two in the ranking: " + v));
            assertThat(violations).as("axe-core on the ranking with two present").isEmpty();
        }
        first.context().close();
        second.context().close();
    }
}
