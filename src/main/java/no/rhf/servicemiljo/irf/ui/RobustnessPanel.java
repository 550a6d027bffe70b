package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.irf.RankingResults;
import no.rhf.servicemiljo.irf.RobustnessTexts;
import no.rhf.servicemiljo.irf.ranking.BordaCount;
import no.rhf.servicemiljo.irf.ranking.KemenyYoung;
import no.rhf.servicemiljo.irf.ranking.MedianRank;
import no.rhf.servicemiljo.irf.ranking.Robustness;
import no.rhf.servicemiljo.irf.ranking.SchulzeMethod;

/**
 * The ranking robustness panel after the reveal: the methods' places side by side with their leave-one-member-out
 * range, the members a position hangs on and a one-line verdict; the margins of the consensus order's neighbouring
 * pairs; the cycles told in words; whether Kemeny–Young is proven optimal. The same figures go into the frozen
 * snapshot and its exports.
 */
class RobustnessPanel extends Div {

    RobustnessPanel(RankingResults r) {
        setId("irf-robustness-panel");
        Robustness.Report report = r.robustness();
        RobustnessTexts t = RobustnessTexts.of(r, this::getTranslation);
        add(new H3(getTranslation("irf.robust.title")), new Paragraph(getTranslation("irf.robust.help", report.ballots())));

        Grid<Robustness.Position> grid = new Grid<>();
        grid.setId("irf-robustness");
        grid.addColumn(Robustness.Position::place).setHeader(getTranslation("irf.robust.column.place")).setKey("place")
                .setWidth("5em").setFlexGrow(0);
        grid.addColumn(p -> r.application(p.id()).title()).setHeader(getTranslation("irf.application.title")).setKey("title")
                .setFlexGrow(4);
        for (String method : new String[]{SchulzeMethod.ID, BordaCount.ID, KemenyYoung.ID, MedianRank.ID}) {
            grid.addColumn(p -> t.place(p.method(method))).setHeader(getTranslation("irf.method." + method)).setKey(method)
                    .setTextAlign(ColumnTextAlign.END);
        }
        grid.addColumn(p -> p.changedBy().isEmpty() ? Formats.NOTHING : t.changedBy(p))
                .setHeader(getTranslation("irf.robust.column.changed-by")).setKey("changed-by").setFlexGrow(2);
        grid.addColumn(t::verdict).setHeader(getTranslation("irf.robust.column.verdict")).setKey("verdict").setFlexGrow(2);
        grid.setItems(report.positions());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COLUMN_BORDERS);
        Paragraph kemeny = new Paragraph(t.kemeny(report.kemenyProven()));
        kemeny.setId("irf-robustness-kemeny");
        add(grid, kemeny);

        UnorderedList margins = new UnorderedList();
        margins.setId("irf-margins");
        report.margins().forEach(d -> margins.add(new ListItem(t.margin(d))));
        add(new H4(getTranslation("irf.robust.margins")), new Paragraph(getTranslation("irf.robust.margins-help")),
                report.margins().isEmpty() ? new Paragraph(getTranslation("irf.robust.no-margins")) : margins);

        Div cycles = new Div();
        cycles.setId("irf-cycles");
        if (report.cycles().isEmpty()) {
            cycles.add(new Paragraph(getTranslation("irf.robust.no-cycles")));
        }
        report.cycles().forEach(c -> cycles.add(new Paragraph(t.cycle(c))));
        add(new H4(getTranslation("irf.robust.cycles")), cycles);
    }
}
