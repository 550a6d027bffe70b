package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import no.rhf.servicemiljo.base.ui.DueText;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.dashboard.Panels;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.reminder.DeadlineCalendarService;
import no.rhf.servicemiljo.reminder.OverdueItem;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/**
 * Everything overdue, per region (the viewer's own first), with who is responsible and how many days late, most late
 * first; tasks of no region (the annual cycle's dates) under "Nasjonalt". From the one deadline source, so a task done
 * leaves this panel as it leaves the inbox and the reminders.
 */
@Component
class OverduePanel implements DashboardPanel {

    private final DeadlineCalendarService deadlines;
    private final OrganisationService organisation;
    private final Clock clock;

    OverduePanel(DeadlineCalendarService deadlines, OrganisationService organisation, Clock clock) {
        this.deadlines = deadlines;
        this.organisation = organisation;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 15;
    }

    @Override
    public String titleKey() {
        return "dashboard.overdue";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        List<OverdueItem> overdue = deadlines.overdue();
        if (overdue.isEmpty()) {
            panel.add(Panels.empty(panel, "dashboard.overdue.empty"));
            return panel;
        }
        LocalDate today = LocalDate.now(clock);
        String language = com.vaadin.flow.component.UI.getCurrent() == null ? "nb"
                : com.vaadin.flow.component.UI.getCurrent().getLocale().getLanguage();
        Paragraph total = new Paragraph(panel.getTranslation("dashboard.overdue.total", overdue.size()));
        total.setId("overdue-total");
        panel.add(total);
        for (Region region : Panels.ownRegionFirst(organisation.regions(), viewer)) {
            add(panel, region.getName(), "overdue-" + region.getId(),
                    overdue.stream().filter(o -> o.regionIds().contains(region.getId())).toList(), today, language, Panels.isOwn(region, viewer));
        }
        add(panel, panel.getTranslation("dashboard.overdue.national"), "overdue-national",
                overdue.stream().filter(o -> o.regionIds().isEmpty()).toList(), today, language, false);
        return panel;
    }

    private static void add(Div panel, String heading, String id, List<OverdueItem> items, LocalDate today, String language,
                            boolean own) {
        if (items.isEmpty()) {
            return;
        }
        H4 title = new H4(heading + " (" + items.size() + ")");
        title.setId(id + "-heading");
        HtmlTable table = new HtmlTable(List.of(panel.getTranslation("dashboard.overdue.what"),
                panel.getTranslation("dashboard.overdue.responsible"), panel.getTranslation("dashboard.overdue.due"),
                panel.getTranslation("dashboard.overdue.late")), false, false, false, true);
        items.stream().sorted(Comparator.comparing(OverdueItem::dueOn).thenComparing(OverdueItem::titleNb))
                .forEach(o -> table.addRow(List.of(o.title(language),
                        o.responsible().isEmpty() ? panel.getTranslation("dashboard.overdue.nobody") : String.join(", ", o.responsible()),
                        Formats.date(o.dueOn()), DueText.of(panel, o.dueOn(), today)), own));
        table.setId(id);
        panel.add(title, table);
    }

    // changes(): the default, every change — overdue items come from every feature's deadlines (reminder.DeadlineSource),
    // and this module may not depend on the features that publish them.
}
