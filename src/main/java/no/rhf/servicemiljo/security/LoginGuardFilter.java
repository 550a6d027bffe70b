package no.rhf.servicemiljo.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/**
 * Runs before the password is checked on {@code POST /login} (after the CSRF check): refuses a login posted from
 * another site (Origin or Sec-Fetch-Site), a local login when ADMIN has turned it off (break-glass administrators
 * excepted), and an attempt that must still wait after earlier failures. None of the answers says whether the
 * account exists.
 */
class LoginGuardFilter extends OncePerRequestFilter {

    private final LoginAttempts attempts;
    private final LocalLoginSetting localLogin;
    private final SecurityAudit audit;

    LoginGuardFilter(LoginAttempts attempts, LocalLoginSetting localLogin, SecurityAudit audit) {
        this.attempts = attempts;
        this.localLogin = localLogin;
        this.audit = audit;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String username = request.getParameter("username");
        String address = request.getRemoteAddr();
        if (isCrossSite(request)) {
            audit.record(SecurityAudit.Kind.LOGIN_REFUSED_CROSS_SITE, username, address, "origin " + request.getHeader("Origin"));
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        if (!localLogin.allowsLocalLogin(username)) {
            audit.record(SecurityAudit.Kind.LOGIN_REFUSED_LOCAL_OFF, username, address, null);
            response.sendRedirect(request.getContextPath() + "/login?local-off");
            return;
        }
        Duration wait = attempts.waitBefore(username, address);
        if (!wait.isZero()) {
            attempts.refused(username, address, wait);
            response.sendRedirect(request.getContextPath() + "/login?throttled=" + Math.max(1, (wait.toMillis() + 999) / 1000));
            return;
        }
        chain.doFilter(request, response);
    }

    /** The browser says where the form came from; a login from another origin is login CSRF. */
    static boolean isCrossSite(HttpServletRequest request) {
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite) || "same-site".equalsIgnoreCase(fetchSite)) {
            return true;
        }
        String origin = request.getHeader("Origin");
        if (origin == null) {
            return false;
        }
        try {
            URI uri = URI.create(origin);
            int port = uri.getPort() == -1 ? ("https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80) : uri.getPort();
            return !(request.getScheme().equalsIgnoreCase(uri.getScheme())
                    && request.getServerName().equalsIgnoreCase(uri.getHost()) && request.getServerPort() == port);
        } catch (IllegalArgumentException e) {
            return true; // "null" and other opaque origins
        }
    }
}
