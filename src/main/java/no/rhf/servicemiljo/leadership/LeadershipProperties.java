package no.rhf.servicemiljo.leadership;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.LocalDate;
import java.util.List;

/**
 * The default leadership rotation of the service environment ({@code servicemiljo.leadership.*}), used by the demo data.
 *
 * @param rotation         region codes (HSO, HV, HMN, HN) in the order they lead
 * @param firstPeriodStart the first day of the first period
 * @param periodYears      the length of a period in years
 */
@Validated
@ConfigurationProperties("servicemiljo.leadership")
public record LeadershipProperties(
        @DefaultValue({"HV", "HMN", "HN", "HSO"}) @NotEmpty List<@NotNull @Pattern(regexp = "[A-Z]{2,4}") String> rotation,
        @DefaultValue("2023-01-01") @NotNull LocalDate firstPeriodStart,
        @DefaultValue("2") @Min(1) @Max(10) int periodYears) {

    public LeadershipProperties {
        rotation = List.copyOf(rotation);
    }
}
