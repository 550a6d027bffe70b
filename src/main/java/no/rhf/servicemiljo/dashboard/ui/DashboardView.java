package no.rhf.servicemiljo.dashboard.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.ui.A11y;
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

    DashboardView(List<DashboardPanel> panels, LiveUpdates liveUpdates) {
        addClassName("sm-view");
        setId("dashboard");
        Div grid = new Div();
        grid.addClassName("sm-dashboard");
        add(grid);
        AppUserPrincipal viewer = CurrentUser.require();
        panels.stream().sorted(Comparator.comparingInt(DashboardPanel::order)).forEach(panel -> grid.add(card(panel, viewer, liveUpdates)));
    }

    /** A panel's card; it rebuilds its own content, and only after the changes the panel names. */
    private Div card(DashboardPanel panel, AppUserPrincipal viewer, LiveUpdates liveUpdates) {
        Div card = new Div(new H3(getTranslation(panel.titleKey())), panel.create(viewer));
        card.addClassName("sm-card");
        card.setId("panel-" + panel.getClass().getSimpleName());
        A11y.scrollRegion(card, getTranslation(panel.titleKey()));
        List<LiveUpdates.Interest<?>> changes = panel.changes();
        if (!changes.isEmpty()) {
            liveUpdates.refreshWhileAttached(card, () -> {
                card.remove(card.getComponentAt(1));
                card.add(panel.create(viewer));
            }, changes.toArray(LiveUpdates.Interest<?>[]::new));
        }
        return card;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.dashboard");
    }
}
