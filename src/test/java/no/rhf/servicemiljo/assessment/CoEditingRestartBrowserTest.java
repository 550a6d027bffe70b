package no.rhf.servicemiljo.assessment;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import no.rhf.servicemiljo.RestartableApp;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A real server restart while someone types: what was typed while the server was down is kept in the browser,
 * the user is told at once that the connection is lost, and after the restart and a new login it is merged into
 * the text (with what someone else wrote in the meantime), stored and credited to its typist.
 */
@Tag("browser")
class CoEditingRestartBrowserTest {

    @TempDir
    Path dataDir;

    private final int port = RestartableApp.freePort();
    private RestartableApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void whatIsTypedWhileTheServerIsDownIsMergedInAfterTheRestart() {
        app = new RestartableApp(dataDir, port).start();
        long report = stored("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id
                where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'""", Long.class);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = BrowserTest.launchChromium(playwright)) {
            Page marte = BrowserTest.newPage(browser);
            Locator area = openConclusion(marte, TestUsers.COORDINATOR_VEST, report);
            area.click();
            marte.keyboard().type("Før omstart: M01 M02 M03.");
            waitUntilStored(report, "Før omstart: M01 M02 M03.");

            app.stop(); // the server goes away
            marte.keyboard().type(" Mens serveren var nede: M04 M05 M06.");
            assertThat(marte.locator("#sm-connection-banner")).containsText("Forbindelsen til serveren er brutt");
            assertEquals("Før omstart: M01 M02 M03. Mens serveren var nede: M04 M05 M06.", area.inputValue(), "nothing typed is thrown away");

            app.start(); // the same data directory, the same address
            Page ingrid = BrowserTest.newPage(browser);
            Locator other = openConclusion(ingrid, TestUsers.ADMIN, report);
            other.click();
            ingrid.keyboard().press("Control+Home");
            ingrid.keyboard().type("Ingrid først. ");
            waitUntilStored(report, "Ingrid først. Før omstart: M01 M02 M03.");

            Locator again = openConclusion(marte, TestUsers.COORDINATOR_VEST, report);
            String expected = "Ingrid først. Før omstart: M01 M02 M03. Mens serveren var nede: M04 M05 M06.";
            // Told at once, while the kept text is merged in (the notice stays a while, not forever: check it first).
            assertThat(marte.getByText("lagt inn igjen", new Page.GetByTextOptions().setExact(false))).isVisible();
            assertThat(again).hasValue(expected);
            waitUntilStored(report, expected);
            assertThat(other).hasValue(expected);
            assertEquals(" Mens serveren var nede: M04 M05 M06.", stored("""
                    select h.inserted from assessment_value_history h join app_user u on u.id = h.author_id
                    where h.report_id = ? and h.field_key = 'conclusion' and u.username = ? order by h.id desc limit 1
                    """, String.class, report, TestUsers.COORDINATOR_VEST), "credited to the one who typed it");
        }
    }

    /** Signs in (a new login after the restart) and opens the report's conclusion. */
    private Locator openConclusion(Page page, String username, long report) {
        toLogin(page);
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill(TestUsers.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        assertThat(page.locator("#main-nav")).isVisible();
        page.navigate("http://localhost:" + port + "/reports/" + report);
        Locator area = page.locator("#field-conclusion textarea");
        assertThat(area).isEditable();
        return area;
    }

    /**
     * Opens the login page. After a restart the old page may already be on its way there by itself (its session
     * is gone), which interrupts the test's own navigation to the same address: then the page's own one is awaited.
     */
    private void toLogin(Page page) {
        String login = "http://localhost:" + port + "/login";
        for (int attempt = 1; ; attempt++) {
            try {
                page.navigate(login, new Page.NavigateOptions().setWaitUntil(com.microsoft.playwright.options.WaitUntilState.COMMIT));
            } catch (com.microsoft.playwright.PlaywrightException movedByItself) {
                // interrupted by the page's own reload: it is on its way to the login page as well
            }
            try {
                assertThat(page.getByLabel("Brukernavn")).isVisible(
                        new com.microsoft.playwright.assertions.LocatorAssertions.IsVisibleOptions().setTimeout(15_000));
                return;
            } catch (AssertionError notYet) {
                if (attempt == 3) {
                    throw notYet;
                }
            }
        }
    }

    private void waitUntilStored(long report, String expected) {
        String value = null;
        for (int i = 0; i < 150 && !expected.equals(value); i++) {
            value = app.bean(JdbcTemplate.class).query("select value from assessment_value where report_id = ? and field_key = 'conclusion'",
                    rs -> rs.next() ? rs.getString(1) : null, report);
            if (!expected.equals(value)) {
                sleep();
            }
        }
        assertEquals(expected, value);
    }

    private <T> T stored(String sql, Class<T> type, Object... args) {
        return app.bean(JdbcTemplate.class).queryForObject(sql, type, args);
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
