package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two browsers on one assessment: the coordinator arrives, tabs to «Samlet konklusjon» and types a sentence;
 * the member's polite live region says who arrived and who changed what, once, not per keystroke.
 */
class LiveAnnouncementBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void othersArrivalAndEditAreAnnouncedPolitelyAndOnceWhileTheyType() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for gammaknivbehandling");
        Page member = loginAs(TestUsers.REFERENCE_MEMBER);
        member.navigate(url("reports/" + report));
        assertThat(member.locator("#sm-live-region")).hasAttribute("aria-live", "polite");
        assertThat(member.locator("#sm-live-region")).hasAttribute("role", "status");
        // Record every text the region takes, as a screen reader would hear them.
        member.evaluate("""
                () => { window.said = []; const r = document.getElementById('sm-live-region');
                  new MutationObserver(() => window.said.push(r.textContent.replace('\\u200B', '')))
                    .observe(r, { childList: true, characterData: true, subtree: true }); }""");

        Page coordinator = loginAs(TestUsers.COORDINATOR_VEST);
        coordinator.navigate(url("reports/" + report));
        heard(member, "Marte Solheim har åpnet siden");

        // The coordinator gets to the text with the keyboard alone (Tab), as a keyboard user edits an assessment.
        for (int i = 0; i < 200 && !(Boolean) coordinator.evaluate(
                "() => !!document.activeElement && !!document.activeElement.closest('#field-conclusion')"); i++) {
            coordinator.keyboard().press("Tab");
        }
        assertThat((Boolean) coordinator.evaluate("() => !!document.activeElement.closest('#field-conclusion')")).isTrue();
        coordinator.keyboard().press("End");
        coordinator.keyboard().type(" Tjenesten leverer godt, og referansegruppen er enig.", new com.microsoft.playwright.Keyboard.TypeOptions().setDelay(30));
        heard(member, "Marte Solheim endret Samlet konklusjon");
        waitForVaadin(coordinator);
        waitForVaadin(member);
        member.waitForTimeout(1500);

        @SuppressWarnings("unchecked")
        List<String> said = (List<String>) member.evaluate("() => window.said.filter(t => t.length > 0)");
        System.out.println("[live] " + said);
        assertThat(said).filteredOn(t -> t.contains("endret Samlet konklusjon")).hasSize(1);
        member.context().close();
        coordinator.context().close();
    }

    /**
     * Waits until the region has said {@code words}, whatever it says after: others who leave the report in
     * the meantime (the browsers of earlier tests, timing out) are announced too and replace the text.
     */
    private static void heard(Page member, String words) {
        member.waitForFunction("words => window.said.some(t => t.includes(words))", words,
                new Page.WaitForFunctionOptions().setTimeout(30_000));
    }
}
