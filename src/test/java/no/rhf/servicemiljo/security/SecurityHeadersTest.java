package no.rhf.servicemiljo.security;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The security headers on real HTTP responses of the running app: CSP with frame-ancestors, nosniff,
 * Referrer-Policy, Permissions-Policy, SameSite session cookie, and HSTS plus a Secure cookie only when the request
 * came over HTTPS (here: through a proxy saying so in X-Forwarded-Proto, honoured by server.forward-headers-strategy).
 * That the app works in the browser under this CSP is checked by {@code SsoLoginBrowserTest}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SecurityHeadersTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageCarriesTheSecurityHeaders() throws Exception {
        HttpResponse<String> response = get("/login");
        assertEquals(200, response.statusCode());
        String csp = response.headers().firstValue("Content-Security-Policy").orElse("");
        assertTrue(csp.contains("default-src 'self'"), response.headers().map().toString());
        assertTrue(csp.contains("frame-ancestors 'none'"), csp);
        assertTrue(csp.contains("object-src 'none'"), csp);
        assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElse(""));
        assertEquals("strict-origin-when-cross-origin", response.headers().firstValue("Referrer-Policy").orElse(""));
        assertTrue(response.headers().firstValue("Permissions-Policy").orElse("").contains("camera=()"));
        assertEquals("DENY", response.headers().firstValue("X-Frame-Options").orElse(""));
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
        assertTrue(cookie.contains("HttpOnly"), cookie);
        // Plain HTTP: no HSTS (browsers ignore it there) and no Secure cookie (it would never be sent back).
        assertTrue(response.headers().firstValue("Strict-Transport-Security").isEmpty());
        assertFalse(cookie.contains("Secure"), cookie);
    }

    @Test
    void behindAnHttpsProxyHstsAndSecureCookieAreSent() throws Exception {
        HttpResponse<String> response = get("/login", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "servicemiljo.example.no");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Strict-Transport-Security").orElse("").contains("max-age=31536000"));
        String cookie = response.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("JSESSIONID")).findFirst().orElse("");
        assertTrue(cookie.contains("Secure"), cookie);

        // Redirects point at the public HTTPS address the proxy was asked for.
        HttpResponse<String> redirect = get("/units", "X-Forwarded-Proto", "https", "X-Forwarded-Host", "servicemiljo.example.no");
        assertTrue(redirect.headers().firstValue("Location").orElse("").startsWith("https://servicemiljo.example.no/"),
                redirect.headers().toString());
    }
}
