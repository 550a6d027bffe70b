package no.rhf.servicemiljo.base.config;

import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The zero-set-up default: when no {@code spring.datasource.url} is given, start a real PostgreSQL
 * (binaries from Maven Central) with a data directory that survives restarts. Production points at
 * an external PostgreSQL instead, and then nothing here is created.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfig {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseConfig.class);

    @Bean(destroyMethod = "close")
    EmbeddedPostgres embeddedPostgres(EmbeddedDatabaseProperties settings) throws IOException {
        String dataDir = settings.dataDir();
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                .setServerConfig("timezone", "UTC")
                .setServerConfig("max_connections", "100");
        if (dataDir.isBlank()) {
            // Tests: a fresh, throw-away cluster.
            builder.setCleanDataDirectory(true);
        } else {
            Path dir = Path.of(dataDir).toAbsolutePath().normalize();
            Files.createDirectories(dir);
            stopOrphanedServer(dir);
            // The embedded defaults trade durability for speed (fsync off); data that must survive does not.
            builder.setDataDirectory(dir).setCleanDataDirectory(false)
                    .setServerConfig("fsync", "on")
                    .setServerConfig("synchronous_commit", "on");
        }
        EmbeddedPostgres postgres = builder.start();
        log.info("Started embedded PostgreSQL on port {} with data in {} (set SPRING_DATASOURCE_URL to use an external database)",
                postgres.getPort(), dataDir.isBlank() ? "a temporary directory" : Path.of(dataDir).toAbsolutePath().normalize());
        return postgres;
    }

    /**
     * If the app was killed hard (kill -9, power loss), its PostgreSQL child may still run on the data
     * directory and block the next start. Stop it (a "fast" shutdown keeps every committed
     * transaction) and go on; a stale pid file without a process is left for PostgreSQL to handle.
     */
    static void stopOrphanedServer(Path dir) throws IOException {
        Path pidFile = dir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        long pid;
        try {
            pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        } catch (RuntimeException e) {
            return;
        }
        var process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                .filter(p -> p.info().command().map(c -> c.endsWith("postgres")).orElse(false));
        if (process.isEmpty()) {
            return;
        }
        log.warn("An embedded PostgreSQL from an earlier run (pid {}) still holds {}; stopping it", pid, dir);
        try {
            new ProcessBuilder("kill", "-INT", String.valueOf(pid)).inheritIO().start().waitFor();
            process.get().onExit().get(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            log.warn("Could not stop the earlier embedded PostgreSQL (pid {}): {}", pid, e.toString());
        }
    }

    @Bean
    DataSource dataSource(EmbeddedPostgres postgres) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(10);
        dataSource.setPoolName("servicemiljo-embedded");
        return dataSource;
    }
}
