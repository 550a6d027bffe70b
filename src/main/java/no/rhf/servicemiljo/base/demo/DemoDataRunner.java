package no.rhf.servicemiljo.base.demo;

import no.rhf.servicemiljo.base.config.EmbeddedDatabaseCondition;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Conditional;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/** Seeds demo data, but only on the embedded default database: a production start gets none. */
@Component
@Order(0)
@Conditional(EmbeddedDatabaseCondition.class)
@ConditionalOnBooleanProperty(name = "servicemiljo.demo-data.enabled", matchIfMissing = true)
class DemoDataRunner implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataRunner.class);

    private final List<DemoDataSeeder> seeders;

    DemoDataRunner(List<DemoDataSeeder> seeders) {
        this.seeders = seeders;
    }

    @Override
    public void run(ApplicationArguments args) {
        seeders.stream().sorted(Comparator.comparingInt(DemoDataSeeder::order)).forEach(seeder -> {
            log.debug("Demo data: {}", seeder.getClass().getSimpleName());
            seeder.seed();
        });
        log.info("Demo data is in place ({} seeders). Demo users log in with the password documented in README.md.", seeders.size());
    }
}
