package no.rhf.servicemiljo;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Real-browser tests: the app on a random port, Debian's Chromium driven by Playwright. One
 * browser per test class; each user gets an isolated browser context (own cookies and session).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Tag("browser")
public abstract class BrowserTest {

    /** Vaadin's first page load in development mode can be slow on a busy 2-core machine. */
    protected static final double TIMEOUT_MS = 30_000;

    @LocalServerPort
    protected int port;

    protected Playwright playwright;
    protected Browser browser;

    @BeforeAll
    void startBrowser() {
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = launchChromium(playwright);
    }

    /** Debian's Chromium, headless, without the background connections this closed network refuses. */
    public static Browser launchChromium(Playwright playwright) {
        PlaywrightAssertions.setDefaultAssertionTimeout(TIMEOUT_MS);
        return playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Path.of(System.getProperty("chromium.path", "/usr/bin/chromium")))
                .setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.close();
        }
        if (playwright != null) {
            playwright.close();
        }
    }

    protected String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    protected Page newPage() {
        return newPage(browser, watchesConsole(), logsAsInProduction());
    }

    /**
     * Whether pages print the browser console's errors. Listening makes Playwright keep, in this JVM, a handle per
     * console argument of every message until the page closes (Vaadin's development-mode client logs each
     * round trip): a benchmark that measures this JVM's heap turns it off.
     */
    protected boolean watchesConsole() {
        return true;
    }

    /**
     * Whether pages log as in production mode. The tests run the app in Vaadin's development mode, where Flow's
     * client and the push library write a debug line to the console for every message, and Playwright relays
     * each line to this JVM: on 10 pages at once that is a large part of the browsers' and this JVM's work per
     * change. A benchmark of live propagation turns it off, so that it measures what users get, production mode
     * (which logs none of it); warnings and errors still go to the console.
     */
    protected boolean logsAsInProduction() {
        return false;
    }

    /** A page in a fresh context (own cookies and storage) whose script errors show in the test output. */
    public static Page newPage(Browser browser) {
        return newPage(browser, true, false);
    }

    /** A page in a fresh context; its console errors printed when {@code watchConsole}; {@code productionLogging} as in {@link #logsAsInProduction()}. */
    public static Page newPage(Browser browser, boolean watchConsole, boolean productionLogging) {
        BrowserContext context = browser.newContext(new Browser.NewContextOptions().setLocale("en-US"));
        context.setDefaultTimeout(TIMEOUT_MS);
        if (productionLogging) {
            context.addInitScript("console.debug = console.log = console.info = () => {};");
        }
        Page page = context.newPage();
        // A script error in the page shows in the test output, not only as a failed assertion later.
        page.onPageError(error -> System.out.println("[browser] page error: " + error));
        if (!watchConsole) {
            return page;
        }
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                System.out.println("[browser] console error: " + message.text());
            }
        });
        return page;
    }

    /** Signs in through the login form and waits for the main layout. */
    protected Page loginAs(String username) {
        return loginAt(url(""), username);
    }

    /** Signs in on the app at {@code baseUrl} (for example another node of a cluster). */
    protected Page loginAt(String baseUrl, String username) {
        Page page = newPage();
        page.navigate(baseUrl + "login");
        fillLogin(page, username, TestUsers.PASSWORD);
        PlaywrightAssertions.assertThat(page.locator("#main-nav")).isVisible();
        return page;
    }

    public static void fillLogin(Page page, String username, String password) {
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill(password);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Logg inn")).click();
    }

    /** Waits until Vaadin has no request in flight, so the server state is what the page shows. */
    protected void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive || !c.isActive())");
    }
}
