/**
 * The national dashboard. Features contribute panels as {@link no.rhf.servicemiljo.dashboard.DashboardPanel} beans.
 */
@ApplicationModule(displayName = "Dashboard")
package no.rhf.servicemiljo.dashboard;

import org.springframework.modulith.ApplicationModule;
