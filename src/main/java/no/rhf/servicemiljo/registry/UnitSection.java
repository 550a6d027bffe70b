package no.rhf.servicemiljo.registry;

import com.vaadin.flow.component.Component;

/**
 * A tab of a unit's page contributed by another feature (reorganisation cases, ERN memberships). Features
 * declare a Spring bean; the unit page adds a tab per bean in {@link #order()} after the reference group
 * and the history. {@link #create} builds a fresh component for one screen and checks itself who may edit.
 */
public interface UnitSection {

    int order();

    String titleKey();

    Component create(NationalUnit unit);
}
