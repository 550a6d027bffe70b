package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.coedit.CoEditedDocument;
import no.rhf.servicemiljo.base.coedit.Edit;
import no.rhf.servicemiljo.base.coedit.TextOperation;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A NUL typed or pasted into a co-edited assessment text gets a message at the field, not a database error. */
class CoEditedNulTest extends ServiceTest {

    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void anEditInsertingNulIsRefusedAtTheFieldAndNothingIsStored() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        signIn(TestUsers.COORDINATOR_VEST);
        CoEditedDocument.Snapshot before = assessments.texts(report).getOrDefault("recommendation", new CoEditedDocument.Snapshot("", 0));
        TextOperation nul = new TextOperation().retain(before.text().length()).insert("a\u0000b");
        FieldValidationException refused = assertThrows(FieldValidationException.class,
                () -> assessments.editText(report, "recommendation", new Edit(before.version(), nul, "nul-test", 1)));
        assertEquals("recommendation", refused.getField());
        assertEquals("text.error.unstorable", refused.getMessageKey());
        assertEquals(before, assessments.texts(report).getOrDefault("recommendation", new CoEditedDocument.Snapshot("", 0)));
    }
}
