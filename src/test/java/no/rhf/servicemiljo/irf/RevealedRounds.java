package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.organisation.OrganisationService;

import java.util.List;
import java.util.function.Consumer;

/**
 * A round of its own with the six fixture applications on the agenda and ballots from the four IRF members, for
 * tests of the results (also the UI tests in {@code irf.ui}, which cannot reach {@link IrfFixtures}).
 *
 * <p>Ballots (applications 0, 1, 2 of the agenda called A, B, C; the other three are left unranked by everyone):
 * Bjørn A>B>C, Eva B>C>A, Randi A>B>C; Jon does not vote. Head to head A–B 2–1, A–C 2–1, B–C 3–0: without Bjørn or
 * Randi A and B are 1–1 and share first place, so A's sole first place (and B's second) hangs on each of them;
 * C stays third whoever is removed, and the three nobody ranked share the last places.
 */
public final class RevealedRounds {

    public static final List<String> VOTERS = List.of("bjorn.hansen", "eva.strand", "randi.pedersen");

    /** The round and its agenda (fallback order). */
    public record Round(IrfRound round, List<Application> agenda) {
    }

    private RevealedRounds() {
    }

    /** A round with the six applications on the agenda and no ballots. Ends signed in as ADMIN. */
    public static Round open(ApplicationService applications, OrganisationService organisation, Consumer<String> signIn) {
        signIn.accept(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(applications);
        return new Round(round, IrfFixtures.agenda(applications, organisation, round));
    }

    /** Creates, votes and reveals; {@code signIn} switches the signed-in user. Ends signed in as ADMIN. */
    public static Round revealed(ApplicationService applications, OrganisationService organisation, RankingService ranking,
                                 Consumer<String> signIn) {
        signIn.accept(TestUsers.ADMIN);
        IrfRound round = IrfFixtures.round(applications);
        IrfFixtures.agenda(applications, organisation, round);
        List<Application> agenda = ranking.candidates(round.id());
        long a = agenda.get(0).id();
        long b = agenda.get(1).id();
        long c = agenda.get(2).id();
        for (String member : VOTERS) {
            signIn.accept(member);
            ranking.submitBallot(round.id(), member.equals("eva.strand")
                    ? List.of(List.of(b), List.of(c), List.of(a))
                    : List.of(List.of(a), List.of(b), List.of(c)));
        }
        signIn.accept(TestUsers.ADMIN);
        ranking.reveal(round.id());
        return new Round(round, agenda);
    }
}
