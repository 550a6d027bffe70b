package no.rhf.servicemiljo.assessment.ui;

import no.rhf.servicemiljo.registry.UnitChanged;
import no.rhf.servicemiljo.assessment.ReportChanged;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Cycle;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.summary.ui.NationalSummaryView;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

import java.time.LocalDate;
import java.util.Map;

/** The annual reports of a reporting cycle that the signed-in user may see, with their status. */
@Route("reports")
@PermitAll
@Menu(title = "nav.reports", order = 13, icon = "vaadin:file-text-o")
public class ReportListView extends Section implements HasDynamicTitle {

    private final AssessmentService assessments;
    private final Select<Cycle> cycle = new Select<>();
    private final Grid<Report> grid = new Grid<>();
    private final TextField search = new TextField();
    private final Select<String> status = new Select<>();

    ReportListView(AssessmentService assessments, LiveUpdates liveUpdates) {
        this.assessments = assessments;
        addClassName("sm-view");
        setId("reports");
        cycle.setLabel(getTranslation("assessment.cycle"));
        cycle.setWidth("24rem");
        cycle.setItemLabelGenerator(c -> getTranslation("assessment.cycle.label", c.reportYear(), Formats.date(c.dueOn())));
        cycle.addValueChangeListener(e -> refresh());
        search.setLabel(getTranslation("common.search"));
        search.setPlaceholder(getTranslation("assessment.reports.search"));
        search.setClearButtonVisible(true);
        search.setValueChangeMode(com.vaadin.flow.data.value.ValueChangeMode.EAGER);
        search.addValueChangeListener(e -> grid.getListDataView().refreshAll());
        search.setId("reports-search");
        status.setLabel(getTranslation("unit.status"));
        status.setItems("EXPECTED", "RECEIVED", "UNDER_ASSESSMENT", "ASSESSED", "APPROVED", "IN_SUMMARY");
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("common.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("common.all") : getTranslation("ReportStatus." + s));
        status.addValueChangeListener(e -> grid.getListDataView().refreshAll());
        status.setId("reports-status");
        HorizontalLayout toolbar = new HorizontalLayout(cycle, search, status);
        toolbar.setWrap(true);
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (CurrentUser.require().role() == Role.ADMIN) {
            Button create = new Button(getTranslation("assessment.cycle.create"), e -> openCreate());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            Button settings = new Button(getTranslation("assessment.cycle.open-settings"), e -> {
                if (cycle.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(CycleSettingsView.class,
                            new RouteParameters("cycleId", String.valueOf(cycle.getValue().id()))));
                }
            });
            settings.setId("cycle-open-settings");
            toolbar.add(create, settings);
        }
        if (NationalSummaryView.READERS.contains(CurrentUser.require().role())) {
            Button summary = new Button(getTranslation("summary.open"), e -> getUI().ifPresent(ui -> ui.navigate(NationalSummaryView.class,
                    cycle.getValue() == null ? RouteParameters.empty() : new RouteParameters("cycleId", String.valueOf(cycle.getValue().id())))));
            summary.setId("reports-summary");
            toolbar.add(summary);
        }
        grid.addColumn(Report::unitName).setHeader(getTranslation("unit.name-nb")).setFlexGrow(4);
        grid.addColumn(r -> getTranslation("ReportStatus." + r.status())).setHeader(getTranslation("unit.status")).setAutoWidth(true);
        grid.addColumn(r -> Formats.date(r.receivedOn())).setHeader(getTranslation("assessment.received")).setAutoWidth(true);
        grid.addItemClickListener(e -> getUI().ifPresent(ui -> ui.navigate(AssessmentView.class,
                new RouteParameters("id", String.valueOf(e.getItem().id())))));
        grid.setEmptyStateText(getTranslation("assessment.reports.empty"));
        grid.setHeight("65vh");
        grid.setId("report-grid");
        add(toolbar, grid);
        loadCycles();
        liveUpdates.refreshWhileAttached(this, this::refresh,
                LiveUpdates.when(ReportChanged.class, c -> cycle.getValue() != null && c.inCycle(cycle.getValue().id())),
                LiveUpdates.any(UnitChanged.class));
    }

    private void loadCycles() {
        var cycles = assessments.cycles();
        cycle.setItems(cycles);
        if (!cycles.isEmpty()) {
            cycle.setValue(cycles.getFirst());
        }
    }

    private void refresh() {
        grid.setItems(cycle.getValue() == null ? java.util.List.of() : assessments.reports(cycle.getValue().id()))
                .setFilter(this::shown);
    }

    private boolean shown(Report report) {
        String text = search.getValue() == null ? "" : search.getValue().strip().toLowerCase(java.util.Locale.ROOT);
        return (text.isEmpty() || report.unitName().toLowerCase(java.util.Locale.ROOT).contains(text))
                && (status.getValue() == null || status.getValue().equals(report.status()));
    }

    private void openCreate() {
        Dialog dialog = new Dialog(getTranslation("assessment.cycle.create"));
        IntegerField year = new IntegerField(getTranslation("assessment.cycle.year"));
        year.setValue(LocalDate.now().getYear() - 1);
        DatePicker due = new DatePicker(getTranslation("assessment.cycle.due"), LocalDate.of(LocalDate.now().getYear(), 2, 10));
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                var created = assessments.createCycle(year.getValue() == null ? 0 : year.getValue(), due.getValue());
                dialog.close();
                loadCycles();
                Notifications.success(getTranslation("assessment.cycle.created", created.reportYear(),
                        assessments.reports(created.id()).size()));
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("reportYear", year, "dueOn", due));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        com.vaadin.flow.component.html.Paragraph help = new com.vaadin.flow.component.html.Paragraph(getTranslation("assessment.cycle.create.help"));
        help.addClassName("sm-muted");
        dialog.add(help, new FormLayout(year, due));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reports");
    }
}
