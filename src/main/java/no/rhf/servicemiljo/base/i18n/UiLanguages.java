package no.rhf.servicemiljo.base.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The three UI languages a user can choose: Norwegian bokmål ({@code nb}, the base bundles), nynorsk
 * ({@code nn}, the {@code _nn} bundles) and English ({@code en}). The choice is stored on the user as
 * the language code.
 */
public final class UiLanguages {

    public static final Locale BOKMAL = AppI18NProvider.NORWEGIAN;
    public static final Locale NYNORSK = Locale.forLanguageTag("nn-NO");
    public static final Locale ENGLISH = AppI18NProvider.ENGLISH;
    /** In the order the language switch offers them. */
    public static final List<Locale> LOCALES = List.of(BOKMAL, NYNORSK, ENGLISH);

    private UiLanguages() {
    }

    /** The UI locale for a stored language code ("nb", "nn" or "en"); bokmål for anything else. */
    public static Locale localeOf(String languageCode) {
        return switch (languageCode == null ? "" : languageCode) {
            case "en" -> ENGLISH;
            case "nn" -> NYNORSK;
            default -> BOKMAL;
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
}
