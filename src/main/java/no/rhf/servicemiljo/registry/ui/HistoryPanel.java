package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HistoryGrid;
import no.rhf.servicemiljo.base.ui.HistoryRow;
import no.rhf.servicemiljo.registry.HistoryEntry;

import java.util.List;
import java.util.function.Supplier;

/** The audit trail of a unit and its reference group in the shared history grid: who changed what, when, from and to. */
class HistoryPanel extends Div {

    private final Supplier<List<HistoryEntry>> entries;

    HistoryPanel(Supplier<List<HistoryEntry>> entries) {
        this.entries = entries;
        setId("unit-history");
        setWidthFull();
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        removeAll();
        List<HistoryRow> rows = entries.get().stream().map(e -> HistoryRow.of(e.when(), e.who(), getTranslation(e.field()),
                Formats.value(e.oldValue()), Formats.value(e.newValue()))
                .withSubject(e.subject() == null ? null : getTranslation("history.member", e.subject()))).toList();
        HistoryGrid grid = new HistoryGrid(rows, getTranslation("history.empty"));
        grid.setHeight("60vh");
        grid.setId("history-grid");
        add(grid);
    }
}
