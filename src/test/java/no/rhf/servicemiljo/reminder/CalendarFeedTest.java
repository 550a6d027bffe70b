package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The personal calendar feed over real HTTP (the app on a random port, as the browser tests run it). */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class CalendarFeedTest extends ServiceTest {

    @LocalServerPort
    int port;
    @Autowired
    CalendarFeedService feeds;
    @Autowired
    JdbcTemplate jdbc;

    private final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    @AfterEach
    void clean() {
        jdbc.update("delete from calendar_feed_token");
        jdbc.update("delete from cycle_deadline where kind like 'TEST_FEED%'");
    }

    private HttpResponse<String> get(String url) throws Exception {
        String path = URI.create(url).getRawPath();
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void aValidTokenGivesTheUsersDeadlinesAsICalendarAndWrongOrRevokedTokensGive404() throws Exception {
        LocalDate soon = LocalDate.now().plusDays(30);
        jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values "
                + "('TEST_FEED_IRF', 'Forberedelse til IRF-møtet, æøå; med komma, og semikolon', 'IRF preparation', ?, 'IRF_MEMBERS'), "
                + "('TEST_FEED_COORD', 'Bare for koordinatorer', 'Coordinators only', ?, 'REGIONAL_COORDINATORS'), "
                + "('TEST_FEED_OLD', 'For gammel for feeden', 'Too old', ?, 'IRF_MEMBERS')", soon, soon, LocalDate.now().minusDays(61));
        signIn(TestUsers.IRF_MEMBER);
        String url = feeds.createMyFeed();
        assertTrue(url.matches("http://localhost:" + port + "/calendar-feed/[A-Za-z0-9_-]{43}\\.ics"), "the running port: " + url);
        String token = url.substring(url.lastIndexOf('/') + 1, url.length() - ".ics".length());
        String stored = jdbc.queryForObject("select token_hash from calendar_feed_token", String.class);
        assertEquals(CalendarFeedService.hash(token), stored, "only the SHA-256 of the token is stored");
        assertNotEquals(token, stored);

        HttpResponse<String> feed = get(url);
        assertEquals(200, feed.statusCode());
        assertTrue(feed.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), feed.headers().toString());
        String ics = feed.body();
        assertTrue(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"), ics);
        assertTrue(ics.endsWith("END:VCALENDAR\r\n"));
        String unfolded = ics.replace("\r\n ", "");
        assertTrue(unfolded.contains("SUMMARY:Forberedelse til IRF-møtet\\, æøå\\; med komma\\, og semikolon\r\n"), unfolded);
        assertTrue(unfolded.contains("DTSTART;VALUE=DATE:" + soon.format(java.time.format.DateTimeFormatter.BASIC_ISO_DATE)));
        assertFalse(unfolded.contains("Bare for koordinatorer"), "an IRF member's feed holds their own deadlines");
        assertFalse(unfolded.contains("For gammel for feeden"), "a plain date of the cycle is shown 30 days after it has passed, no longer");
        for (String line : ics.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, "folded line too long: " + line);
        }

        HttpResponse<String> wrong = get("/calendar-feed/" + "A".repeat(43) + ".ics");
        assertEquals(404, wrong.statusCode());
        assertTrue(wrong.body().isEmpty());
        assertEquals(404, get("/calendar-feed/not-a-token.ics").statusCode());

        String second = feeds.createMyFeed();
        assertEquals(200, get(second).statusCode(), "a new address works");
        assertEquals(404, get(url).statusCode(), "the old one no longer does");
        assertTrue(get(url).body().isEmpty());

        feeds.revokeMyFeed();
        HttpResponse<String> revoked = get(second);
        assertEquals(404, revoked.statusCode());
        assertTrue(revoked.body().isEmpty());
        assertTrue(feeds.myFeedCreatedAt().isEmpty());
    }

    @Test
    void aCoordinatorsFeedHoldsTheWholeCycle() throws Exception {
        LocalDate soon = LocalDate.now().plusDays(40);
        jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values "
                + "('TEST_FEED_IRF', 'IRF-frist i koordinatorens feed', 'IRF deadline', ?, 'IRF_MEMBERS')", soon);
        signIn(TestUsers.COORDINATOR_VEST);
        String ics = get(feeds.createMyFeed()).body().replace("\r\n ", "");
        assertTrue(ics.contains("SUMMARY:IRF-frist i koordinatorens feed"), "coordinators follow the whole annual cycle");
    }

    @Test
    void feedEntriesLinkToThePlaceToActOnTheAddressTheCalendarUsed() throws Exception {
        LocalDate soon = LocalDate.now().plusDays(20);
        jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values "
                + "('IRF_MEETING', 'TEST_FEED IRF-møte', 'IRF meeting', ?, 'IRF_MEMBERS')", soon);
        try {
            signIn(TestUsers.IRF_MEMBER);
            String url = feeds.createMyFeed();
            String ics = get(url).body().replace("\r\n ", "");
            assertTrue(ics.contains("URL:http://localhost:" + port + "/irf/ranking\r\n"), ics);
            assertFalse(ics.contains("localhost:8080"), "never the default port when the app runs on another");

            HttpResponse<String> proxied = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                            + URI.create(url).getRawPath())).header("X-Forwarded-Host", "servicemiljo.helse.no")
                    .header("X-Forwarded-Proto", "https").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertTrue(proxied.body().replace("\r\n ", "").contains("URL:https://servicemiljo.helse.no/irf/ranking\r\n"),
                    proxied.body());
        } finally {
            jdbc.update("delete from cycle_deadline where title_nb = 'TEST_FEED IRF-møte'");
        }
    }
}
