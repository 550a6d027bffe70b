package no.rhf.servicemiljo.reorganisation;

/** Published after a reorganisation case changed, so open case lists, unit pages and dashboards refresh. */
public record ReorganisationChanged(long caseId) implements no.rhf.servicemiljo.base.DataChanged {
}
