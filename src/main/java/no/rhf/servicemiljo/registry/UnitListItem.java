package no.rhf.servicemiljo.registry;

/** A row of the unit list: the unit and its reference group's vacancies. */
public record UnitListItem(NationalUnit unit, Vacancies vacancies) {
}
