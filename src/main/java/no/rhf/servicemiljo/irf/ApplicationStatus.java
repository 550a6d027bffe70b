package no.rhf.servicemiljo.irf;

import java.util.Map;
import java.util.Set;

/** Where an application is in its flow (the i18n key is {@code ApplicationStatus.NAME}). */
public enum ApplicationStatus {
    DRAFT, SUBMITTED, RECEIVED, ON_AGENDA, RANKED, SENT_TO_MINISTRY, APPROVED, REJECTED;

    /** The steps the national coordination (ADMIN) takes; the RHF's own step is submitting, the IRF's is freezing. */
    private static final Map<ApplicationStatus, Set<ApplicationStatus>> ADMIN_STEPS = Map.of(
            SUBMITTED, Set.of(RECEIVED),
            RECEIVED, Set.of(ON_AGENDA),
            RANKED, Set.of(SENT_TO_MINISTRY),
            SENT_TO_MINISTRY, Set.of(APPROVED, REJECTED));

    public Set<ApplicationStatus> adminNext() {
        return ADMIN_STEPS.getOrDefault(this, Set.of());
    }
}
