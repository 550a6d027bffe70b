package no.rhf.servicemiljo.shell;

import com.vaadin.flow.component.Component;

/**
 * A feature's piece of the application header (for example the current leading region).
 * Spring beans implementing this are placed in the header in ascending {@link #order()}.
 */
public interface HeaderContribution {

    int order();

    /** Creates a fresh component for one UI; may return null when there is nothing to show. */
    Component create();
}
