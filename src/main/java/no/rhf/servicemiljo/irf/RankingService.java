package no.rhf.servicemiljo.irf;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.irf.ranking.Ballot;
import no.rhf.servicemiljo.irf.ranking.RankingAggregator;
import no.rhf.servicemiljo.irf.ranking.Robustness;
import no.rhf.servicemiljo.irf.ranking.SchulzeMethod;
import no.rhf.servicemiljo.leadership.LeadershipPeriod;
import no.rhf.servicemiljo.leadership.LeadershipService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The IRF ranking session of a round. Ballots are private: before the reveal nobody (not even the chair)
 * can read another member's ballot; everyone sees only who has submitted. The chair (ADMIN) reveals, which
 * closes the ballot box, and then freezes the result into an insert-only snapshot.
 */
@Service
@Transactional(readOnly = true)
public class RankingService {

    static final Set<ApplicationStatus> ON_AGENDA_OR_LATER = EnumSet.of(ApplicationStatus.ON_AGENDA, ApplicationStatus.RANKED,
            ApplicationStatus.SENT_TO_MINISTRY, ApplicationStatus.APPROVED, ApplicationStatus.REJECTED);

    private final IrfRepository repository;
    private final Messages messages;
    private final UserService users;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final RankingAggregator aggregator = new RankingAggregator();
    private final LeadershipService leadership;
    /**
     * The robustness panel recomputes every method once per ballot, and the view reads the results on every change
     * signal: the last few analyses are kept, keyed by exactly what they are a function of (candidates and ballots).
     */
    private final Map<List<Object>, Robustness.Report> robustnessCache = java.util.Collections.synchronizedMap(
            new LinkedHashMap<>(8, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<List<Object>, Robustness.Report> eldest) {
                    return size() > 8;
                }
            });

    private final IrfChangeLog changes;

    RankingService(IrfRepository repository, UserService users, ApplicationEventPublisher events, Clock clock, Messages messages,
                   IrfChangeLog changes, LeadershipService leadership) {
        this.changes = changes;
        this.leadership = leadership;
        this.messages = messages;
        this.repository = repository;
        this.users = users;
        this.events = events;
        this.clock = clock;
    }

    /** The applications on the IRF agenda, in the fallback order used by the tie-break rule. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public List<Application> candidates(long roundId) {
        return repository.applications(roundId).stream().filter(a -> ON_AGENDA_OR_LATER.contains(a.status()))
                .sorted(java.util.Comparator.comparing((Application a) -> a.regionalRank() == null ? Integer.MAX_VALUE : a.regionalRank())
                        .thenComparing(Application::applyingRegionId).thenComparing(Application::id))
                .toList();
    }

    /** Who is an IRF member and whether they have submitted; never what they ranked. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public List<ParticipantStatus> participants(long roundId) {
        Map<Long, Instant> submitted = repository.submissionTimes(roundId);
        return members().stream().map(u -> new ParticipantStatus(u.getId(), u.getFullName(),
                        u.getRegion() == null ? "" : u.getRegion().getName(), submitted.get(u.getId()),
                        repository.conflicts(roundId, u.getId()).size()))
                .toList();
    }

    /** The signed-in member's own ballot as tiers of application ids (empty if not submitted yet). */
    @RolesAllowed(Role.Names.IRF_MEMBER)
    public Optional<List<List<Long>>> myBallot(long roundId) {
        return repository.ballot(roundId, CurrentUser.require().id()).map(BallotTiers::parse);
    }

    /** Another member's ballot: only after the reveal (observers: after the freeze). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public Optional<List<List<Long>>> ballotOf(long roundId, long memberId) {
        AppUserPrincipal user = CurrentUser.require();
        if (user.id() != memberId) {
            requireResultsReadable(round(roundId), user);
        }
        return repository.ballot(roundId, memberId).map(BallotTiers::parse);
    }

    @RolesAllowed(Role.Names.IRF_MEMBER)
    public List<Long> myConflicts(long roundId) {
        return repository.conflicts(roundId, CurrentUser.require().id());
    }

    /**
     * Stores the member's ballot (replacing an earlier one while the ballot box is open) and deletes their draft
     * ({@link BallotDraftService}): what was being built is now what counts. {@code tiers} are best
     * first; applications in one tier are tied; agenda applications left out are unranked (see
     * {@link Ballot#UNRANKED_RULE}). Applications with a declared conflict cannot be ranked: the member abstains.
     */
    @RolesAllowed(Role.Names.IRF_MEMBER)
    @Transactional
    public void submitBallot(long roundId, List<List<Long>> tiers) {
        IrfRound round = round(roundId);
        requireOpen(round);
        long memberId = CurrentUser.require().id();
        if (tiers == null || tiers.isEmpty()) {
            throw new FieldValidationException("ballot", "irf.error.ballot-empty");
        }
        BallotTiers.requireValid(tiers, candidates(roundId), repository.conflicts(roundId, memberId));
        repository.saveBallot(roundId, memberId, BallotTiers.format(tiers), clock.instant());
        repository.deleteDraft(roundId, memberId);
        events.publishEvent(new IrfRoundChanged(roundId));
    }

    /**
     * Declares (or withdraws) a conflict of interest. Under the round's policy (ABSTAIN) the member's ballot
     * abstains on that application; if the current ballot or draft ranks it, the application is taken off it.
     */
    @RolesAllowed(Role.Names.IRF_MEMBER)
    @Transactional
    public void declareConflict(long roundId, long applicationId, boolean conflict) {
        IrfRound round = round(roundId);
        requireOpen(round);
        if (candidates(roundId).stream().noneMatch(a -> a.id() == applicationId)) {
            throw new FieldValidationException("conflict", "irf.error.ballot-unknown", applicationId);
        }
        long memberId = CurrentUser.require().id();
        repository.setConflict(roundId, memberId, applicationId, conflict, clock.instant());
        if (conflict) {
            repository.ballot(roundId, memberId).ifPresent(text ->
                    repository.saveBallot(roundId, memberId, BallotTiers.without(text, applicationId), clock.instant()));
            repository.draft(roundId, memberId).ifPresent(draft ->
                    repository.saveDraft(roundId, memberId, BallotTiers.without(draft.ranking(), applicationId), clock.instant()));
        }
        events.publishEvent(new IrfRoundChanged(roundId));
    }

    /** The chair reveals: the ballot box closes and results are computed for everyone in the session. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void reveal(long roundId) {
        IrfRound round = round(roundId);
        requireOpen(round);
        if (repository.ballots(roundId).isEmpty()) {
            throw new FieldValidationException("reveal", "irf.error.no-ballots");
        }
        if (!repository.setPhase(roundId, RoundPhase.RANKING, RoundPhase.REVEALED, CurrentUser.require().id(), clock.instant())) {
            throw new FieldValidationException("reveal", "irf.error.changed");
        }
        changes.round(round, round(roundId));
        events.publishEvent(new IrfRoundChanged(roundId));
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public RankingResults results(long roundId) {
        IrfRound round = round(roundId);
        requireResultsReadable(round, CurrentUser.require());
        return compute(round);
    }

    /**
     * Freezes the Schulze result with every ballot into the insert-only snapshot and marks the agenda
     * applications as ranked by IRF. From now on no ballot can change.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public FrozenResult freeze(long roundId) {
        IrfRound round = round(roundId);
        if (round.phase() == RoundPhase.FROZEN) {
            throw new FieldValidationException("freeze", "irf.error.frozen");
        }
        if (round.phase() != RoundPhase.REVEALED) {
            throw new FieldValidationException("freeze", "irf.error.not-revealed");
        }
        RankingResults results = compute(round);
        AppUserPrincipal chair = CurrentUser.require();
        if (!repository.setPhase(roundId, RoundPhase.REVEALED, RoundPhase.FROZEN, null, null)) {
            throw new FieldValidationException("freeze", "irf.error.changed");
        }
        Instant now = clock.instant();
        repository.insertFrozen(roundId, now, chair.id(), chair.fullName(), SchulzeMethod.ID,
                RankingExport.ballotsText(results, messages), RankingExport.csv(results),
                RobustnessExport.csv(results, messages), RobustnessExport.text(results, messages), responsibleRegion(now));
        List<Application> ranked = repository.applications(roundId).stream()
                .filter(a -> a.status() == ApplicationStatus.ON_AGENDA).toList();
        repository.setStatusForRound(roundId, ApplicationStatus.ON_AGENDA, ApplicationStatus.RANKED);
        changes.round(round, round(roundId));
        ranked.forEach(a -> changes.application(a, repository.application(a.id()).orElseThrow()));
        events.publishEvent(new IrfRoundChanged(roundId));
        return repository.frozen(roundId).orElseThrow();
    }

    /** The frozen snapshot: for ADMIN and IRF members, and for observers and coordinators (they read after the freeze). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER, Role.Names.REGIONAL_COORDINATOR})
    public Optional<FrozenResult> frozen(long roundId) {
        return repository.frozen(roundId);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER, Role.Names.REGIONAL_COORDINATOR})
    public byte[] exportCsv(long roundId) {
        FrozenResult frozen = repository.frozen(roundId).orElseThrow(() -> new FieldValidationException("export", "irf.error.not-frozen"));
        return RankingExport.csvBytes(frozen);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER, Role.Names.REGIONAL_COORDINATOR})
    public byte[] exportPdf(long roundId) {
        FrozenResult frozen = repository.frozen(roundId).orElseThrow(() -> new FieldValidationException("export", "irf.error.not-frozen"));
        return RankingExport.pdf(round(roundId), frozen, messages);
    }

    /**
     * The frozen ranking with its rationale as a Word document for the Ministry: order, robustness, rules, ballots;
     * dated the day of the freeze, with the region that led the service environment then.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.IRF_MEMBER, Role.Names.OBSERVER, Role.Names.REGIONAL_COORDINATOR})
    public byte[] exportDocx(long roundId) {
        FrozenResult frozen = repository.frozen(roundId).orElseThrow(() -> new FieldValidationException("export", "irf.error.not-frozen"));
        String region = frozen.responsibleRegion() != null ? frozen.responsibleRegion() : responsibleRegion(frozen.frozenAt());
        return RankingWordExport.docx(round(roundId), frozen, region, messages);
    }

    /** The region leading the service environment on that day (leadership periods), or null in a gap between periods. */
    private String responsibleRegion(Instant at) {
        java.time.LocalDate day = at.atZone(java.time.ZoneId.of("Europe/Oslo")).toLocalDate();
        return leadership.periods().stream().filter(p -> p.covers(day)).findFirst()
                .map(LeadershipPeriod::getRegion).map(no.rhf.servicemiljo.organisation.Region::getName).orElse(null);
    }

    private RankingResults compute(IrfRound round) {
        List<Application> candidates = candidates(round.id());
        List<String> ids = candidates.stream().map(a -> String.valueOf(a.id())).toList();
        Map<Long, String> stored = repository.ballots(round.id());
        Map<String, String> names = new LinkedHashMap<>();
        Map<String, List<Long>> abstentions = new LinkedHashMap<>();
        Map<String, List<List<Long>>> ballotTiers = new LinkedHashMap<>();
        List<Ballot> ballots = new ArrayList<>();
        for (AppUser member : members()) {
            String text = stored.get(member.getId());
            if (text == null) {
                continue;
            }
            String voter = String.valueOf(member.getId());
            List<Long> conflicts = repository.conflicts(round.id(), member.getId());
            List<Set<String>> tiers = BallotTiers.parse(text).stream()
                    .map(t -> t.stream().map(String::valueOf).collect(Collectors.toCollection(LinkedHashSet::new)))
                    .map(s -> (Set<String>) s).toList();
            ballots.add(new Ballot(voter, tiers, conflicts.stream().map(String::valueOf).collect(Collectors.toSet())));
            names.put(voter, member.getFullName());
            abstentions.put(voter, conflicts);
            ballotTiers.put(voter, BallotTiers.parse(text));
        }
        RankingAggregator.Report report = aggregator.aggregate(ids, ballots);
        Robustness.Report robustness = robustnessCache.computeIfAbsent(List.of(ids, List.copyOf(ballots)),
                key -> Robustness.analyse(ids, ballots, ids));
        return new RankingResults(round, candidates, report, names, abstentions, ballotTiers, report.strictOrder(ids), robustness);
    }

    private List<AppUser> members() {
        return users.activeUsersWithRole(Role.IRF_MEMBER);
    }

    private IrfRound round(long roundId) {
        return repository.round(roundId).orElseThrow(() -> new IllegalArgumentException("No round " + roundId));
    }

    /** Ballots and drafts change only while the ballot box is open. */
    static void requireOpen(IrfRound round) {
        if (round.phase() == RoundPhase.FROZEN) {
            throw new FieldValidationException("ballot", "irf.error.frozen");
        }
        if (round.phase() == RoundPhase.REVEALED) {
            throw new FieldValidationException("ballot", "irf.error.closed");
        }
    }

    private static void requireResultsReadable(IrfRound round, AppUserPrincipal user) {
        boolean readable = switch (round.phase()) {
            case RANKING -> false;
            case REVEALED -> user.hasRole(Role.ADMIN) || user.hasRole(Role.IRF_MEMBER);
            case FROZEN -> true;
        };
        if (!readable) {
            throw new AccessDeniedException("Ballots and results are not open to you in phase " + round.phase());
        }
    }
}
