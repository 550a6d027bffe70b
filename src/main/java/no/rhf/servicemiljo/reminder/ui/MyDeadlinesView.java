package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import no.rhf.servicemiljo.base.ui.DueText;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.reminder.DeadlineCalendarService;
import no.rhf.servicemiljo.reminder.CalendarFeedService;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.ReminderPreferenceService;
import no.rhf.servicemiljo.reminder.ReminderRuleService;
import no.rhf.servicemiljo.reminder.ReminderService;

/**
 * The open deadlines the signed-in user sees (the same list as the årshjul and the feed): the overdue ones first, worded
 * as overdue, then the coming 120 days; their reminder settings and their personal calendar feed.
 */
@Route("my-deadlines")
@PermitAll
@Menu(title = "nav.my-deadlines", order = 5, icon = "vaadin:calendar-clock")
public class MyDeadlinesView extends Section implements HasDynamicTitle {

    MyDeadlinesView(ReminderService reminders, ReminderPreferenceService preferences, ReminderRuleService rules,
                    CalendarFeedService feeds, DeadlineCalendarService calendar) {
        addClassName("sm-view");
        setId("my-deadlines");
        Grid<Deadline> grid = new Grid<>();
        grid.addColumn(d -> Formats.date(d.dueOn())).setHeader(getTranslation("reminder.due")).setAutoWidth(true);
        java.time.LocalDate today = calendar.today();
        grid.addComponentColumn(d -> DueText.badge(this, d.dueOn(), today)).setHeader(getTranslation("reminder.state"))
                .setAutoWidth(true);
        grid.addComponentColumn(d -> d.path().isEmpty() ? new Span(d.title(getLocale().getLanguage()))
                : new Anchor(d.path(), d.title(getLocale().getLanguage()))).setHeader(getTranslation("reminder.deadline")).setFlexGrow(3);
        grid.setItems(reminders.myDeadlines(120));
        grid.setPartNameGenerator(d -> DueText.overdue(d.dueOn(), today) ? "sm-overdue-row" : null);
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
