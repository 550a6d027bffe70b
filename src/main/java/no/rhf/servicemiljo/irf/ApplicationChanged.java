package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.base.DataChanged;

/** An application of a round was created or changed (or a round itself): the dashboard's applications panel refreshes. */
public record ApplicationChanged(long roundId) implements DataChanged {
}
