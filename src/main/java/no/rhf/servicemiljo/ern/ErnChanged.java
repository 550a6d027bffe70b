package no.rhf.servicemiljo.ern;

/** Published after a unit's ERN memberships changed (the overview and the unit page refresh). */
public record ErnChanged(long unitId) implements no.rhf.servicemiljo.base.DataChanged {
}
