package no.rhf.servicemiljo.website;

/** Published after a year's checklist or a unit's website assessment changed. */
public record WebsiteChanged(int year) implements no.rhf.servicemiljo.base.DataChanged {
}
