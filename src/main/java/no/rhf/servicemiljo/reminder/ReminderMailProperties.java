package no.rhf.servicemiljo.reminder;

import jakarta.validation.constraints.NotBlank;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The sender of reminder mails, {@code spring.mail.from} (beside Spring Boot's own {@code spring.mail.*} SMTP settings,
 * which have no sender).
 *
 * @param from the From address, e.g. {@code servicemiljo@localhost} or {@code Servicemiljø <noreply@example.no>}
 */
@Validated
@ConfigurationProperties("spring.mail")
public record ReminderMailProperties(@DefaultValue("servicemiljo@localhost") @NotBlank String from) {
}
