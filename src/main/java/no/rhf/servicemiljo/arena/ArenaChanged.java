package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.base.DataChanged;

/** An event or its participants changed. */
public record ArenaChanged(long eventId) implements DataChanged {
}
