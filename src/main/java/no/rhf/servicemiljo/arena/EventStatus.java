package no.rhf.servicemiljo.arena;

/** A draft is seen only by organisers; a published event takes registrations; a cancelled one takes none. */
public enum EventStatus {
    DRAFT, PUBLISHED, CANCELLED
}
