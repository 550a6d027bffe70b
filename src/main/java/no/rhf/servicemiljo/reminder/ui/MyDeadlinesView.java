package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.reminder.CalendarFeedService;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.ReminderPreferenceService;
import no.rhf.servicemiljo.reminder.ReminderRuleService;
import no.rhf.servicemiljo.reminder.ReminderService;

/**
 * The deadlines of the coming 120 days (and the last 30) where the signed-in user has something to do, their reminder
 * settings and their personal calendar feed.
 */
@Route("my-deadlines")
@PermitAll
@Menu(title = "nav.my-deadlines", order = 5, icon = "vaadin:calendar-clock")
public class MyDeadlinesView extends Section implements HasDynamicTitle {

    MyDeadlinesView(ReminderService reminders, ReminderPreferenceService preferences, ReminderRuleService rules,
                    CalendarFeedService feeds) {
        addClassName("sm-view");
        setId("my-deadlines");
        Grid<Deadline> grid = new Grid<>();
        grid.addColumn(d -> Formats.date(d.dueOn())).setHeader(getTranslation("reminder.due")).setAutoWidth(true);
        grid.addColumn(d -> d.title(getLocale().getLanguage())).setHeader(getTranslation("reminder.deadline")).setFlexGrow(3);
        grid.setItems(reminders.myDeadlines(120));
        grid.setEmptyStateText(getTranslation("reminder.my.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("my-deadlines-grid");
        add(grid, new ReminderSettingsPanel(preferences, rules), new CalendarFeedPanel(feeds));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-deadlines");
    }
}
