package no.rhf.servicemiljo.base;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The public base URL: configured, else the request's (forwarded) address, else the port the app runs on. */
class PublicUrlTest {

    @AfterEach
    void noRequest() {
        RequestContextHolder.resetRequestAttributes();
    }

    private static MockHttpServletRequest request(String host, int port) {
        MockHttpServletRequest request = new MockHttpServletRequest("GET", "/calendar-feed/x.ics");
        request.setServerName(host);
        request.setServerPort(port);
        return request;
    }

    @Test
    void aConfiguredBaseUrlWinsEverywhere() {
        PublicUrl url = new PublicUrl("https://servicemiljo.example.no/", 9123, "");
        assertEquals("https://servicemiljo.example.no", url.base());
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request("other.host", 8443)));
        assertEquals("https://servicemiljo.example.no/reports/12", url.link("reports/12"));
    }

    @Test
    void withoutConfigurationOutsideARequestTheRunningPort() {
        PublicUrl url = new PublicUrl("", 9123, "");
        assertEquals("http://localhost:9123", url.base());
        assertEquals("http://localhost:9123/units/7", url.link("/units/7"));
        assertEquals("http://localhost:9123/", url.link(""));
    }

    @Test
    void withoutConfigurationInsideARequestTheAddressTheBrowserUsed() {
        PublicUrl url = new PublicUrl(" ", 9123, "");
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request("intra.helse.no", 8081)));
        assertEquals("http://intra.helse.no:8081/reports/3", url.link("reports/3"));
    }

    @Test
    void aReverseProxysForwardedHeadersAreHonouredWhenWellFormed() {
        MockHttpServletRequest proxied = request("10.0.0.5", 8080);
        proxied.addHeader("X-Forwarded-Host", "servicemiljo.helse.no");
        proxied.addHeader("X-Forwarded-Proto", "https");
        assertEquals("https://servicemiljo.helse.no", PublicUrl.fromRequest(proxied));

        MockHttpServletRequest withPort = request("10.0.0.5", 8080);
        withPort.addHeader("X-Forwarded-Host", "servicemiljo.helse.no:8443, inner.proxy");
        withPort.addHeader("X-Forwarded-Proto", "https");
        withPort.addHeader("X-Forwarded-Prefix", "/sm/");
        assertEquals("https://servicemiljo.helse.no:8443/sm", PublicUrl.fromRequest(withPort));

        MockHttpServletRequest rfc7239 = request("10.0.0.5", 8080);
        rfc7239.addHeader("Forwarded", "for=192.0.2.60;proto=https;host=\"sm.example.org\"");
        assertEquals("https://sm.example.org", PublicUrl.fromRequest(rfc7239));

        MockHttpServletRequest bogus = request("localhost", 8082);
        bogus.addHeader("X-Forwarded-Host", "evil.example/<script>");
        assertEquals("http://localhost:8082", PublicUrl.fromRequest(bogus), "a malformed host is ignored");
    }
}
