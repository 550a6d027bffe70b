package no.rhf.servicemiljo.ern;

import java.time.LocalDate;

/** The editable fields of a membership; {@code version} is the version the user started from (null for a new one). */
public record ErnDraft(String network, ErnStatus status, LocalDate startedOn, LocalDate endedOn, String contactName,
                       String contactEmail, Long version) {

    public static ErnDraft of(ErnMembership m) {
        return new ErnDraft(m.getNetwork(), m.getStatus(), m.getStartedOn(), m.getEndedOn(), m.getContactName(),
                m.getContactEmail(), m.getVersion());
    }
}
