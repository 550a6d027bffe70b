package no.rhf.servicemiljo.assessment.summary.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryExport;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.NationalSummary;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.UnitLine;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;

/**
 * Every unit of the cycle with its status and rating per criterion, and for editors the button that
 * takes an approved report into the summary (or out of it again).
 */
class SummaryUnitGrid extends Div {

    private final NationalSummaryService summaries;
    private final Runnable changed;

    SummaryUnitGrid(NationalSummaryService summaries, NationalSummary summary, boolean editable, Runnable changed) {
        this.summaries = summaries;
        this.changed = changed;
        NationalSummaryExport.Labels labels = this::getTranslation;
        Grid<UnitLine> grid = new Grid<>();
        grid.setId("summary-grid");
        grid.addColumn(UnitLine::unitName).setHeader(getTranslation("summary.unit")).setKey("unit")
                .setWidth("24rem").setFlexGrow(0).setSortable(true).setFrozen(true).setTooltipGenerator(UnitLine::unitName);
        grid.addColumn(UnitLine::regionNames).setHeader(getTranslation("summary.region")).setKey("region").setAutoWidth(true).setSortable(true);
        grid.addColumn(u -> getTranslation("ReportStatus." + u.status())).setHeader(getTranslation("summary.status"))
                .setKey("status").setAutoWidth(true).setSortable(true);
        for (Criterion criterion : summary.criteria()) {
            Span header = new Span(NationalSummaryExport.shortLabel(criterion));
            header.getElement().setAttribute("title", criterion.title());
            grid.addColumn(u -> NationalSummaryExport.cell(u, criterion, labels)).setHeader(header)
                    .setKey(NationalSummaryExport.shortLabel(criterion)).setAutoWidth(true)
                    .setTooltipGenerator(u -> criterion.title());
        }
        if (editable) {
            grid.addComponentColumn(this::inclusionButton).setKey("include").setAutoWidth(true);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setItems(summary.units());
        grid.setEmptyStateText(getTranslation("summary.units.empty"));
        grid.setHeight("28rem");
        Div legend = new Div();
        legend.addClassName("sm-muted");
        legend.setText(getTranslation("summary.criteria.legend") + ": " + String.join("; ", summary.criteria().stream()
                .map(c -> NationalSummaryExport.shortLabel(c) + " " + c.title()).toList()));
        legend.setId("summary-legend");
        add(grid, legend);
    }

    private Component inclusionButton(UnitLine unit) {
        boolean in = "IN_SUMMARY".equals(unit.status());
        if (!in && !"APPROVED".equals(unit.status())) {
            return new Span();
        }
        Button move = new Button(getTranslation(in ? "summary.exclude" : "summary.include"), e -> {
            try {
                if (in) {
                    summaries.excludeFromSummary(unit.reportId());
                } else {
                    summaries.includeInSummary(unit.reportId());
                }
                changed.run();
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
            }
        });
        move.addThemeVariants(ButtonVariant.LUMO_SMALL);
        move.setId((in ? "summary-exclude-" : "summary-include-") + unit.reportId());
        return move;
    }
}
