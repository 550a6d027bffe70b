package no.rhf.servicemiljo.base.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.RestartableApp;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Two real app nodes on one PostgreSQL, joined in a Hazelcast cluster on loopback ports, as behind a load
 * balancer with sticky sessions: Marte works on node 1, Ingrid on node 2. They see each other on the same
 * assessment, a rating and concurrent typing in one text converge with nothing lost, and a dashboard on
 * node 2 refreshes when a report is received on node 1. Then node 1 goes away: Ingrid keeps working, and
 * Marte signs in again on node 2 and carries on.
 */
@Tag("browser")
class ClusterBrowserTest {

    @TempDir
    Path dataDir;

    private EmbeddedPostgres postgres;
    private final List<RestartableApp> nodes = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (RestartableApp node : nodes) {
            node.close();
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    void twoUsersOnTwoNodesWorkTogetherAndANodeMayLeave() {
        RestartableApp one = startCluster();
        RestartableApp two = nodes.get(1);
        JdbcTemplate jdbc = two.bean(JdbcTemplate.class);
        long report = jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id "
                + "where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'", Long.class);
        try (Playwright playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
             Browser browser = BrowserTest.launchChromium(playwright)) {
            Page marte = signIn(browser, one, TestUsers.COORDINATOR_VEST);
            Page ingrid = signIn(browser, two, TestUsers.ADMIN);
            Page dashboard = signIn(browser, two, TestUsers.OBSERVER);
            marte.navigate(url(one, "reports/" + report));
            ingrid.navigate(url(two, "reports/" + report));

            // Presence across nodes: each sees the other's avatar, and who is in which field.
            assertThat(marte.locator("#assessment-avatars vaadin-avatar[abbr='IH']")).hasCount(1);
            assertThat(ingrid.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
            Locator marteText = marte.locator("#field-conclusion textarea");
            Locator ingridText = ingrid.locator("#field-conclusion textarea");
            assertThat(marteText).isEditable();
            assertThat(ingridText).isEditable();

            // A rating set on node 1 shows on node 2.
            long criterion = jdbc.queryForObject("select min(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id "
                    + "where r.id = ?", Long.class, report);
            String rating = "#field-rating-" + criterion;
            String current = (String) ingrid.evaluate("f => document.querySelector(f).value", rating);
            String next = "MET".equals(current) ? "PARTLY_MET" : "MET";
            marte.evaluate("([f, v]) => document.querySelector(f).value = v", List.of(rating, next));
            ingrid.waitForFunction("([f, v]) => document.querySelector(f).value === v", List.of(rating, next));

            // Both type in the same text at the same time, each on their own node: every word survives.
            List<String> marteWords = new ArrayList<>();
            List<String> ingridWords = new ArrayList<>();
            ingridText.click();
            ingrid.keyboard().press("End");
            marteText.click();
            marte.keyboard().press("End");
            for (int word = 1; word <= 15; word++) {
                marteWords.add("M%02d".formatted(word));
                ingridWords.add("I%02d".formatted(word));
                for (int key = 0; key < 4; key++) {
                    marte.keyboard().type(String.valueOf((marteWords.getLast() + " ").charAt(key)));
                    ingrid.keyboard().type(String.valueOf((ingridWords.getLast() + " ").charAt(key)));
                }
            }
            String text = converged(jdbc, report, marteText, ingridText);
            // Carets across nodes: Ingrid sees where Marte is, with her name.
            marte.keyboard().type(".");
            text = converged(jdbc, report, marteText, ingridText);
            assertThat(ingrid.locator(".sm-caret-name", new Page.LocatorOptions().setHasText("Marte Solheim"))).isVisible();
            assertEquals(marteWords, words(text, 'M'), "Marte's words, from node 1, all there in order");
            assertEquals(ingridWords, words(text, 'I'), "Ingrid's words, from node 2, all there in order");

            // A report received on node 1 refreshes the dashboard open on node 2.
            dashboard.navigate(url(two, "dashboard"));
            Locator progress = dashboard.locator("#report-progress-table tfoot");
            assertThat(progress).isVisible();
            String before = progress.innerText();
            long expected = one.bean(JdbcTemplate.class).queryForObject("select r.id from annual_report r join reporting_cycle c on c.id = r.cycle_id "
                    + "where r.status = 'EXPECTED' and c.report_year = (select max(report_year) from reporting_cycle) order by r.id limit 1", Long.class);
            one.signIn(TestUsers.ADMIN);
            one.bean(ReportReceiptService.class).markReceived(expected, LocalDate.now(), null);
            assertThat(progress).not().hasText(before);

            // Node 1 goes away. Ingrid, on node 2, keeps working and no longer sees Marte.
            one.stop();
            assertThat(ingrid.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(0);
            ingridText.click();
            ingrid.keyboard().press("End");
            ingrid.keyboard().type("Etter node 1.");
            String afterNodeLeft = text + "Etter node 1.";
            converged(jdbc, report, ingridText);
            assertEquals(afterNodeLeft, stored(jdbc, report));

            // Marte's load balancer sends her to node 2: she signs in again there and carries on.
            Page marteAgain = signIn(browser, two, TestUsers.COORDINATOR_VEST);
            marteAgain.navigate(url(two, "reports/" + report));
            Locator again = marteAgain.locator("#field-conclusion textarea");
            assertThat(again).hasValue(afterNodeLeft);
            again.click();
            marteAgain.keyboard().press("End");
            marteAgain.keyboard().type(" Marte igjen.");
            converged(jdbc, report, again, ingridText);
            assertEquals(afterNodeLeft + " Marte igjen.", stored(jdbc, report));
        }
    }

    /**
     * One PostgreSQL, two nodes that find each other over Hazelcast on loopback ports, demo data as on the embedded
     * default. The database is an embedded PostgreSQL, or an empty external one given with
     * {@code -Dcluster.jdbc-url=... -Dcluster.db-user=... -Dcluster.db-password=...} (for example Debian's PostgreSQL 15).
     */
    private RestartableApp startCluster() {
        String jdbcUrl = System.getProperty("cluster.jdbc-url");
        String user = System.getProperty("cluster.db-user", "postgres");
        String password = System.getProperty("cluster.db-password", "postgres");
        if (jdbcUrl == null) {
            try {
                postgres = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres")).setCleanDataDirectory(true).start();
            } catch (java.io.IOException e) {
                throw new IllegalStateException(e);
            }
            jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
        }
        int[] hazelcastPorts = {RestartableApp.freePort(), RestartableApp.freePort()};
        String members = "127.0.0.1:" + hazelcastPorts[0] + ",127.0.0.1:" + hazelcastPorts[1];
        for (int node = 0; node < 2; node++) {
            RestartableApp app = new RestartableApp(dataDir.resolve("node" + node), RestartableApp.freePort(),
                    "--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=" + user, "--spring.datasource.password=" + password,
                    "--servicemiljo.cluster.members=" + members, "--servicemiljo.cluster.port=" + hazelcastPorts[node]);
            nodes.add(app.start());
            if (node == 0) {
                app.beans(DemoDataSeeder.class).stream()
                        .sorted(Comparator.comparingInt(DemoDataSeeder::order)).forEach(DemoDataSeeder::seed);
            }
        }
        for (RestartableApp node : nodes) {
            assertEquals(2, node.bean(HazelcastInstance.class).getCluster().getMembers().size(), "both nodes in one cluster");
        }
        return nodes.getFirst();
    }

    private static Page signIn(Browser browser, RestartableApp node, String username) {
        Page page = BrowserTest.newPage(browser);
        page.navigate(url(node, "login"));
        page.getByLabel("Brukernavn").fill(username);
        page.getByLabel("Passord").fill(TestUsers.PASSWORD);
        page.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Logg inn")).click();
        assertThat(page.locator("#main-nav")).isVisible();
        return page;
    }

    private static String url(RestartableApp node, String path) {
        return "http://localhost:" + node.port() + "/" + path;
    }

    /** Waits until every text area shows what is stored; returns it. */
    private static String converged(JdbcTemplate jdbc, long report, Locator... areas) {
        String value = null;
        for (int attempt = 0; attempt < 150; attempt++) {
            value = stored(jdbc, report);
            String now = value;
            if (java.util.Arrays.stream(areas).allMatch(area -> now.equals(area.inputValue()))) {
                return value;
            }
            areas[0].page().waitForTimeout(200);
        }
        for (Locator area : areas) {
            assertEquals(value, area.inputValue(), "every screen shows the stored text");
        }
        return value;
    }

    private static String stored(JdbcTemplate jdbc, long report) {
        return jdbc.queryForObject("select value from assessment_value where report_id = ? and field_key = 'conclusion'", String.class, report);
    }

    private static List<String> words(String text, char letter) {
        List<String> words = new ArrayList<>();
        java.util.regex.Matcher matcher = java.util.regex.Pattern.compile(letter + "\\d\\d").matcher(text);
        while (matcher.find()) {
            words.add(matcher.group());
        }
        assertTrue(!words.isEmpty(), "found " + letter + " words in " + text);
        return words;
    }
}
