package no.rhf.servicemiljo.arena;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.arena.ui.ArenaEditView;
import no.rhf.servicemiljo.arena.ui.ArenaEventView;
import no.rhf.servicemiljo.arena.ui.ArenasView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

/** The arena views: the list with the demo dialogue day, the event page, the organiser's form with errors at the fields. */
class ArenaViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void removeTestEvents() {
        jdbc.update("delete from reminder_outbox where deadline_path in (select 'arenas/' || id from arena_event where title like 'Karibu %')");
        jdbc.update("delete from arena_event where title like 'Karibu %'");
        jdbc.update("""
                delete from reminder_outbox where deadline_path in (select 'arenas/' || e.id from arena_event e where e.title = ?)
                  and recipient_email = (select email from app_user where username = ?)""", ArenaDemoData.DIALOGUE_DAY, TestUsers.IRF_MEMBER);
        jdbc.update("delete from arena_participant where event_id in (select id from arena_event where title = ?) "
                + "and user_id = (select id from app_user where username = ?)", ArenaDemoData.DIALOGUE_DAY, TestUsers.IRF_MEMBER);
    }

    private long dialogueDay() {
        return jdbc.queryForObject("select id from arena_event where title = ?", Long.class, ArenaDemoData.DIALOGUE_DAY);
    }

    @Test
    void aUserSeesTheDialogueDayRegistersFromTheEventPageAndSeesTheirStatus() {
        login(TestUsers.IRF_MEMBER);
        UI.getCurrent().navigate(ArenasView.class);
        Grid<?> upcoming = _get(Grid.class, spec -> spec.withId("arena-upcoming"));
        assertThat(_size(upcoming)).isGreaterThan(0);
        assertThat(_find(Grid.class, spec -> spec.withId("arena-organised"))).as("not an organiser").isEmpty();
        assertThat(_find(Button.class, spec -> spec.withId("arena-create"))).isEmpty();

        long id = dialogueDay();
        UI.getCurrent().navigate("arenas/" + id);
        _get(ArenaEventView.class);
        _click(_get(Button.class, spec -> spec.withId("arena-register-" + id)));
        HorizontalLayout mine = _get(HorizontalLayout.class, spec -> spec.withId("arena-my-registration"));
        assertThat(mine.getElement().getTextRecursively()).contains("Påmeldt");
        assertThat(_find(Button.class, spec -> spec.withId("arena-unregister-" + id))).hasSize(1);
        assertThat(_find(Grid.class, spec -> spec.withId("arena-participant-grid"))).as("the participant list is the organiser's").isEmpty();
    }

    @Test
    void theOrganiserSeesTheParticipantListAndItsExports() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ArenasView.class);
        assertThat(_size(_get(Grid.class, spec -> spec.withId("arena-organised")))).isGreaterThan(0);
        UI.getCurrent().navigate("arenas/" + dialogueDay());
        assertThat(_size(_get(Grid.class, spec -> spec.withId("arena-participant-grid")))).isGreaterThan(0);
        _get(Anchor.class, spec -> spec.withId("arena-export-csv"));
        _get(Button.class, spec -> spec.withId("arena-export-word"));
        _get(Button.class, spec -> spec.withId("arena-cancel-event"));
    }

    @Test
    void editingAPublishedEventWithParticipantsSaysWhoWillBeMailedAboutAChange() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate("arenas/edit/" + dialogueDay());
        var notice = _get(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("arena-edit-notice"));
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("Arrangementet er publisert: ").contains("er påmeldt")
                .endsWith("får de en e-post med det endrede arrangementet til kalenderen.");
        UI.getCurrent().navigate(ArenaEditView.class);
        assertThat(_find(com.vaadin.flow.component.html.Paragraph.class, spec -> spec.withId("arena-edit-notice")))
                .as("a new event has no one to tell").isEmpty();
    }

    @Test
    void theFormShowsAnEndBeforeTheStartAtTheFieldAndSavesAValidEventAsADraft() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(ArenaEditView.class);
        LocalDateTime start = LocalDateTime.now().plusDays(20).truncatedTo(ChronoUnit.DAYS).withHour(10);
        _setValue(_get(TextField.class, spec -> spec.withId("arena-title")), "Karibu arena");
        _setValue(_get(TextField.class, spec -> spec.withId("arena-location")), "Bergen");
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("arena-starts-at")), start);
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("arena-ends-at")), start.minusHours(2));
        _setValue(_get(DateTimePicker.class, spec -> spec.withId("arena-deadline")), start.minusDays(2));
        _setValue(_get(IntegerField.class, spec -> spec.withId("arena-capacity")), 12);
        _click(_get(Button.class, spec -> spec.withId("arena-save")));
        DateTimePicker end = _get(DateTimePicker.class, spec -> spec.withId("arena-ends-at"));
        assertThat(end.isInvalid()).isTrue();
        assertThat(end.getErrorMessage()).isEqualTo("Slutten må være etter starten.");
        assertThat(jdbc.queryForObject("select count(*) from arena_event where title = 'Karibu arena'", Integer.class)).isZero();

        _setValue(end, start.plusHours(3));
        _click(_get(Button.class, spec -> spec.withId("arena-save")));
        _get(ArenaEventView.class);
        assertThat(jdbc.queryForObject("select status from arena_event where title = 'Karibu arena'", String.class)).isEqualTo("DRAFT");
        _click(_get(Button.class, spec -> spec.withId("arena-publish")));
        com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt._fireConfirm(_get(com.vaadin.flow.component.confirmdialog.ConfirmDialog.class));
        assertThat(jdbc.queryForObject("select status from arena_event where title = 'Karibu arena'", String.class)).isEqualTo("PUBLISHED");
    }

    @Test
    void aUserWithoutAnOrganiserRoleCannotOpenTheForm() {
        login(TestUsers.REFERENCE_MEMBER);
        UI.getCurrent().navigate(ArenaEditView.class);
        assertThat(_find(ArenaEditView.class)).isEmpty();
    }
}
