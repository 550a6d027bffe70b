package no.rhf.servicemiljo.base;

/**
 * Marker for application events that change what open screens show (dashboards, lists). The live
 * update broadcaster pushes a refresh to every open UI that registered for them, after the commit.
 */
public interface DataChanged {
}
