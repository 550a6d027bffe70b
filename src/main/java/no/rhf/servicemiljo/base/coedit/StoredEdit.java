package no.rhf.servicemiljo.base.coedit;

/** An edit as stored: the version it made, the operation after merging, and which browser's edit it was. */
public record StoredEdit(long version, TextOperation operation, String origin, long seq) {
}
