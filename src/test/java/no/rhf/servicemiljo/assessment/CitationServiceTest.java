package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.CitationService.Citation;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.OptionalInt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Citations of report pages: the page checked against the PDF, the quote's limit, and who may cite. */
@Transactional
class CitationServiceTest extends ServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    ReportReceiptService receipts;
    @Autowired
    CitationService citations;
    @Autowired
    JdbcTemplate jdbc;

    private record Fixture(long report, long k1, long otherCycleCriterion) {
    }

    private Fixture fixture() {
        signIn(TestUsers.ADMIN);
        int year = EvidenceFixtures.twoFreeYears(jdbc, 2003);
        var cycle = assessments.createCycle(year, LocalDate.of(year + 1, 2, 10));
        long unit = jdbc.queryForObject(EvidenceFixtures.VEST_UNIT, Long.class);
        long report = EvidenceFixtures.reportOf(jdbc, cycle.id(), unit);
        long k1 = assessments.criteria(cycle.id()).getFirst().id();
        long other = jdbc.queryForObject("select min(id) from assessment_criterion where cycle_id <> ?", Long.class, cycle.id());
        return new Fixture(report, k1, other);
    }

    @Test
    void aCitationNamesAPageOfTheUploadedPdfAndOptionallyAQuote() {
        Fixture f = fixture();
        var none = assertThrows(FieldValidationException.class, () -> citations.add(f.report(), "rating-" + f.k1(), 1, null));
        assertEquals("citation.error.no-file", none.getMessageKey(), "nothing to cite before the PDF is uploaded");

        var file = receipts.upload(f.report(), "Årsrapport.pdf", EvidenceFixtures.pdf(3));
        assertEquals(OptionalInt.of(3), citations.currentPageCount(f.report()), "read from the PDF with OpenPDF");

        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        Citation first = citations.add(f.report(), "rating-" + f.k1(), 2, "  Pasientvolumet økte med 12 %  ");
        Citation second = citations.add(f.report(), "rating-" + f.k1(), 3, "");
        Citation third = citations.add(f.report(), "conclusion", 1, null);
        assertEquals("Pasientvolumet økte med 12 %", first.quote(), "stripped");
        assertNull(second.quote());
        assertEquals(file.id(), first.fileId());
        assertEquals("Årsrapport.pdf", first.fileName());
        assertEquals("Erik Dahl", first.author());
        assertEquals(List.of(first.id(), second.id(), third.id()), citations.citations(f.report()).stream()
                .sorted(java.util.Comparator.comparingLong(Citation::id)).map(Citation::id).toList(), "several per field");

        var beyond = assertThrows(FieldValidationException.class, () -> citations.add(f.report(), "comment-" + f.k1(), 4, null));
        assertEquals("page", beyond.getField());
        assertEquals("citation.error.page-max", beyond.getMessageKey());
        assertEquals(3, beyond.getArguments()[0]);
        var zero = assertThrows(FieldValidationException.class, () -> citations.add(f.report(), "comment-" + f.k1(), 0, null));
        assertEquals("page", zero.getField());
        var missing = assertThrows(FieldValidationException.class, () -> citations.add(f.report(), "comment-" + f.k1(), null, null));
        assertEquals("page", missing.getField());
        var longQuote = assertThrows(FieldValidationException.class,
                () -> citations.add(f.report(), "comment-" + f.k1(), 1, "æ".repeat(CitationService.MAX_QUOTE + 1)));
        assertEquals("quote", longQuote.getField());
        assertEquals("citation.error.quote-length", longQuote.getMessageKey());
        citations.add(f.report(), "comment-" + f.k1(), 1, "æ".repeat(CitationService.MAX_QUOTE));
        var nul = assertThrows(FieldValidationException.class, () -> citations.add(f.report(), "comment-" + f.k1(), 1, "a\u0000b"));
        assertEquals("quote", nul.getField());
        for (String bad : List.of("rating-" + f.otherCycleCriterion(), "status", "rating-x", "follow-up-1")) {
            assertEquals("field", assertThrows(FieldValidationException.class, () -> citations.add(f.report(), bad, 1, null)).getField(), bad);
        }

        citations.delete(second.id());
        assertTrue(citations.citations(f.report()).stream().noneMatch(c -> c.id() == second.id()));
    }

    @Test
    void aPdfWhosePagesCannotBeCountedTakesAnyPageUpToTheLimit() {
        Fixture f = fixture();
        receipts.upload(f.report(), "kort.pdf", "%PDF-1.7\n% ikke en ekte pdf æøå\n%%EOF\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(OptionalInt.empty(), citations.currentPageCount(f.report()));
        assertEquals(250, citations.add(f.report(), "comment-" + f.k1(), 250, null).page());
        var tooHigh = assertThrows(FieldValidationException.class,
                () -> citations.add(f.report(), "comment-" + f.k1(), CitationService.MAX_PAGE + 1, null));
        assertEquals("citation.error.page", tooHigh.getMessageKey());
    }

    @Test
    void whoMayEditTheAssessmentMayCiteOthersMayNot() {
        Fixture f = fixture();
        receipts.upload(f.report(), "rapport.pdf", EvidenceFixtures.pdf(2));
        Citation cited = citations.add(f.report(), "rating-" + f.k1(), 1, null);
        signIn(TestUsers.COORDINATOR_VEST);
        citations.add(f.report(), "comment-" + f.k1(), 2, "Koordinatoren");
        for (String other : List.of(TestUsers.COORDINATOR_SOR_OST, TestUsers.OBSERVER, TestUsers.IRF_MEMBER)) {
            signIn(other);
            assertThrows(AccessDeniedException.class, () -> citations.add(f.report(), "rating-" + f.k1(), 1, null), other);
            assertThrows(AccessDeniedException.class, () -> citations.delete(cited.id()), other);
        }
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> citations.citations(f.report()), "not approved yet");
        jdbc.update("update annual_report set status = 'APPROVED' where id = ?", f.report());
        assertEquals(2, citations.citations(f.report()).size(), "an observer reads them once approved");
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> citations.add(f.report(), "rating-" + f.k1(), 1, null), "approved: read-only");
    }
}
