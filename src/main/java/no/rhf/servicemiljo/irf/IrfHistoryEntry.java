package no.rhf.servicemiljo.irf;

import java.time.Instant;

/**
 * One changed field of an application or a round: when, who (full name), the field (a message key), what it concerns
 * (a criterion or a region for answers and volumes, else null), the old and the new value. Values are typed (an enum,
 * a date, a Boolean or text) so that the UI can show them in the user's language.
 */
public record IrfHistoryEntry(Instant when, String who, String field, String subject, Object oldValue, Object newValue) {
}
