package no.rhf.servicemiljo.dashboard.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.dashboard.DashboardPanel;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;


import java.util.Comparator;
import java.util.List;

/** The national picture for the leading region, the coordinators and the observers; updates live. */
@Route("dashboard")
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER})
@Menu(title = "nav.dashboard", order = 1, icon = "vaadin:dashboard")
public class DashboardView extends Section implements HasDynamicTitle {

    private final List<DashboardPanel> panels;
    private final Div grid = new Div();

    DashboardView(List<DashboardPanel> panels, LiveUpdates liveUpdates) {
        this.panels = panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).toList();
        addClassName("sm-view");
        setId("dashboard");
        grid.addClassName("sm-dashboard");
        add(grid);
        render();
        liveUpdates.refreshWhileAttached(this, this::render);
    }

    private void render() {
        AppUserPrincipal viewer = CurrentUser.require();
        grid.removeAll();
        for (DashboardPanel panel : panels) {
            Div card = new Div(new H3(getTranslation(panel.titleKey())), panel.create(viewer));
            card.addClassName("sm-card");
            card.setId("panel-" + panel.getClass().getSimpleName());
            no.rhf.servicemiljo.base.ui.A11y.scrollRegion(card, getTranslation(panel.titleKey()));
            grid.add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
