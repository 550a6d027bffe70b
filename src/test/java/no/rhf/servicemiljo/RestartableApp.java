package no.rhf.servicemiljo;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The app as a test starts it itself, so that it can be stopped (or crash) and start again on the same data
 * directory and, for browsers, at the same address. Close it in {@code @AfterEach}.
 */
public final class RestartableApp implements AutoCloseable {

    private final Path dataDir;
    private final int port;
    private final List<String> settings;
    private ConfigurableApplicationContext context;

    /** On {@code port} (0: any free port each start), with more {@code --name=value} settings if given. */
    public RestartableApp(Path dataDir, int port, String... settings) {
        this.dataDir = dataDir;
        this.port = port;
        this.settings = List.of(settings);
    }

    public RestartableApp start() {
        List<String> args = new ArrayList<>(List.of("--servicemiljo.embedded-db.data-dir=" + dataDir, "--server.port=" + port));
        args.addAll(settings);
        context = new SpringApplicationBuilder(Application.class).profiles("test").run(args.toArray(String[]::new));
        return this;
    }

    public int port() {
        return port;
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

    public <T> java.util.Collection<T> beans(Class<T> type) {
        return context.getBeansOfType(type).values();
    }

    /** Signs in for direct service calls, with this app's security context strategy. */
    public void signIn(String username) {
        context.getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SecurityTestSupport.signIn(context.getBean(UserDetailsService.class), username);
    }

    /** A port nobody listens on now. */
    public static int freePort() {
        try (java.net.ServerSocket socket = new java.net.ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        SecurityTestSupport.signOut();
        stop();
    }
}
