package no.rhf.servicemiljo.registry;

/** Published after a unit or its reference group changed, for features that react (dashboard, deadlines). */
public record UnitChanged(long unitId) implements no.rhf.servicemiljo.base.DataChanged {
}
