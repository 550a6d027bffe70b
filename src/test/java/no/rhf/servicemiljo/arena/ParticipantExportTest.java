package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The participant list as Word (opened with POI: headings, table rows, æøå) and as CSV (no formulas run). */
@Transactional
class ParticipantExportTest extends ServiceTest {

    private static final Locale NB = Locale.forLanguageTag("nb");

    @Autowired
    ArenaEventService events;
    @Autowired
    RegistrationService registrations;
    @Autowired
    ParticipantExport export;

    private long eventWithParticipants() {
        signIn(TestUsers.ADMIN);
        long id = events.save(null, ArenaTestEvents.draft("Dialogdag på Ås – æøå", null, 2));
        events.publish(id);
        registrations.registerContact(id, "Åse Ødegård", "ase@example.no");
        registrations.registerContact(id, "=HYPERLINK(\"x\")", "formel@example.no");
        registrations.registerContact(id, "Bjørn Æsøy", "bjorn@example.no");
        registrations.registerContact(id, "Kåre Lie", "kare@example.no");
        events.participants(id).stream().filter(p -> p.name().equals("Kåre Lie")).findFirst()
                .ifPresent(p -> registrations.cancelParticipant(p.id()));
        return id;
    }

    @Test
    void theWordDocumentHasHeadingsTablesPerStatusAndNorwegianLetters() throws Exception {
        long id = eventWithParticipants();
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(export.docx(id, NB)))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.getFirst().getStyle()).isEqualTo("Title");
            assertThat(paragraphs.getFirst().getText()).isEqualTo("Deltakerliste: Dialogdag på Ås – æøå");
            assertThat(paragraphs).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("Påmeldt (2)", "Venteliste (1)", "Avmeldt (1)");
            assertThat(paragraphs).extracting(XWPFParagraph::getText).anyMatch(t -> t.contains("Nasjonalt (servicemiljøet)"));
            List<XWPFTable> tables = document.getTables();
            assertThat(tables).hasSize(3);
            XWPFTable registered = tables.getFirst();
            assertThat(registered.getRows()).hasSize(3);
            assertThat(registered.getRow(0).getCell(0).getText()).isEqualTo("Navn");
            assertThat(registered.getRow(1).getCell(0).getText()).isEqualTo("Åse Ødegård");
            assertThat(registered.getRow(1).getCell(2).getText()).isEqualTo("Påmeldt");
            assertThat(tables.get(1).getRow(1).getCell(0).getText()).isEqualTo("Bjørn Æsøy");
            assertThat(tables.get(2).getRow(1).getCell(0).getText()).isEqualTo("Kåre Lie");
        }
    }

    @Test
    void theCsvNeutralisesFormulasAndKeepsNorwegianLetters() {
        long id = eventWithParticipants();
        String csv = new String(export.csv(id, NB), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("\uFEFFNavn;E-post;Status");
        assertThat(csv).contains("Åse Ødegård;ase@example.no;Påmeldt").contains("Bjørn Æsøy;bjorn@example.no;Venteliste");
        assertThat(csv).contains("'=HYPERLINK").doesNotContain(";=HYPERLINK").doesNotContain("\n=HYPERLINK");
        signIn(TestUsers.OBSERVER);
        assertThatThrownBy(() -> export.csv(id, NB)).isInstanceOf(AccessDeniedException.class);
    }
}
