package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.UnitCounts;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.registry.UnitService;

import java.util.ArrayList;
import java.util.List;

/** Units in operation per region and kind with totals, laid out like the service environment's overview table. */
@Route("units/counts")
@PermitAll
@Menu(title = "nav.unit-counts", order = 11, icon = "vaadin:table")
public class UnitCountsView extends Section implements HasDynamicTitle {

    /** A row of the table: a region, or the totals row (region null). */
    record Row(Region region, UnitCounts counts) {
        long count(UnitKind kind) {
            return region == null ? counts.total(kind) : counts.count(region, kind);
        }

        long total() {
            return region == null ? counts.grandTotal() : counts.regionTotal(region);
        }
    }

    UnitCountsView(UnitService unitService) {
        addClassName("sm-view");
        setId("unit-counts");
        UnitCounts counts = unitService.counts();
        Grid<Row> grid = new Grid<>();
        grid.addColumn(r -> r.region() == null ? getTranslation("common.total") : r.region().getName())
                .setHeader(getTranslation("counts.region")).setFlexGrow(2).setKey("region");
        for (UnitKind kind : UnitKind.values()) {
            grid.addColumn(r -> r.count(kind)).setHeader(Formats.enumLabel(kind))
                    .setTextAlign(ColumnTextAlign.END).setKey(kind.name());
        }
        grid.addColumn(Row::total).setHeader(getTranslation("common.total")).setTextAlign(ColumnTextAlign.END).setKey("total");
        List<Row> rows = new ArrayList<>(counts.regions().stream().map(r -> new Row(r, counts)).toList());
        rows.add(new Row(null, counts));
        grid.setItems(rows);
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COLUMN_BORDERS, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setPartNameGenerator(r -> r.region() == null ? "sm-total-row" : null);
        grid.setId("counts-grid");
        grid.addClassName("sm-wrap-headers");
        Paragraph note = new Paragraph(getTranslation("counts.note"));
        note.addClassName("sm-muted");
        add(grid, note);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("counts.title");
    }
}
