package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.Component;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.HistoryGrid;
import no.rhf.servicemiljo.base.ui.HistoryRow;
import no.rhf.servicemiljo.irf.IrfHistoryEntry;

import java.util.List;

/** The audit trail of an application or a round in the shared history grid, in a dialog. */
final class IrfHistoryDialog {

    private IrfHistoryDialog() {
    }

    static HistoryGrid open(Component in, String title, List<IrfHistoryEntry> entries) {
        List<HistoryRow> rows = entries.stream().map(e -> HistoryRow.of(e.when(), e.who(), in.getTranslation(e.field()),
                Formats.value(e.oldValue()), Formats.value(e.newValue())).withSubject(e.subject())).toList();
        HistoryGrid grid = HistoryGrid.openDialog(title, rows, in.getTranslation("history.empty"));
        grid.setId("irf-history-grid");
        grid.setHeight("60vh");
        return grid;
    }
}
