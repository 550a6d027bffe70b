/**
 * The application shell: main layout, navigation, home page and error pages. Features contribute header pieces ({@link no.rhf.servicemiljo.shell.HeaderContribution}), home sections ({@link no.rhf.servicemiljo.shell.HomeSection}) and navigation counts ({@link no.rhf.servicemiljo.shell.MenuCount}) as beans.
 */
@ApplicationModule(displayName = "Application shell")
package no.rhf.servicemiljo.shell;

import org.springframework.modulith.ApplicationModule;
