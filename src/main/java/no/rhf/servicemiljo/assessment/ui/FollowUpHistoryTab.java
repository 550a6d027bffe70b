package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService.HistoryItem;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitPageTab;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The unit page's tab *Oppfølging over år*: each year's follow-up needs and how they were closed the year after. */
@org.springframework.stereotype.Component
class FollowUpHistoryTab implements UnitPageTab {

    private final FollowUpContinuityService continuity;

    FollowUpHistoryTab(FollowUpContinuityService continuity) {
        this.continuity = continuity;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "continuity.history";
    }

    @Override
    public Component create(NationalUnit unit) {
        Div panel = new Div();
        panel.setId("unit-follow-up-history");
        Paragraph help = new Paragraph(panel.getTranslation("continuity.history.help"));
        help.addClassName("sm-muted");
        panel.add(help);
        List<HistoryItem> items = continuity.unitHistory(unit.getId());
        if (items.isEmpty()) {
            Paragraph none = new Paragraph(panel.getTranslation("continuity.history.empty"));
            none.addClassName("sm-empty-state");
            panel.add(none);
            return panel;
        }
        Map<Integer, List<HistoryItem>> byYear = new LinkedHashMap<>();
        items.forEach(i -> byYear.computeIfAbsent(i.year(), y -> new java.util.ArrayList<>()).add(i));
        byYear.forEach((year, list) -> {
            H4 heading = new H4();
            heading.add(new Anchor("reports/" + list.getFirst().reportId(), panel.getTranslation("continuity.history.year", year)));
            UnorderedList entries = new UnorderedList();
            list.forEach(i -> {
                ListItem entry = new ListItem(new Span(i.description() + " · " + i.regionName() + " · " + Formats.date(i.dueOn()) + " — "));
                entry.add(new Span(outcome(panel, i)));
                entries.add(entry);
            });
            panel.add(heading, entries);
        });
        return panel;
    }

    private static String outcome(Component c, HistoryItem i) {
        if (i.done()) {
            return c.getTranslation("continuity.history.done");
        }
        if (i.status() == null) {
            return c.getTranslation("continuity.history.not-closed");
        }
        String status = c.getTranslation("ClosingStatus." + i.status()) + (i.comment() == null ? "" : ": " + i.comment());
        return c.getTranslation("continuity.history.closed-in", i.closedInYear(), status);
    }
}
