package no.rhf.servicemiljo.base.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * After a hard kill of the app (kill -9), its PostgreSQL keeps running on the data directory. The
 * next start must stop that orphan and start again on the same data, with every committed row there.
 */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDir;

    /** Runs in a child JVM that the test kills like an operator would: start, commit a row, wait. */
    public static final class KilledApp {
        public static void main(String[] args) throws Exception {
            EmbeddedPostgres postgres = EmbeddedPostgres.builder().setDataDirectory(Path.of(args[0]))
                    .setCleanDataDirectory(false).setServerConfig("fsync", "on").start();
            try (Connection c = postgres.getPostgresDatabase().getConnection()) {
                c.createStatement().execute("create table kept (v text); insert into kept values ('æøå')");
            }
            System.out.println("READY");
            System.out.flush();
            Thread.sleep(600_000);
        }
    }

    @Test
    void aServerLeftRunningByAKilledAppIsStoppedAndTheDataSurvives() throws Exception {
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledApp.class.getName(), dataDir.toString())
                .redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = out.readLine()) != null && !line.contains("READY")) {
                // wait until the child has committed its row
            }
        }
        app.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
        assertTrue(Files.exists(dataDir.resolve("postmaster.pid")), "the killed app's PostgreSQL is still running");

        EmbeddedDatabaseConfig.stopOrphanedServer(dataDir);

        try (EmbeddedPostgres restarted = EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).start();
             Connection c = restarted.getPostgresDatabase().getConnection();
             ResultSet rs = c.createStatement().executeQuery("select v from kept")) {
            rs.next();
            assertEquals("æøå", rs.getString(1));
        }
    }
}
