package no.rhf.servicemiljo.security.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** Sign-in, the Norwegian shell and the language switch, in Debian's Chromium. */
class LoginBrowserTest extends BrowserTest {

    @Test
    void demoUserSignsInAndSeesTheMainLayoutInNorwegianThenSwitchesToEnglish() {
        // Knut Hagen (observer) is used only here, since the language choice is remembered.
        Page page = loginAs("knut.hagen");
        // Every role lands on Mine oppgaver; an observer has nothing to do.
        assertThat(page.locator("#main-nav")).containsText("Tjenester, nettverk og sentre");
        assertThat(page.locator("#view-title")).hasText("Mine oppgaver");
        assertThat(page.locator("#inbox")).containsText("Ingenting venter på deg");

        page.locator("#language-select").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("English")).click();
        assertThat(page.locator("#view-title")).hasText("My tasks");
        assertThat(page.locator("#main-nav")).containsText("Services, networks and centres");
        assertThat(page.locator("#inbox")).containsText("Nothing is waiting for you");

        // Remembered: a new session of the same user starts in English.
        Page again = loginAs("knut.hagen");
        assertThat(again.locator("#view-title")).hasText("My tasks");
    }

    @Test
    void wrongPasswordShowsAClearMessageAndLeaksNoDetail() {
        Page page = newPage();
        page.navigate(url("login"));
        fillLogin(page, TestUsers.COORDINATOR_VEST, "feil-passord");
        assertThat(page.locator("vaadin-login-form")).containsText("Feil brukernavn eller passord");
        String html = page.content();
        assertFalse(html.contains("Bad credentials"));
        assertFalse(html.contains("Exception"));

        fillLogin(page, "finnes.ikke", "feil-passord");
        assertThat(page.locator("vaadin-login-form")).containsText("Feil brukernavn eller passord");
    }

    @Test
    void signOutEndsTheSession() {
        Page page = loginAs(TestUsers.IRF_MEMBER);
        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Logg ut")).click();
        assertThat(page.getByLabel("Brukernavn")).isVisible();
        page.navigate(url("units"));
        assertThat(page.getByLabel("Brukernavn")).isVisible();
    }

    @Test
    void anonymousVisitorIsSentToTheNorwegianLoginPage() {
        Page page = newPage();
        page.navigate(url("users"));
        assertThat(page.getByLabel("Brukernavn")).isVisible();
        assertThat(page).hasTitle("Logg inn – Servicemiljø");
    }
}
