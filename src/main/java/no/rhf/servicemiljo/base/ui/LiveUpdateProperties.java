package no.rhf.servicemiljo.base.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * Live refresh of open screens ({@code servicemiljo.live-updates.*}).
 *
 * @param refreshInterval the shortest time between two refreshes of one screen: a burst of changes within it gives
 *                        one refresh at its end (0: refresh as soon as the screen's previous refresh has run)
 */
@ConfigurationProperties("servicemiljo.live-updates")
public record LiveUpdateProperties(@DefaultValue("250ms") Duration refreshInterval) {

    public LiveUpdateProperties {
        if (refreshInterval == null || refreshInterval.isNegative() || refreshInterval.compareTo(Duration.ofSeconds(10)) > 0) {
            throw new IllegalArgumentException("servicemiljo.live-updates.refresh-interval must be between 0 and 10s");
        }
    }
}
