package no.rhf.servicemiljo.website;

import java.time.LocalDate;

/** A year of website assessments, opened by ADMIN, with the deadline the coordinators are reminded of. */
public record WebsiteYear(int year, LocalDate deadline) {
}
