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

/**
 * Everything is behind login except health probes, static styling and the login view itself.
 * Views are checked by Vaadin's navigation access control; services by method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfig {

    /** Public paths other features may add to (for example a secret-token calendar feed). */
    static final String[] PUBLIC_PATHS = {
            "/actuator/health", "/actuator/health/**", "/icons/**", "/styles.css", "/styles/**", "/calendar-feed/**"
    };

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers(PUBLIC_PATHS).permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)).build();
    }

    /** bcrypt today, upgradeable later: the hash carries its algorithm id. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
