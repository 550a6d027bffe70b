package no.rhf.servicemiljo.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * UI texts from message bundles: Norwegian bokmål first (the base files), nynorsk ({@code _nn}) and
 * English ({@code _en}). Every feature keeps its own bundle under {@code i18n/} (for example
 * {@code i18n/registry.properties}, {@code i18n/registry_nn.properties} and
 * {@code i18n/registry_en.properties}); all of them are found on the classpath at start.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final Locale NYNORSK = Locale.forLanguageTag("nn-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;
    /** The UI languages in the order the language switch offers them. */
    public static final List<Locale> LOCALES = List.of(NORWEGIAN, NYNORSK, ENGLISH);

    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);
    // No fallback to the JVM's default locale: a missing English or nynorsk key falls back to bokmål.
    private static final ResourceBundle.Control CONTROL =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private final List<String> baseNames;

    public AppI18NProvider() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            baseNames = java.util.Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    /** The UI locale for a stored language code ("nb", "nn" or "en"); bokmål for anything else. */
    public static Locale localeOf(String languageCode) {
        return switch (languageCode == null ? "" : languageCode) {
            case "en" -> ENGLISH;
            case "nn" -> NYNORSK;
            default -> NORWEGIAN;
        };
    }

    /** The language's own name, as the language switch shows it (each in its own language). */
    public static String nameOf(Locale locale) {
        return switch (localeOf(locale.getLanguage()).getLanguage()) {
            case "en" -> "English";
            case "nn" -> "Norsk (nynorsk)";
            default -> "Norsk (bokmål)";
        };
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = localeOf(locale == null ? null : locale.getLanguage());
        for (String baseName : baseNames) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(baseName, effective, getClass().getClassLoader(), CONTROL);
                if (bundle.containsKey(key)) {
                    String value = bundle.getString(key);
                    return params.length == 0 ? value : new MessageFormat(value, effective).format(params);
                }
            } catch (MissingResourceException e) {
                // this feature has no bundle for the locale: try the next one
            }
        }
        log.warn("Missing translation for key '{}'", key);
        return "!" + key;
    }
}
