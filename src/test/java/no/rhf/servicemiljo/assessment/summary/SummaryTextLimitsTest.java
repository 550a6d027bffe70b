package no.rhf.servicemiljo.assessment.summary;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.coedit.Edit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** The national summary's co-edited text (checked by base/coedit's TextEditLog): a save or an edit inserting NUL is refused at the field and nothing changes. */
@Transactional // rolled back: the seeded cycle's reports must not stay for other tests (they look up "the" burns report)
class SummaryTextLimitsTest extends ServiceTest {

    @Autowired
    SummaryTextService texts;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNulInASaveOrAnEditIsRefusedAtTheTextAndTheStoredTextIsKept() {
        signIn(TestUsers.ADMIN);
        int year = SummaryFixtures.nextYear(jdbc);
        long cycle = SummaryFixtures.seed(jdbc, assessments.createCycle(year, LocalDate.of(year + 1, 2, 10)).id(), year).cycleId();
        signIn(TestUsers.COORDINATOR_VEST);
        long version = texts.saveText(cycle, "Ventetid er felles.", 0).version();

        FieldValidationException save = assertThrows(FieldValidationException.class,
                () -> texts.saveText(cycle, "Ventetid\u0000 er felles.", version));
        assertEquals("text", save.getField());
        assertEquals("coedit.error.character", save.getMessageKey(), "the co-edit log refuses it (base/coedit)");
        FieldValidationException edit = assertThrows(FieldValidationException.class,
                () -> texts.editText(cycle, Edit.replacing(version, "Ventetid er felles.", "Ventetid er felles.\u0000")));
        assertEquals("text", edit.getField());
        assertEquals("text", assertThrows(FieldValidationException.class,
                () -> texts.saveText(cycle, "x".repeat(SummaryTextService.MAX_TEXT + 1), version)).getField());

        assertEquals("Ventetid er felles.", texts.text(cycle).text());
        assertEquals(version, texts.text(cycle).version());
    }
}
