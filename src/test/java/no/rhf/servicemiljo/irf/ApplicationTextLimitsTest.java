package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Applications are written with SQL of their own: a NUL or a text longer than its column gets a message at the
 * field (which the dialog shows there), never the database's error.
 */
class ApplicationTextLimitsTest extends ServiceTest {

    @Autowired
    ApplicationService service;
    @Autowired
    OrganisationService organisation;

    @Test
    void aTooLongTitleAndANulInTheDescriptionAreRefusedAtTheirFields() {
        signIn(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(service);
        signIn(TestUsers.COORDINATOR_MIDT);
        ApplicationDraft d = IrfFixtures.draft(organisation, round, "St. Olavs hospital", "Grensetest");
        ApplicationDraft longTitle = new ApplicationDraft(d.hostTrustId(), null, d.kind(), null, "x".repeat(301), d.patientGroup(),
                d.description(), false, null, d.contact(), d.answers(), d.volumes());
        FieldValidationException tooLong = assertThrows(FieldValidationException.class, () -> service.create(round.id(), longTitle));
        assertEquals("title", tooLong.getField());
        assertEquals("text.error.too-long", tooLong.getMessageKey());

        ApplicationDraft nul = new ApplicationDraft(d.hostTrustId(), null, d.kind(), null, d.title(), d.patientGroup(),
                "Beskrivelse med \u0000 i", false, null, d.contact(), d.answers(), d.volumes());
        FieldValidationException unstorable = assertThrows(FieldValidationException.class, () -> service.create(round.id(), nul));
        assertEquals("description", unstorable.getField());
        assertEquals("text.error.unstorable", unstorable.getMessageKey());
        assertTrue(service.applications(round.id()).isEmpty());
    }
}
