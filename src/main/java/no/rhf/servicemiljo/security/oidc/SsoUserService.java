package no.rhf.servicemiljo.security.oidc;

import no.rhf.servicemiljo.security.SecurityAudit;
import no.rhf.servicemiljo.security.SsoAccountDirectory;
import no.rhf.servicemiljo.security.SsoIdentity;
import no.rhf.servicemiljo.security.SsoProperties;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Loads the user after the provider's callback: maps the groups claim to a role and region by the provider's
 * configured mappings, then finds or creates the account by issuer and subject. No mapped group: sign-in fails
 * with {@link #NO_ACCESS}, which the failure handler turns into the "no access yet" page.
 */
public class SsoUserService extends OidcUserService {

    public static final String NO_ACCESS = "servicemiljo_no_access";
    public static final String INACTIVE = "servicemiljo_inactive";

    private final SsoProperties settings;
    private final SsoAccountDirectory accounts;
    private final SecurityAudit audit;

    public SsoUserService(SsoProperties settings, SsoAccountDirectory accounts, SecurityAudit audit) {
        this.settings = settings;
        this.accounts = accounts;
        this.audit = audit;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        OidcUser oidc = super.loadUser(request);
        SsoProperties.Provider provider = settings.provider(request.getClientRegistration().getRegistrationId())
                .orElseThrow(() -> new OAuth2AuthenticationException("unknown_provider"));
        String issuer = oidc.getIssuer() == null ? provider.issuer() : oidc.getIssuer().toString();
        String shownName = firstPresent(oidc.getPreferredUsername(), oidc.getEmail(), oidc.getSubject());
        Set<String> groups = groups(oidc.getClaims().get(provider.groupsClaim()));
        var mapping = provider.mappingFor(groups);
        if (mapping.isEmpty()) {
            audit.record(SecurityAudit.Kind.SSO_NO_ACCESS, shownName, null,
                    "no mapped group from " + issuer + " (subject " + oidc.getSubject() + ")");
            throw new OAuth2AuthenticationException(new OAuth2Error(NO_ACCESS, "No mapped group", null));
        }
        SsoIdentity identity = new SsoIdentity(issuer, oidc.getSubject(), oidc.getPreferredUsername(),
                firstPresent(oidc.getFullName(), joinedName(oidc), shownName), oidc.getEmail(),
                mapping.get().role(), mapping.get().region());
        try {
            return new OidcAppUser(accounts.signIn(identity), oidc.getIdToken(), oidc.getUserInfo());
        } catch (SsoAccountDirectory.InactiveAccountException e) {
            audit.record(SecurityAudit.Kind.SSO_ACCOUNT_INACTIVE, shownName, null, "deactivated account, issuer " + issuer);
            throw new OAuth2AuthenticationException(new OAuth2Error(INACTIVE, "Account deactivated", null));
        }
    }

    /** A claim with one group, a list of groups, or a space/comma-separated string of groups. */
    static Set<String> groups(Object claim) {
        Set<String> groups = new LinkedHashSet<>();
        if (claim instanceof Collection<?> values) {
            values.forEach(v -> groups.add(String.valueOf(v)));
        } else if (claim instanceof String value) {
            for (String part : value.split("[,\\s]+")) {
                if (!part.isBlank()) {
                    groups.add(part);
                }
            }
        }
        return groups;
    }

    private static String joinedName(OidcUser oidc) {
        String given = oidc.getGivenName() == null ? "" : oidc.getGivenName();
        String family = oidc.getFamilyName() == null ? "" : oidc.getFamilyName();
        String joined = (given + " " + family).strip();
        return joined.isEmpty() ? null : joined;
    }

    private static String firstPresent(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return "";
    }
}
