package no.rhf.servicemiljo.website;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.reminder.Deadline;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Website assessments: who may assess, what input is refused, the overview, the export and the deadline. Rolled back. */
@Transactional
class WebsiteAssessmentServiceTest extends ServiceTest {

    private static final int YEAR = 2097;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;
    @Autowired
    WebsiteAssessmentService service;
    @Autowired
    WebsiteCriteriaService criteria;
    @Autowired
    WebsiteDeadlines deadlines;
    @Autowired
    Messages messages;

    private List<WebsiteCriterion> openYear() {
        signIn(TestUsers.ADMIN);
        criteria.openYear(YEAR, LocalDate.of(YEAR, 10, 1));
        return criteria.activeCriteria(YEAR);
    }

    private NationalUnit bergenOnly() {
        return service.units().stream().filter(u -> u.getSecondHostTrust() == null && u.getHostTrust().getName().equals("Helse Bergen"))
                .findFirst().orElseThrow();
    }

    private NationalUnit osloAndBergen() {
        return service.units().stream().filter(u -> u.getSecondHostTrust() != null
                && u.getSecondHostTrust().getName().equals("Helse Bergen")).findFirst().orElseThrow();
    }

    @Test
    void onlyTheHostRegionsCoordinatorAssesses() {
        WebsiteCriterion first = openYear().getFirst();
        NationalUnit unit = bergenOnly();
        WebsiteAnswerDraft draft = new WebsiteAnswerDraft(WebsiteResult.MET, "https://www.helse-bergen.no/tjenesten", null, null);
        signIn(TestUsers.COORDINATOR_NORD);
        assertThrows(AccessDeniedException.class, () -> service.save(unit.getId(), first.id(), draft));
        assertFalse(service.canAssess(unit));
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> service.save(unit.getId(), first.id(), draft));
        assertTrue(service.answers(unit.getId(), YEAR).isEmpty(), "nothing stored by the refused");
        signIn(TestUsers.COORDINATOR_VEST);
        assertTrue(service.canAssess(unit));
        WebsiteAnswer saved = service.save(unit.getId(), first.id(), draft);
        assertEquals(WebsiteResult.MET, saved.result());
        assertEquals(TestUsers.COORDINATOR_VEST, saved.updatedBy());
    }

    @Test
    void badLinksTooLongNotesAndMissingResultsAreRefusedAtTheField() {
        List<WebsiteCriterion> asked = openYear();
        NationalUnit unit = bergenOnly();
        long c = asked.getFirst().id();
        signIn(TestUsers.COORDINATOR_VEST);
        for (String bad : List.of("www.helse-bergen.no", "javascript:alert(1)", "ftp://helse-bergen.no/x", "https://", "http://a b")) {
            FieldValidationException e = assertThrows(FieldValidationException.class,
                    () -> service.save(unit.getId(), c, new WebsiteAnswerDraft(WebsiteResult.MET, bad, null, null)), bad);
            assertEquals("link", e.getField());
            assertEquals("website.error.url", e.getMessageKey());
        }
        FieldValidationException tooLong = assertThrows(FieldValidationException.class, () -> service.save(unit.getId(), c,
                new WebsiteAnswerDraft(WebsiteResult.NOT_MET, null, null, "æ".repeat(WebsiteAssessmentService.MAX_NOTE + 1))));
        assertEquals("note", tooLong.getField());
        assertEquals("text.error.too-long", tooLong.getMessageKey());
        FieldValidationException noResult = assertThrows(FieldValidationException.class,
                () -> service.save(unit.getId(), c, new WebsiteAnswerDraft(null, null, null, "merknad")));
        assertEquals("result", noResult.getField());
        FieldValidationException second = assertThrows(FieldValidationException.class, () -> service.save(unit.getId(), c,
                new WebsiteAnswerDraft(WebsiteResult.MET, "https://a.no", "https://b.no", null)));
        assertEquals("secondLink", second.getField());
        assertTrue(service.answers(unit.getId(), YEAR).isEmpty(), "nothing stored");
        assertEquals("HTTPS://www.Helse-Bergen.no/side?a=1", service.save(unit.getId(), c,
                new WebsiteAnswerDraft(WebsiteResult.MET, "  HTTPS://www.Helse-Bergen.no/side?a=1 ", null, " ")).link());
        assertNull(service.answers(unit.getId(), YEAR).get(c).note(), "a blank note is no note");
    }

    @Test
    void multiRegionalServiceHasBothHostsPagesForTheMatchingCriterionAndEitherCoordinatorAssesses() {
        List<WebsiteCriterion> asked = openYear();
        WebsiteCriterion matching = asked.stream().filter(WebsiteCriterion::matchingPages).findFirst().orElseThrow();
        NationalUnit unit = osloAndBergen();
        signIn(TestUsers.COORDINATOR_VEST);
        WebsiteAnswer a = service.save(unit.getId(), matching.id(), new WebsiteAnswerDraft(WebsiteResult.PARTLY_MET,
                "https://www.oslo-universitetssykehus.no/x", "https://www.helse-bergen.no/x", "Ulike mål på de to sidene"));
        assertEquals("https://www.helse-bergen.no/x", a.secondLink());
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertTrue(service.canAssess(unit));
        signIn(TestUsers.COORDINATOR_MIDT);
        assertFalse(service.canAssess(unit));
    }

    @Test
    void overviewCountsPerRegionAndTheWordExportHasHeadingsRowsAndNorwegianLetters() throws Exception {
        List<WebsiteCriterion> asked = openYear();
        NationalUnit unit = bergenOnly();
        signIn(TestUsers.COORDINATOR_VEST);
        service.save(unit.getId(), asked.get(0).id(), new WebsiteAnswerDraft(WebsiteResult.MET, "https://a.no", null, null));
        service.save(unit.getId(), asked.get(1).id(), new WebsiteAnswerDraft(WebsiteResult.PARTLY_MET, null, null, "Henvisning må bli tydeligere for fastleger på Nordmøre og i Åsane"));
        service.save(unit.getId(), asked.get(2).id(), new WebsiteAnswerDraft(WebsiteResult.NOT_MET, null, null, null));
        WebsiteOverview overview = service.overview(YEAR);
        WebsiteOverview.RegionCounts vest = overview.regions().stream().filter(r -> r.region().getName().equals("Helse Vest"))
                .findFirst().orElseThrow();
        assertEquals(1, vest.met());
        assertEquals(1, vest.partlyMet());
        assertEquals(1, vest.notMet());
        assertEquals((long) vest.units() * asked.size() - 3, vest.notAssessed());
        WebsiteOverview.RegionCounts nord = overview.regions().stream().filter(r -> r.region().getName().equals("Helse Nord"))
                .findFirst().orElseThrow();
        assertEquals(0, nord.met() + nord.partlyMet() + nord.notMet());

        byte[] docx = WebsiteExport.docx(overview, messages, Locale.forLanguageTag("nb"), LocalDate.of(YEAR, 3, 1));
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertTrue(headings.contains("Oversikt per region"), headings.toString());
            assertTrue(headings.contains(unit.getNameNb()));
            XWPFTable regions = doc.getTables().getFirst();
            assertEquals(5, regions.getNumberOfRows(), "header and four regions");
            assertEquals("Region", regions.getRow(0).getCell(0).getText());
            assertEquals("Delvis oppfylt", regions.getRow(0).getCell(3).getText());
            String all = String.join("\n", doc.getTables().stream().map(XWPFTable::getText).toList());
            assertTrue(all.contains("Nordmøre og i Åsane"), "æøå kept");
            assertTrue(all.contains("Ikke vurdert"));
        }
        String csv = new String(WebsiteExport.csv(overview, messages, Locale.forLanguageTag("nb")), StandardCharsets.UTF_8);
        assertTrue(csv.contains("Nordmøre og i Åsane"));
        assertEquals(overview.units().size() * asked.size() + 1, csv.strip().lines().count(), "a row per unit and criterion");
    }

    @Test
    void deadlineRemindsHostCoordinatorsUntilTheUnitIsFullyAssessed() {
        List<WebsiteCriterion> asked = openYear();
        NationalUnit unit = bergenOnly();
        LocalDate due = LocalDate.of(YEAR, 10, 1);
        Deadline d = deadlines.deadlinesBetween(due, due).stream().filter(x -> x.key().equals("website-" + YEAR + "-unit-" + unit.getId()))
                .findFirst().orElseThrow();
        assertEquals("WEBSITE_ASSESSMENT_DUE", d.kind());
        // Helse Vest's coordinators (the demo's Marte Solheim, and any another test of the suite added); never another region's.
        List<String> recipients = d.recipients().stream().map(Deadline.Recipient::fullName).toList();
        assertTrue(recipients.contains("Marte Solheim"), recipients.toString());
        List<String> vest = jdbc.queryForList("""
                select u.full_name from app_user u join health_trust t on t.region_id = u.region_id
                where u.role = 'REGIONAL_COORDINATOR' and u.active and t.name = 'Helse Bergen'""", String.class);
        assertTrue(vest.containsAll(recipients), "only Helse Vest's coordinators: " + recipients);
        assertEquals("websites/" + YEAR + "/" + unit.getId(), d.path());
        signIn(TestUsers.COORDINATOR_VEST);
        for (WebsiteCriterion c : asked) {
            service.save(unit.getId(), c.id(), new WebsiteAnswerDraft(WebsiteResult.MET, null, null, null));
        }
        assertTrue(deadlines.deadlinesBetween(due, due).stream().noneMatch(x -> x.key().equals(d.key())), "done: no more reminders");
        assertEquals(1, deadlines.overviewBetween(due, due).size(), "one date in the årshjul");
    }
}
