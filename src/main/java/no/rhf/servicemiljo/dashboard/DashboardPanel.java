package no.rhf.servicemiljo.dashboard;

import com.vaadin.flow.component.Component;
import no.rhf.servicemiljo.security.AppUserPrincipal;

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
 * Open dashboards rebuild their panels when a {@code base.DataChanged} event is committed, so a panel
 * stays live when its feature publishes such an event on every change.
 */
public interface DashboardPanel {

    int order();

    String titleKey();

    Component create(AppUserPrincipal viewer);
}
