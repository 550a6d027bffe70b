package no.rhf.servicemiljo.dashboard;

import com.vaadin.flow.component.Component;
import no.rhf.servicemiljo.base.DataChanged;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.security.AppUserPrincipal;

import java.util.List;

/**
 * A panel of the national dashboard. Features add one by declaring a Spring bean implementing this
 * interface — the dashboard itself does not change:
 * <ul>
 *   <li>{@link #order()} places it (leadership 10, reporting cycle 20, applications 30, deadlines 40,
 *       units 50, funding 60, term ends 70, evaluation 80);</li>
 *   <li>{@link #titleKey()} is its heading's message key;</li>
 *   <li>{@link #create(AppUserPrincipal)} builds a fresh component for one screen from the feature's
 *       services (one or two queries, no per-row queries), with a helpful empty state when there is no
 *       data. A regional coordinator's own region should come first.</li>
 * </ul>
 * An open dashboard rebuilds a panel — that panel only, with its own query — after a committed
 * {@code base.DataChanged} that {@link #changes()} names, so a panel stays live when its feature publishes such
 * an event on every change it shows, and is left alone by the others.
 */
public interface DashboardPanel {

    int order();

    String titleKey();

    Component create(AppUserPrincipal viewer);

    /**
     * The changes after which this panel is rebuilt (e.g. {@code List.of(LiveUpdates.any(UnitChanged.class))});
     * none: it shows what it showed when the dashboard was opened. By default every change, which costs a
     * rebuild per change on every open dashboard: name the panel's own changes.
     */
    default List<LiveUpdates.Interest<?>> changes() {
        return List.of(LiveUpdates.any(DataChanged.class));
    }
}
