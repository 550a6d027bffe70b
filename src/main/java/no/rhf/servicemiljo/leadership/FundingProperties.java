package no.rhf.servicemiljo.leadership;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.math.BigDecimal;

/**
 * Funding of the support functions ({@code servicemiljo.support-share-percent}).
 *
 * @param supportSharePercent the share (2–4 %) of the earmarked grants (other than for rare diagnoses) that funds the
 *                            support functions
 */
@Validated
@ConfigurationProperties("servicemiljo")
public record FundingProperties(@DefaultValue("4") @NotNull @DecimalMin("2") @DecimalMax("4") BigDecimal supportSharePercent) {
}
