package no.rhf.servicemiljo.irf;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * The ballot an IRF member is building, kept on the server as it changes so that a reload, a closed tab or a
 * restart loses nothing. A draft is the member's own: every method works on the signed-in member's draft only, so
 * there is no way to read another member's (not for the chair, not after the reveal); it is never counted and
 * never published to the session, and {@link RankingService#submitBallot} deletes it.
 */
@Service
@Transactional(readOnly = true)
public class BallotDraftService {

    private final IrfRepository repository;
    private final RankingService ranking;
    private final Clock clock;

    BallotDraftService(IrfRepository repository, RankingService ranking, Clock clock) {
        this.repository = repository;
        this.ranking = ranking;
        this.clock = clock;
    }

    /**
     * Saves the signed-in member's draft, replacing the previous one. The tiers follow the rules of a ballot (see
     * {@link RankingService#submitBallot}) except that a draft may be empty: taking every row out is a change too.
     * Refused, like a ballot, once the chair has revealed or frozen the round.
     */
    @RolesAllowed(Role.Names.IRF_MEMBER)
    @Transactional
    public BallotDraft saveDraft(long roundId, List<List<Long>> tiers) {
        RankingService.requireOpen(repository.round(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId)));
        long memberId = CurrentUser.require().id();
        BallotTiers.requireValid(tiers, ranking.candidates(roundId), repository.conflicts(roundId, memberId));
        // PostgreSQL keeps microseconds: the time returned is the time stored
        BallotDraft draft = new BallotDraft(tiers.stream().map(List::copyOf).toList(), clock.instant().truncatedTo(ChronoUnit.MICROS));
        repository.saveDraft(roundId, memberId, BallotTiers.format(draft.tiers()), draft.updatedAt());
        return draft;
    }

    /**
     * The signed-in member's draft, if they have changed their ballot since they last submitted it (submitting
     * deletes the draft, so a draft is always newer than the submitted ballot).
     */
    @RolesAllowed(Role.Names.IRF_MEMBER)
    public Optional<BallotDraft> myDraft(long roundId) {
        return repository.draft(roundId, CurrentUser.require().id())
                .map(row -> new BallotDraft(BallotTiers.parse(row.ranking()), row.updatedAt()));
    }
}
