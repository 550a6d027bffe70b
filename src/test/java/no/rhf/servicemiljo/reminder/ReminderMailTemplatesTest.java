package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.base.i18n.MessageSourceConfig;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.base.mail.MailTemplates;
import no.rhf.servicemiljo.base.mail.MailTemplates.MailBody;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every e-mail template ({@code templates/mail/*.txt} and {@code *.html}) renders in every language (bokmål, nynorsk,
 * English) with no missing key: no {@code ??key??} of Thymeleaf, no {@code !key} of {@link Messages}, no key that a
 * language's own bundle file lacks, in every branch (overdue or not, lines with and without a link).
 */
class ReminderMailTemplatesTest {

    private static final List<String> LANGUAGES = List.of("nb", "nn", "en");
    /** The templates this test renders; a new template must be added here (checked below). */
    private static final Set<String> RENDERED = Set.of("reminder", "digest", "arena");

    private final MessageSource messageSource = new MessageSourceConfig().messageSource();
    private final ReminderMessage message = new ReminderMessage(new Messages(messageSource), new MailTemplates(messageSource));

    private static final Deadline DEADLINE = new Deadline("report-2039", "ANNUAL_REPORT", "Årsrapport for 2039 <utkast> & mer",
            "Annual report for 2039 <draft> & more", LocalDate.of(2040, 3, 24), List.of(), "reports/12");

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void everyReminderRendersCompletely(String language) {
        var to = new Deadline.Recipient(7L, "Marte Solheim", "marte@example.no", language);
        for (int offset : new int[]{14, 1, 0, -1, -7}) {
            String subject = message.subject(DEADLINE, to, offset);
            assertComplete(subject, language + " subject " + offset);
            MailBody body = message.body(DEADLINE, to, offset, "https://servicemiljo.example.no/");
            assertComplete(body.text(), language + " text " + offset);
            assertComplete(body.html(), language + " html " + offset);
            assertTrue(body.text().contains("https://servicemiljo.example.no/reports/12"), body.text());
            assertTrue(body.html().contains("href=\"https://servicemiljo.example.no/reports/12\""), body.html());
            assertTrue(body.html().contains("lang=\"" + language + "\""), body.html());
            assertTrue(body.html().contains("&lt;"), "HTML escapes the title: " + body.html());
            assertTrue(body.text().contains("Marte Solheim"), body.text());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void everyDigestRendersCompletely(String language) {
        var items = List.of(new ReminderMessage.DigestItem("Første frist", LocalDate.of(2040, 3, 24), 0, "https://s.example.no/reports/1"),
                new ReminderMessage.DigestItem("Andre frist", LocalDate.of(2040, 3, 25), 1, null),
                new ReminderMessage.DigestItem("Tredje frist", LocalDate.of(2040, 3, 10), -14, "https://s.example.no/"));
        for (int count : new int[]{1, 3}) {
            String subject = message.digestSubject(language, LocalDate.of(2040, 3, 19), count);
            assertComplete(subject, language + " digest subject");
            MailBody body = message.digestBody("Marte Solheim", language, items, "https://s.example.no", subject);
            assertComplete(body.text(), language + " digest text");
            assertComplete(body.html(), language + " digest html");
            assertTrue(body.text().contains("https://s.example.no/my-deadlines"), body.text());
            assertTrue(body.html().contains("Tredje frist"), body.html());
        }
    }

    @Test
    void nynorskHasItsOwnWordsAndPlurals() {
        var to = new Deadline.Recipient(7L, "Ola Nordmann", "ola@example.no", "nn");
        assertEquals("Påminning: Årsrapport for 2039 <utkast> & mer – om 14 dagar", message.subject(DEADLINE, to, 14));
        assertEquals("Påminning: Årsrapport for 2039 <utkast> & mer – om 1 dag", message.subject(DEADLINE, to, 1));
        assertEquals("Påminning: Årsrapport for 2039 <utkast> & mer – forfall for 7 dagar sidan", message.subject(DEADLINE, to, -7));
        String text = message.body(DEADLINE, to, -1, "https://s.example.no").text();
        assertTrue(text.startsWith("Hei Ola Nordmann,\n\nDette er ei påminning om fristen «Årsrapport for 2039 <utkast> & mer» "
                + "24. mars 2040, som har gått ut.\n\nOpne Servicemiljø: https://s.example.no/reports/12\n"), text);
        assertEquals("Vekeleg samandrag av fristane dine (veke 12): 1 påminning", message.digestSubject("nn", LocalDate.of(2040, 3, 19), 1));
        assertEquals("Vekeleg samandrag av fristane dine (veke 12): 2 påminningar", message.digestSubject("nn", LocalDate.of(2040, 3, 19), 2));
    }

    @Test
    void bokmalAndEnglishPluralsAsBefore() {
        var nb = new Deadline.Recipient(7L, "Kari", "kari@example.no", "nb");
        var en = new Deadline.Recipient(7L, "Kari", "kari@example.no", "en");
        assertEquals("Påminnelse: Årsrapport for 2039 <utkast> & mer – om 3 dager", message.subject(DEADLINE, nb, 3));
        assertEquals("Påminnelse: Årsrapport for 2039 <utkast> & mer – om 1 dag", message.subject(DEADLINE, nb, 1));
        assertEquals("Påminnelse: Årsrapport for 2039 <utkast> & mer – i dag", message.subject(DEADLINE, nb, 0));
        assertEquals("Påminnelse: Årsrapport for 2039 <utkast> & mer – forfalt for 14 dager siden", message.subject(DEADLINE, nb, -14));
        assertEquals("Reminder: Annual report for 2039 <draft> & more – in 1 day", message.subject(DEADLINE, en, 1));
        assertEquals("Reminder: Annual report for 2039 <draft> & more – 1 day overdue", message.subject(DEADLINE, en, -1));
        assertEquals("Reminder: Annual report for 2039 <draft> & more – 21 days overdue", message.subject(DEADLINE, en, -21));
        assertEquals("Weekly summary of your deadlines (week 12): 1 reminder", message.digestSubject("en", LocalDate.of(2040, 3, 19), 1));
        assertEquals("Ukentlig sammendrag av fristene dine (uke 12): 5 påminnelser", message.digestSubject("nb", LocalDate.of(2040, 3, 19), 5));
        assertTrue(message.body(DEADLINE, en, 0, "https://s").text().endsWith(
                "— Servicemiljø (the regional health authorities' service environment)\n"));
    }

    /** Every template file is rendered above, and every key it names is in each language's own bundle file. */
    @Test
    void everyTemplateIsCoveredAndEveryKeyItNamesExistsInEveryLanguage() throws Exception {
        Set<String> names = new TreeSet<>();
        Set<String> keys = new HashSet<>();
        Pattern key = Pattern.compile("#\\{([A-Za-z0-9_.-]+)");
        for (Resource template : new PathMatchingResourcePatternResolver().getResources("classpath*:templates/mail/*")) {
            String file = template.getFilename();
            names.add(file.substring(0, file.lastIndexOf('.')));
            Matcher m = key.matcher(template.getContentAsString(StandardCharsets.UTF_8));
            while (m.find()) {
                keys.add(m.group(1));
            }
        }
        assertEquals(new TreeSet<>(RENDERED), names, "every mail template is rendered by this test");
        assertFalse(keys.isEmpty());
        for (String language : LANGUAGES) {
            Properties bundle = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/i18n/mail" + (language.equals("nb") ? "" : "_" + language) + ".properties")) {
                bundle.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
            }
            for (String k : keys) {
                assertTrue(bundle.containsKey(k), "mail bundle of " + language + " lacks " + k);
            }
        }
    }

    private static void assertComplete(String rendered, String what) {
        assertFalse(rendered.contains("??"), what + " has an unresolved message: " + rendered);
        assertFalse(rendered.matches("(?s).*(^|\\W)!mail\\..*"), what + " has a missing key: " + rendered);
        assertFalse(rendered.contains("${") || rendered.contains("#{") || rendered.contains("[("), what + " is not rendered: " + rendered);
        assertFalse(rendered.isBlank(), what);
    }
}
