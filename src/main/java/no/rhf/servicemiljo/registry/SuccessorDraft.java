package no.rhf.servicemiljo.registry;

import java.time.LocalDate;

/**
 * The new network or centre that continues a unit (videreføring i annen organisasjonsform). A network
 * gets a five-year funding frame from 1 January of {@code fundingStartYear} and its evaluation in year six;
 * a centre has no earmarked funding frame.
 */
public record SuccessorDraft(UnitKind kind, String nameNb, Short fundingFrameMnok, Integer fundingStartYear,
                             LocalDate approvalDate) {
}
