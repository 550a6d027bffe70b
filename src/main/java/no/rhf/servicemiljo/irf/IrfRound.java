package no.rhf.servicemiljo.irf;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One year's application round with the dates of its cycle (data, not constants), its approval
 * criteria and the policy for conflicts of interest.
 */
public record IrfRound(long id, int year, LocalDate opensOn, LocalDate regionalDeadline,
                       LocalDate serviceEnvironmentDeadline, LocalDate irfMeeting, LocalDate ministryDeadline,
                       ConflictPolicy conflictPolicy, RoundPhase phase, Instant revealedAt,
                       List<Criterion> criteria) {

    public record Criterion(long id, int position, String text) {
    }

    /** What a declared conflict of interest does to the member's ballot. */
    public enum ConflictPolicy {
        /** The member's ballot abstains on that application (the library's exclusion rule). */
        ABSTAIN
    }
}
