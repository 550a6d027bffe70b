package no.rhf.servicemiljo.base;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The context starts on a fresh embedded PostgreSQL, Flyway migrates it and demo data is seeded. */
class ApplicationStartupTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void flywayMigratesAnEmptyEmbeddedPostgres() {
        String version = jdbc.queryForObject("select version()", String.class);
        assertTrue(version.startsWith("PostgreSQL 17"), version);
        Integer failed = jdbc.queryForObject("select count(*) from flyway_schema_history where not success", Integer.class);
        Integer applied = jdbc.queryForObject("select count(*) from flyway_schema_history where success", Integer.class);
        assertEquals(0, failed);
        assertTrue(applied >= 1);
    }

    @Test
    void referenceDataHasFourRegionsAndTheirHealthTrusts() {
        assertEquals(List.of("Helse Sør-Øst", "Helse Vest", "Helse Midt-Norge", "Helse Nord"),
                jdbc.queryForList("select name from region order by sort_order", String.class));
        assertEquals(List.of(9, 4, 3, 4), jdbc.queryForList(
                "select count(*)::int from health_trust group by region_id order by region_id", Integer.class));
    }

    @Test
    void demoUsersExistForEveryRoleWithHashedPasswords() {
        for (Role role : Role.values()) {
            Integer count = jdbc.queryForObject("select count(*) from app_user where role = ?", Integer.class, role.name());
            assertTrue(count > 0, "no demo user with role " + role);
        }
        List<String> hashes = jdbc.queryForList("select password_hash from app_user", String.class);
        assertTrue(hashes.stream().allMatch(h -> h.startsWith("{bcrypt}$2")), "passwords must be bcrypt hashes");
    }
}
