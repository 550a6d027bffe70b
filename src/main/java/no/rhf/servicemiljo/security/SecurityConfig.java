package no.rhf.servicemiljo.security;

import com.vaadin.flow.spring.security.RequestUtil;
import jakarta.servlet.DispatcherType;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.rhf.servicemiljo.security.oidc.DiscoveringClientRegistrationRepository;
import no.rhf.servicemiljo.security.SsoAccountDirectory;
import no.rhf.servicemiljo.security.oidc.SsoUserService;
import no.rhf.servicemiljo.security.ui.LoginView;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything is behind login except health probes, static styling and the login view itself.
 * Views are checked by Vaadin's navigation access control; services by method security.
 * Local accounts sign in with the login form; the configured OpenID Connect providers beside it.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
@EnableConfigurationProperties({SsoProperties.class, LoginProtectionProperties.class})
class SecurityConfig {

    /** Health probes and static styling; features add their own through {@link PublicPaths} beans. */
    static final List<String> PUBLIC_PATHS = List.of("/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css", "/styles/**");

    /**
     * Vaadin's client needs inline styles and scripts and {@code eval} (its bootstrap and web components); everything
     * else comes from this origin only. The page may not be framed and forms post only here.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    static final String PERMISSIONS_POLICY = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), "
            + "interest-cohort=()";

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> featurePaths, RequestUtil requestUtil,
                                            SsoProperties sso, SsoAccountDirectory accounts, SecurityAudit audit,
                                            LoginAttempts attempts, LocalLoginSetting localLogin) throws Exception {
        String[] publicPaths = Stream.concat(PUBLIC_PATHS.stream(), featurePaths.stream().flatMap(paths -> paths.patterns().stream()))
                .toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(publicPaths).permitAll()
                .requestMatchers("/no-access").permitAll()
                // A refused request's error page (403 for a missing CSRF token) must show as such, not as a redirect.
                .dispatcherTypeMatchers(DispatcherType.ERROR).permitAll());
        // Vaadin's configurer exempts the login POST from CSRF; this keeps only its framework-internal exemption
        // (Vaadin's own requests carry their own token), so a login without the token is refused.
        http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest));
        http.addFilterBefore(new LoginGuardFilter(attempts, localLogin, audit), UsernamePasswordAuthenticationFilter.class);
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .contentTypeOptions(options -> { })
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                .permissionsPolicyHeader(permissions -> permissions.policy(PERMISSIONS_POLICY))
                .frameOptions(frame -> frame.deny())
                // Written only on HTTPS requests (also behind a proxy that says X-Forwarded-Proto: https).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Vaadin's views are served through a servlet forward, which commits the response past the
                // filter's wrapper: write the headers before the request goes on, or they would be lost.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));

        OidcClientInitiatedLogoutSuccessHandler oidcLogout = null;
        if (!sso.providers().isEmpty()) {
            var registrations = new DiscoveringClientRegistrationRepository(sso);
            http.oauth2Login(oauth -> oauth.loginPage("/login")
                    .clientRegistrationRepository(registrations)
                    .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoUserService(sso, accounts, audit)))
                    .failureHandler((request, response, exception) -> {
                        String code = exception instanceof OAuth2AuthenticationException oauth2 ? oauth2.getError().getErrorCode() : "";
                        response.sendRedirect(request.getContextPath()
                                + (SsoUserService.NO_ACCESS.equals(code) ? "/no-access" : "/login?sso-error"));
                    }));
            // Ends the provider's session too where it has an end-session endpoint, then back to the login view.
            oidcLogout = new OidcClientInitiatedLogoutSuccessHandler(registrations);
            oidcLogout.setPostLogoutRedirectUri("{baseUrl}/login");
            oidcLogout.setDefaultTargetUrl("/login");
            oidcLogout.setRedirectStrategy(new UidlRedirectStrategy());
        }
        var logoutHandler = oidcLogout;
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
            vaadin.loginView(LoginView.class).enableCsrfConfiguration(false)
                    // Any other path needs a signed-in user, then Vaadin answers (an unknown or malformed path such as
                    // /units/abc shows the app's "not found" view instead of a bare 403 page).
                    .anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::authenticated);
            if (logoutHandler != null) {
                vaadin.logoutSuccessHandler(logoutHandler);
            }
        }).build();
    }

    /** bcrypt today, upgradeable later: the hash carries its algorithm id. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
