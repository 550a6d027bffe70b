package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.DueText;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineCalendarService;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The annual cycle (årshjul): a month grid (Monday first, today marked, each deadline in its day's cell) or a list of
 * the coming twelve months grouped by month. ADMIN, coordinators and observers see every deadline, others their own.
 */
@Route("calendar")
@PermitAll
@Menu(title = "nav.calendar", order = 6, icon = "vaadin:calendar")
@StyleSheet("context://styles/calendar.css")
public class CalendarView extends Section implements HasDynamicTitle {

    private final DeadlineCalendarService calendar;
    private final Div content = new Div();
    private final Tabs mode = new Tabs();
    private final Tab monthTab;
    private YearMonth month;

    CalendarView(DeadlineCalendarService calendar) {
        this.calendar = calendar;
        this.month = YearMonth.from(calendar.today());
        addClassName("sm-view");
        setId("calendar");
        monthTab = new Tab(getTranslation("calendar.mode.month"));
        monthTab.setId("calendar-mode-month");
        Tab listTab = new Tab(getTranslation("calendar.mode.list"));
        listTab.setId("calendar-mode-list");
        mode.add(monthTab, listTab);
        mode.addSelectedChangeListener(e -> render());
        Paragraph scope = new Paragraph(getTranslation(calendar.seesAll() ? "calendar.scope.all" : "calendar.scope.own"));
        scope.addClassName("sm-muted");
        add(scope, mode, content);
        render();
    }

    private void render() {
        content.removeAll();
        if (mode.getSelectedTab() == monthTab) {
            renderMonth();
        } else {
            renderList();
        }
    }

    private void renderMonth() {
        Locale locale = getLocale();
        LocalDate today = calendar.today();
        LocalDate first = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
        Map<LocalDate, List<Deadline>> byDay = calendar.visibleBetween(first, last).stream()
                .collect(Collectors.groupingBy(Deadline::dueOn));

        Button previous = new Button(VaadinIcon.ANGLE_LEFT.create(), e -> move(-1));
        previous.setId("calendar-previous");
        previous.setAriaLabel(getTranslation("calendar.previous"));
        Button next = new Button(VaadinIcon.ANGLE_RIGHT.create(), e -> move(1));
        next.setId("calendar-next");
        next.setAriaLabel(getTranslation("calendar.next"));
        Button toToday = new Button(getTranslation("calendar.today"), e -> {
            month = YearMonth.from(calendar.today());
            render();
        });
        toToday.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        H2 title = new H2(monthName(month, locale) + " " + month.getYear());
        title.setId("calendar-month");
        HorizontalLayout header = new HorizontalLayout(previous, title, next, toToday);
        header.setAlignItems(FlexComponent.Alignment.CENTER);

        Div grid = new Div();
        grid.setId("calendar-grid");
        grid.addClassName("sm-calendar");
        for (DayOfWeek day : DayOfWeek.values()) {
            Div name = new Div(capitalise(day.getDisplayName(TextStyle.SHORT_STANDALONE, locale)));
            name.addClassName("sm-calendar-weekday");
            grid.add(name);
        }
        for (LocalDate day = first; !day.isAfter(last); day = day.plusDays(1)) {
            Div cell = new Div();
            cell.setId("day-" + day);
            cell.addClassName("sm-calendar-day");
            if (!YearMonth.from(day).equals(month)) {
                cell.addClassName("sm-calendar-other-month");
            }
            if (day.equals(today)) {
                cell.addClassName("sm-calendar-today");
                cell.getElement().setAttribute("aria-current", "date");
            }
            Span number = new Span(String.valueOf(day.getDayOfMonth()));
            number.addClassName("sm-calendar-day-number");
            cell.add(number);
            for (Deadline deadline : byDay.getOrDefault(day, List.of())) {
                com.vaadin.flow.component.HtmlContainer event = deadline.path().isEmpty()
                        ? new Div(deadline.title(locale.getLanguage()))
                        : new com.vaadin.flow.component.html.Anchor(deadline.path(), deadline.title(locale.getLanguage()));
                event.addClassName("sm-calendar-event");
                event.addClassName("sm-kind-" + deadline.kind().toLowerCase(Locale.ROOT).replace('_', '-'));
                String overdue = "";
                if (DueText.overdue(deadline.dueOn(), today)) {
                    // Everything the calendar shows is still open: a past day's deadline is overdue, not done.
                    event.addClassName("sm-overdue");
                    overdue = DueText.of(this, deadline.dueOn(), today) + " – ";
                    event.getElement().insertChild(0, new Span(getTranslation("common.overdue") + ": ").getElement());
                }
                event.setTitle(overdue + KindLabels.of(deadline.kind()) + ": " + deadline.title(locale.getLanguage()));
                cell.add(event);
            }
            grid.add(cell);
        }
        content.add(header, grid);
        if (byDay.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("calendar.empty.month"));
            empty.addClassName("sm-empty-state");
            content.add(empty);
        }
    }

    private void renderList() {
        Locale locale = getLocale();
        YearMonth start = YearMonth.from(calendar.today());
        YearMonth end = start.plusMonths(11);
        Map<YearMonth, List<Deadline>> byMonth = new LinkedHashMap<>();
        for (Deadline deadline : calendar.visibleBetween(start.atDay(1), end.atEndOfMonth())) {
            byMonth.computeIfAbsent(YearMonth.from(deadline.dueOn()), m -> new java.util.ArrayList<>()).add(deadline);
        }
        Div list = new Div();
        list.setId("calendar-list");
        list.addClassName("sm-calendar-list");
        if (byMonth.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("calendar.empty.year"));
            empty.addClassName("sm-empty-state");
            list.add(empty);
        }
        byMonth.forEach((m, deadlines) -> {
            H3 heading = new H3(monthName(m, locale) + " " + m.getYear());
            heading.setId("calendar-list-" + m);
            UnorderedList items = new UnorderedList();
            for (Deadline deadline : deadlines) {
                Span date = new Span(Formats.date(deadline.dueOn()));
                date.addClassName("sm-calendar-list-date");
                items.add(new ListItem(date, deadline.path().isEmpty() ? new Span(deadline.title(locale.getLanguage()))
                        : new com.vaadin.flow.component.html.Anchor(deadline.path(), deadline.title(locale.getLanguage()))));
            }
            list.add(heading, items);
        });
        content.add(list);
    }

    private void move(int months) {
        month = month.plusMonths(months);
        render();
    }

    private static String monthName(YearMonth month, Locale locale) {
        return capitalise(month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, locale));
    }

    private static String capitalise(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.calendar");
    }
}
