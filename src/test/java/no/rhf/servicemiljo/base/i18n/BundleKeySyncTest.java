package no.rhf.servicemiljo.base.i18n;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundles of mails and exports ({@code i18n/mail.properties} and {@code i18n/export.properties}, each with
 * {@code _nn} and {@code _en}) have the same keys in bokmål, nynorsk and English, every text is a valid
 * {@link MessageFormat} pattern, and each language's text takes the same arguments.
 */
class BundleKeySyncTest {

    private static final Map<String, Locale> LANGUAGES = Map.of("", AppI18NProvider.NORWEGIAN, "_nn", Messages.NYNORSK,
            "_en", AppI18NProvider.ENGLISH);

    @ParameterizedTest
    @ValueSource(strings = {"mail", "export"})
    void nynorskAndEnglishHaveExactlyTheKeysOfBokmal(String bundle) throws Exception {
        Properties nb = load(bundle, "");
        assertFalse(nb.isEmpty());
        for (String suffix : new String[]{"_nn", "_en"}) {
            Properties other = load(bundle, suffix);
            var missing = new TreeSet<>(nb.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            var extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(nb.stringPropertyNames());
            assertTrue(missing.isEmpty(), bundle + suffix + ".properties lacks " + missing);
            assertTrue(extra.isEmpty(), bundle + suffix + ".properties has keys bokmål lacks: " + extra);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"mail", "export"})
    void everyTextIsAValidPatternWithTheSameArgumentsInEveryLanguage(String name) throws Exception {
        Properties nb = load(name, "");
        for (var language : LANGUAGES.entrySet()) {
            Properties bundle = load(name, language.getKey());
            for (String key : nb.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertNotNull(text, key);
                assertFalse(text.isBlank(), name + language.getKey() + ": " + key + " is empty");
                if (key.endsWith(".pattern")) {
                    java.time.format.DateTimeFormatter.ofPattern(text, language.getValue()); // a date pattern
                    continue;
                }
                assertEquals(arguments(nb.getProperty(key), AppI18NProvider.NORWEGIAN), arguments(text, language.getValue()),
                        name + language.getKey() + ": " + key + " takes other arguments than bokmål");
            }
        }
    }

    /** The highest argument index a pattern uses, plus one (MessageFormat parses it, so a broken choice fails here). */
    private static int arguments(String pattern, Locale locale) {
        if (!pattern.contains("{")) {
            return 0;
        }
        return new MessageFormat(pattern, locale).getFormatsByArgumentIndex().length;
    }

    private static Properties load(String bundle, String suffix) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = BundleKeySyncTest.class.getResourceAsStream("/i18n/" + bundle + suffix + ".properties")) {
            assertNotNull(in, "i18n/" + bundle + suffix + ".properties");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
