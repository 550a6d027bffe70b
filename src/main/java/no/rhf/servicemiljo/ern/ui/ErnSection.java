package no.rhf.servicemiljo.ern.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.ern.ErnMembership;
import no.rhf.servicemiljo.ern.ErnService;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitPageTab;

/** The unit page's tab of ERN memberships; ADMIN and the host region's coordinators add and change them. */
@org.springframework.stereotype.Component
class ErnSection implements UnitPageTab {

    private final ErnService service;
    private final no.rhf.servicemiljo.base.ui.LiveUpdates liveUpdates;

    ErnSection(ErnService service, no.rhf.servicemiljo.base.ui.LiveUpdates liveUpdates) {
        this.service = service;
        this.liveUpdates = liveUpdates;
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public String titleKey() {
        return "ern.unit-tab";
    }

    @Override
    public Component create(NationalUnit unit) {
        Div panel = new Div();
        panel.setId("unit-ern");
        panel.setWidthFull();
        render(panel, unit);
        liveUpdates.refreshWhileAttached(panel, () -> render(panel, unit), no.rhf.servicemiljo.ern.ErnChanged.class);
        return panel;
    }

    private void render(Div panel, NationalUnit unit) {
        panel.removeAll();
        boolean editable = service.canEdit(unit);
        Paragraph intro = new Paragraph(panel.getTranslation("ern.unit.intro"));
        intro.addClassName("sm-muted");
        panel.add(intro);
        if (editable) {
            Button add = new Button(panel.getTranslation("ern.add"), VaadinIcon.PLUS.create(),
                    e -> new ErnDialog(unit, null, service, () -> render(panel, unit)).open());
            add.setId("ern-add");
            panel.add(add);
        }
        Grid<ErnMembership> grid = new Grid<>();
        grid.addColumn(ErnMembership::getNetwork).setHeader(panel.getTranslation("ern.network")).setFlexGrow(2);
        grid.addColumn(m -> Formats.enumLabel(m.getStatus())).setHeader(panel.getTranslation("ern.status")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.getStartedOn())).setHeader(panel.getTranslation("ern.started-on")).setAutoWidth(true);
        grid.addColumn(m -> Formats.date(m.getEndedOn())).setHeader(panel.getTranslation("ern.ended-on")).setAutoWidth(true);
        grid.addColumn(m -> Formats.value(m.getContactName())).setHeader(panel.getTranslation("ern.contact-name")).setFlexGrow(1);
        grid.addComponentColumn(m -> m.getContactEmail() == null ? new Div()
                : new Anchor("mailto:" + m.getContactEmail(), m.getContactEmail())).setHeader(panel.getTranslation("ern.contact-email")).setFlexGrow(1);
        if (editable) {
            grid.addComponentColumn(m -> {
                Button edit = new Button(panel.getTranslation("common.edit"),
                        e -> new ErnDialog(unit, m, service, () -> render(panel, unit)).open());
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return edit;
            }).setHeader(panel.getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(service.forUnit(unit.getId()));
        grid.setEmptyStateText(panel.getTranslation("ern.unit.empty"));
        grid.setId("ern-grid");
        panel.add(grid);
    }
}
