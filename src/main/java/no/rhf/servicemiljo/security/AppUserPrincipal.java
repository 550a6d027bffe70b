package no.rhf.servicemiljo.security;

import no.rhf.servicemiljo.base.SignedInUser;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The signed-in user as Spring Security sees it. Kept in the HTTP session, hence serializable. */
public record AppUserPrincipal(long id, String username, String fullName, String email, Role role, Short regionId,
                               String passwordHash, boolean active) implements UserDetails, SignedInUser {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority(role.authority()));
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return active;
    }

    public boolean hasRole(Role candidate) {
        return role == candidate;
    }

    /** Credentials are not needed after login; keep them out of the session. */
    public AppUserPrincipal withoutPassword() {
        return new AppUserPrincipal(id, username, fullName, email, role, regionId, "", active);
    }
}
