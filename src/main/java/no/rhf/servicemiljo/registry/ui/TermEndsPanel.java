package no.rhf.servicemiljo.registry.ui;

import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.registry.UnitChanged;
import com.vaadin.flow.component.html.Div;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.dashboard.Panels;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Competence services and networks whose term, funding or year-six evaluation falls within 12 months. */
@Component
class TermEndsPanel implements DashboardPanel {

    private final UnitService units;
    private final Clock clock;

    TermEndsPanel(UnitService units, Clock clock) {
        this.units = units;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public String titleKey() {
        return "dashboard.term-ends";
    }

    record Ending(NationalUnit unit, String whatKey, LocalDate day) {
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        LocalDate today = LocalDate.now(clock);
        LocalDate horizon = today.plusMonths(12);
        List<Ending> endings = new ArrayList<>();
        for (NationalUnit unit : units.endingBetween(today, horizon)) {
            add(endings, unit, "unit.term-end", unit.getTermEnd(), today, horizon);
            add(endings, unit, "unit.funding-end", unit.getFundingEnd(), today, horizon);
            add(endings, unit, "unit.year-six-evaluation", unit.getYearSixEvaluation(), today, horizon);
        }
        if (endings.isEmpty()) {
            panel.add(Panels.empty(panel, "dashboard.term-ends.empty"));
            return panel;
        }
        endings.sort(Comparator.comparing((Ending e) -> !e.unit().isHostedIn(viewer.regionId())).thenComparing(Ending::day));
        HtmlTable table = new HtmlTable(List.of(panel.getTranslation("unit.name-nb"), panel.getTranslation("unit.kind"),
                panel.getTranslation("dashboard.term-ends.what"), panel.getTranslation("dashboard.term-ends.when")));
        endings.forEach(e -> table.addRow(List.of(e.unit().getNameNb(), Formats.enumLabel(e.unit().getKind()),
                panel.getTranslation(e.whatKey()), Formats.date(e.day())), e.unit().isHostedIn(viewer.regionId())));
        table.setId("term-ends-table");
        panel.add(table);
        return panel;
    }

    private static void add(List<Ending> endings, NationalUnit unit, String whatKey, LocalDate day, LocalDate from, LocalDate to) {
        if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
            endings.add(new Ending(unit, whatKey, day));
        }
    }

    /** Rebuilt after these changes only. */
    @Override
    public List<LiveUpdates.Interest<?>> changes() {
        return List.of(LiveUpdates.any(UnitChanged.class));
    }
}
