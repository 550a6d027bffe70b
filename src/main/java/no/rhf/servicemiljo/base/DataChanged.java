package no.rhf.servicemiljo.base;

import java.io.Serializable;

/**
 * Application events that change what open screens show (dashboards, lists), each saying what it is about
 * (a record such as {@code ReportChanged(reportId)}). After the commit, the live updates push a refresh to
 * the open screens registered for that kind of change, on every node (hence serializable: the change
 * crosses the cluster).
 */
public interface DataChanged extends Serializable {
}
