package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouteParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.PrivateRatingService;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService;
import no.rhf.servicemiljo.assessment.agenda.ui.MeetingAgendaView;
import no.rhf.servicemiljo.base.ui.DocumentDownload;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.ButtonKt._click;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The private phase on the assessment screen, the cycle setting and the meeting agenda screen; rolls back. */
@Transactional
class PrivateRatingViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssessmentService assessments;
    @Autowired
    PrivateRatingService privateRatings;
    @Autowired
    MeetingAgendaService meetings;

    private long report;
    private long cycle;
    private Criterion criterion;

    @BeforeEach
    void gammaKnife() {
        report = jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id "
                + "where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'", Long.class);
        jdbc.update("update annual_report set status = 'UNDER_ASSESSMENT' where id = ?", report);
        cycle = jdbc.queryForObject("select cycle_id from annual_report where id = ?", Long.class, report);
        criterion = jdbc.queryForObject("select id, position, title from assessment_criterion where cycle_id = ? and not retired order by position limit 1",
                (rs, n) -> new Criterion(rs.getLong(1), rs.getInt(2), rs.getString(3), "", false), cycle);
    }

    private void open(long id) {
        UI.getCurrent().navigate(AssessmentView.class, new RouteParameters("id", String.valueOf(id)));
    }

    private String progress() {
        return _get(Span.class, spec -> spec.withId("private-progress")).getText();
    }

    @Test
    void adminTurnsItOnAndAMemberRatesPrivatelySubmitsAndThenSeesTheOthers() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(CycleSettingsView.class, new RouteParameters("cycleId", String.valueOf(cycle)));
        _setValue(_get(Checkbox.class, spec -> spec.withId("cycle-independent-first")), true);
        assertTrue(privateRatings.independentFirst(cycle));

        login("kristin.moe");
        open(report);
        _setValue(_get(Select.class, spec -> spec.withId("private-rating-" + criterion.id())), "NOT_MET");
        _click(_get(Button.class, spec -> spec.withId("private-submit")));
        _fireConfirm(_get(ConfirmDialog.class));

        login(TestUsers.REFERENCE_MEMBER_VEST);
        open(report);
        assertTrue(progress().startsWith("1 av "), progress());
        assertTrue(_find(no.rhf.servicemiljo.base.ui.PlainSelect.class, spec -> spec.withId("field-rating-" + criterion.id())).isEmpty(),
                "the shared assessment is hidden while the member rates privately");
        assertTrue(_find(Grid.class, spec -> spec.withId("private-spread")).isEmpty(), "no one else's ratings before submitting");
        assertTrue(_find(Span.class, spec -> spec.withId("private-beside-" + criterion.id())).isEmpty(), "the card is hidden");

        _click(_get(Button.class, spec -> spec.withId("private-submit")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertTrue(progress().startsWith("1 av "), "nothing rated: a message, nothing submitted");
        _get(Button.class, spec -> spec.withId("private-submit"));

        _setValue(_get(Select.class, spec -> spec.withId("private-rating-" + criterion.id())), "MET");
        _setValue(_get(TextField.class, spec -> spec.withId("private-note-" + criterion.id())), "Gode tall for ventetid – også i Tromsø");
        _click(_get(Button.class, spec -> spec.withId("private-submit")));
        _fireConfirm(_get(ConfirmDialog.class));
        assertTrue(progress().startsWith("2 av "), progress());
        _get(no.rhf.servicemiljo.base.ui.PlainSelect.class, spec -> spec.withId("field-rating-" + criterion.id())); // the shared assessment is back
        String beside = _get(Span.class, spec -> spec.withId("private-beside-" + criterion.id())).getText();
        assertTrue(beside.contains("Erik Dahl: Oppfylt (Gode tall for ventetid – også i Tromsø)"), beside);
        assertTrue(beside.contains("Kristin Moe: Ikke oppfylt"), beside);
        assertTrue(_find(Button.class, spec -> spec.withId("private-submit")).isEmpty(), "final");
        assertTrue(_size(_get(Grid.class, spec -> spec.withId("private-spread"))) > 0);

        login(TestUsers.COORDINATOR_VEST);
        open(report);
        assertTrue(progress().startsWith("2 av "));
        assertFalse(_get(Span.class, spec -> spec.withId("private-beside-" + criterion.id())).getText().contains("Kristin"),
                "the host coordinator sees none before approval");
    }

    @Test
    void theChairMakesTheAgendaReordersRemovesWithConfirmationAndExports() {
        privateRatingsOn();
        rate("kristin.moe", "NOT_MET");
        rate(TestUsers.REFERENCE_MEMBER_VEST, "MET");
        rate(TestUsers.REFERENCE_MEMBER, "PARTLY_MET");
        login(TestUsers.REFERENCE_MEMBER);
        open(report);
        _click(_get(Button.class, spec -> spec.withId("private-meeting")));
        _get(MeetingAgendaView.class);
        _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("agenda-items-empty"));
        _click(_get(Button.class, spec -> spec.withId("agenda-fill")));
        _setValue(_get(TextField.class, spec -> spec.withId("agenda-item-title")), "Eventuelt – æøå");
        _click(_get(Button.class, spec -> spec.withId("agenda-item-add")));
        long meeting = meetings.meetingOf(report).orElseThrow();
        List<MeetingAgendaService.Item> items = meetings.meeting(meeting).items();
        assertEquals("Eventuelt – æøå", items.getLast().title());
        MeetingAgendaService.Item free = items.getLast();
        Button up = _get(Button.class, spec -> spec.withId("agenda-up-" + free.id()));
        assertEquals("Flytt opp: Eventuelt – æøå", up.getElement().getAttribute("aria-label"));
        _click(up);
        assertEquals("Eventuelt – æøå", meetings.meeting(meeting).items().get(items.size() - 2).title());

        _click(_get(Button.class, spec -> spec.withId("agenda-remove-" + free.id())));
        assertEquals(items.size(), meetings.meeting(meeting).items().size(), "not before the confirmation");
        _fireConfirm(_get(ConfirmDialog.class));
        assertEquals(items.size() - 1, meetings.meeting(meeting).items().size());
        assertTrue(_find(ListItem.class, spec -> spec.withId("agenda-item-" + free.id())).isEmpty());
        assertEquals(2, _find(DocumentDownload.class).size(), "Word and PDF");
        assertTrue(_size(_get(Grid.class, spec -> spec.withId("agenda-disagreement"))) > 0);

        login(TestUsers.REFERENCE_MEMBER_VEST);
        UI.getCurrent().navigate("reports/meetings/" + meeting);
        assertTrue(_find(Button.class, spec -> spec.withId("agenda-fill")).isEmpty(), "members read only");
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate("reports/meetings/" + meeting);
        assertTrue(_find(MeetingAgendaView.class).isEmpty(), "refused");
    }

    private void privateRatingsOn() {
        login(TestUsers.ADMIN);
        privateRatings.setIndependentFirst(cycle, true);
    }

    private void rate(String user, String rating) {
        login(user);
        privateRatings.rate(report, criterion.id(), rating, "");
        privateRatings.submit(report);
    }
}
