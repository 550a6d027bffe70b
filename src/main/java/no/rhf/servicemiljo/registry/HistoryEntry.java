package no.rhf.servicemiljo.registry;

import java.time.Instant;

/**
 * One changed field in the audit trail. {@code subject} is null for the unit itself, or names the
 * reference-group member the change concerns. Values are raw (String, LocalDate, Boolean or an enum)
 * so that the UI can format them in the user's language.
 */
public record HistoryEntry(Instant when, String who, String subject, String field, Object oldValue, Object newValue) {
}
