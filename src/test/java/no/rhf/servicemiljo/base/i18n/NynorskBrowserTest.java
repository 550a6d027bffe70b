package no.rhf.servicemiljo.base.i18n;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.rhf.servicemiljo.BrowserTest;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A user picks nynorsk in the header: every text is nynorsk, the page says lang="nn-NO", and the choice is remembered. */
class NynorskBrowserTest extends BrowserTest {

    @Test
    void userSwitchesToNynorskInTheHeaderAndKeepsIt() {
        // Hans Eriksen is used only here, since the language choice is remembered.
        Page page = loginAs("hans.eriksen");
        assertThat(page.locator("#view-title")).hasText("Mine oppgaver");
        page.locator("#language-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Norsk (nynorsk)")).click();
        assertThat(page.locator("#view-title")).hasText("Oppgåvene mine");
        assertThat(page.locator("#main-nav")).containsText("Tenester, nettverk og senter");
        assertThat(page.locator("html")).hasAttribute("lang", "nn-NO");
        page.navigate(url("units"));
        assertThat(page.locator("#view-title")).hasText("Tenester, nettverk og senter");

        Page again = loginAs("hans.eriksen");
        assertThat(again.locator("#view-title")).hasText("Oppgåvene mine");
        assertThat(again.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgjengelegheitserklæring"))).isVisible();
        page.context().close();
        again.context().close();
    }
}
