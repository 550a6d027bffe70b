package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.irf.ranking.Robustness;
import no.rhf.servicemiljo.irf.ranking.SchulzeMethod;
import no.rhf.servicemiljo.leadership.LeadershipPeriod;
import no.rhf.servicemiljo.leadership.LeadershipService;
import no.rhf.servicemiljo.organisation.OrganisationService;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The robustness panel in the results, in the frozen snapshot and in its PDF and Word exports (rounds of their own). */
class RankingRobustnessServiceTest extends ServiceTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    RankingService ranking;
    @Autowired
    OrganisationService organisation;
    @Autowired
    LeadershipService leadership;

    private RevealedRounds.Round revealed() {
        return RevealedRounds.revealed(applications, organisation, ranking, this::signIn);
    }

    @Test
    void resultsCarryTheRobustnessOfTheRevealedBallots() {
        RevealedRounds.Round r = revealed();
        String a = String.valueOf(r.agenda().get(0).id());
        String b = String.valueOf(r.agenda().get(1).id());
        String c = String.valueOf(r.agenda().get(2).id());
        Robustness.Report report = ranking.results(r.round().id()).robustness();
        assertEquals(3, report.ballots());
        assertEquals(List.of(a, b, c), report.positions().subList(0, 3).stream().map(Robustness.Position::id).toList());
        Robustness.Position first = report.position(a);
        assertEquals(Robustness.Verdict.DEPENDS_ON_ONE_MEMBER, first.verdict());
        assertEquals(2, first.changedBy().size(), "Bjørn and Randi: without either of them A and B tie 1–1");
        assertEquals(Robustness.Verdict.DEPENDS_ON_ONE_MEMBER, report.position(b).verdict());
        assertEquals(Robustness.Verdict.ROBUST, report.position(c).verdict());
        assertEquals(Robustness.Verdict.TIED, report.positions().get(3).verdict(), "the three nobody ranked are tied");
        assertEquals(new Robustness.Duel(a, b, 2, 1), report.margins().getFirst());
        assertTrue(report.kemenyProven());

        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> ranking.results(r.round().id()), "observers read after the freeze");
    }

    @Test
    void theFrozenSnapshotAndItsExportsCarryTheRobustnessAndTheResponsibleRegion() throws IOException {
        RevealedRounds.Round r = revealed();
        long roundId = r.round().id();
        assertEquals("irf.error.not-frozen", assertThrows(FieldValidationException.class, () -> ranking.exportDocx(roundId))
                .getMessageKey());
        FrozenResult frozen = ranking.freeze(roundId);
        assertTrue(frozen.hasRobustness());
        assertEquals(SchulzeMethod.ID, frozen.method());
        String title = r.agenda().get(0).title();
        assertTrue(frozen.robustnessCsv().lines().skip(1).findFirst().orElseThrow().endsWith("Avhenger av ett medlem"),
                frozen.robustnessCsv());
        assertTrue(frozen.robustnessText().contains("Kemeny–Young er bevist optimal."), frozen.robustnessText());
        assertTrue(frozen.robustnessText().contains(title + " over " + r.agenda().get(1).title() + ": 2–1 (margin 1)"),
                frozen.robustnessText());
        assertTrue(frozen.robustnessText().contains("Ingen sykluser"), frozen.robustnessText());
        LocalDate day = frozen.frozenAt().atZone(ZoneId.of("Europe/Oslo")).toLocalDate();
        String expectedRegion = leadership.periods().stream().filter(p -> p.covers(day)).findFirst()
                .map(LeadershipPeriod::getRegion).map(no.rhf.servicemiljo.organisation.Region::getName).orElse(null);
        assertEquals(expectedRegion, frozen.responsibleRegion());

        signIn(TestUsers.OBSERVER); // observers and coordinators read the frozen result and its exports
        byte[] docx = ranking.exportDocx(roundId);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Rangering", "Hvor robust er rangeringen?", "Marginer på konsensusrekkefølgen", "Sykluser forklart",
                    "Regler", "Stemmesedler og merknader"), headings);
            assertTrue(doc.getParagraphs().getFirst().getText().startsWith("IRFs nasjonale rangering"));
            if (expectedRegion != null) {
                assertTrue(doc.getParagraphs().get(1).getText().contains(expectedRegion), doc.getParagraphs().get(1).getText());
            }
            List<XWPFTable> tables = doc.getTables();
            assertEquals(2, tables.size());
            assertEquals(7, tables.get(0).getRows().size(), "header and six applications");
            assertEquals("Plass", tables.get(0).getRow(0).getCell(0).getText());
            assertEquals(title, tables.get(0).getRow(1).getCell(1).getText());
            XWPFTable robustness = tables.get(1);
            assertEquals(7, robustness.getRows().size());
            assertEquals("Endres uten", robustness.getRow(0).getCell(6).getText());
            assertEquals("Avhenger av ett medlem", robustness.getRow(1).getCell(7).getText());
            assertEquals("Bjørn Hansen, Randi Pedersen", robustness.getRow(1).getCell(6).getText(), "æøå survive");
            assertEquals("Robust", robustness.getRow(3).getCell(7).getText());
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(all.contains("Kemeny–Young er bevist optimal."), all);
            assertTrue(all.contains("Likhet brytes først etter Schulze-nivå"), all);
        }
        byte[] pdf = ranking.exportPdf(roundId);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
    }

    @Test
    void aSnapshotWithoutRobustnessSaysSo() {
        FrozenResult old = new FrozenResult(1, java.time.Instant.now(), "Ingrid Haugen", SchulzeMethod.ID, "", "plass\n", null, null, null);
        assertFalse(old.hasRobustness());
        assertNull(old.responsibleRegion());
    }
}
