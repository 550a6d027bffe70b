package no.rhf.servicemiljo.reminder;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The reminder forms (cycle deadlines, rules, the delivery log's filter) never hand PostgreSQL a NUL or a text longer
 * than its column: the service answers with a message at the field, and what was stored stays as it was.
 */
class ReminderTextLimitsTest extends ServiceTest {

    @Autowired
    CycleDeadlineService cycle;
    @Autowired
    ReminderRuleService rules;
    @Autowired
    ReminderService reminders;
    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void clean() {
        jdbc.update("delete from cycle_deadline where kind = 'TEST_LIMITS'");
    }

    private static CycleDeadline.Draft draft(String titleNb, String titleEn) {
        return new CycleDeadline.Draft("TEST_LIMITS", titleNb, titleEn, LocalDate.of(2046, 3, 1), CycleDeadline.Audience.REGIONAL_COORDINATORS);
    }

    @Test
    void aCycleDeadlineTitleWithNulOrTooLongIsRefusedAtItsFieldAndTheStoredOneIsKept() {
        signIn(TestUsers.ADMIN);
        long id = cycle.save(null, draft("Frist", "Deadline"));

        FieldValidationException nul = assertThrows(FieldValidationException.class, () -> cycle.save(id, draft("Frist", "Dead\u0000line")));
        assertEquals("titleEn", nul.getField());
        assertEquals("text.error.unstorable", nul.getMessageKey());
        FieldValidationException nulNew = assertThrows(FieldValidationException.class, () -> cycle.save(null, draft("Ny\u0000", "New")));
        assertEquals("titleNb", nulNew.getField());
        FieldValidationException tooLong = assertThrows(FieldValidationException.class, () -> cycle.save(id, draft("x".repeat(201), "Deadline")));
        assertEquals("titleNb", tooLong.getField());

        var stored = cycle.all().stream().filter(d -> "TEST_LIMITS".equals(d.kind())).toList();
        assertEquals(1, stored.size(), "nothing added");
        assertEquals("Frist", stored.getFirst().titleNb());
        assertEquals("Deadline", stored.getFirst().titleEn());
    }

    @Test
    void aRuleWithNulInItsCodeOrDaysIsRefusedAtTheField() {
        signIn(TestUsers.ADMIN);
        int before = rules.rules().size();
        assertEquals("kind", assertThrows(FieldValidationException.class,
                () -> rules.save("TEST\u0000X", new ReminderRuleDraft("14", null, null, false, true))).getField());
        assertEquals("offsets", assertThrows(FieldValidationException.class,
                () -> rules.save("TEST_LIMITS", new ReminderRuleDraft("14,\u00003", null, null, false, true))).getField());
        assertEquals("kind", assertThrows(FieldValidationException.class,
                () -> rules.save("T" + "X".repeat(40), new ReminderRuleDraft("14", null, null, false, true))).getField());
        assertEquals(before, rules.rules().size());
        assertTrue(rules.rules().stream().noneMatch(r -> r.kind().startsWith("TEST_LIMITS")));
    }

    @Test
    void aNulInTheDeliveryLogsRecipientFilterIsIgnoredNotSentToTheDatabase() {
        signIn(TestUsers.ADMIN);
        var all = reminders.deliveryLog(new ReminderService.OutboxFilter(null, "@", null));
        var withNul = assertDoesNotThrow(() -> reminders.deliveryLog(new ReminderService.OutboxFilter(null, "@\u0000", null)));
        assertEquals(all.size(), withNul.size());
    }
}
