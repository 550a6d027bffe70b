package no.rhf.servicemiljo;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/** Signs a demo user in for service-level tests (no HTTP involved). */
public final class SecurityTestSupport {

    private SecurityTestSupport() {
    }

    public static UsernamePasswordAuthenticationToken signIn(UserDetailsService users, String username) {
        UserDetails principal = users.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        return authentication;
    }

    public static void signOut() {
        SecurityContextHolder.clearContext();
    }
}
