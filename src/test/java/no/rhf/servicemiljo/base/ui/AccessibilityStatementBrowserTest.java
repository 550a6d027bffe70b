package no.rhf.servicemiljo.base.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * The accessibility statement opens from the login page without signing in, lists exactly the checks and
 * routes the tests run (from {@link AccessibilityChecks}) and gives a contact for feedback; signed in,
 * every page links to it.
 */
class AccessibilityStatementBrowserTest extends BrowserTest {

    @Test
    void statementIsPublicLinkedFromLoginAndListsWhatTheTestsCheck() {
        Page page = newPage();
        page.navigate(url("login"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgjengelighetserklæring")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Tilgjengelighetserklæring for Servicemiljø"))).isVisible();
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/" + AccessibilityChecks.STATEMENT_ROUTE + "$"));
        assertThat(page.locator("#accessibility-checks li")).hasCount(AccessibilityChecks.Check.values().length);
        assertThat(page.locator("#accessibility-checks")).containsText(String.join(", ", AccessibilityChecks.AXE_TAGS));
        assertThat(page.locator("#accessibility-checks")).containsText(AccessibilityChecks.NARROW_WIDTH_PX + " piksler");
        assertThat(page.locator("#accessibility-routes li")).hasCount(AccessibilityChecks.ROUTES.size());
        assertThat(page.locator("#accessibility-contact")).hasAttribute("href", java.util.regex.Pattern.compile("^mailto:.+@.+"));

        // Straight to the address, still signed out: the statement, not the login page.
        Page direct = newPage();
        direct.navigate(url(AccessibilityChecks.STATEMENT_ROUTE));
        assertThat(direct.locator("#accessibility-statement")).isVisible();
        assertThat(direct.locator("html")).hasAttribute("lang", "nb-NO");
        page.context().close();
        direct.context().close();
    }

    @Test
    void everySignedInPageLinksToTheStatement() {
        Page page = loginAs(TestUsers.SERVICE_CONTACT);
        page.navigate(url("units"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Tilgjengelighetserklæring")).click();
        assertThat(page.locator("#accessibility-statement")).isVisible();
        page.context().close();
    }
}
