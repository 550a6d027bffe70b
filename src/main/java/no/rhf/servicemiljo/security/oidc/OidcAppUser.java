package no.rhf.servicemiljo.security.oidc;

import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.io.Serial;
import java.util.List;

/**
 * A user signed in through OpenID Connect: the provider's tokens (needed for the end-session logout) and the
 * app's own account, whose role is the only authority.
 */
public class OidcAppUser extends DefaultOidcUser {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUserPrincipal appUser;

    public OidcAppUser(AppUserPrincipal appUser, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(List.of(new SimpleGrantedAuthority(appUser.role().authority())), idToken, userInfo);
        this.appUser = appUser;
    }

    public AppUserPrincipal appUser() {
        return appUser;
    }

    @Override
    public String getName() {
        return appUser.username();
    }
}
