package no.rhf.servicemiljo.user;

import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Spring Security reads local accounts from PostgreSQL through this. */
@Service
class AppUserDetailsService implements UserDetailsService {

    private final AppUserRepository users;

    AppUserDetailsService(AppUserRepository users) {
        this.users = users;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        // A single sign-on account has no password: it cannot sign in locally (same answer as an unknown name).
        AppUser user = users.findByUsernameIgnoreCase(username.trim()).filter(u -> u.getPasswordHash() != null)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        return principalOf(user);
    }

    static AppUserPrincipal principalOf(AppUser user) {
        return new AppUserPrincipal(user.getId(), user.getUsername(), user.getFullName(), user.getEmail(), user.getRole(),
                user.getRegion() == null ? null : user.getRegion().getId(), user.getPasswordHash() == null ? "" : user.getPasswordHash(), user.isActive());
    }
}
