package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitPageTab;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;

import java.util.ArrayList;
import java.util.List;

/** The unit page's tab of reorganisation cases, with "open a case" for those who may. */
@org.springframework.stereotype.Component
class UnitCasesSection implements UnitPageTab {

    private final ReorganisationService service;
    private final no.rhf.servicemiljo.base.ui.LiveUpdates liveUpdates;

    UnitCasesSection(ReorganisationService service, no.rhf.servicemiljo.base.ui.LiveUpdates liveUpdates) {
        this.service = service;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 10;
    }

    @Override
    public String titleKey() {
        return "reorganisation.unit-tab";
    }

    @Override
    public Component create(NationalUnit unit) {
        Div panel = new Div();
        panel.setId("unit-reorganisation");
        panel.setWidthFull();
        render(panel, unit);
        liveUpdates.refreshWhileAttached(panel, () -> render(panel, unit), no.rhf.servicemiljo.reorganisation.ReorganisationChanged.class);
        return panel;
    }

    private void render(Div panel, NationalUnit unit) {
        panel.removeAll();
        List<ReorganisationCase> cases = service.forUnit(unit.getId());
        boolean inProgress = cases.stream().anyMatch(c -> c.getStatus().inProgress());
        if (!inProgress && service.canOpen(unit)) {
            Button open = new Button(panel.getTranslation("reorganisation.open"), VaadinIcon.PLUS.create(),
                    e -> openDialog(panel, unit).open());
            open.setId("reorganisation-open");
            panel.add(open);
        }
        Grid<ReorganisationCase> grid = new Grid<>();
        grid.addComponentColumn(c -> UnitLinks.caseLink(c.getId(), Formats.enumLabel(c.getKind())))
                .setHeader(panel.getTranslation("reorganisation.kind")).setFlexGrow(2);
        grid.addColumn(c -> Formats.enumLabel(c.getStatus())).setHeader(panel.getTranslation("reorganisation.status"));
        grid.addColumn(c -> c.getResponsibleRegion().getName()).setHeader(panel.getTranslation("reorganisation.responsible-region"));
        grid.addColumn(c -> Formats.enumLabel(c.getDecision())).setHeader(panel.getTranslation("reorganisation.decision")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(cases);
        grid.setEmptyStateText(panel.getTranslation("reorganisation.unit.empty"));
        grid.setId("unit-cases");
        panel.add(grid);
    }

    private FormDialog openDialog(Div panel, NationalUnit unit) {
        Select<Region> region = new Select<>();
        TextArea background = new TextArea();
        FormDialog dialog = new FormDialog(panel.getTranslation("reorganisation.open"), "reorganisation-open-dialog",
                panel.getTranslation("reorganisation.open.save"), () -> {
                    ReorganisationCase c = service.open(unit.getId(), region.getValue() == null ? null : region.getValue().getId(),
                            background.getValue());
                    panel.getUI().ifPresent(ui -> ui.navigate("reorganisation/" + c.getId()));
                }, () -> Notifications.success(panel.getTranslation("reorganisation.opened")));
        region.setLabel(panel.getTranslation("reorganisation.responsible-region"));
        region.setItems(new ArrayList<>(unit.hostRegions()));
        region.setItemLabelGenerator(Region::getName);
        region.setValue(unit.getHostTrust().getRegion());
        region.setId("reorganisation-region");
        background.setLabel(panel.getTranslation("reorganisation.background"));
        background.setHelperText(panel.getTranslation("reorganisation.background.helper"));
        background.setMaxLength(ReorganisationService.MAX_TEXT);
        background.setId("reorganisation-background");
        dialog.field("responsibleRegion", region);
        dialog.field("background", background);
        return dialog;
    }
}
