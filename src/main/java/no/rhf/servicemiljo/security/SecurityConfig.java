package no.rhf.servicemiljo.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import no.rhf.servicemiljo.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

import java.util.List;
import java.util.stream.Stream;

/**
 * Everything is behind login except health probes, static styling and the login view itself.
 * Views are checked by Vaadin's navigation access control; services by method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Health probes and static styling; features add their own through {@link PublicPaths} beans. */
    static final List<String> PUBLIC_PATHS = List.of("/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css", "/styles/**");

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, List<PublicPaths> featurePaths) throws Exception {
        String[] publicPaths = Stream.concat(PUBLIC_PATHS.stream(), featurePaths.stream().flatMap(paths -> paths.patterns().stream()))
                .toArray(String[]::new);
        http.authorizeHttpRequests(auth -> auth.requestMatchers(publicPaths).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt today, upgradeable later: the hash carries its algorithm id. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
