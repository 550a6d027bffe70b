package no.rhf.servicemiljo.leadership;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A handover item (varchar(300)) has its NUL cleaned; a too-long or, once cleaned, empty item is refused at the field. */
class HandoverTextLimitsTest extends ServiceTest {

    @Autowired
    LeadershipService leadership;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aNulIsCleanedAndATooLongOrEmptyItemIsRefusedAtTheText() {
        signIn(TestUsers.ADMIN);
        LeadershipPeriod period = leadership.savePeriod(null, organisation.region(Region.HELSE_VEST), LocalDate.of(2094, 1, 1),
                LocalDate.of(2095, 12, 31));
        try {
            List<String> before = leadership.handover(period.getId()).stream().map(HandoverItem::getText).toList();
            FieldValidationException tooLong = assertThrows(FieldValidationException.class,
                    () -> leadership.addHandoverItem(period.getId(), "x".repeat(LeadershipService.MAX_ITEM_LENGTH + 1)));
            assertEquals("text", tooLong.getField());
            assertEquals("text", assertThrows(FieldValidationException.class,
                    () -> leadership.addHandoverItem(period.getId(), "\u0000\u0000")).getField(), "nothing left once cleaned");
            assertEquals(before, leadership.handover(period.getId()).stream().map(HandoverItem::getText).toList());

            HandoverItem item = leadership.addHandoverItem(period.getId(), "Over\u0000lever nøkler");
            assertEquals("Overlever nøkler", item.getText());
            assertEquals("Overlever nøkler", jdbc.queryForObject("select text from handover_item where id = ?", String.class, item.getId()));
        } finally {
            jdbc.update("delete from handover_item where period_id = ?", period.getId());
            jdbc.update("delete from leadership_period where id = ?", period.getId());
        }
    }
}
