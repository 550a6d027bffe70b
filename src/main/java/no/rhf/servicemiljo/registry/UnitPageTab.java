package no.rhf.servicemiljo.registry;

import com.vaadin.flow.component.Component;

/**
 * A feature's tab on a unit's page (after the registry's own tabs, by {@link #order()}), built fresh for one
 * screen; for example the assessments' follow-up history. The feature checks in its services what the signed-in
 * user may see.
 */
public interface UnitPageTab {

    int order();

    /** The message key of the tab's title. */
    String titleKey();

    Component create(NationalUnit unit);
}
