package no.rhf.servicemiljo.assessment;

/** A reporting cycle was created with its reports (in the creating transaction: listeners run before the commit). */
record CycleOpened(long cycleId) {
}
