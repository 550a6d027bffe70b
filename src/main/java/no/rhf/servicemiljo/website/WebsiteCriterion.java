package no.rhf.servicemiljo.website;

/**
 * One requirement of a year's checklist. {@code matchingPages} marks the criterion about matching pages of a
 * multi-regional service: for a unit with two hosts both hosts' pages are linked. A retired criterion stays for the
 * answers given to it but is no longer asked.
 */
public record WebsiteCriterion(long id, int year, int position, String text, boolean matchingPages, boolean retired) {
}
