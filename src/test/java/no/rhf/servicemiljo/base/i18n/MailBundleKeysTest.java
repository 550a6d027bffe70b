package no.rhf.servicemiljo.base.i18n;

import org.junit.jupiter.api.Test;

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
 * The mail bundle ({@code i18n/mail.properties}, {@code _nn}, {@code _en}) has the same keys in bokmål, nynorsk and
 * English, every text is a valid {@link MessageFormat} pattern, and each language's text takes the same arguments.
 */
class MailBundleKeysTest {

    private static final Map<String, Locale> LANGUAGES = Map.of("", AppI18NProvider.NORWEGIAN, "_nn", Messages.NYNORSK,
            "_en", AppI18NProvider.ENGLISH);

    @Test
    void nynorskAndEnglishHaveExactlyTheKeysOfBokmal() throws Exception {
        Properties nb = load("");
        assertFalse(nb.isEmpty());
        for (String suffix : new String[]{"_nn", "_en"}) {
            Properties other = load(suffix);
            var missing = new TreeSet<>(nb.stringPropertyNames());
            missing.removeAll(other.stringPropertyNames());
            var extra = new TreeSet<>(other.stringPropertyNames());
            extra.removeAll(nb.stringPropertyNames());
            assertTrue(missing.isEmpty(), "mail" + suffix + ".properties lacks " + missing);
            assertTrue(extra.isEmpty(), "mail" + suffix + ".properties has keys bokmål lacks: " + extra);
        }
    }

    @Test
    void everyTextIsAValidPatternWithTheSameArgumentsInEveryLanguage() throws Exception {
        Properties nb = load("");
        for (var language : LANGUAGES.entrySet()) {
            Properties bundle = load(language.getKey());
            for (String key : nb.stringPropertyNames()) {
                String text = bundle.getProperty(key);
                assertNotNull(text, key);
                assertFalse(text.isBlank(), "mail" + language.getKey() + ": " + key + " is empty");
                if (key.endsWith(".pattern")) {
                    java.time.format.DateTimeFormatter.ofPattern(text, language.getValue()); // a date pattern
                    continue;
                }
                assertEquals(arguments(nb.getProperty(key), AppI18NProvider.NORWEGIAN), arguments(text, language.getValue()),
                        "mail" + language.getKey() + ": " + key + " takes other arguments than bokmål");
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

    private static Properties load(String suffix) throws Exception {
        Properties properties = new Properties();
        try (InputStream in = MailBundleKeysTest.class.getResourceAsStream("/i18n/mail" + suffix + ".properties")) {
            assertNotNull(in, "i18n/mail" + suffix + ".properties");
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
