package no.rhf.servicemiljo.irf.ui;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * An IRF member builds and submits a ballot with the keyboard alone (no mouse, no programmatic focus):
 * Tab into the tables, arrow keys and Enter to reach a row's buttons (Vaadin grid's keyboard model),
 * Space to press them. Every step is checked in the ballot's live region (what a screen reader says)
 * and by where the focus is afterwards. Runs in its own Spring context (own database), so the round is
 * open for ranking whatever other browser tests did to theirs.
 */
@TestPropertySource(properties = "servicemiljo.test.context=ballot-keyboard")
class BallotKeyboardBrowserTest extends BrowserTest {

    /** The ids from the focused element up through shadow roots, and its tag: "ballot-up-3>…>irf-ballot|VAADIN-BUTTON". */
    static final String FOCUSED = """
            () => { let a = document.activeElement;
              while (a && a.shadowRoot && a.shadowRoot.activeElement) a = a.shadowRoot.activeElement;
              const ids = []; let e = a;
              while (e) { if (e.id) ids.push(e.id); e = e.parentElement || (e.getRootNode && e.getRootNode().host) || null; }
              return ids.join('>') + '|' + (a ? a.tagName : ''); }""";

    private final List<String> path = new ArrayList<>();

    @Test
    void memberRanksTiesUntiesUnranksAndSubmitsWithTheKeyboardOnly() {
        Page page = loginAs(TestUsers.IRF_MEMBER);
        page.navigate(url("irf/ranking"));
        page.locator("#irf-unranked").waitFor();
        waitForVaadin(page);

        // Rank the first application on the agenda.
        tabUntil(page, f -> f.contains("irf-unranked") && f.endsWith("|TD"));
        String first = enterCellWith(page, "ballot-rank-");
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("er rangert på plass 1");
        String firstId = first.substring("ballot-rank-".length());
        waitForFocus(page, "ballot-unrank-" + firstId);

        // Back to the agenda and rank the next one: it comes second, and the focus is on its Move up button.
        page.keyboard().press("Escape");
        tabUntil(page, f -> f.contains("irf-unranked") && f.endsWith("|TD"));
        String second = enterCellWith(page, "ballot-rank-");
        String secondId = second.substring("ballot-rank-".length());
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("er rangert på plass 2");
        waitForFocus(page, "ballot-up-" + secondId);

        // Move up: it is first now; the focus stays on the row (Move up is disabled at the top, so Move down).
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("er nå på plass 1 av 2");
        waitForFocus(page, "ballot-down-" + secondId);
        // Move down again.
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("er nå på plass 2 av 2");
        waitForFocus(page, "ballot-up-" + secondId);

        // Tie with the row above, then untie.
        tabUntil(page, f -> at(f, "ballot-tie-" + secondId));
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("likt med raden over, på plass 1");
        assertThat(page.locator("#irf-ballot")).containsText("1 (likt)");
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("ikke lenger likt, og er nå på plass 2");

        // Unrank it, and rank it again from where the focus lands.
        tabUntil(page, f -> at(f, "ballot-unrank-" + secondId));
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("er tatt ut av rangering");
        waitForFocus(page, "ballot-rank-" + secondId);
        page.keyboard().press("Space");
        assertThat(page.locator("#irf-ballot-live")).containsText("er rangert på plass 2");

        // Submit.
        page.keyboard().press("Escape");
        tabUntil(page, f -> at(f, "irf-submit"));
        page.keyboard().press("Enter");
        assertThat(page.locator("#irf-draft-state")).containsText("Levert");
        System.out.println("[keyboard] " + String.join("\n[keyboard] ", path));
    }

    /** Whether the focus is on the element with this id or inside it (a checkbox's input). */
    private static boolean at(String focused, String id) {
        return focused.startsWith(id + ">") || focused.startsWith(id + "|") || focused.contains(">" + id + ">");
    }

    private String focused(Page page) {
        String f = (String) page.evaluate(FOCUSED);
        path.add(f);
        return f;
    }

    private void tabUntil(Page page, Predicate<String> target) {
        for (int i = 0; i < 80; i++) {
            page.keyboard().press("Tab");
            if (target.test(focused(page))) {
                return;
            }
        }
        fail("Tab never reached the target; path: " + path);
    }

    /** In a grid row: Enter on each cell (arrow right to the next) until the focus is on a control whose id starts with {@code prefix}. */
    private String enterCellWith(Page page, String prefix) {
        for (int i = 0; i < 8; i++) {
            page.keyboard().press("Enter");
            String f = focused(page);
            if (f.startsWith(prefix)) {
                return f.substring(0, f.indexOf('>') < 0 ? f.indexOf('|') : f.indexOf('>'));
            }
            if (!f.endsWith("|TD")) {
                page.keyboard().press("Escape");
            }
            page.keyboard().press("ArrowRight");
        }
        fail("no control " + prefix + " in the row; path: " + path);
        return null;
    }

    private void waitForFocus(Page page, String id) {
        for (int i = 0; i < 60; i++) {
            if (at(focused(page), id)) {
                return;
            }
            page.waitForTimeout(50);
        }
        assertTrue(false, "focus should be on " + id + "; path: " + path);
    }
}
