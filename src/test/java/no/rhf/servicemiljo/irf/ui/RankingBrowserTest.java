package no.rhf.servicemiljo.irf.ui;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two users in two browser contexts (own sessions): a member ranks, reloads (the draft is there) and submits, the
 * chair's open page shows it without a reload; the chair reveals, the member's open page shows the results without a reload; the chair
 * freezes (the member sees it live) and downloads the PDF. Uses this context's own
 * demo round (the browser tests have their own database).
 */
class RankingBrowserTest extends BrowserTest {

    @Test
    void memberSubmitsAndChairRevealsLiveAcrossTwoBrowsers() {
        Page chair = loginAs(TestUsers.ADMIN);
        chair.navigate(url("irf/ranking"));
        Locator participants = chair.locator("#irf-participants");
        assertThat(participants).containsText("Jon Lund");
        assertThat(participants).not().containsText("Levert");

        Page member = loginAs("jon.lund");
        member.navigate(url("irf/ranking"));
        assertThat(member.locator("#irf-unranked")).containsText("fosterkirurgi");
        member.locator("#irf-unranked [id^=ballot-rank-]").first().click(); // named «Ranger «title»» for screen readers
        waitForVaadin(member);
        member.locator("#irf-unranked [id^=ballot-rank-]").first().click(); // named «Ranger «title»» for screen readers
        waitForVaadin(member);
        member.reload(); // the ballot being built is a draft on the server: the reloaded page opens on it
        assertThat(member.locator("#irf-draft-state")).containsText("Utkast lagret kl.");
        assertThat(member.locator("#irf-ballot")).containsText("fosterkirurgi");
        assertThat(participants).not().containsText("Levert");
        member.locator("#irf-submit").click();

        assertThat(participants).containsText("Levert"); // the chair's page, never reloaded
        assertThat(chair.locator("#irf-participants")).containsText("Har åpnet økten");

        chair.locator("#irf-reveal").click();
        assertThat(member.locator("#irf-results")).isVisible(); // the member's page, never reloaded
        assertThat(member.locator("#irf-matrix")).isVisible();
        waitForVaadin(member);
        // The pairwise matrix is numbered and ordered like the result above it, not in input order.
        String rowsOf = """
                ([id, column]) => { const g = document.getElementById(id);
                  return [...g.shadowRoot.querySelectorAll('#items tr')].filter(tr => !tr.hidden && tr.index !== undefined)
                    .sort((a, b) => a.index - b.index)
                    .map(tr => { const slot = tr.querySelectorAll('td')[column].querySelector('slot');
                                 const el = slot && slot.assignedElements()[0]; return el ? el.textContent.trim() : ''; }); }""";
        @SuppressWarnings("unchecked")
        java.util.List<String> results = (java.util.List<String>) member.evaluate(rowsOf, java.util.List.of("irf-results", 1));
        @SuppressWarnings("unchecked")
        java.util.List<String> matrix = (java.util.List<String>) member.evaluate(rowsOf, java.util.List.of("irf-matrix", 0));
        org.junit.jupiter.api.Assertions.assertFalse(results.isEmpty());
        org.junit.jupiter.api.Assertions.assertEquals(java.util.stream.IntStream.range(0, results.size())
                .mapToObj(i -> (i + 1) + ". " + results.get(i)).toList(), matrix);
        assertThat(member.locator("#irf-phase")).containsText("Avslørt");

        chair.locator("#irf-freeze").click();
        assertThat(member.locator("#irf-frozen-info")).containsText("Ingrid Haugen"); // live again
        waitForVaadin(chair);
        Download pdf = chair.waitForDownload(() -> chair.locator("#irf-export-pdf").click());
        try (InputStream in = pdf.createReadStream()) {
            assertEquals("%PDF", new String(in.readNBytes(4), StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
