package no.rhf.servicemiljo.base.ui;

import no.rhf.servicemiljo.ServiceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * The safety net behind the forms' own checks: what PostgreSQL itself says of a too-long text or a NUL is shown as a
 * clear message (keys in common*.properties), not as the generic error with a reference.
 */
class UiErrorHandlerTextTest extends ServiceTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDatabasesTooLongAndNulFailuresGetTheirOwnMessages() {
        DataAccessException tooLong = assertThrows(DataAccessException.class, () -> jdbc.update(
                "insert into assessment_message (report_id, author_id, text, sent_at) values (0, 0, repeat('x', 4001), now())"));
        assertEquals("error.text-too-long", UiErrorHandler.textStorageFailureKey(new RuntimeException("UI event", tooLong)));

        DataAccessException nul = assertThrows(DataAccessException.class,
                () -> jdbc.queryForObject("select cast(? as varchar)", String.class, "a\u0000b"));
        assertEquals("error.text-unstorable", UiErrorHandler.textStorageFailureKey(nul));

        DataAccessException other = assertThrows(DataAccessException.class, () -> jdbc.update(
                "insert into assessment_message (report_id, author_id, text, sent_at) values (0, 0, 'x', now())"));
        assertNull(UiErrorHandler.textStorageFailureKey(other), "a broken reference is no text problem");
    }
}
