package no.rhf.servicemiljo.base;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Optional;

/**
 * Who is signed in, as the shared kernel needs to know it (to credit audited changes and to show
 * people to each other while they collaborate). The security module's principal implements it, so
 * the kernel does not depend on how people sign in.
 */
public interface SignedInUser {

    long id();

    String username();

    String fullName();

    /** The user of the current request, test or job, if one is signed in. */
    static Optional<SignedInUser> current() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }
}
