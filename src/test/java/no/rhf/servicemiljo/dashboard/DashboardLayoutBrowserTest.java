package no.rhf.servicemiljo.dashboard;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The dashboard's tables fit their card or scroll inside it: no header is cut off by the card, and a region's name
 * is never broken (it stays on one line), at a laptop's width and a narrow one.
 */
class DashboardLayoutBrowserTest extends BrowserTest {

    private static final String CHECK = """
            selector => {
              const table = document.querySelector(selector);
              const card = table.closest('.sm-card');
              const t = table.getBoundingClientRect(), c = card.getBoundingClientRect();
              const scrolls = getComputedStyle(card).overflowX === 'auto' || getComputedStyle(card).overflowX === 'scroll';
              const fitsOrScrolls = t.right <= c.right + 1 || (scrolls && card.scrollWidth > card.clientWidth);
              const lines = el => { const r = document.createRange(); r.selectNodeContents(el);
                return new Set([...r.getClientRects()].map(x => Math.round(x.top))).size; };
              const brokenNames = [...table.querySelectorAll('tbody td:first-child, tfoot td:first-child')]
                .filter(td => lines(td) > 1).map(td => td.textContent);
              const brokenWords = [...table.querySelectorAll('th')].filter(th => {
                const words = th.textContent.trim().split(/\\s+/).length; return lines(th) > words; }).map(th => th.textContent);
              return [fitsOrScrolls ? 'ok' : 'cut', brokenNames.join('|'), brokenWords.join('|')];
            }""";

    @Test
    void theReportProgressTableFitsOrScrollsAndNeverBreaksARegionName() {
        for (int width : List.of(1280, 800, 420)) {
            Page page = loginAs(TestUsers.COORDINATOR_VEST);
            page.setViewportSize(width, 900);
            page.navigate(url("dashboard"));
            assertThat(page.locator("#report-progress-table")).isVisible();
            for (String table : List.of("#report-progress-table", "#funding-table", "#units-table")) {
                if (page.locator(table).count() == 0) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                List<String> result = (List<String>) page.evaluate(CHECK, table);
                assertEquals("ok", result.get(0), table + " at " + width + " px: the table is cut by its card");
                assertEquals("", result.get(1), table + " at " + width + " px: names broken over lines");
                assertEquals("", result.get(2), table + " at " + width + " px: a header broken inside a word");
            }
            page.context().close();
        }
    }
}
