package no.rhf.servicemiljo.security;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.time.Duration;

/**
 * Brute-force protection of the local login ({@code servicemiljo.login-protection.*}). After
 * {@code freeFailures} consecutive failures for an account (or {@code addressFreeFailures} from one address),
 * each further attempt must wait {@code baseDelay}, doubling per failure up to {@code maxDelay}; at
 * {@code lockoutFailures} ({@code addressLockoutFailures}) the account (address) is locked for
 * {@code lockoutDuration}. Failures older than {@code lockoutDuration} are forgotten.
 */
@Validated
@ConfigurationProperties("servicemiljo.login-protection")
public record LoginProtectionProperties(@DefaultValue("5") @Min(1) int freeFailures,
                                        @DefaultValue("10") @Min(2) int lockoutFailures,
                                        @DefaultValue("10") @Min(1) int addressFreeFailures,
                                        @DefaultValue("30") @Min(2) int addressLockoutFailures,
                                        @DefaultValue("1s") @NotNull Duration baseDelay,
                                        @DefaultValue("30s") @NotNull Duration maxDelay,
                                        @DefaultValue("15m") @NotNull Duration lockoutDuration) {
}
