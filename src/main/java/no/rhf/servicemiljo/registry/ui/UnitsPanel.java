package no.rhf.servicemiljo.registry.ui;

import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.registry.UnitChanged;
import com.vaadin.flow.component.html.Div;
import no.rhf.servicemiljo.base.ui.BarChart;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.dashboard.Panels;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.UnitCounts;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;

/** Units in operation per region and kind with totals, as a chart and as a table. */
@Component
class UnitsPanel implements DashboardPanel {

    private final UnitService units;

    UnitsPanel(UnitService units) {
        this.units = units;
    }

    @Override
    public int order() {
        return 50;
    }

    @Override
    public String titleKey() {
        return "dashboard.units";
    }

    @Override
    public com.vaadin.flow.component.Component create(AppUserPrincipal viewer) {
        Div panel = new Div();
        UnitCounts counts = units.counts();
        if (counts.grandTotal() == 0) {
            panel.add(Panels.empty(panel, "dashboard.units.empty"));
            return panel;
        }
        List<Region> regions = Panels.ownRegionFirst(counts.regions(), viewer);
        List<String> headers = new ArrayList<>(List.of(panel.getTranslation("unit.region")));
        for (UnitKind kind : UnitKind.values()) {
            headers.add(Formats.enumLabel(kind));
        }
        headers.add(panel.getTranslation("common.total"));
        boolean[] numeric = new boolean[headers.size()];
        java.util.Arrays.fill(numeric, 1, numeric.length, true);
        HtmlTable table = new HtmlTable(headers, numeric);
        for (Region region : regions) {
            List<String> row = new ArrayList<>(List.of(region.getName()));
            for (UnitKind kind : UnitKind.values()) {
                row.add(String.valueOf(counts.count(region, kind)));
            }
            row.add(String.valueOf(counts.regionTotal(region)));
            table.addRow(row, Panels.isOwn(region, viewer));
        }
        List<String> totals = new ArrayList<>(List.of(panel.getTranslation("common.total")));
        for (UnitKind kind : UnitKind.values()) {
            totals.add(String.valueOf(counts.total(kind)));
        }
        totals.add(String.valueOf(counts.grandTotal()));
        table.addFooter(totals);
        table.setId("units-table");
        panel.add(BarChart.of(panel.getTranslation("dashboard.units.chart"),
                regions.stream().map(r -> new BarChart.Bar(r.getName(), counts.regionTotal(r))).toList(), ""), table);
        return panel;
    }

    /** Rebuilt after these changes only. */
    @Override
    public List<LiveUpdates.Interest<?>> changes() {
        return List.of(LiveUpdates.any(UnitChanged.class));
    }
}
