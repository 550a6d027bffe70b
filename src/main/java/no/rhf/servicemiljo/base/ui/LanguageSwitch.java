package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import no.rhf.servicemiljo.base.i18n.UiLanguages;

import java.util.Locale;
import java.util.function.Consumer;

/**
 * The header's language switch: bokmål, nynorsk or English, each named in its own language (so that
 * someone who cannot read the current language still finds their own). The choice is remembered
 * for the user through {@code remember} and the page reloads in the new language.
 */
public class LanguageSwitch extends Select<Locale> {

    public LanguageSwitch(Consumer<String> remember) {
        setId("language-select");
        // The visible label is hidden in the narrow header; the accessible name stays.
        setAriaLabel(getTranslation("nav.language"));
        setTooltipText(getTranslation("nav.language"));
        addClassName("sm-language-switch");
        setItems(UiLanguages.LOCALES);
        setItemLabelGenerator(UiLanguages::nameOf);
        setValue(UiLanguages.localeOf(getLocale().getLanguage()));
        addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                remember.accept(event.getValue().getLanguage());
                VaadinSession.getCurrent().setLocale(event.getValue());
                UI.getCurrent().setLocale(event.getValue());
                UI.getCurrent().getPage().reload();
            }
        });
    }
}
