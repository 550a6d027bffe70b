package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationChanged;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

/**
 * Every reorganisation case, newest first. Cases are opened from the unit's page; the year-six evaluations
 * of networks whose sixth year is reached are opened here by ADMIN or the coordinators.
 */
@Route("reorganisation")
@PermitAll
@Menu(title = "nav.reorganisation", order = 14, icon = "vaadin:split")
public class ReorganisationListView extends Section implements HasDynamicTitle {

    private final ReorganisationService service;
    private final Grid<ReorganisationCase> grid = new Grid<>();

    ReorganisationListView(ReorganisationService service, LiveUpdates liveUpdates) {
        this.service = service;
        addClassName("sm-view");
        setId("reorganisation-list");
        Paragraph intro = new Paragraph(getTranslation("reorganisation.list.intro"));
        intro.addClassName("sm-muted");
        add(new H2(getTranslation("nav.reorganisation")), intro);
        boolean coordinating = CurrentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.REGIONAL_COORDINATOR)
                .orElse(false);
        if (coordinating) {
            Button due = new Button(getTranslation("reorganisation.open-network-evaluations"), VaadinIcon.CALENDAR_CLOCK.create(), e -> {
                int opened = service.openDueNetworkEvaluations();
                Notifications.success(getTranslation("reorganisation.network-evaluations-opened", opened));
                refresh();
            });
            due.setId("open-network-evaluations");
            add(due);
        }
        grid.addComponentColumn(c -> UnitLinks.caseLink(c.getId(), c.getUnit().getNameNb()))
                .setHeader(getTranslation("reorganisation.unit")).setFlexGrow(3);
        grid.addColumn(c -> Formats.enumLabel(c.getKind())).setHeader(getTranslation("reorganisation.kind")).setAutoWidth(true);
        grid.addColumn(c -> c.getResponsibleRegion().getName()).setHeader(getTranslation("reorganisation.responsible-region")).setAutoWidth(true);
        grid.addColumn(c -> Formats.enumLabel(c.getStatus())).setHeader(getTranslation("reorganisation.status")).setAutoWidth(true);
        grid.addColumn(c -> Formats.enumLabel(c.getDecision())).setHeader(getTranslation("reorganisation.decision")).setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("reorganisation.list.empty"));
        grid.setAllRowsVisible(true);
        grid.setId("reorganisation-grid");
        add(grid);
        refresh();
        liveUpdates.refreshWhileAttached(this, this::refresh, ReorganisationChanged.class);
    }

    private void refresh() {
        grid.setItems(service.all());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reorganisation");
    }
}
