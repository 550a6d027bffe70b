package no.rhf.servicemiljo.assessment.summary;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentWordExport;
import no.rhf.servicemiljo.assessment.CitationService;
import no.rhf.servicemiljo.assessment.ClosingStatus;
import no.rhf.servicemiljo.assessment.EvidenceFixtures;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService;
import no.rhf.servicemiljo.assessment.FollowUpService;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService.Closures;
import no.rhf.servicemiljo.organisation.Region;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.LEARNING;
import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.VESTIBULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The national summary's follow-ups closed per region and citations, and the Word exports of the summary ("sak til
 * IRF") and of one assessment, opened with POI: headings as Word styles, table rows, æøå.
 */
@Transactional
class EvidenceExportTest extends ServiceTest {

    private static final java.util.Locale BOKMAL = no.rhf.servicemiljo.base.i18n.AppI18NProvider.NORWEGIAN;

    @Autowired
    AssessmentService assessments;
    @Autowired
    FollowUpService followUps;
    @Autowired
    FollowUpContinuityService continuity;
    @Autowired
    CitationService citations;
    @Autowired
    ReportReceiptService receipts;
    @Autowired
    SummaryEvidenceService evidence;
    @Autowired
    SummaryTextService texts;
    @Autowired
    AssessmentWordExport assessmentWord;
    @Autowired
    JdbcTemplate jdbc;

    private record Fixture(long cycleId, int year, long learning, long vestibular, long k1, long fileId) {
    }

    /** Last year: three open follow-ups of LEARNING (Sør-Øst ×2, Vest ×1); this year: two closed, one cited page. */
    private Fixture fixture() {
        signIn(TestUsers.ADMIN);
        int year = EvidenceFixtures.twoFreeYears(jdbc, 2011);
        var old = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10));
        long oldLearning = SummaryFixtures.reportId(jdbc, old.id(), LEARNING);
        followUps.add(oldLearning, "Nettsiden mangler henvisningskriterier for Østfold og Tromsø", Region.HELSE_SOR_OST, LocalDate.of(year + 1, 6, 1));
        followUps.add(oldLearning, "Brukerrepresentant fra Helse Sør-Øst", Region.HELSE_SOR_OST, LocalDate.of(year + 1, 6, 1));
        followUps.add(oldLearning, "Kvalitetsregister i Helse Vest", (short) 2, LocalDate.of(year + 1, 6, 1));
        var next = assessments.createCycle(year + 1, LocalDate.of(year + 2, 2, 10));
        var seeded = SummaryFixtures.seed(jdbc, next.id(), year + 1);
        long learning = SummaryFixtures.reportId(jdbc, next.id(), LEARNING);
        long vestibular = SummaryFixtures.reportId(jdbc, next.id(), VESTIBULAR);
        var carried = continuity.carried(learning);
        assertEquals(3, carried.size());
        continuity.close(carried.get(0).id(), carried.get(0).version(), ClosingStatus.DONE, "");
        continuity.close(carried.get(1).id(), carried.get(1).version(), ClosingStatus.NO_LONGER_RELEVANT, "Gruppen er nedlagt, så punktet gjelder ikke lenger");
        long fileId = receipts.upload(learning, "læring.pdf", EvidenceFixtures.pdf(5)).id();
        citations.add(learning, "rating-" + seeded.k1(), 4, "Brukerne sier at mestringskursene virker (æøå)");
        citations.add(learning, "conclusion", 2, null);
        receipts.upload(vestibular, "vestibulær.pdf", EvidenceFixtures.pdf(2));
        citations.add(vestibular, "rating-" + seeded.k1(), 1, "Under vurdering");
        texts.saveText(next.id(), "Det går bra med likeverdig tilgang.\n\nFelles utfordringer: rekruttering i Nord-Norge, Ålesund og Østfold.", 0);
        return new Fixture(next.id(), year + 1, learning, vestibular, seeded.k1(), fileId);
    }

    @Test
    void theSummaryCountsLastYearsFollowUpsClosedPerResponsibleRegionAndListsTheCitationsOfCountedReports() {
        Fixture f = fixture();
        signIn(TestUsers.IRF_MEMBER);
        Closures closures = evidence.closures(f.cycleId(), false);
        assertEquals(3, closures.national().carried());
        assertEquals(2, closures.national().closed());
        var sorOst = closures.regions().stream().filter(r -> r.region().getId() == Region.HELSE_SOR_OST).findFirst().orElseThrow();
        assertEquals(2, sorOst.carried());
        assertEquals(2, sorOst.closed());
        assertEquals(1, sorOst.count(ClosingStatus.NO_LONGER_RELEVANT));
        var vest = closures.regions().stream().filter(r -> r.region().getId() == 2).findFirst().orElseThrow();
        assertEquals(1, vest.carried());
        assertEquals(0, vest.closed());

        var cited = evidence.citations(f.cycleId(), false, BOKMAL);
        assertEquals(List.of(LEARNING, LEARNING), cited.stream().map(SummaryEvidenceService.SummaryCitation::unitName).toList(),
                "the report under assessment does not count");
        assertTrue(cited.getFirst().fieldLabel().startsWith("K1 "), cited.getFirst().fieldLabel());
        assertEquals(4, cited.getFirst().page());
        assertEquals("Samlet konklusjon", cited.get(1).fieldLabel(), "the criteria first, then the overall texts");
        assertTrue(evidence.citedFile(f.fileId()).length > 0, "an IRF member opens the cited page of a counted report");
        long vestibularFile = jdbc.queryForObject("select id from annual_report_file where report_id = ?", Long.class, f.vestibular());
        assertThrows(AccessDeniedException.class, () -> evidence.citedFile(vestibularFile), "not of a report still under assessment");

        signIn(TestUsers.SERVICE_CONTACT);
        assertThrows(AccessDeniedException.class, () -> evidence.closures(f.cycleId(), false));
        assertThrows(AccessDeniedException.class, () -> evidence.exportWord(f.cycleId(), false, BOKMAL));
    }

    @Test
    void theSummaryInWordHasHeadingsTablesTheTextTheClosuresAndTheCitations() throws Exception {
        Fixture f = fixture();
        signIn(TestUsers.OBSERVER);
        byte[] docx = evidence.exportWord(f.cycleId(), false, BOKMAL);
        keep("sak-til-irf.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = headings(doc, "Heading1");
            assertEquals(List.of("Hva går bra og felles utfordringer", "Enhetene og vurderingene",
                    "Fordeling av vurderinger per kriterium og region", "Oppfølging fra året før, lukket per region", "Kildehenvisninger"), headings);
            assertTrue(headings(doc, "Title").getFirst().startsWith("Sak til IRF: nasjonal oppsummering av årsrapportene for " + f.year()));
            assertTrue(headings(doc, "Heading2").getFirst().startsWith("K1 Høyspesialisert pasientbehandling"));
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(body.contains("Felles utfordringer: rekruttering i Nord-Norge, Ålesund og Østfold."), "the summary's text");

            XWPFTable closures = table(doc, "Ført videre");
            assertEquals(6, closures.getNumberOfRows(), "header, four regions, the whole country");
            assertEquals(List.of("Hele landet", "3", "2", "1", "0", "0", "1", "1"), cells(closures.getRow(5)));
            XWPFTable cited = table(doc, "Sitat");
            assertEquals(3, cited.getNumberOfRows());
            assertTrue(cells(cited.getRow(1)).contains("«Brukerne sier at mestringskursene virker (æøå)»"), cells(cited.getRow(1)).toString());
            XWPFTable units = doc.getTables().getFirst();
            assertTrue(units.getRows().stream().anyMatch(r -> cells(r).equals(List.of(LEARNING, "Helse Sør-Øst", "Godkjent av referansegruppen",
                    "K1: Ikke relevant; K2: Ikke angitt; K3: Ikke angitt; K4: Ikke angitt; K5: Ikke angitt; K6: Ikke angitt; K7: Ikke angitt"))),
                    "a row per unit with its ratings");
            assertTrue(doc.getFooterList().getFirst().getText().contains("side"), "page numbers in the footer");
        }
    }

    @Test
    void oneAssessmentInWordHasItsCriteriaRatingsFollowUpsAndCitations() throws Exception {
        Fixture f = fixture();
        signIn(TestUsers.ADMIN);
        assessments.saveField(f.learning(), "conclusion", "Tjenesten fungerer godt i hele landet, også på Ørland.");
        byte[] docx = assessmentWord.docx(f.learning());
        keep("vurdering.docx", docx);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertTrue(headings(doc, "Title").getFirst().contains(LEARNING));
            assertEquals(List.of("Kriteriene", "Samlet konklusjon", "Anbefaling", "Oppfølgingsbehov", "Oppfølging fra året før"),
                    headings(doc, "Heading1"));
            assertTrue(headings(doc, "Heading2").contains("1. Høyspesialisert pasientbehandling"));
            String body = doc.getParagraphs().stream().map(XWPFParagraph::getText).collect(Collectors.joining("\n"));
            assertTrue(body.contains("Tjenesten fungerer godt i hele landet, også på Ørland."));
            assertTrue(body.contains("Side 4 i læring.pdf: «Brukerne sier at mestringskursene virker (æøå)»"), body);
            assertTrue(body.contains("Vurdering: Ikke relevant"), body);
            XWPFTable carried = table(doc, "Kommentar");
            assertEquals(4, carried.getNumberOfRows());
            assertTrue(carried.getRows().stream().anyMatch(r -> cells(r).contains("Ikke lenger relevant")));
            assertTrue(carried.getRows().stream().anyMatch(r -> cells(r).getFirst().startsWith("Nettsiden mangler henvisningskriterier for Østfold")));
            assertTrue(doc.getFooterList().getFirst().getText().contains("Helse Sør-Øst"), "the host region is responsible");
        }
        signIn(TestUsers.COORDINATOR_NORD);
        assertThrows(AccessDeniedException.class, () -> assessmentWord.docx(f.learning()), "who may not read the assessment");
    }

    /** Kept under target/ for a look in a word processor (e.g. {@code soffice --headless --convert-to pdf}). */
    private static void keep(String name, byte[] docx) throws java.io.IOException {
        java.nio.file.Path dir = java.nio.file.Path.of("target", "evidence-docx");
        java.nio.file.Files.createDirectories(dir);
        java.nio.file.Files.write(dir.resolve(name), docx);
    }

    private static List<String> headings(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).map(XWPFParagraph::getText).toList();
    }

    private static XWPFTable table(XWPFDocument doc, String headerCell) {
        return doc.getTables().stream().filter(t -> cells(t.getRow(0)).contains(headerCell)).findFirst().orElseThrow();
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }
}
