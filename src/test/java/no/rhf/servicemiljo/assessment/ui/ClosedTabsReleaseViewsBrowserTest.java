package no.rhf.servicemiljo.assessment.ui;

import no.rhf.servicemiljo.TestReports;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinServiceInitListener;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.TestPropertySource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Closed tabs release their screens on the server: 20 browser contexts open the same assessment, half of them close
 * their tab as a person does (the page's unload beacon), half vanish without a word (the browser killed: only the
 * missed heartbeats tell); every one of their assessment views is detached within the configured heartbeat window,
 * so none of them goes on receiving the others' changes.
 */
@Import(ClosedTabsReleaseViewsBrowserTest.Screens.class)
@TestPropertySource(properties = "vaadin.heartbeatInterval=4") // this class has its own app anyway: a shorter wait
class ClosedTabsReleaseViewsBrowserTest extends BrowserTest {

    private static final int CONTEXTS = 20;

    /** Counts, on the server, the open assessment views (UIs whose route is an {@link AssessmentView}). */
    @TestConfiguration
    static class Screens {
        final Set<UI> uis = ConcurrentHashMap.newKeySet();

        @Bean
        VaadinServiceInitListener countScreens() {
            return event -> event.getSource().addUIInitListener(init -> {
                UI ui = init.getUI();
                uis.add(ui);
                ui.addDetachListener(detach -> uis.remove(ui));
            });
        }

        /** Assessment views still attached to a UI of a session (a closing UI counts until it is removed and detached). */
        long openAssessmentViews() {
            return uis.stream().filter(UI::isAttached)
                    .filter(ui -> ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(AssessmentView.class::isInstance))
                    .count();
        }
    }

    @Autowired
    Screens screens;
    @Autowired
    JdbcTemplate jdbc;
    @Value("${vaadin.heartbeatInterval}")
    int heartbeatSeconds;

    @Test
    void closedAndVanishedTabsLeaveNoViewBehind() throws InterruptedException {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for gammaknivbehandling");
        long before = screens.openAssessmentViews();
        // Three people signed in once; each further context starts with one's cookies (a tab more in the same session).
        List<String> signedIn = new ArrayList<>();
        for (String user : new String[]{TestUsers.REFERENCE_MEMBER, TestUsers.COORDINATOR_VEST, TestUsers.ADMIN}) {
            Page login = loginAs(user);
            signedIn.add(login.context().storageState());
            login.context().close();
        }
        List<Page> pages = new ArrayList<>();
        for (int i = 0; i < CONTEXTS; i++) {
            BrowserContext context = browser.newContext(new Browser.NewContextOptions().setStorageState(signedIn.get(i % signedIn.size())));
            context.setDefaultTimeout(TIMEOUT_MS);
            Page page = context.newPage();
            page.navigate(url("reports/" + report));
            assertThat(page.locator("#assessment-avatars")).isVisible();
            pages.add(page);
        }
        assertEquals(before + CONTEXTS, screens.openAssessmentViews(), "each context has its assessment view on the server");

        for (int i = 0; i < CONTEXTS; i++) {
            Page page = pages.get(i);
            if (i % 2 == 0) {
                page.close(new Page.CloseOptions().setRunBeforeUnload(true)); // a tab closed: pagehide sends the beacon
            }
            page.context().close(); // the rest: the browser gone, no page handler asked
        }
        // Vaadin's rule: a UI is inactive after three missed heartbeats; the closer sweeps every few seconds.
        Duration window = Duration.ofSeconds(3L * heartbeatSeconds + 10);
        long deadline = System.nanoTime() + window.toNanos();
        while (screens.openAssessmentViews() > before && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(before, screens.openAssessmentViews(), "every closed context's view is detached within " + window.toSeconds() + " s");
    }
}
