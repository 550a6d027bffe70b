package no.rhf.servicemiljo.base.i18n;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import java.util.Locale;

/**
 * Texts from the message bundles for services (e-mails, exports) and views alike: a small facade over Spring's
 * {@link MessageSource}. Plural forms live in the bundles as {@link java.text.MessageFormat} choices, e.g.
 * {@code {0,choice,1#1 dag|1<{0} dagar}}.
 */
@Component
public class Messages {

    /** Norwegian nynorsk; mail texts have it, UI bundles fall back to bokmål where they have no {@code _nn} file. */
    public static final Locale NYNORSK = Locale.forLanguageTag("nn-NO");

    private static final Logger log = LoggerFactory.getLogger(Messages.class);

    private final MessageSource messageSource;

    public Messages(MessageSource messageSource) {
        this.messageSource = messageSource;
    }

    /** The text of {@code key} in {@code locale} with its arguments; {@code !key} (and a warning) when it is missing. */
    public String get(String key, Locale locale, Object... arguments) {
        String text = messageSource.getMessage(key, arguments.length == 0 ? null : arguments, null, language(locale));
        if (text == null) {
            log.warn("Missing translation for key '{}'", key);
            return "!" + key;
        }
        return text;
    }

    /** The text of {@code key} in the language of a stored language code ({@code nb}, {@code nn}, {@code en}). */
    public String get(String key, String languageCode, Object... arguments) {
        return get(key, language(languageCode), arguments);
    }

    /** The locale the bundles are read in: English, nynorsk, or else bokmål (also for no locale). */
    public static Locale language(Locale locale) {
        return locale == null ? AppI18NProvider.NORWEGIAN : language(locale.getLanguage());
    }

    /** The locale of a language code: {@code en} English, {@code nn} nynorsk, anything else bokmål. */
    public static Locale language(String languageCode) {
        if (languageCode == null) {
            return AppI18NProvider.NORWEGIAN;
        }
        return switch (languageCode.toLowerCase(Locale.ROOT)) {
            case "en" -> AppI18NProvider.ENGLISH;
            case "nn" -> NYNORSK;
            default -> AppI18NProvider.NORWEGIAN;
        };
    }
}
