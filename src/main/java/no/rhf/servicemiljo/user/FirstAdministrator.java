package no.rhf.servicemiljo.user;

import no.rhf.servicemiljo.security.PasswordPolicy;
import no.rhf.servicemiljo.security.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A production start has no demo users: while the database has no users at all, the first
 * administrator is created from configuration ({@code servicemiljo.first-admin.*}).
 */
@Component
@Order(1)
class FirstAdministrator implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdministrator.class);

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final String username;
    private final String password;
    private final String email;
    private final String fullName;

    FirstAdministrator(AppUserRepository users, PasswordEncoder passwordEncoder,
                       FirstAdminProperties settings) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.username = settings.username().trim().toLowerCase();
        this.password = settings.password();
        this.email = settings.email().trim();
        this.fullName = settings.fullName().trim();
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        if (username.isEmpty() || PasswordPolicy.check(username, password).isPresent()) {
            log.warn("No users exist and no valid first administrator is configured. Set SERVICEMILJO_FIRST_ADMIN_USERNAME, "
                    + "SERVICEMILJO_FIRST_ADMIN_PASSWORD (at least {} characters, not a common password, not containing the "
                    + "username) and SERVICEMILJO_FIRST_ADMIN_EMAIL.", UserService.MIN_PASSWORD_LENGTH);
            return;
        }
        users.save(new AppUser(username, fullName, email.isEmpty() ? username + "@localhost" : email,
                passwordEncoder.encode(password), Role.ADMIN, null));
        log.info("Created the first administrator '{}' from configuration.", username);
    }
}
