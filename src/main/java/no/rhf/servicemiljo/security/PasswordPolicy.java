package no.rhf.servicemiljo.security;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Password policy of local accounts: at least {@link #MIN_LENGTH} characters, not on the bundled list of common
 * and breached passwords ({@code security/common-passwords.txt}, also with trailing digits and punctuation removed,
 * so "Sommer2025!!!!" counts as "sommer"), and not containing the username.
 */
public final class PasswordPolicy {

    public static final int MIN_LENGTH = 12;

    public enum Problem { TOO_SHORT, COMMON, CONTAINS_USERNAME }

    private static final Set<String> COMMON = load();

    private PasswordPolicy() {
    }

    public static Optional<Problem> check(String username, String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            return Optional.of(Problem.TOO_SHORT);
        }
        String lower = password.toLowerCase(Locale.ROOT);
        String stem = lower.replaceAll("[\\d\\p{Punct}\\s]+$", "");
        if (COMMON.contains(lower) || COMMON.contains(stem) || COMMON.contains(lower.replaceAll("[\\d\\p{Punct}\\s]", ""))
                || isRepetition(lower)) {
            return Optional.of(Problem.COMMON);
        }
        if (username != null && username.trim().length() >= 3 && lower.contains(username.trim().toLowerCase(Locale.ROOT))) {
            return Optional.of(Problem.CONTAINS_USERNAME);
        }
        return Optional.empty();
    }

    /** "aaaaaaaaaaaa", "abababababab": one short piece repeated. */
    private static boolean isRepetition(String password) {
        for (int size = 1; size <= 3; size++) {
            String piece = password.substring(0, size);
            if (piece.repeat(password.length() / size + 1).startsWith(password)) {
                return true;
            }
        }
        return false;
    }

    private static Set<String> load() {
        Set<String> words = new HashSet<>();
        try (InputStream in = PasswordPolicy.class.getResourceAsStream("/security/common-passwords.txt")) {
            if (in == null) {
                throw new IllegalStateException("security/common-passwords.txt is missing");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = reader.readLine()) != null; ) {
                String word = line.strip().toLowerCase(Locale.ROOT);
                if (!word.isEmpty() && !word.startsWith("#")) {
                    words.add(word);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
