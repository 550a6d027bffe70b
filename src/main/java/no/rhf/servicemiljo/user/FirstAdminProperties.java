package no.rhf.servicemiljo.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The first administrator of a production start ({@code servicemiljo.first-admin.*}), created only while there are no
 * users. An empty username or a password shorter than {@link UserService#MIN_PASSWORD_LENGTH} creates nobody (a warning
 * is logged) rather than stopping the start.
 *
 * @param username its username (empty: none is created)
 * @param password its password
 * @param email    its e-mail address (empty: {@code <username>@localhost})
 * @param fullName its display name
 */
@Validated
@ConfigurationProperties("servicemiljo.first-admin")
public record FirstAdminProperties(@DefaultValue("") @NotNull String username,
                                   @DefaultValue("") @NotNull String password,
                                   @DefaultValue("") @NotNull @Email String email,
                                   @DefaultValue("Administrator") @NotNull String fullName) {
}
