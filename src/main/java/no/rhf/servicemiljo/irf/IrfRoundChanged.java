package no.rhf.servicemiljo.irf;

/** Published after a ballot, conflict, reveal or freeze is committed, so that open sessions refresh. */
public record IrfRoundChanged(long roundId) {
}
