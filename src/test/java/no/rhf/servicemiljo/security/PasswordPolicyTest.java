package no.rhf.servicemiljo.security;

import org.junit.jupiter.api.Test;

import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** At least 12 characters, not a common or breached password (also with digits and punctuation added), not the username. */
class PasswordPolicyTest {

    @Test
    void elevenCharactersAreTooFewTwelveAreEnough() {
        assertEquals(Optional.of(PasswordPolicy.Problem.TOO_SHORT), PasswordPolicy.check("kari", "Fjelltur-12"));
        assertEquals(Optional.empty(), PasswordPolicy.check("kari", "Fjelltur-123"));
    }

    @Test
    void commonAndBreachedPasswordsAreRefusedAlsoWithDigitsAndPunctuationAdded() {
        for (String password : new String[]{"password1234", "Passord12345", "Sommer2025!!!", "qwertyuiop123", "velkommen2026",
                "123456789012", "aaaaaaaaaaaa", "abababababab", "Servicemiljo123"}) {
            assertEquals(Optional.of(PasswordPolicy.Problem.COMMON), PasswordPolicy.check("kari", password), password);
        }
    }

    @Test
    void aPasswordContainingTheUsernameIsRefused() {
        assertEquals(Optional.of(PasswordPolicy.Problem.CONTAINS_USERNAME), PasswordPolicy.check("kari.nordmann", "xKari.Nordmann9"));
    }
}
