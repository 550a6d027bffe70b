package no.rhf.servicemiljo.base.document;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WordDocumentTest {

    @Test
    void headingsAreWordStylesTablesHaveRowsAndNorwegianLettersSurvive() throws Exception {
        byte[] bytes = WordDocument.create("Nasjonal oppsummering for Helse Sør-Øst", "Helse Sør-Øst", LocalDate.of(2026, 12, 2))
                .heading(1, "Det som går bra")
                .paragraph("Første avsnitt med æøå.\nNy linje.\n\nAndre avsnitt\u0007.")
                .heading(2, "Felles utfordringer")
                .field("Status", "Vedtatt")
                .bullets(List.of("Én", "Tø"))
                .table(List.of("Enhet", "K1"), List.of(List.of("Nasjonal tjeneste for brannskader", "Oppfylt"), List.of("Bløtvevssarkom")))
                .toBytes();

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            List<XWPFParagraph> paragraphs = document.getParagraphs();
            assertThat(paragraphs.getFirst().getStyle()).isEqualTo("Title");
            assertThat(paragraphs.getFirst().getText()).isEqualTo("Nasjonal oppsummering for Helse Sør-Øst");
            assertThat(paragraphs.get(1).getText()).isEqualTo("2. desember 2026 · Helse Sør-Øst");
            assertThat(paragraphs).filteredOn(p -> "Heading1".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("Det som går bra");
            assertThat(paragraphs).filteredOn(p -> "Heading2".equals(p.getStyle())).extracting(XWPFParagraph::getText)
                    .containsExactly("Felles utfordringer");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(paragraphs).extracting(XWPFParagraph::getText)
                    .contains("Første avsnitt med æøå.\nNy linje.", "Andre avsnitt.", "Status: Vedtatt", "• Én");

            XWPFTable table = document.getTables().getFirst();
            assertThat(table.getRows()).hasSize(3);
            assertThat(table.getRow(0).isRepeatHeader()).isTrue();
            assertThat(table.getRow(1).getCell(0).getText()).isEqualTo("Nasjonal tjeneste for brannskader");
            assertThat(table.getRow(2).getCell(1).getText()).isEmpty();

            String footer = document.getFooterList().getFirst()._getHdrFtr().xmlText();
            assertThat(footer).contains("PAGE").contains("NUMPAGES").contains("Helse Sør-Øst");
            assertThat(document.getProperties().getCoreProperties().getTitle()).isEqualTo("Nasjonal oppsummering for Helse Sør-Øst");
        }
    }
}
