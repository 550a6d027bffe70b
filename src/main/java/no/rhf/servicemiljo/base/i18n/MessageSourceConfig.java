package no.rhf.servicemiljo.base.i18n;

import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * The one {@link MessageSource} of the app: every bundle under {@code i18n/} (a feature's UI texts such as
 * {@code i18n/registry.properties}, the e-mail texts {@code i18n/mail.properties}), bokmål in the base files and the
 * other languages beside them ({@code _en}, {@code _nn}). A key missing in a language falls back to bokmål, never to
 * the JVM's default locale. The Vaadin {@link AppI18NProvider}, {@link Messages} and the mail templates all read it.
 */
@Configuration(proxyBeanMethods = false)
public class MessageSourceConfig {

    /** The bean name Spring's context looks up ({@code AbstractApplicationContext.MESSAGE_SOURCE_BEAN_NAME}). */
    @Bean
    public MessageSource messageSource() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames(baseNames());
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** {@code i18n/<name>} for every {@code i18n/<name>.properties} on the classpath (no language suffix). */
    public static String[] baseNames() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties");
            return Arrays.stream(resources)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .filter(name -> !name.contains("_"))
                    .map(name -> "i18n/" + name.substring(0, name.length() - ".properties".length()))
                    .distinct().sorted().toArray(String[]::new);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
