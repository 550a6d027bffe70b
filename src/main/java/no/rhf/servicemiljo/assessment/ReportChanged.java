package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.base.DataChanged;

/** A report's status or receipt changed: open dashboards and lists refresh after the commit. */
public record ReportChanged(long reportId) implements DataChanged {
}
