package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Set;

/**
 * How firm a ranking is, as a pure function of the ballots: what IRF should see before it freezes.
 *
 * <ul>
 *   <li><b>Places per method</b>: each application's place under every method, side by side. A place is
 *       1 + the number of applications in strictly better tiers (tied applications share a place).</li>
 *   <li><b>Leave one member out</b>: every method again with each ballot removed in turn; per method the best and
 *       worst place an application gets, and for the consensus (Schulze) which members' removal changes its position
 *       (its place, or whether it shares that place with another).</li>
 *   <li><b>Margins</b>: for each neighbouring pair of the consensus order (the strict order of {@link TieBreak}) the
 *       head-to-head count, so one sees by how many ballots each step of the list is decided.</li>
 *   <li><b>Cycles</b>: for each Condorcet cycle ({@link CycleDetector}) one concrete round of head-to-head wins,
 *       the shortest from its first member back to itself, to be told in words ("A slår B 3–1, B slår C …").</li>
 *   <li><b>Verdict</b> per position: {@link Verdict#TIED} if Schulze ties the application with another,
 *       else {@link Verdict#DEPENDS_ON_ONE_MEMBER} if removing some one ballot changes its Schulze position,
 *       else {@link Verdict#ROBUST}.</li>
 * </ul>
 */
public final class Robustness {

    /** The one-line verdict per position. */
    public enum Verdict { ROBUST, DEPENDS_ON_ONE_MEMBER, TIED }

    /**
     * A head-to-head count: {@code first} against {@code second}.
     *
     * @param forFirst  ballots preferring {@code first}
     * @param forSecond ballots preferring {@code second}
     */
    public record Duel(String first, String second, int forFirst, int forSecond) {

        /** Positive when {@code first} wins, 0 for a tie. */
        public int margin() {
            return forFirst - forSecond;
        }
    }

    /**
     * One method's place for an application, and the range it moves in when any one ballot is removed.
     *
     * @param best  the best place over all leave-one-out profiles (equal to {@code place} if it never improves)
     * @param worst the worst such place
     */
    public record MethodPlace(String methodId, int place, int best, int worst) {

        public boolean moves() {
            return best != place || worst != place;
        }
    }

    /**
     * @param id        the application
     * @param place     its place in the consensus order (1-based, strict)
     * @param methods   per method (in the order given), its place and leave-one-out range
     * @param changedBy the voters whose ballot, removed alone, changes its Schulze place (in ballot order)
     * @param verdict   see the class comment
     */
    public record Position(String id, int place, List<MethodPlace> methods, List<String> changedBy, Verdict verdict) {

        public Position {
            methods = List.copyOf(methods);
            changedBy = List.copyOf(changedBy);
        }

        public MethodPlace method(String methodId) {
            return methods.stream().filter(m -> m.methodId().equals(methodId)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("No method " + methodId));
        }
    }

    /**
     * @param positions       one per application, in consensus order
     * @param margins         the neighbouring pairs of the consensus order, upper one first
     * @param cycles          per Condorcet cycle, one round of wins back to its start
     * @param kemenyProven    whether the Kemeny–Young result (full profile) is proven optimal
     * @param ballots         how many ballots the analysis is based on
     */
    public record Report(List<Position> positions, List<Duel> margins, List<List<Duel>> cycles, boolean kemenyProven,
                         int ballots) {

        public Report {
            positions = List.copyOf(positions);
            margins = List.copyOf(margins);
            cycles = cycles.stream().map(List::copyOf).toList();
        }

        public Position position(String id) {
            return positions.stream().filter(p -> p.id().equals(id)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("Unknown application '%s'".formatted(id)));
        }
    }

    private Robustness() {
    }

    /** With the four methods of {@link RankingAggregator} (Schulze, Borda, Kemeny–Young, median rank). */
    public static Report analyse(List<String> candidates, List<Ballot> ballots, List<String> fallbackOrder) {
        return analyse(candidates, ballots, fallbackOrder,
                List.of(new SchulzeMethod(), new BordaCount(), new KemenyYoung(), new MedianRank()));
    }

    /**
     * @param fallbackOrder the agreed fallback order of {@link TieBreak}
     * @param methods       the methods to show; Schulze must be among them (it gives the verdict)
     * @throws IllegalArgumentException on malformed input, as {@link Profile#of}
     */
    public static Report analyse(List<String> candidates, List<Ballot> ballots, List<String> fallbackOrder,
                                 List<AggregationMethod> methods) {
        Profile profile = Profile.of(candidates, ballots);
        if (methods.stream().noneMatch(m -> m.id().equals(SchulzeMethod.ID))) {
            throw new IllegalArgumentException("The Schulze method gives the verdict and must be included");
        }
        AggregationResult schulze = new SchulzeMethod().aggregate(profile);
        List<String> order = TieBreak.strictOrder(schulze, new BordaCount().aggregate(profile), fallbackOrder);
        int n = candidates.size();
        int m = methods.size();
        int[][] place = new int[m][];
        int[][] best = new int[m][];
        int[][] worst = new int[m][];
        boolean kemenyProven = true;
        int schulzeIndex = -1;
        for (int k = 0; k < m; k++) {
            AggregationMethod method = methods.get(k);
            AggregationResult result = method.id().equals(SchulzeMethod.ID) ? schulze : method.aggregate(profile);
            if (method.id().equals(SchulzeMethod.ID)) {
                schulzeIndex = k;
            }
            if (method.id().equals(KemenyYoung.ID)) {
                kemenyProven = result.exact();
            }
            place[k] = places(result, candidates);
            best[k] = place[k].clone();
            worst[k] = place[k].clone();
        }
        int[] schulzeState = states(schulze, candidates);
        List<List<String>> changedBy = new ArrayList<>();
        for (int c = 0; c < n; c++) {
            changedBy.add(new ArrayList<>());
        }
        for (int leave = 0; leave < ballots.size(); leave++) {
            List<Ballot> rest = new ArrayList<>(ballots);
            rest.remove(leave);
            Profile without = Profile.of(candidates, rest);
            for (int k = 0; k < m; k++) {
                AggregationResult result = methods.get(k).aggregate(without);
                int[] p = places(result, candidates);
                int[] state = k == schulzeIndex ? states(result, candidates) : null;
                for (int c = 0; c < n; c++) {
                    best[k][c] = Math.min(best[k][c], p[c]);
                    worst[k][c] = Math.max(worst[k][c], p[c]);
                    if (state != null && state[c] != schulzeState[c]) {
                        changedBy.get(c).add(ballots.get(leave).voterId());
                    }
                }
            }
        }
        List<Position> positions = new ArrayList<>();
        for (int i = 0; i < order.size(); i++) {
            String id = order.get(i);
            int c = candidates.indexOf(id);
            List<MethodPlace> perMethod = new ArrayList<>();
            for (int k = 0; k < m; k++) {
                perMethod.add(new MethodPlace(methods.get(k).id(), place[k][c], best[k][c], worst[k][c]));
            }
            Verdict verdict = schulze.tiers().get(schulze.tierOf(id)).size() > 1 ? Verdict.TIED
                    : changedBy.get(c).isEmpty() ? Verdict.ROBUST : Verdict.DEPENDS_ON_ONE_MEMBER;
            positions.add(new Position(id, i + 1, perMethod, changedBy.get(c), verdict));
        }
        PairwiseMatrix d = profile.matrix();
        List<Duel> margins = new ArrayList<>();
        for (int i = 0; i + 1 < order.size(); i++) {
            margins.add(duel(d, order.get(i), order.get(i + 1)));
        }
        List<List<Duel>> cycles = CycleDetector.cycles(d).stream().map(members -> cycleThrough(d, members)).toList();
        return new Report(positions, margins, cycles, kemenyProven, ballots.size());
    }

    /** Competition places (1 + applications in strictly better tiers), aligned with {@code candidates}. */
    static int[] places(AggregationResult result, List<String> candidates) {
        int[] places = new int[candidates.size()];
        int before = 0;
        for (Set<String> tier : result.tiers()) {
            for (String id : tier) {
                places[candidates.indexOf(id)] = before + 1;
            }
            before += tier.size();
        }
        return places;
    }

    /** Place and whether it is shared: a sole winner that comes to share first place has changed position. */
    private static int[] states(AggregationResult result, List<String> candidates) {
        int[] places = places(result, candidates);
        int[] states = new int[places.length];
        for (int c = 0; c < places.length; c++) {
            String id = candidates.get(c);
            states[c] = 2 * places[c] + (result.tiers().get(result.tierOf(id)).size() > 1 ? 1 : 0);
        }
        return states;
    }

    private static Duel duel(PairwiseMatrix d, String a, String b) {
        return new Duel(a, b, d.get(a, b), d.get(b, a));
    }

    /**
     * The shortest round of strict head-to-head wins from the cycle's first member back to it, staying inside the
     * cycle's members (breadth-first search; members are tried in candidate order, so the answer is stable).
     */
    static List<Duel> cycleThrough(PairwiseMatrix d, List<String> members) {
        int[] idx = members.stream().mapToInt(d::indexOf).toArray();
        int start = idx[0];
        int[] parent = new int[d.size()];
        Arrays.fill(parent, -1);
        Deque<Integer> queue = new ArrayDeque<>();
        queue.add(start);
        int last = -1;
        search:
        while (!queue.isEmpty()) {
            int v = queue.poll();
            for (int u : idx) {
                if (!d.beats(v, u)) {
                    continue;
                }
                if (u == start) {
                    last = v;
                    break search;
                }
                if (parent[u] < 0 && u != start) {
                    parent[u] = v;
                    queue.add(u);
                }
            }
        }
        if (last < 0) { // cannot happen for a strongly connected component with more than one member
            throw new IllegalStateException("No cycle through " + members);
        }
        List<Integer> path = new ArrayList<>();
        for (int v = last; v != start; v = parent[v]) {
            path.addFirst(v);
        }
        path.addFirst(start);
        List<Duel> round = new ArrayList<>();
        List<String> names = d.candidates();
        for (int i = 0; i < path.size(); i++) {
            int a = path.get(i);
            int b = path.get((i + 1) % path.size());
            round.add(new Duel(names.get(a), names.get(b), d.get(a, b), d.get(b, a)));
        }
        return round;
    }
}
