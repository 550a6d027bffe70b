package no.rhf.servicemiljo.security.oidc;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.rhf.servicemiljo.BrowserTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Single sign-on through a real OpenID Connect provider (NAV's mock-oauth2-server on a random port), in Chromium,
 * under the app's Content-Security-Policy: groups map to role and region, no mapped group gives the no-access page,
 * a changed group changes the role at the next sign-in, and logout goes through the provider's end-session endpoint.
 */
class SsoLoginBrowserTest extends BrowserTest {

    static final MockOAuth2Server PROVIDER = new MockOAuth2Server();

    static {
        PROVIDER.start();
    }

    static final List<String> COORDINATOR_NAVIGATION = List.of("Mine oppgaver", "Oversikt", "Ledelse og overlevering",
            "Mine frister", "Årshjul", "Dialogarenaer og arrangementer", "Tjenester, nettverk og sentre", "Antall per region",
            "Årsrapporter og vurderinger", "Omorganisering", "Krav til nettsider", "ERN-oppfølging", "Søknader om nye nasjonale tjenester");
    static final List<String> REFERENCE_MEMBER_NAVIGATION = List.of("Mine oppgaver", "Mine frister", "Årshjul",
            "Dialogarenaer og arrangementer", "Tjenester, nettverk og sentre", "Antall per region", "Årsrapporter og vurderinger",
            "Omorganisering", "Krav til nettsider", "ERN-oppfølging");

    @DynamicPropertySource
    static void provider(DynamicPropertyRegistry registry) {
        String p = "servicemiljo.sso.providers[0].";
        registry.add(p + "id", () -> "helse-vest");
        registry.add(p + "display-name", () -> "Helse Vest ID");
        registry.add(p + "issuer", () -> PROVIDER.issuerUrl("helse-vest").toString());
        registry.add(p + "client-id", () -> "servicemiljo");
        registry.add(p + "client-secret", () -> "hemmelig");
        registry.add(p + "group-mappings[0].group", () -> "hv-koordinatorer");
        registry.add(p + "group-mappings[0].role", () -> "REGIONAL_COORDINATOR");
        registry.add(p + "group-mappings[0].region", () -> "HV");
        registry.add(p + "group-mappings[1].group", () -> "hv-referansegruppe");
        registry.add(p + "group-mappings[1].role", () -> "REFERENCE_GROUP_MEMBER");
        registry.add(p + "group-mappings[1].region", () -> "HV");
    }

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    void stopProvider() {
        PROVIDER.shutdown();
    }

    private static void nextSignInAs(String subject, String name, List<String> groups) {
        PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback("helse-vest", subject, "JWT", List.of("servicemiljo"),
                Map.of("name", name, "preferred_username", subject, "email", subject + "@helse-vest.no", "groups", groups), 3600));
    }

    private Page signInWithProvider(List<String> cspViolations) {
        Page page = newPage();
        page.onConsoleMessage(message -> {
            if (message.text().contains("Content Security Policy") || message.text().contains("Refused to")) {
                cspViolations.add(message.text());
            }
        });
        Response loginPage = page.navigate(url("login"));
        assertNotNull(loginPage.headerValue("content-security-policy"));
        page.getByText("Logg inn med Helse Vest ID").click();
        return page;
    }

    private static List<String> navigation(Page page) {
        assertThat(page.locator("#main-nav")).isVisible();
        assertThat(page.locator("#main-nav vaadin-side-nav-item").first()).isVisible();
        return page.locator("#main-nav vaadin-side-nav-item").allInnerTexts().stream().map(text -> text.strip().split("\\s*\\n")[0]).toList(); // a count badge follows the label
    }

    @Test
    void coordinatorOfHelseVestSignsInWithoutAPasswordAndSeesExactlyTheCoordinatorsNavigation() {
        List<String> violations = new ArrayList<>();
        nextSignInAs("kari.vestland", "Kari Vestland", List.of("alle-ansatte", "hv-koordinatorer"));
        Page page = signInWithProvider(violations);

        assertEquals(COORDINATOR_NAVIGATION, navigation(page));
        assertThat(page.locator("#user-menu")).containsText("Kari Vestland");
        Map<String, Object> account = jdbc.queryForMap(
                "select u.role, r.code, u.password_hash, u.oidc_issuer from app_user u join region r on r.id = u.region_id"
                        + " where u.oidc_subject = 'kari.vestland'");
        assertEquals("REGIONAL_COORDINATOR", account.get("role"));
        assertEquals("HV", account.get("code"));
        assertEquals(null, account.get("password_hash"));
        assertEquals(PROVIDER.issuerUrl("helse-vest").toString(), account.get("oidc_issuer"));

        // The app works under its CSP: a view opens and Vaadin's round trips run.
        page.locator("#main-nav").getByText("Tjenester, nettverk og sentre").click();
        assertThat(page.locator("#view-title")).hasText("Tjenester, nettverk og sentre");
        assertTrue(violations.isEmpty(), "CSP violations: " + violations);

        // Logout ends the app session through the provider's end-session endpoint and comes back to the login view.
        List<String> visited = new ArrayList<>();
        page.onRequest(request -> visited.add(request.url()));
        page.locator("#user-menu").click();
        page.getByRole(AriaRole.MENUITEM, new Page.GetByRoleOptions().setName("Logg ut")).click();
        assertThat(page.getByLabel("Brukernavn")).isVisible();
        assertTrue(visited.stream().anyMatch(u -> u.contains("/helse-vest/endsession")), "end-session not used: " + visited);
        page.navigate(url("units"));
        assertThat(page.getByLabel("Brukernavn")).isVisible();
    }

    @Test
    void userWithNoMappedGroupSeesTheNoAccessPage() {
        nextSignInAs("ny.ansatt", "Ny Ansatt", List.of("alle-ansatte"));
        Page page = signInWithProvider(new ArrayList<>());
        assertThat(page.locator("#no-access")).containsText("Ingen tilgang ennå — be koordinatoren din om tilgang");
        assertEquals(0, jdbc.queryForObject("select count(*) from app_user where oidc_subject = 'ny.ansatt'", Integer.class));
        assertEquals(1, jdbc.queryForObject("select count(*) from security_event where kind = 'SSO_NO_ACCESS' and username = 'ny.ansatt'",
                Integer.class));
        page.navigate(url("units"));
        assertThat(page.getByLabel("Brukernavn")).isVisible();
    }

    @Test
    void aChangedGroupChangesTheRoleAtTheNextSignInAndIsAudited() {
        nextSignInAs("per.fjord", "Per Fjord", List.of("hv-referansegruppe"));
        assertEquals(REFERENCE_MEMBER_NAVIGATION, navigation(signInWithProvider(new ArrayList<>())));

        nextSignInAs("per.fjord", "Per Fjord", List.of("hv-koordinatorer"));
        assertEquals(COORDINATOR_NAVIGATION, navigation(signInWithProvider(new ArrayList<>())));

        assertEquals(1, jdbc.queryForObject("select count(*) from app_user where oidc_subject = 'per.fjord'", Integer.class));
        String change = jdbc.queryForObject("select detail from security_event where kind = 'SSO_ROLE_CHANGED' and username = 'per.fjord'",
                String.class);
        assertEquals("REFERENCE_GROUP_MEMBER (Helse Vest) -> REGIONAL_COORDINATOR (Helse Vest)", change);
    }
}
