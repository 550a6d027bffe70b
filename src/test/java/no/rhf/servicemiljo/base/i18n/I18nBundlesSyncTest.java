package no.rhf.servicemiljo.base.i18n;

import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every message bundle under {@code i18n/} has exactly the same keys in bokmål (the base file),
 * nynorsk ({@code _nn}) and English ({@code _en}). The bundles are found on the classpath, so a
 * bundle added later by any feature is checked without touching this test (as in PetClinic's
 * {@code I18nPropertiesSyncTest}).
 */
class I18nBundlesSyncTest {

    private static final List<String> TRANSLATIONS = List.of("nn", "en");

    @Test
    void everyBundleHasTheSameKeysInBokmalNynorskAndEnglish() throws IOException {
        Map<String, Resource> files = new TreeMap<>();
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:i18n/*.properties")) {
            files.put(resource.getFilename(), resource);
        }
        List<String> bases = files.keySet().stream().filter(name -> !name.contains("_"))
                .map(name -> name.substring(0, name.length() - ".properties".length())).toList();
        assertThat(bases).as("bundles under i18n/").contains("common", "a11y");

        List<String> problems = new ArrayList<>();
        for (String base : bases) {
            Set<String> bokmal = keys(files.get(base + ".properties"));
            for (String language : TRANSLATIONS) {
                Resource translation = files.get(base + "_" + language + ".properties");
                if (translation == null) {
                    problems.add("i18n/" + base + "_" + language + ".properties is missing");
                    continue;
                }
                Set<String> translated = keys(translation);
                Set<String> missing = new TreeSet<>(bokmal);
                missing.removeAll(translated);
                Set<String> extra = new TreeSet<>(translated);
                extra.removeAll(bokmal);
                if (!missing.isEmpty()) {
                    problems.add(base + "_" + language + " lacks " + missing);
                }
                if (!extra.isEmpty()) {
                    problems.add(base + "_" + language + " has keys the bokmål file lacks: " + extra);
                }
                translated.stream().filter(key -> value(translation, key).isBlank())
                        .forEach(key -> problems.add(base + "_" + language + " has an empty text for " + key));
            }
        }
        // A translation file whose bundle has no bokmål base is never read.
        files.keySet().stream().filter(name -> name.contains("_"))
                .filter(name -> !bases.contains(name.substring(0, name.indexOf('_'))))
                .forEach(name -> problems.add("i18n/" + name + " has no bokmål base file"));
        assertThat(problems).isEmpty();
    }

    @Test
    void aNynorskUserGetsNynorskAndAnUnknownLanguageBokmal() {
        assertThat(UiLanguages.localeOf("nn")).isEqualTo(UiLanguages.NYNORSK);
        assertThat(UiLanguages.localeOf("en")).isEqualTo(AppI18NProvider.ENGLISH);
        assertThat(UiLanguages.localeOf("xx")).isEqualTo(AppI18NProvider.NORWEGIAN);
        assertThat(AppI18NProvider.localeOf("nn")).isEqualTo(UiLanguages.NYNORSK);
        assertThat(UiLanguages.LOCALES).containsExactly(AppI18NProvider.NORWEGIAN, UiLanguages.NYNORSK, AppI18NProvider.ENGLISH);
        assertThat(UiLanguages.nameOf(UiLanguages.NYNORSK)).isEqualTo("Norsk (nynorsk)");
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
        assertThat(ResourceBundle.getBundle("i18n/common", UiLanguages.NYNORSK, control).getString("nav.home")).isEqualTo("Oppgåvene mine");
        assertThat(ResourceBundle.getBundle("i18n/common", AppI18NProvider.NORWEGIAN, control).getString("nav.home")).isEqualTo("Mine oppgaver");
        String edited = ResourceBundle.getBundle("i18n/a11y", UiLanguages.NYNORSK, control).getString("a11y.live.edited");
        assertThat(new MessageFormat(edited, UiLanguages.NYNORSK).format(new Object[] {"Erik Dahl", "Samla konklusjon"}))
                .isEqualTo("Erik Dahl endra Samla konklusjon");
    }

    private static Set<String> keys(Resource resource) {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static String value(Resource resource, String key) {
        return load(resource).getProperty(key, "");
    }

    private static Properties load(Resource resource) {
        Properties properties = new Properties();
        try (InputStream in = resource.getInputStream()) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(resource.getFilename(), e);
        }
        return properties;
    }

}
