package no.rhf.servicemiljo.base.config;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL started when no {@code spring.datasource.url} is given ({@code servicemiljo.embedded-db.*}).
 *
 * @param dataDir its persistent data directory; empty: a fresh temporary directory (tests)
 */
@Validated
@ConfigurationProperties("servicemiljo.embedded-db")
public record EmbeddedDatabaseProperties(@DefaultValue("") @NotNull String dataDir) {
}
