package no.rhf.servicemiljo;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

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

    /**
     * A port nobody listens on now, below Linux's ephemeral range (32768 and up): outgoing connections of this
     * and other processes (JDBC, browsers, HTTP clients) take their local ports from that range, so a port chosen
     * there could be taken between this check and the app binding it ("Port already in use").
     */
    public static int freePort() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < 200; attempt++) {
            int candidate = random.nextInt(20_000, 32_000);
            try (ServerSocket socket = new ServerSocket()) {
                socket.setReuseAddress(false);
                socket.bind(new InetSocketAddress(candidate));
                return candidate;
            } catch (IOException taken) {
                // try another
            }
        }
        throw new IllegalStateException("no free port between 20000 and 32000");
    }

    @Override
    public void close() {
        SecurityTestSupport.signOut();
        stop();
    }
}
