package no.rhf.servicemiljo.leadership;

import no.rhf.servicemiljo.base.DataChanged;

/** Leadership periods, the handover checklist or funding changed. */
public record LeadershipChanged() implements DataChanged {
}
