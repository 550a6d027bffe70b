package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.dom.Element;

import java.util.List;

/**
 * A plain, printable HTML table for small summaries (dashboard panels, chart alternatives). Columns
 * marked numeric are right-aligned; a row can be emphasised (for example the viewer's own region).
 */
@Tag("table")
public class HtmlTable extends Component {

    private final Element body = new Element("tbody");
    private final Element foot = new Element("tfoot");
    private final boolean[] numeric;

    public HtmlTable(List<String> headers, boolean... numeric) {
        this.numeric = numeric;
        getElement().getClassList().add("sm-table");
        Element head = new Element("thead");
        head.appendChild(row("th", headers));
        getElement().appendChild(head, body, foot);
    }

    public HtmlTable addRow(List<String> cells, boolean emphasised) {
        Element row = row("td", cells);
        if (emphasised) {
            row.getClassList().add("sm-own-region");
        }
        body.appendChild(row);
        return this;
    }

    /** A row with extra class names (for example {@code sm-late-unit} for a region with overdue reports). */
    public HtmlTable addRow(List<String> cells, boolean emphasised, String... classNames) {
        addRow(cells, emphasised);
        Element row = body.getChild(body.getChildCount() - 1);
        for (String className : classNames) {
            row.getClassList().add(className);
        }
        return this;
    }

    public HtmlTable addFooter(List<String> cells) {
        foot.appendChild(row("td", cells));
        return this;
    }

    public int rowCount() {
        return body.getChildCount();
    }

    private Element row(String cellTag, List<String> cells) {
        Element row = new Element("tr");
        for (int i = 0; i < cells.size(); i++) {
            Element cell = new Element(cellTag).setText(cells.get(i));
            if (i < numeric.length && numeric[i]) {
                cell.getClassList().add("num");
            }
            row.appendChild(cell);
        }
        return row;
    }
}
