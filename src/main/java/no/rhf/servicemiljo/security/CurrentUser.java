package no.rhf.servicemiljo.security;

import no.rhf.servicemiljo.security.oidc.OidcAppUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * The signed-in user of the current request (or of the test, or of a job that set a security
 * context). Services use it to check rules that depend on who the user is, beyond the role.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<AppUserPrincipal> get() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal);
        }
        if (authentication != null && authentication.getPrincipal() instanceof OidcAppUser oidc) {
            return Optional.of(oidc.appUser());
        }
        return Optional.empty();
    }

    public static AppUserPrincipal require() {
        return get().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    }
}
