package no.rhf.servicemiljo;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.context.ActiveProfiles;

/**
 * Base of tests that call services directly against the embedded PostgreSQL with demo data.
 * Shares one Spring context with the Karibu UI tests.
 */
@SpringBootTest(properties = "servicemiljo.presence.close-inactive-screens=false") // Karibu's UIs send no heartbeat
@ActiveProfiles("test")
public abstract class ServiceTest {

    @Autowired
    protected UserDetailsService userDetailsService;

    @Autowired
    private ObjectProvider<VaadinAwareSecurityContextHolderStrategy> securityContextHolderStrategy;

    /**
     * Every Spring context with Vaadin installs its own global SecurityContextHolder strategy, and the
     * contexts of the test suite (mock, web server) start in any order. Use this context's strategy,
     * so that signing in reaches the beans under test.
     */
    @BeforeEach
    void useThisContextsSecurityContextHolder() {
        securityContextHolderStrategy.ifAvailable(SecurityContextHolder::setContextHolderStrategy);
    }

    protected void signIn(String username) {
        SecurityTestSupport.signIn(userDetailsService, username);
    }

    @AfterEach
    void signOutAfterTest() {
        SecurityTestSupport.signOut();
    }
}
