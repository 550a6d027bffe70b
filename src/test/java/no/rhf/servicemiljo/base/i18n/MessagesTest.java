package no.rhf.servicemiljo.base.i18n;

import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** {@link Messages} and the Vaadin adapter read the same bundles through Spring's MessageSource. */
class MessagesTest {

    private final Messages messages = new Messages(new MessageSourceConfig().messageSource());
    private final AppI18NProvider provider = new AppI18NProvider(messages);

    @Test
    void theVaadinAdapterGivesWhatTheMessageSourceGives() {
        assertEquals("Mine oppgaver", provider.getTranslation("nav.home", AppI18NProvider.NORWEGIAN));
        assertEquals("My tasks", provider.getTranslation("nav.home", AppI18NProvider.ENGLISH));
        assertEquals(messages.get("nav.home", Locale.ENGLISH), provider.getTranslation("nav.home", Locale.UK));
        assertEquals("Hei Kari,", provider.getTranslation("mail.greeting", AppI18NProvider.NORWEGIAN, "Kari"));
    }

    @Test
    void languagesAndTheirFallback() {
        assertEquals("Opne Servicemiljø", messages.get("mail.open", "nn"));
        assertEquals("Opne Servicemiljø", messages.get("mail.open", Locale.forLanguageTag("nn")));
        assertEquals("Open Servicemiljø", messages.get("mail.open", "en"));
        assertEquals("Åpne Servicemiljø", messages.get("mail.open", "nb"));
        // no fallback to the JVM's locale: any other language, or none, is bokmål
        assertEquals("Åpne Servicemiljø", messages.get("mail.open", Locale.GERMAN));
        assertEquals("Åpne Servicemiljø", messages.get("mail.open", (Locale) null));
        assertEquals(Messages.NYNORSK, Messages.language("nn"));
        assertEquals(AppI18NProvider.NORWEGIAN, Messages.language("no"));
    }

    @Test
    void pluralsAndApostrophes() {
        assertEquals("om 1 dag", messages.get("mail.when.ahead", "nb", 1));
        assertEquals("om 2 dager", messages.get("mail.when.ahead", "nb", 2));
        assertEquals("om 2 dagar", messages.get("mail.when.ahead", "nn", 2));
        assertEquals("in 1 day", messages.get("mail.when.ahead", "en", 1));
        // a text without arguments is not a MessageFormat pattern: its apostrophe stays
        assertEquals("— Servicemiljø (the regional health authorities' service environment)", messages.get("mail.signature", "en"));
    }

    @Test
    void aMissingKeyShowsItself() {
        assertEquals("!no.such.key", messages.get("no.such.key", AppI18NProvider.NORWEGIAN));
        assertEquals("!no.such.key", provider.getTranslation("no.such.key", Locale.ENGLISH));
    }
}
