package no.rhf.servicemiljo;

import org.junit.jupiter.api.AfterEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of tests that call services directly against the embedded PostgreSQL with demo data.
 * Shares one Spring context with the Karibu UI tests.
 */
@SpringBootTest
@ActiveProfiles("test")
public abstract class ServiceTest {

    @Autowired
    protected UserDetailsService userDetailsService;

    protected void signIn(String username) {
        SecurityTestSupport.signIn(userDetailsService, username);
    }

    @AfterEach
    void signOutAfterTest() {
        SecurityTestSupport.signOut();
    }
}
