package no.rhf.servicemiljo.security.oidc;

import no.rhf.servicemiljo.security.SsoProperties;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The configured providers as Spring Security client registrations. Each provider's endpoints come from its
 * discovery document, read on first use (not at start), so that a provider that is down does not stop the app
 * and local login keeps working.
 */
public class DiscoveringClientRegistrationRepository implements ClientRegistrationRepository, Iterable<ClientRegistration> {

    private final SsoProperties settings;
    private final Map<String, ClientRegistration> discovered = new ConcurrentHashMap<>();

    public DiscoveringClientRegistrationRepository(SsoProperties settings) {
        this.settings = settings;
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return settings.provider(registrationId).map(p -> discovered.computeIfAbsent(p.id(), id -> discover(p))).orElse(null);
    }

    @Override
    public Iterator<ClientRegistration> iterator() {
        return settings.providers().stream().map(p -> findByRegistrationId(p.id())).toList().iterator();
    }

    public List<SsoProperties.Provider> providers() {
        return settings.providers();
    }

    private static ClientRegistration discover(SsoProperties.Provider provider) {
        boolean publicClient = provider.clientSecret().isBlank();
        return ClientRegistrations.fromIssuerLocation(provider.issuer())
                .registrationId(provider.id())
                .clientName(provider.displayName())
                .clientId(provider.clientId())
                .clientSecret(publicClient ? null : provider.clientSecret())
                .clientAuthenticationMethod(publicClient ? ClientAuthenticationMethod.NONE
                        : ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .scope(provider.scopes())
                .build();
    }
}
