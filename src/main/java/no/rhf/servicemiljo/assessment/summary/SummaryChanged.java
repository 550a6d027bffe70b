package no.rhf.servicemiljo.assessment.summary;

import no.rhf.servicemiljo.base.DataChanged;

/** Reports of a cycle moved into the national summary: open dashboards and summaries refresh after the commit. */
public record SummaryChanged(long cycleId) implements DataChanged {
}
