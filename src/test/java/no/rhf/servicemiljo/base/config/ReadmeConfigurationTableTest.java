package no.rhf.servicemiljo.base.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.convert.ApplicationConversionService;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.MergedAnnotation;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.convert.TypeDescriptor;
import org.springframework.core.env.PropertiesPropertySource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's configuration table agrees with the typed settings: every {@code @ConfigurationProperties} record under
 * {@code no.rhf.servicemiljo} (found by scanning, so a feature's new record is checked without touching this test) has
 * each of its properties documented as an environment variable, with the default the app really has (the record's
 * {@code @DefaultValue} or {@code application.properties}); and every documented {@code SERVICEMILJO_*} variable is a
 * record property or a {@code ${VARIABLE}} placeholder of {@code application.properties}. Rows of Spring's and
 * Vaadin's own settings ({@code SPRING_DATASOURCE_URL}, {@code PORT}, ...) are theirs to define.
 */
class ReadmeConfigurationTableTest {

    private static final String PACKAGE = "no.rhf.servicemiljo";
    private static final Pattern VARIABLE = Pattern.compile("`([A-Z][A-Z0-9_]*)`");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)[:}]");

    /** A documented row: its variables (e.g. {@code SPRING_MAIL_USERNAME / SPRING_MAIL_PASSWORD}) and default. */
    record Row(List<String> variables, String defaultValue) {
    }

    /** A property of a record: its name, its environment variable, its Java type and its default. */
    record Setting(String name, String variable, ResolvableType type, Object defaultValue, Class<?> owner) {
    }

    @Test
    void recordsAreFound() throws Exception {
        Set<String> owners = settings().stream().map(s -> s.owner().getSimpleName()).collect(Collectors.toSet());
        assertTrue(owners.containsAll(Set.of("ReminderProperties", "ServiceEnvironmentProperties", "FirstAdminProperties")), owners.toString());
    }

    @Test
    void everySettingIsDocumentedWithItsDefault() throws Exception {
        Map<String, Row> table = table();
        List<String> problems = new ArrayList<>();
        for (Setting setting : settings()) {
            Row row = table.get(setting.variable());
            if (row == null) {
                problems.add(setting.variable() + " (" + setting.name() + " of " + setting.owner().getSimpleName() + ") is not in the README's table");
            } else if (row.variables().size() == 1 && !sameDefault(row.defaultValue(), setting)) {
                problems.add(setting.variable() + ": the README says the default is '" + row.defaultValue() + "', the app has '"
                        + setting.defaultValue() + "'");
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
    }

    @Test
    void everyDocumentedSettingOfTheAppExists() throws Exception {
        Set<String> known = settings().stream().map(Setting::variable).collect(Collectors.toCollection(TreeSet::new));
        known.addAll(placeholders());
        List<String> unknown = table().keySet().stream()
                .filter(variable -> variable.startsWith("SERVICEMILJO_"))
                .filter(variable -> !known.contains(variable)).toList();
        assertTrue(unknown.isEmpty(), "documented in the README but read by no settings record or placeholder: " + unknown);
        assertFalse(table().isEmpty());
    }

    private static boolean sameDefault(String documented, Setting setting) {
        Object actual = setting.defaultValue();
        boolean none = actual == null || (actual instanceof String s && s.isBlank())
                || (actual instanceof Collection<?> c && c.isEmpty());
        String text = documented.strip();
        if (text.startsWith("–") || text.startsWith("-") && !text.matches("-\\d.*")) {
            return none;
        }
        Matcher code = Pattern.compile("^`([^`]*)`").matcher(text);
        if (!code.find() || none) {
            return false;
        }
        String value = code.group(1);
        try {
            Object converted = ApplicationConversionService.getSharedInstance().convert(value, TypeDescriptor.valueOf(String.class),
                    new TypeDescriptor(setting.type(), null, null));
            if (Objects.equals(converted, actual)) {
                return true;
            }
        } catch (RuntimeException e) {
            // compare as text below
        }
        return value.equals(String.valueOf(actual));
    }

    /** The rows of the table under "## Configuration", by environment variable. */
    static Map<String, Row> table() throws Exception {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int start = lines.indexOf("## Configuration");
        assertTrue(start >= 0, "README.md has a '## Configuration' section");
        Map<String, Row> rows = new LinkedHashMap<>();
        for (String line : lines.subList(start + 1, lines.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (!line.startsWith("|") || line.startsWith("|---")) {
                continue;
            }
            String[] cells = line.split("\\|");
            if (cells.length < 4) {
                continue;
            }
            List<String> variables = new ArrayList<>();
            Matcher m = VARIABLE.matcher(cells[1]);
            while (m.find()) {
                variables.add(m.group(1));
            }
            Row row = new Row(variables, cells[2].strip());
            variables.forEach(v -> rows.put(v, row));
        }
        return rows;
    }

    /** Every property of every settings record, with the default the app starts with. */
    static List<Setting> settings() throws Exception {
        Properties defaults = PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
        Binder binder = new Binder(ConfigurationPropertySources.from(new PropertiesPropertySource("application.properties", defaults)));
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(ConfigurationProperties.class));
        List<Setting> settings = new ArrayList<>();
        for (var candidate : scanner.findCandidateComponents(PACKAGE)) {
            Class<?> type = Class.forName(candidate.getBeanClassName());
            MergedAnnotation<ConfigurationProperties> annotation = MergedAnnotations.from(type).get(ConfigurationProperties.class);
            String prefix = annotation.getString("prefix");
            assertTrue(type.isRecord(), type + ": settings are records");
            Object bound = binder.bindOrCreate(prefix, type);
            collect(prefix, type, bound, type, settings);
        }
        settings.sort(java.util.Comparator.comparing(Setting::name));
        return settings;
    }

    private static void collect(String prefix, Class<?> record, Object value, Class<?> owner, List<Setting> into) throws Exception {
        for (RecordComponent component : record.getRecordComponents()) {
            String name = prefix + "." + kebab(component.getName());
            Object componentValue = value == null ? null : component.getAccessor().invoke(value);
            if (component.getType().isRecord() && component.getType().getName().startsWith(PACKAGE)) {
                collect(name, component.getType(), componentValue, owner, into); // a nested group of settings
            } else {
                into.add(new Setting(name, variable(name), ResolvableType.forType(component.getGenericType()), componentValue, owner));
            }
        }
    }

    /** {@code firstPeriodStart} becomes {@code first-period-start}. */
    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    /** Spring Boot's relaxed binding: {@code servicemiljo.first-admin.full-name} is {@code SERVICEMILJO_FIRST_ADMIN_FULL_NAME}. */
    static String variable(String property) {
        return property.replace('.', '_').replace('-', '_').toUpperCase();
    }

    /** Variables that {@code application.properties} reads itself, e.g. {@code ${PORT:8080}}. */
    private static Set<String> placeholders() throws Exception {
        String text = new ClassPathResource("application.properties").getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    @Test
    void namesFollowRelaxedBinding() {
        assertEquals("first-period-start", kebab("firstPeriodStart"));
        assertEquals("SERVICEMILJO_FIRST_ADMIN_FULL_NAME", variable("servicemiljo.first-admin.full-name"));
    }
}
