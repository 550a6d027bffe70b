package no.rhf.servicemiljo.base.ui;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Presence ({@code servicemiljo.presence.*}).
 *
 * @param closeInactiveScreens close pages that stopped sending heartbeats every few seconds ({@link InactiveUiCloser}
 *                             is conditional on this property); off only in the server-side UI tests
 */
@ConfigurationProperties("servicemiljo.presence")
public record PresenceProperties(@DefaultValue("true") boolean closeInactiveScreens) {
}
