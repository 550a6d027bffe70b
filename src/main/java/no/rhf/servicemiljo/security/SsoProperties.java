package no.rhf.servicemiljo.security;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Single sign-on settings ({@code servicemiljo.sso.*}): the OpenID Connect providers shown on the login view,
 * how their group claims map to roles and regions, and the break-glass administrators who may still sign in
 * with a local password when ADMIN has turned local login off.
 */
@Validated
@ConfigurationProperties("servicemiljo.sso")
public record SsoProperties(@DefaultValue List<@Valid Provider> providers,
                            @DefaultValue List<@NotBlank String> breakGlassUsers) {

    public SsoProperties {
        providers = List.copyOf(providers);
        breakGlassUsers = breakGlassUsers.stream().map(u -> u.trim().toLowerCase(Locale.ROOT)).toList();
    }

    public Optional<Provider> provider(String registrationId) {
        return providers.stream().filter(p -> p.id().equals(registrationId)).findFirst();
    }

    public boolean isBreakGlass(String username) {
        return username != null && breakGlassUsers.contains(username.trim().toLowerCase(Locale.ROOT));
    }

    /**
     * One provider. {@code id} is the registration id in the callback path
     * ({@code /login/oauth2/code/<id>}); the issuer's discovery document gives the endpoints.
     */
    public record Provider(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String id,
                           @NotBlank String displayName,
                           @NotBlank String issuer,
                           @NotBlank String clientId,
                           @DefaultValue("") String clientSecret,
                           @DefaultValue({"openid", "profile", "email"}) List<String> scopes,
                           @DefaultValue("groups") @NotBlank String groupsClaim,
                           @DefaultValue List<@Valid GroupMapping> groupMappings) {

        public Provider {
            scopes = List.copyOf(scopes);
            groupMappings = List.copyOf(groupMappings);
        }

        @AssertTrue(message = "scopes must contain openid")
        public boolean isOpenIdScope() {
            return scopes.contains("openid");
        }

        /** The first mapping (in configuration order) whose group the user has. */
        public Optional<GroupMapping> mappingFor(Set<String> groups) {
            return groupMappings.stream().filter(m -> groups.contains(m.group())).findFirst();
        }
    }

    /**
     * A group (or app role) value of the groups claim, for example an Entra ID group object id, and the role
     * and region (region code HSO, HV, HMN or HN; required for REGIONAL_COORDINATOR) it gives.
     */
    public record GroupMapping(@NotBlank String group, @NotNull Role role,
                               @Pattern(regexp = "HSO|HV|HMN|HN") String region) {

        @AssertTrue(message = "a REGIONAL_COORDINATOR mapping needs a region")
        public boolean isRegionGivenForCoordinator() {
            return role != Role.REGIONAL_COORDINATOR || (region != null && !region.isBlank());
        }
    }
}
