package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Objects;

/**
 * The one history table of the app (unit, assessment, national summary): when, who, [concerning], what, [typed],
 * before, after and, where the user may, a restore button (column key {@code restore}). Optional columns show only
 * when a row has them. Rows come as {@link HistoryRow}s, already in labels and full names.
 */
public class HistoryGrid extends Grid<HistoryRow> {

    public static final String RESTORE = "restore";

    public HistoryGrid(List<HistoryRow> rows, String emptyText) {
        addColumn(r -> Formats.dateTime(r.when())).setHeader(getTranslation("history.when")).setKey("when").setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(r -> Formats.value(r.who())).setHeader(getTranslation("history.who")).setKey("who").setAutoWidth(true)
                .setFlexGrow(0);
        if (rows.stream().map(HistoryRow::subject).anyMatch(Objects::nonNull)) {
            addColumn(r -> r.subject() == null ? "" : r.subject()).setHeader(getTranslation("history.subject")).setKey("subject");
        }
        addColumn(HistoryRow::what).setHeader(getTranslation("history.what")).setKey("what");
        if (rows.stream().map(HistoryRow::typed).anyMatch(t -> t != null && !t.isEmpty())) {
            addColumn(r -> r.typed() == null ? "" : r.typed()).setHeader(getTranslation("history.typed")).setKey("typed").setFlexGrow(2);
        }
        addColumn(r -> Formats.value(r.before())).setHeader(getTranslation("history.old")).setKey("before").setFlexGrow(2);
        addColumn(r -> Formats.value(r.after())).setHeader(getTranslation("history.new")).setKey("after").setFlexGrow(2);
        if (rows.stream().anyMatch(r -> r.restore() != null)) {
            addComponentColumn(r -> {
                if (r.restore() == null) {
                    return new Span();
                }
                Button restore = new Button(getTranslation("assessment.restore"), e -> r.restore().run());
                restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
                return restore;
            }).setHeader("").setKey(RESTORE).setAutoWidth(true).setFlexGrow(0);
        }
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        addClassName("sm-history");
        setEmptyStateText(emptyText);
        setItems(rows);
    }

    /**
     * Opens the history in a dialog with a close button; a restore closes it (the row's action runs first).
     * Returns the grid, so that callers can give it an id.
     */
    public static HistoryGrid openDialog(String title, List<HistoryRow> rows, String emptyText) {
        Dialog dialog = new Dialog(title);
        dialog.setWidth("min(64rem, 95vw)");
        List<HistoryRow> closing = rows.stream().map(r -> r.restore() == null ? r : r.withRestore(() -> {
            r.restore().run();
            dialog.close();
        })).toList();
        HistoryGrid grid = new HistoryGrid(closing, emptyText);
        dialog.add(grid);
        dialog.getFooter().add(new Button(grid.getTranslation("common.close"), e -> dialog.close()));
        dialog.open();
        return grid;
    }
}
