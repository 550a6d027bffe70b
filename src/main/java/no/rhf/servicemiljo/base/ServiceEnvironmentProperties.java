package no.rhf.servicemiljo.base;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;

/**
 * Facts about the installation every feature may read ({@code servicemiljo.base-url},
 * {@code servicemiljo.operation-start}).
 *
 * @param baseUrl        the public base URL of links that leave the app (mails, reminder previews, {@code .ics}
 *                       events, the calendar feed); empty: derived by {@link PublicUrl}, the one reader
 * @param operationStart when the service environment started operating; it is evaluated after two years
 */
@Validated
@ConfigurationProperties("servicemiljo")
public record ServiceEnvironmentProperties(
        @DefaultValue("") @NotNull @Pattern(regexp = "\\s*|\\s*https?://\\S+\\s*", message = "must be empty or an http(s) URL") String baseUrl,
        @DefaultValue("2023-01-01") @NotNull LocalDate operationStart) {
}
