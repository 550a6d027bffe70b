package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.base.DataChanged;

/** A member submitted private ratings of a report, or its chair opened them: "N av M har levert" refreshes live. */
public record PrivateRatingsChanged(long reportId) implements DataChanged {
}
