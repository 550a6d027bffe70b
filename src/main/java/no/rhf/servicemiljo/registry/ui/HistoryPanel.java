package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.registry.HistoryEntry;

import java.util.List;
import java.util.function.Supplier;

/** The audit trail of a unit and its reference group: who changed what, when, from and to. */
class HistoryPanel extends Div {

    private final Grid<HistoryEntry> grid = new Grid<>();
    private final Supplier<List<HistoryEntry>> entries;

    HistoryPanel(Supplier<List<HistoryEntry>> entries) {
        this.entries = entries;
        setId("unit-history");
        setWidthFull();
        grid.addColumn(e -> Formats.dateTime(e.when())).setHeader(getTranslation("history.when")).setAutoWidth(true);
        grid.addColumn(HistoryEntry::who).setHeader(getTranslation("history.who")).setAutoWidth(true);
        grid.addColumn(e -> e.subject() == null ? "" : getTranslation("history.member", e.subject()))
                .setHeader(getTranslation("history.subject"));
        grid.addColumn(e -> getTranslation(e.field())).setHeader(getTranslation("history.what"));
        grid.addColumn(e -> Formats.value(e.oldValue())).setHeader(getTranslation("history.old")).setFlexGrow(2);
        grid.addColumn(e -> Formats.value(e.newValue())).setHeader(getTranslation("history.new")).setFlexGrow(2);
        grid.setEmptyStateText(getTranslation("history.empty"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(false);
        grid.setHeight("60vh");
        grid.setId("history-grid");
        add(grid);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        grid.setItems(entries.get());
    }
}
