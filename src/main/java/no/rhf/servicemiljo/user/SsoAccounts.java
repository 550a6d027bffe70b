package no.rhf.servicemiljo.user;

import jakarta.persistence.EntityManager;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.SecurityAudit;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.security.SsoAccountDirectory;
import no.rhf.servicemiljo.security.SsoIdentity;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Just-in-time accounts of users who sign in through an OpenID Connect provider. An account is found by the
 * provider's issuer and subject claim only, never by name or e-mail, so that a look-alike display name can never
 * take over someone else's account. Role and region come from the provider's groups at every sign-in; a change
 * is written to the security audit.
 */
@Component
class SsoAccounts implements SsoAccountDirectory {

    private final AppUserRepository users;
    private final EntityManager entityManager;
    private final SecurityAudit audit;

    SsoAccounts(AppUserRepository users, EntityManager entityManager, SecurityAudit audit) {
        this.users = users;
        this.entityManager = entityManager;
        this.audit = audit;
    }

    /** Finds or creates the account and applies role and region; refuses a deactivated account. */
    @Override
    @Transactional
    public AppUserPrincipal signIn(SsoIdentity identity) {
        Region region = identity.regionCode() == null || identity.regionCode().isBlank() ? null
                : entityManager.createQuery("select r from Region r where r.code = :code", Region.class)
                .setParameter("code", identity.regionCode()).getSingleResult();
        String fullName = limit(clean(identity.fullName(), identity.preferredUsername()), 120);
        String email = limit(clean(identity.email(), ""), 200);
        Optional<AppUser> existing = users.findByOidcIssuerAndOidcSubject(identity.issuer(), identity.subject());
        AppUser user;
        if (existing.isEmpty()) {
            user = new AppUser(uniqueUsername(identity), fullName, email, null, identity.role(), region);
            user.linkTo(identity.issuer(), identity.subject());
            users.save(user);
            audit.record(SecurityAudit.Kind.SSO_USER_CREATED, user.getUsername(), null,
                    describe(identity.role(), region) + " from " + identity.issuer());
        } else {
            user = existing.get();
            if (!user.isActive()) {
                throw new InactiveAccountException();
            }
            Short oldRegion = user.getRegion() == null ? null : user.getRegion().getId();
            Short newRegion = region == null ? null : region.getId();
            if (user.getRole() != identity.role() || !Objects.equals(oldRegion, newRegion)) {
                audit.record(SecurityAudit.Kind.SSO_ROLE_CHANGED, user.getUsername(), null,
                        describe(user.getRole(), user.getRegion()) + " -> " + describe(identity.role(), region));
                user.setRole(identity.role());
                user.setRegion(region);
            }
            if (!fullName.isBlank()) {
                user.setFullName(fullName);
            }
            if (!email.isBlank()) {
                user.setEmail(email);
            }
        }
        return AppUserDetailsService.principalOf(user).withoutPassword();
    }

    private String uniqueUsername(SsoIdentity identity) {
        String wanted = Optional.ofNullable(identity.preferredUsername()).filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(identity.email()).filter(s -> !s.isBlank()))
                .orElse("sso-" + identity.subject());
        String base = TextSafety.clean(wanted).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9._@-]", "");
        base = limit(base.isEmpty() ? "sso" : base, 50);
        // A provider's name that equals a local account's name still gets an account of its own.
        String candidate = base;
        for (int n = 2; users.existsByUsernameIgnoreCase(candidate); n++) {
            candidate = base + "-" + n;
        }
        return candidate;
    }

    private static String describe(Role role, Region region) {
        return role + (region == null ? "" : " (" + region.getName() + ")");
    }

    private static String clean(String value, String fallback) {
        String chosen = value == null || value.isBlank() ? (fallback == null ? "" : fallback) : value;
        return TextSafety.clean(chosen).strip();
    }

    private static String limit(String value, int max) {
        return value.length() <= max ? value : value.substring(0, max);
    }
}
