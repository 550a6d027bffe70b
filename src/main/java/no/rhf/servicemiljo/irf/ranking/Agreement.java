package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * How well one ballot agrees with a consensus ranking, as Kendall's tau-b.
 *
 * <p>Tau-b counts concordant minus discordant pairs and corrects for ties on either side, so a ballot
 * with large tiers is not penalised merely for not distinguishing. It is computed over the applications
 * of the consensus that the ballot assesses: excluded applications are skipped, unranked applications
 * take part as the ballot's bottom tier ({@link Ballot#UNRANKED_RULE}).
 *
 * @param voterId  the ballot's voter
 * @param tau      in [−1, 1]: 1 = same order, −1 = reversed; 0 when undefined
 * @param defined  false when tau-b is undefined (fewer than two applications compared, or one side ties
 *                 them all); {@code tau} is then 0 rather than NaN so it can be shown and sorted safely
 * @param compared number of applications compared
 */
public record Agreement(String voterId, double tau, boolean defined, int compared) {

    /**
     * @param consensus the consensus as tiers (e.g. {@link AggregationResult#tiers()}); its members are the
     *                  applications considered
     * @throws IllegalArgumentException if the ballot names an application missing from the consensus
     */
    public static Agreement kendallTauB(Ballot ballot, List<Set<String>> consensus) {
        List<String> candidates = Tiers.flatten(consensus);
        double[] x = ballot.positions(candidates);
        double[] y = new Ballot("consensus", consensus, Set.of()).positions(candidates);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < x.length; i++) {
            if (!Double.isNaN(x[i])) {
                kept.add(i);
            }
        }
        long concordant = 0;
        long discordant = 0;
        long tiedX = 0;
        long tiedY = 0;
        for (int i = 0; i < kept.size(); i++) {
            for (int j = i + 1; j < kept.size(); j++) {
                int a = kept.get(i);
                int b = kept.get(j);
                int product = Double.compare(x[a], x[b]) * Double.compare(y[a], y[b]);
                tiedX += x[a] == x[b] ? 1 : 0;
                tiedY += y[a] == y[b] ? 1 : 0;
                concordant += product > 0 ? 1 : 0;
                discordant += product < 0 ? 1 : 0;
            }
        }
        long pairs = (long) kept.size() * (kept.size() - 1) / 2;
        double denominator = Math.sqrt((double) (pairs - tiedX) * (pairs - tiedY));
        if (denominator == 0) {
            return new Agreement(ballot.voterId(), 0, false, kept.size());
        }
        double tau = (concordant - discordant) / denominator;
        return new Agreement(ballot.voterId(), Math.max(-1, Math.min(1, tau)), true, kept.size());
    }
}
