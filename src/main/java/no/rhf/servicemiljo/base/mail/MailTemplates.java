package no.rhf.servicemiljo.base.mail;

import no.rhf.servicemiljo.base.i18n.Messages;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * E-mail bodies from Thymeleaf templates under {@code templates/mail/}: {@code <name>.txt} (TEXT mode) for the plain-text
 * part and {@code <name>.html} (HTML mode) for the HTML part, their texts ({@code #{key}}) from the app's
 * {@link MessageSource} (the bundle {@code i18n/mail.properties} and its {@code _en}, {@code _nn}). Templates get the
 * variables they are given plus {@code lang}, the language of the mail.
 */
@Component
public class MailTemplates {

    /** The two parts of a mail: the plain text and the same content as HTML. */
    public record MailBody(String text, String html) {
    }

    private final SpringTemplateEngine engine;

    public MailTemplates(MessageSource messageSource) {
        ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver(MailTemplates.class.getClassLoader());
        resolver.setPrefix("templates/mail/");
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setTextTemplateModePatterns(Set.of("*.txt"));
        resolver.setHtmlTemplateModePatterns(Set.of("*.html"));
        resolver.setCheckExistence(true);
        resolver.setCacheable(true);
        engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        engine.setTemplateEngineMessageSource(messageSource);
    }

    /** Both parts of the mail {@code name} in the language of {@code locale} (English, nynorsk, else bokmål). */
    public MailBody render(String name, Locale locale, Map<String, ?> variables) {
        Locale language = Messages.language(locale);
        Context context = new Context(language);
        variables.forEach(context::setVariable);
        context.setVariable("lang", language.getLanguage());
        return new MailBody(engine.process(name + ".txt", context), engine.process(name + ".html", context));
    }
}
