package no.rhf.servicemiljo.security;

import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The login POST over real HTTP: the CSRF token is required, a cross-site login is refused, and repeated failures
 * first delay and then lock the account (and the address), with the same answer for an unknown user name.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginProtectionTest {

    private static final String USER = "hans.eriksen"; // used by no other test over HTTP

    @LocalServerPort
    int port;

    @Autowired
    LoginAttempts attempts;

    @Autowired
    JdbcTemplate jdbc;

    private Instant now = Instant.parse("2026-03-02T08:00:00Z");

    @BeforeEach
    void steppedClock() {
        attempts.forgetAll();
        attempts.setClock(new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        });
    }

    @AfterEach
    void realClock() {
        attempts.forgetAll();
        attempts.setClock(Clock.systemUTC());
    }

    /** A browser-like client: its own cookies, and the CSRF token the login page hands out. */
    private final class Client {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String csrfParameter;
        String csrfToken;

        Client openLoginPage() throws Exception {
            String html = http.send(HttpRequest.newBuilder(uri("/login")).build(), HttpResponse.BodyHandlers.ofString()).body();
            csrfParameter = meta(html, "_csrf_parameter");
            csrfToken = meta(html, "_csrf");
            return this;
        }

        HttpResponse<String> login(String username, String password, boolean withToken, String... headers) throws Exception {
            String form = "username=" + enc(username) + "&password=" + enc(password)
                    + (withToken ? "&" + csrfParameter + "=" + enc(csrfToken) : "");
            HttpRequest.Builder request = HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form));
            if (headers.length > 0) {
                request.headers(headers);
            }
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        }

        int statusOfProtectedPage() throws Exception {
            return http.send(HttpRequest.newBuilder(uri("/units")).build(), HttpResponse.BodyHandlers.ofString()).statusCode();
        }
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String meta(String html, String name) {
        Matcher m = Pattern.compile("<meta name=\"" + Pattern.quote(name) + "\" content=\"([^\"]+)\"").matcher(html);
        assertTrue(m.find(), "no meta " + name + " in the login page");
        return m.group(1);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("(none, status " + response.statusCode() + ")");
    }

    @Test
    void aLoginWithTheTokenFromTheLoginPageSignsIn() throws Exception {
        Client client = new Client().openLoginPage();
        HttpResponse<String> response = client.login(USER, TestUsers.PASSWORD, true);
        assertEquals(302, response.statusCode());
        assertTrue(!location(response).contains("login"), location(response));
        assertEquals(200, client.statusOfProtectedPage());
    }

    @Test
    void aLoginPostWithoutTheCsrfTokenIsRefused() throws Exception {
        Client client = new Client().openLoginPage();
        HttpResponse<String> response = client.login(USER, TestUsers.PASSWORD, false);
        assertEquals(403, response.statusCode());
        assertEquals(302, client.statusOfProtectedPage()); // still not signed in: sent to login
    }

    @Test
    void aLoginPostedFromAnotherSiteIsRefusedEvenWithAToken() throws Exception {
        Client client = new Client().openLoginPage();
        assertEquals(403, client.login(USER, TestUsers.PASSWORD, true, "Origin", "https://angriper.example").statusCode());
        assertEquals(403, client.login(USER, TestUsers.PASSWORD, true, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(302, client.statusOfProtectedPage());
        // The same origin is fine.
        HttpResponse<String> same = client.login(USER, TestUsers.PASSWORD, true, "Origin", "http://localhost:" + port,
                "Sec-Fetch-Site", "same-origin");
        assertEquals(302, same.statusCode());
        assertTrue(!location(same).contains("login"), location(same));
    }

    @Test
    void repeatedFailuresDelayThenTheEleventhAttemptIsLockedEvenWithTheRightPassword() throws Exception {
        Client client = new Client().openLoginPage();
        for (int failure = 1; failure <= 10; failure++) {
            HttpResponse<String> response = client.login(USER, "feil-passord-" + failure, true);
            assertTrue(location(response).endsWith("/login?error"), failure + ": " + location(response));
            if (failure == 5) {
                // From the fifth failure on, the next attempt has to wait: at once it is refused unchecked.
                assertTrue(location(client.login(USER, TestUsers.PASSWORD, true)).endsWith("/login?throttled=1"));
            }
            now = now.plus(Duration.ofSeconds(40)); // more than the longest delay, less than the lockout
        }
        // The 11th attempt, with the right password, is refused: the account is locked for 15 minutes.
        HttpResponse<String> eleventh = client.login(USER, TestUsers.PASSWORD, true);
        assertTrue(location(eleventh).contains("/login?throttled="), location(eleventh));
        long seconds = Long.parseLong(location(eleventh).replaceAll(".*throttled=", ""));
        assertTrue(seconds > 800 && seconds <= 900, "locked for " + seconds + " s");
        assertEquals(302, client.statusOfProtectedPage());

        List<String> kinds = jdbc.queryForList("select kind from security_event where username = ? order by id", String.class, USER);
        assertEquals(10, kinds.stream().filter("LOGIN_FAILED"::equals).count());
        assertTrue(kinds.contains("ACCOUNT_LOCKED"), kinds.toString());
        assertTrue(kinds.contains("LOGIN_REFUSED_THROTTLED"), kinds.toString());

        // After the lockout the right password works again.
        now = now.plus(Duration.ofMinutes(16));
        HttpResponse<String> later = client.login(USER, TestUsers.PASSWORD, true);
        assertTrue(!location(later).contains("login"), location(later));
    }

    @Test
    void anUnknownUserNameGetsExactlyTheSameAnswers() throws Exception {
        Client client = new Client().openLoginPage();
        List<String> answers = new ArrayList<>();
        for (int failure = 1; failure <= 5; failure++) {
            answers.add(location(client.login("finnes.ikke", "feil-passord", true)));
        }
        answers.add(location(client.login("finnes.ikke", "feil-passord", true)));
        assertEquals(List.of("/login?error", "/login?error", "/login?error", "/login?error", "/login?error", "/login?throttled=1"),
                answers.stream().map(a -> a.replaceAll("^https?://[^/]+", "")).toList());
    }

    @Test
    void manyFailuresFromOneAddressLockTheAddressForEveryUserName() throws Exception {
        Client client = new Client().openLoginPage();
        for (int failure = 1; failure <= 30; failure++) {
            HttpResponse<String> response = client.login("gjett" + failure, "feil-passord", true); // a new name: no account lock
            assertTrue(location(response).endsWith("/login?error"), failure + ": " + location(response));
            now = now.plus(Duration.ofSeconds(40));
        }
        HttpResponse<String> next = client.login(USER, TestUsers.PASSWORD, true);
        assertTrue(location(next).contains("/login?throttled="), location(next));
        assertEquals(1, jdbc.queryForObject("select count(*) from security_event where kind = 'ADDRESS_LOCKED' and username = 'gjett30'",
                Integer.class));
    }

    @Test
    void withLocalLoginTurnedOffOnlyBreakGlassAdministratorsSignInWithAPassword() throws Exception {
        jdbc.update("update app_setting set value = 'false' where name = 'local-login-enabled'");
        try {
            Client client = new Client().openLoginPage();
            HttpResponse<String> refused = client.login(USER, TestUsers.PASSWORD, true);
            assertTrue(location(refused).endsWith("/login?local-off"), location(refused));
            // The same answer for a name that does not exist: nothing is revealed.
            assertTrue(location(client.login("finnes.ikke", "feil-passord", true)).endsWith("/login?local-off"));
            assertEquals(302, client.statusOfProtectedPage());

            HttpResponse<String> breakGlass = client.login(TestUsers.ADMIN, TestUsers.PASSWORD, true);
            assertTrue(!location(breakGlass).contains("login"), location(breakGlass));
            assertEquals(200, client.statusOfProtectedPage());
        } finally {
            jdbc.update("update app_setting set value = 'true' where name = 'local-login-enabled'");
        }
    }
}
