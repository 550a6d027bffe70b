package no.rhf.servicemiljo.assessment.summary;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.Distribution;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.NationalSummary;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.UnitLine;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.Region;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.openpdf.text.pdf.parser.PdfTextExtractor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.BURNS;
import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.CLEFT;
import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.DEAFBLIND;
import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.DENTAL;
import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.LEARNING;
import static no.rhf.servicemiljo.assessment.summary.SummaryFixtures.VESTIBULAR;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Each test seeds a cycle of its own inside the test's transaction, which is rolled back afterwards: the
 * other tests of the shared database (one report per unit, one demo cycle) never see these cycles.
 */
@Transactional
class NationalSummaryServiceTest extends ServiceTest {

    private static final java.util.Locale BOKMAL = no.rhf.servicemiljo.base.i18n.AppI18NProvider.NORWEGIAN;

    @Autowired
    NationalSummaryService summaries;
    @Autowired
    SummaryTextService texts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    private SummaryFixtures.Seeded seeded() {
        signIn(TestUsers.ADMIN);
        int year = SummaryFixtures.nextYear(jdbc);
        var cycle = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10));
        return SummaryFixtures.seed(jdbc, cycle.id(), year);
    }

    private static UnitLine line(NationalSummary summary, String unitName) {
        return summary.units().stream().filter(u -> u.unitName().equals(unitName)).findFirst().orElseThrow();
    }

    @Test
    void everyUnitIsListedAndOnlyApprovedRatingsCountWithATwoRegionUnitCountedInBothRegions() {
        var seeded = seeded();
        signIn(TestUsers.OBSERVER);
        NationalSummary summary = summaries.summary(seeded.cycleId(), true);

        assertFalse(summary.preliminaryIncluded(), "observers get approved ratings only, whatever they ask");
        assertEquals(jdbc.queryForObject("select count(*) from annual_report where cycle_id = ?", Integer.class, seeded.cycleId()),
                summary.units().size(), "every report of the cycle, any status");
        assertEquals(7, summary.criteria().size());
        assertEquals(4, summary.countedReports());
        assertEquals(Map.of(seeded.k1(), "MET", seeded.k2(), "PARTLY_MET"), line(summary, BURNS).ratings());
        assertEquals("Helse Sør-Øst / Helse Vest", line(summary, CLEFT).regionNames());
        assertEquals("IN_SUMMARY", line(summary, CLEFT).status());
        assertTrue(line(summary, VESTIBULAR).ratings().isEmpty(), "ratings under assessment are nobody's conclusion yet");
        assertTrue(line(summary, DEAFBLIND).ratings().isEmpty());
        assertFalse(line(summary, DEAFBLIND).counted());

        Distribution k1 = summary.distributions().getFirst();
        assertEquals(seeded.k1(), k1.criterion().id());
        assertEquals(2, k1.total("MET"));
        assertEquals(0, k1.total("NOT_MET"));
        assertEquals(1, k1.total("NOT_RELEVANT"));
        assertEquals(1, k1.total(NationalSummaryService.NOT_RATED), "an approved report without a rating is shown as such");
        assertEquals(2, k1.count(Region.HELSE_VEST, "MET"), "burns and the two-region cleft service");
        assertEquals(1, k1.count(Region.HELSE_SOR_OST, "MET"), "the cleft service counts in its other host region too");
        assertEquals(1, k1.count(Region.HELSE_SOR_OST, "NOT_RELEVANT"));
        assertEquals(1, k1.count(Region.HELSE_MIDT_NORGE, NationalSummaryService.NOT_RATED));
        assertEquals(0, k1.count(Region.HELSE_NORD, "NOT_MET"));
        Distribution k2 = summary.distributions().get(1);
        assertEquals(1, k2.total("PARTLY_MET"));
        assertEquals(1, k2.total("NOT_MET"));
        assertEquals(2, k2.total(NationalSummaryService.NOT_RATED));
    }

    @Test
    void coordinatorsMayAddAssessedButNotApprovedReportsAsPreliminary() {
        var seeded = seeded();
        signIn(TestUsers.COORDINATOR_NORD);
        NationalSummary withPreliminary = summaries.summary(seeded.cycleId(), true);
        assertTrue(withPreliminary.preliminaryIncluded());
        assertEquals(5, withPreliminary.countedReports());
        UnitLine deafblind = line(withPreliminary, DEAFBLIND);
        assertTrue(deafblind.preliminary());
        assertEquals("NOT_MET", deafblind.ratings().get(seeded.k1()));
        assertEquals(1, withPreliminary.distributions().getFirst().count(Region.HELSE_NORD, "NOT_MET"));
        assertFalse(line(withPreliminary, BURNS).preliminary());
        assertTrue(line(withPreliminary, VESTIBULAR).ratings().isEmpty());

        NationalSummary approvedOnly = summaries.summary(seeded.cycleId(), false);
        assertEquals(0, approvedOnly.distributions().getFirst().total("NOT_MET"));
    }

    @Test
    void csvIsUtf8WithBomAndSemicolonsAndThePdfHasTheTextTableAndUnits() throws Exception {
        var seeded = seeded();
        signIn(TestUsers.COORDINATOR_VEST);
        texts.saveText(seeded.cycleId(), "Felles utfordring: ventetid og rekruttering – også i Nord-Trøndelag, Østfold og Ålesund.", 0);
        signIn(TestUsers.IRF_MEMBER);
        byte[] csv = summaries.exportCsv(seeded.cycleId(), false, BOKMAL);
        assertArrayEquals(new byte[]{(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(csv, 3));
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.getFirst().startsWith("enhet;vertsregion;status;K1 Høyspesialisert pasientbehandling;K2 Kompetansespredning og veiledning"),
                lines.getFirst());
        assertTrue(lines.contains(LEARNING + ";Helse Sør-Øst;Godkjent av referansegruppen;Ikke relevant;Ikke angitt;Ikke angitt;Ikke angitt;"
                + "Ikke angitt;Ikke angitt;Ikke angitt"), String.join("\n", lines));
        assertTrue(lines.contains(VESTIBULAR + ";Helse Vest;Under vurdering;;;;;;;"), "ratings in progress are not exported");

        byte[] pdf = summaries.exportPdf(seeded.cycleId(), false, BOKMAL);
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.ISO_8859_1));
        PdfReader reader = new PdfReader(pdf);
        StringBuilder text = new StringBuilder();
        PdfTextExtractor extractor = new PdfTextExtractor(reader);
        for (int page = 1; page <= reader.getNumberOfPages(); page++) {
            text.append(extractor.getTextFromPage(page)).append('\n');
        }
        reader.close();
        String all = text.toString().replaceAll("\\s+", " ");
        assertTrue(all.contains("Nasjonal oppsummering av årsrapportene for " + seeded.year()), all);
        assertTrue(all.contains("Hva går bra / felles utfordringer"));
        assertTrue(all.contains("også i Nord-Trøndelag, Østfold og Ålesund"), "the co-edited text, with æøå");
        assertTrue(all.contains(DEAFBLIND), "a unit of the table");
        assertTrue(all.contains("Fordeling av vurderinger per kriterium og region"));
        assertTrue(all.contains("Hele landet"));
    }

    /** A reader who works in nynorsk gets the documents in nynorsk: the texts of the CSV's cells and of the PDF. */
    @Test
    void theExportsAreInTheReadersLanguage() throws Exception {
        var seeded = seeded();
        signIn(TestUsers.IRF_MEMBER);
        java.util.Locale nynorsk = java.util.Locale.forLanguageTag("nn-NO");
        byte[] csv = summaries.exportCsv(seeded.cycleId(), false, nynorsk);
        List<String> lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).lines().toList();
        assertTrue(lines.getFirst().startsWith("enhet;vertsregion;status;"), "the column names are the same in every language");
        assertTrue(lines.contains(LEARNING + ";Helse Sør-Øst;Godkjend av referansegruppa;Ikkje relevant;Ikkje oppgitt;Ikkje oppgitt;"
                + "Ikkje oppgitt;Ikkje oppgitt;Ikkje oppgitt;Ikkje oppgitt"), String.join("\n", lines));

        PdfReader reader = new PdfReader(summaries.exportPdf(seeded.cycleId(), false, nynorsk));
        String first = new PdfTextExtractor(reader).getTextFromPage(1).replaceAll("\\s+", " ");
        reader.close();
        assertTrue(first.contains("Nasjonal oppsummering av årsrapportane for " + seeded.year()), first);
        assertTrue(first.contains("Einingane og vurderingane"), first);
    }

    @Test
    void onlyAdminCoordinatorsObserversAndIrfMembersReadAndOnlyAdminAndCoordinatorsEdit() {
        var seeded = seeded();
        long cycle = seeded.cycleId();
        long burns = SummaryFixtures.reportId(jdbc, cycle, BURNS);
        for (String refused : List.of(TestUsers.SERVICE_CONTACT, TestUsers.REFERENCE_MEMBER)) {
            signIn(refused);
            assertThrows(AccessDeniedException.class, () -> summaries.summary(cycle, false), refused);
            assertThrows(AccessDeniedException.class, () -> texts.text(cycle), refused);
            assertThrows(AccessDeniedException.class, () -> summaries.exportCsv(cycle, false, BOKMAL), refused);
            assertThrows(AccessDeniedException.class, () -> texts.saveText(cycle, "Nei", 0), refused);
            assertThrows(AccessDeniedException.class, () -> summaries.progress(), refused);
        }
        signIn(TestUsers.OBSERVER);
        summaries.summary(cycle, false);
        assertFalse(summaries.canEdit());
        assertThrows(AccessDeniedException.class, () -> texts.saveText(cycle, "Observatøren skriver", 0));
        assertThrows(AccessDeniedException.class, () -> summaries.includeInSummary(burns));
        assertThrows(AccessDeniedException.class, () -> summaries.includeAllApproved(cycle));
        signIn(TestUsers.IRF_MEMBER);
        summaries.summary(cycle, false);
        assertThrows(AccessDeniedException.class, () -> summaries.includeInSummary(burns));
        assertEquals("APPROVED", jdbc.queryForObject("select status from annual_report where id = ?", String.class, burns));
        assertEquals("", texts.text(cycle).text(), "nothing was stored");
        signIn(TestUsers.COORDINATOR_MIDT);
        assertTrue(summaries.canEdit());
    }

    @Test
    void onlyApprovedReportsAreIncludedInTheSummaryAndEachMoveIsRecorded() {
        var seeded = seeded();
        long cycle = seeded.cycleId();
        long burns = SummaryFixtures.reportId(jdbc, cycle, BURNS);
        long deafblind = SummaryFixtures.reportId(jdbc, cycle, DEAFBLIND);
        signIn(TestUsers.COORDINATOR_VEST);
        var notApproved = assertThrows(FieldValidationException.class, () -> summaries.includeInSummary(deafblind));
        assertEquals("summary.error.not-approved", notApproved.getMessageKey());
        assertEquals("ASSESSED", jdbc.queryForObject("select status from annual_report where id = ?", String.class, deafblind));

        summaries.includeInSummary(burns);
        assertEquals("IN_SUMMARY", jdbc.queryForObject("select status from annual_report where id = ?", String.class, burns));
        assertEquals("Marte Solheim", jdbc.queryForObject("select u.full_name from annual_report_event e join app_user u on u.id = e.user_id "
                + "where e.report_id = ? and e.event = 'IN_SUMMARY'", String.class, burns));
        assertThrows(FieldValidationException.class, () -> summaries.includeInSummary(burns), "already in the summary");

        assertEquals(2, summaries.approvedNotIncluded(cycle));
        signIn(TestUsers.ADMIN);
        assertEquals(2, summaries.includeAllApproved(cycle), "læring og mestring, sjukehusodontologi");
        assertEquals(0, summaries.approvedNotIncluded(cycle));
        assertEquals("IN_SUMMARY", jdbc.queryForObject("select status from annual_report where id = ?", String.class,
                SummaryFixtures.reportId(jdbc, cycle, DENTAL)));
        assertEquals(3, jdbc.queryForObject("select count(*) from annual_report_event e join annual_report r on r.id = e.report_id "
                + "where r.cycle_id = ? and e.event = 'IN_SUMMARY'", Integer.class, cycle));
        assertEquals(0, summaries.includeAllApproved(cycle), "nothing left to include");
        assertEquals("ASSESSED", jdbc.queryForObject("select status from annual_report where id = ?", String.class, deafblind));

        summaries.excludeFromSummary(burns);
        assertEquals("APPROVED", jdbc.queryForObject("select status from annual_report where id = ?", String.class, burns), "taken out, still approved");
        assertEquals(1, jdbc.queryForObject("select count(*) from annual_report_event where report_id = ? and event = 'OUT_OF_SUMMARY'",
                Integer.class, burns));
        assertEquals("summary.error.not-included",
                assertThrows(FieldValidationException.class, () -> summaries.excludeFromSummary(burns)).getMessageKey());
        signIn(TestUsers.OBSERVER);
        assertThrows(org.springframework.security.access.AccessDeniedException.class, () -> summaries.excludeFromSummary(burns));
    }

    @Test
    void twoAuthorsWriteTheLaterWinsTheEarlierStaysInTheHistoryAndAnUnseenChangeIsNamed() {
        long cycle = seeded().cycleId();
        signIn(TestUsers.COORDINATOR_VEST);
        var first = texts.saveText(cycle, "Det går bra med kompetansespredning.", 0);
        assertEquals(1, first.version());
        assertNull(first.overwrote());
        signIn(TestUsers.ADMIN);
        var second = texts.saveText(cycle, "Det går bra med kompetansespredning. Felles utfordring: ventetid.", 1);
        assertEquals(2, second.version());
        assertNull(second.overwrote(), "Ingrid had seen Marte's change");
        signIn(TestUsers.COORDINATOR_VEST);
        var third = texts.saveText(cycle, "Marte skrev uten å ha sett Ingrids endring.", 1);
        assertEquals(3, third.version());
        assertEquals("Ingrid Haugen", third.overwrote(), "not overwritten silently");

        var stored = texts.text(cycle);
        assertEquals("Marte skrev uten å ha sett Ingrids endring.", stored.text(), "the later change wins");
        assertEquals(3, stored.version());
        assertEquals("Marte Solheim", stored.updatedBy());
        var history = texts.history(cycle);
        assertEquals(List.of("Marte Solheim", "Ingrid Haugen", "Marte Solheim"), history.stream().map(SummaryTextService.TextChange::author).toList());
        assertEquals("Det går bra med kompetansespredning. Felles utfordring: ventetid.", history.getFirst().oldText(),
                "the earlier change stays in the history");
        assertNull(history.getLast().oldText());

        assertEquals(3, texts.saveText(cycle, "Marte skrev uten å ha sett Ingrids endring.", 3).version(), "no change, no new version");
        var tooLong = assertThrows(FieldValidationException.class, () -> texts.saveText(cycle, "x".repeat(4001), 3));
        assertEquals("assessment.error.text-length", tooLong.getMessageKey());
        assertThrows(FieldValidationException.class, () -> texts.saveText(cycle, null, 3));
        assertEquals("Marte skrev uten å ha sett Ingrids endring.", texts.text(cycle).text(), "nothing stored");
        assertEquals(3, texts.history(cycle).size());
        assertThrows(AccessDeniedException.class, () -> texts.saveText(-1, "Ingen runde", 0));
    }

    @Test
    void theProgressOfTheNewestCycleIsCountedPerHostRegionAndOnceNationally() {
        signIn(TestUsers.OBSERVER);
        var progress = summaries.progress().orElseThrow();
        long newest = jdbc.queryForObject("select id from reporting_cycle order by report_year desc limit 1", Long.class);
        assertEquals(jdbc.queryForObject("select report_year from reporting_cycle where id = ?", Integer.class, newest), progress.reportYear());
        assertEquals(jdbc.queryForObject("select count(*) from annual_report where cycle_id = ?", Integer.class, newest),
                progress.national().values().stream().mapToInt(Integer::intValue).sum());
        int hostedInVest = jdbc.queryForObject("""
                select count(*) from annual_report r join national_unit u on u.id = r.unit_id
                where r.cycle_id = ? and exists (select 1 from health_trust t where t.id in (u.host_trust_id, u.second_host_trust_id) and t.region_id = 2)
                """, Integer.class, newest);
        assertEquals(hostedInVest, progress.regions().stream().filter(r -> r.region().getId() == Region.HELSE_VEST).findFirst().orElseThrow().total());
        int received = jdbc.queryForObject("select count(*) from annual_report where cycle_id = ? and status = 'RECEIVED'", Integer.class, newest);
        assertEquals(received, progress.national().getOrDefault("RECEIVED", 0));
        assertEquals(4, progress.regions().size());
    }
}
