package no.rhf.servicemiljo.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Locale;

/**
 * Vaadin's view of the message bundles: a thin adapter over Spring's {@link org.springframework.context.MessageSource}
 * (see {@link MessageSourceConfig}). Norwegian bokmål is the base of every bundle, English second; every feature keeps
 * its own bundle under {@code i18n/} (for example {@code i18n/registry.properties} and
 * {@code i18n/registry_en.properties}). Services use {@link Messages}, not this class.
 */
@Component
public class AppI18NProvider implements I18NProvider {

    public static final Locale NORWEGIAN = Locale.forLanguageTag("nb-NO");
    public static final Locale ENGLISH = Locale.ENGLISH;

    private final Messages messages;

    public AppI18NProvider(Messages messages) {
        this.messages = messages;
    }

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(NORWEGIAN, ENGLISH);
    }

    public static Locale localeOf(String languageCode) {
        return "en".equals(languageCode) ? ENGLISH : NORWEGIAN;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return messages.get(key, locale, params);
    }
}
