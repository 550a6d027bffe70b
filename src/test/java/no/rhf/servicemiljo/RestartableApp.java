package no.rhf.servicemiljo;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Path;

/**
 * The app as a test starts it itself, so that it can be stopped (or crash) and start again on the same data
 * directory and, for browsers, at the same address. Close it in {@code @AfterEach}.
 */
public final class RestartableApp implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private ConfigurableApplicationContext context;

    /** On {@code port} (0: any free port each start). */
    public RestartableApp(Path dataDir, int port) {
        this.dataDir = dataDir;
        this.port = port;
    }

    public RestartableApp start() {
        context = new SpringApplicationBuilder(Application.class).profiles("test")
                .run("--servicemiljo.embedded-db.data-dir=" + dataDir, "--server.port=" + port);
        return this;
    }

    /** Stops the app as a shutdown would (the database with it). */
    public void stop() {
        if (context != null) {
            context.close();
            context = null;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    /** Signs in for direct service calls, with this app's security context strategy. */
    public void signIn(String username) {
        context.getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SecurityTestSupport.signIn(context.getBean(UserDetailsService.class), username);
    }

    @Override
    public void close() {
        SecurityTestSupport.signOut();
        stop();
    }
}
