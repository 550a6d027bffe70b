package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.shared.HasTooltip;
import com.vaadin.flow.server.VaadinSession;
import no.rhf.servicemiljo.base.i18n.UiLanguages;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The header's language switch: bokmål, nynorsk or English, each named in its own language (so that
 * someone who cannot read the current language still finds their own). The choice is remembered
 * for the user through {@code remember} and the page reloads in the new language. A {@link PlainSelect}:
 * it is on every page, and Vaadin's select would keep a component per language on the server for each of them.
 */
public class LanguageSwitch extends PlainSelect implements HasTooltip {

    public LanguageSwitch(Consumer<String> remember) {
        setId("language-select");
        // The visible label is hidden in the narrow header; the accessible name stays.
        setAriaLabel(getTranslation("nav.language"));
        setTooltipText(getTranslation("nav.language"));
        addClassName("sm-language-switch");
        Map<String, String> names = new LinkedHashMap<>();
        UiLanguages.LOCALES.forEach(locale -> names.put(locale.getLanguage(), UiLanguages.nameOf(locale)));
        setOptions(names);
        setValue(UiLanguages.localeOf(getLocale().getLanguage()).getLanguage());
        addValueChangeListener(event -> {
            if (event.isFromClient() && names.containsKey(event.getValue())) {
                Locale chosen = UiLanguages.localeOf(event.getValue());
                remember.accept(chosen.getLanguage());
                VaadinSession.getCurrent().setLocale(chosen);
                UI.getCurrent().setLocale(chosen);
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
