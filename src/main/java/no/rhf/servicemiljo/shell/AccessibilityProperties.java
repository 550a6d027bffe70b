package no.rhf.servicemiljo.shell;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The accessibility statement's settings ({@code servicemiljo.accessibility.*}).
 *
 * @param contact where users send feedback on accessibility (shown on the statement)
 */
@Validated
@ConfigurationProperties("servicemiljo.accessibility")
public record AccessibilityProperties(@NotBlank @Email String contact) {

    public AccessibilityProperties {
        contact = contact == null ? "tilgjengelighet@servicemiljo.no" : contact;
    }
}
