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
 * UI texts from message bundles: Norwegian bokmål first (the base files), English second.
 * Every feature keeps its own bundle under {@code i18n/} (for example {@code i18n/registry.properties}
 * and {@code i18n/registry_en.properties}); all of them are found on the classpath at start.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private static final Logger log = LoggerFactory.getLogger(AppI18NProvider.class);
    // No fallback to the JVM's default locale: a missing English key falls back to bokmål.
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
        return UiLanguages.LOCALES;
    }

    public static Locale localeOf(String languageCode) {
        return UiLanguages.localeOf(languageCode);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale effective = UiLanguages.localeOf(locale == null ? null : locale.getLanguage());
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
