package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableFooter;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/**
 * A plain, printable HTML table for small summaries (dashboard panels, chart alternatives), built on
 * Vaadin's {@link NativeTable}. Header cells are column headers; columns marked numeric are
 * right-aligned; a row can be emphasised (for example the viewer's own region).
 */
public class HtmlTable extends NativeTable {

    private final NativeTableBody body;
    private final NativeTableFooter foot;
    private final boolean[] numeric;

    public HtmlTable(List<String> headers, boolean... numeric) {
        this.numeric = numeric;
        addClassName("sm-table");
        NativeTableRow head = getHead().addRow();
        body = getBody();
        foot = getFoot();
        for (int i = 0; i < headers.size(); i++) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(headers.get(i));
            cell.getElement().setAttribute("scope", "col");
            alignNumeric(cell, i);
            head.add(cell);
        }
    }

    public HtmlTable addRow(List<String> cells, boolean emphasised, String... classNames) {
        NativeTableRow row = body.addRow();
        fill(row, cells);
        if (emphasised) {
            row.addClassName("sm-own-region");
        }
        row.addClassNames(classNames);
        return this;
    }

    public HtmlTable addFooter(List<String> cells) {
        fill(foot.addRow(), cells);
        return this;
    }

    public int rowCount() {
        return (int) body.getRowCount();
    }

    private void fill(NativeTableRow row, List<String> cells) {
        for (int i = 0; i < cells.size(); i++) {
            NativeTableCell cell = new NativeTableCell(cells.get(i));
            alignNumeric(cell, i);
            row.add(cell);
        }
    }

    private void alignNumeric(com.vaadin.flow.component.HasStyle cell, int column) {
        if (column < numeric.length && numeric[column]) {
            cell.addClassName("num");
        }
    }
}
