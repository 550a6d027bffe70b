package no.rhf.servicemiljo.base;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * A production-like start: an external database given by {@code spring.datasource.url}. The app
 * must start nothing embedded, create no demo users and take its first administrator from configuration.
 */
@SpringBootTest(properties = {
        "servicemiljo.first-admin.username=Forste.Admin",
        "servicemiljo.first-admin.password=et-langt-passord",
        "servicemiljo.first-admin.email=admin@helse.example",
        "servicemiljo.first-admin.full-name=Første Administrator"})
class ExternalDatabaseStartTest {

    /** Stands in for the external PostgreSQL server of a production installation. */
    static final EmbeddedPostgres EXTERNAL = start();

    static EmbeddedPostgres start() {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    @DynamicPropertySource
    static void externalDatabase(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> EXTERNAL.getJdbcUrl("postgres", "postgres"));
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("spring.datasource.password", () -> "postgres");
    }

    @AfterAll
    static void stop() throws IOException {
        EXTERNAL.close();
    }

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    org.springframework.context.ApplicationContext context;

    @Test
    void usesTheGivenDatabaseCreatesTheFirstAdministratorAndNoDemoUsers() {
        assertEquals(0, context.getBeanNamesForType(EmbeddedPostgres.class).length, "nothing embedded may start");
        List<Map<String, Object>> users = jdbc.queryForList("select username, role, full_name from app_user");
        assertEquals(1, users.size());
        assertEquals("forste.admin", users.getFirst().get("username"));
        assertEquals("ADMIN", users.getFirst().get("role"));
        assertEquals("Første Administrator", users.getFirst().get("full_name"));
    }
}
