package no.rhf.servicemiljo.reminder;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.reminder.ui.CalendarView;
import no.rhf.servicemiljo.reminder.ui.MyDeadlinesView;
import no.rhf.servicemiljo.reminder.ui.ReminderAdminView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import static com.github.mvysny.kaributesting.v10.GridKt._getCellComponent;
import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReminderViewsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ReminderRuleService rules;
    @Autowired
    ReminderPreviewService previews;
    @Autowired
    no.rhf.servicemiljo.base.PublicUrl publicUrl;
    @Autowired
    CycleDeadlineService cycle;

    @AfterEach
    void clean() {
        jdbc.update("delete from cycle_deadline where kind like 'TEST_VIEW%'");
        jdbc.update("delete from calendar_feed_token");
    }

    @Test
    void adminSeesTheDeliveryLogAndCoordinatorsDoNot() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ReminderAdminView.class);
        _get(Grid.class, spec -> spec.withId("outbox-grid"));
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(ReminderAdminView.class);
        assertTrue(_find(ReminderAdminView.class).isEmpty());
    }

    @Test
    void aCoordinatorSeesTheCyclesDeadlinesAmongTheirOwn() {
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(MyDeadlinesView.class);
        assertTrue(_size(_get(Grid.class, spec -> spec.withId("my-deadlines-grid"))) > 0, "the annual cycle has dates within 120 days");
    }

    @Test
    void theCalendarShowsADeadlineInItsDayCellAndInTheListOfTheComingMonths() {
        LocalDate day = YearMonth.now().atDay(15);
        jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values "
                + "('TEST_VIEW', 'Frist midt i måneden', 'Mid-month deadline', ?, 'REGIONAL_COORDINATORS')", day);
        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(CalendarView.class);
        Div cell = _get(Div.class, spec -> spec.withId("day-" + day));
        assertTrue(texts(cell).contains("Frist midt i måneden"), texts(cell).toString());
        assertFalse(texts(_get(Div.class, spec -> spec.withId("day-" + day.minusDays(1)))).contains("Frist midt i måneden"));
        assertTrue(_get(Div.class, spec -> spec.withId("day-" + LocalDate.now())).getClassNames().contains("sm-calendar-today"));
        // seven columns, Monday first, Norwegian names
        List<Div> weekdays = _find(Div.class, spec -> spec.withClasses("sm-calendar-weekday"));
        assertEquals(7, weekdays.size());
        assertTrue(weekdays.getFirst().getText().toLowerCase().startsWith("man"), weekdays.getFirst().getText());
        String month = _get(H2.class, spec -> spec.withId("calendar-month")).getText();
        _click(_get(Button.class, spec -> spec.withId("calendar-next")));
        assertFalse(_find(Div.class, spec -> spec.withId("day-" + day.plusMonths(1).withDayOfMonth(15))).isEmpty());
        assertFalse(month.equals(_get(H2.class, spec -> spec.withId("calendar-month")).getText()));

        Tabs tabs = _get(Tabs.class);
        tabs.setSelectedTab(_get(Tab.class, spec -> spec.withId("calendar-mode-list")));
        Div list = _get(Div.class, spec -> spec.withId("calendar-list"));
        assertTrue(texts(list).stream().anyMatch(t -> t.contains("Frist midt i måneden")));
        _get(H3.class, spec -> spec.withId("calendar-list-" + YearMonth.now()));
    }

    @Test
    void anIrfMemberSeesOnlyTheirOwnDeadlinesInTheCalendar() {
        LocalDate day = YearMonth.now().atDay(20);
        jdbc.update("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values "
                + "('TEST_VIEW_C', 'Koordinatorfrist', 'Coordinators', ?, 'REGIONAL_COORDINATORS'), "
                + "('TEST_VIEW_I', 'IRF-frist', 'IRF', ?, 'IRF_MEMBERS')", day, day);
        login(TestUsers.IRF_MEMBER);
        UI.getCurrent().navigate(CalendarView.class);
        List<String> inCell = texts(_get(Div.class, spec -> spec.withId("day-" + day)));
        assertTrue(inCell.contains("IRF-frist"), inCell.toString());
        assertFalse(inCell.contains("Koordinatorfrist"), inCell.toString());
    }

    @Test
    void badOffsetsAreShownAtTheFieldAndNothingIsStored() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ReminderAdminView.class);
        tab(1);
        Grid<ReminderRule> grid = _get(Grid.class, spec -> spec.withId("rules-grid"));
        int row = rules.rules().stream().map(ReminderRule::kind).toList().indexOf("REPORTS_DUE");
        _click((Button) _getCellComponent(grid, row, "actions"));
        TextField offsets = _get(TextField.class, spec -> spec.withId("rule-offsets"));
        assertEquals("14,3,0", offsets.getValue());
        _setValue(offsets, "14, 3, 200");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        assertTrue(offsets.isInvalid());
        assertEquals("Skriv hele dager mellom -60 og 120, skilt med komma (for eksempel 14,3,0,-7)", offsets.getErrorMessage());
        _setValue(offsets, "fjorten");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        assertTrue(offsets.isInvalid());
        assertEquals(List.of(14, 3, 0), rules.ruleFor("REPORTS_DUE").offsets(), "nothing stored");

        _setValue(offsets, "21,14,3,0");
        _click(_get(Button.class, spec -> spec.withId("rule-save")));
        try {
            assertEquals(List.of(21, 14, 3, 0), rules.ruleFor("REPORTS_DUE").offsets());
        } finally {
            rules.save("REPORTS_DUE", new ReminderRuleDraft("14,3,0", 7, 21, true, true));
        }
    }

    @Test
    void nonAdminsCannotEditRulesDeadlinesOrPreviewOnTheServer() {
        login(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> rules.save("REPORTS_DUE", new ReminderRuleDraft("1", null, null, true, true)));
        assertThrows(AccessDeniedException.class, () -> previews.preview(1, "cycle-1"));
        assertThrows(AccessDeniedException.class, () -> previews.deadlinesFor(1));
        assertThrows(AccessDeniedException.class, cycle::all);
        assertThrows(AccessDeniedException.class, () -> cycle.delete(1));
    }

    @Test
    void adminPreviewsTheExactMailInTheUsersLanguageAndWhetherTheyGetIt() {
        LocalDate due = LocalDate.now().plusDays(3);
        long id = jdbc.queryForObject("insert into cycle_deadline (kind, title_nb, title_en, due_on, audience) values "
                + "('TEST_VIEW_P', 'Forhåndsvist frist', 'Previewed deadline', ?, 'REGIONAL_COORDINATORS') returning id", Long.class, due);
        long marte = jdbc.queryForObject("select id from app_user where username = ?", Long.class, TestUsers.COORDINATOR_VEST);
        long irf = jdbc.queryForObject("select id from app_user where username = ?", Long.class, TestUsers.IRF_MEMBER);
        login(TestUsers.ADMIN);
        ReminderPreview preview = previews.preview(marte, "cycle-" + id);
        assertEquals("Påminnelse: Forhåndsvist frist – om 3 dager", preview.subject());
        assertTrue(preview.body().startsWith("Hei Marte Solheim,"), preview.body());
        assertTrue(preview.body().contains("Åpne Servicemiljø: " + publicUrl.link("my-deadlines")),
                "the preview links to the place to act, on the app's public address: " + preview.body());
        assertEquals(publicUrl.link("my-deadlines"), preview.link());
        assertTrue(preview.wouldReceive());
        assertEquals(LocalDate.now(), preview.nextReminderOn(), "3 days before, by the default offsets");
        ReminderPreview notTheirs = previews.preview(irf, "cycle-" + id);
        assertFalse(notTheirs.wouldReceive());
        assertTrue(notTheirs.reasons().contains(ReminderPreview.Reason.NOT_A_RECIPIENT));

        UI.getCurrent().navigate(ReminderAdminView.class);
        tab(3);
        var user = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("preview-user"));
        var deadline = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("preview-deadline"));
        user.setValue(previews.users().stream().filter(u -> u.getId() == marte).findFirst().orElseThrow());
        deadline.setValue(previews.deadlinesFor(marte).stream().filter(d -> d.key().equals("cycle-" + id)).findFirst().orElseThrow());
        assertEquals("Påminnelse: Forhåndsvist frist – om 3 dager",
                ((com.vaadin.flow.component.html.Paragraph) _get(Component.class, spec -> spec.withId("preview-subject"))).getText());
        assertEquals(publicUrl.link("my-deadlines"),
                ((com.vaadin.flow.component.html.Anchor) _get(Component.class, spec -> spec.withId("preview-link"))).getHref());
    }

    @Test
    void adminAddsEditsAndDeletesACycleDeadlineWithFieldErrors() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(ReminderAdminView.class);
        tab(2);
        _click(_get(Button.class, spec -> spec.withId("add-cycle")));
        var kind = _get(com.vaadin.flow.component.combobox.ComboBox.class, spec -> spec.withId("cycle-kind"));
        TextField titleNb = _get(TextField.class, spec -> spec.withId("cycle-title-nb"));
        _click(_get(Button.class, spec -> spec.withId("cycle-save")));
        assertTrue(kind.isInvalid(), "the kind is checked first");
        kind.setValue("REPORTS_DUE");
        _click(_get(Button.class, spec -> spec.withId("cycle-save")));
        assertTrue(titleNb.isInvalid());
        assertEquals("Fyll inn tittelen", titleNb.getErrorMessage());

        long id = cycle.save(null, new CycleDeadline.Draft("TEST_VIEW_ADMIN", "Ny frist", "New deadline", LocalDate.of(2045, 2, 10),
                CycleDeadline.Audience.REGIONAL_COORDINATORS));
        assertEquals("dueOn", assertThrows(no.rhf.servicemiljo.base.FieldValidationException.class, () -> cycle.save(null,
                new CycleDeadline.Draft("TEST_VIEW_ADMIN", "Samme", "Same", LocalDate.of(2045, 2, 10),
                        CycleDeadline.Audience.REGIONAL_COORDINATORS))).getField());
        cycle.save(id, new CycleDeadline.Draft("TEST_VIEW_ADMIN", "Rettet frist", "Corrected", LocalDate.of(2045, 2, 12),
                CycleDeadline.Audience.IRF_MEMBERS));
        CycleDeadline saved = cycle.all().stream().filter(d -> d.id() == id).findFirst().orElseThrow();
        assertEquals("Rettet frist", saved.titleNb());
        assertEquals(LocalDate.of(2045, 2, 12), saved.dueOn());
        cycle.delete(id);
        assertTrue(cycle.all().stream().noneMatch(d -> d.id() == id));
    }

    @Test
    void everyUserMakesACalendarAddressAndSeesMandatoryKindsLocked() {
        login(TestUsers.SERVICE_CONTACT);
        UI.getCurrent().navigate(MyDeadlinesView.class);
        Checkbox mandatory = _get(Checkbox.class, spec -> spec.withId("reminder-kind-REPORTS_DUE"));
        assertTrue(mandatory.getValue());
        assertTrue(mandatory.isReadOnly());
        Checkbox optional = _get(Checkbox.class, spec -> spec.withId("reminder-kind-TERM_END"));
        assertFalse(optional.isReadOnly());
        _click(_get(Button.class, spec -> spec.withId("feed-create")));
        String url = _get(TextField.class, spec -> spec.withId("feed-url")).getValue();
        assertTrue(url.startsWith(publicUrl.base() + "/calendar-feed/") && url.endsWith(".ics"), url);
        _get(Button.class, spec -> spec.withId("feed-revoke"));
    }

    private static void tab(int index) {
        _get(com.vaadin.flow.component.tabs.TabSheet.class, spec -> spec.withId("reminder-tabs")).setSelectedIndex(index);
    }

    private static List<String> texts(Component component) {
        return component.getChildren().flatMap(c -> java.util.stream.Stream.concat(
                c instanceof com.vaadin.flow.component.HasText t ? java.util.stream.Stream.of(t.getText()) : java.util.stream.Stream.empty(),
                texts(c).stream())).toList();
    }
}
