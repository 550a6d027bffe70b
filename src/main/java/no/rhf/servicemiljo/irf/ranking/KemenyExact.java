package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The exact Kemeny optimum of a pairwise matrix {@code w} (w[a][b] = ballots preferring a to b), in three steps:
 * <ol>
 *   <li><b>Decomposition.</b> The <em>weak</em> majority graph has an edge a→b whenever {@code w[a][b] ≥ w[b][a]}
 *       (a head-to-head tie gives edges both ways). Every pair is joined, so its strongly connected components
 *       (Tarjan) form a chain, and between two components every pair is decided <em>strictly</em> one way. Then every
 *       Kemeny-optimal order puts the earlier component wholly first: otherwise somewhere a member of the later
 *       component stands right before a member of the earlier one, and swapping those two neighbours gains
 *       {@code w[a][b] − w[b][a] > 0}. (With the strict majority graph instead this would be unsound: a tie inside
 *       would let optimal orders mix the groups.) So the optimum is the concatenation of the optima of the components,
 *       and the number of optima is the product of theirs.</li>
 *   <li><b>Small components</b> (≤ {@link #DP_LIMIT}) by dynamic programming over subsets, counting the optima.</li>
 *   <li><b>Larger components</b> by depth-first branch and bound, placing applications from the top: the bound is
 *       the cost so far plus, for every pair still to place, {@code min(w[a][b], w[b][a])} (each pair costs at least
 *       its minority); a branch is cut when the new application would gain by moving in front of any suffix of the
 *       placed ones (an optimal order survives every such move, neighbour swaps included), and when the same set of
 *       remaining applications was reached before at no higher cost (a table per remaining set: the dynamic programme
 *       again, only over the sets the search reaches). The start is a local-search order. Children are tried in
 *       candidate order and only strict improvements are kept, so the result is the first optimum in candidate
 *       order, as from the dynamic programme. A node budget guards the time; if it runs out, the best order found
 *       is returned as not proven.</li>
 * </ol>
 * Costs here are "ballot preferences contradicted": cost = total − Kemeny score.
 */
final class KemenyExact {

    /** Largest component solved by the subset dynamic programme (2ⁿ table entries). */
    static final int DP_LIMIT = 16;

    /** Search nodes per solve before giving up on a proof (about a few seconds on a slow machine). */
    static final long NODE_BUDGET = 40_000_000L;

    /**
     * @param order  optimal (or best found) order of the indices of {@code w}
     * @param count  number of optimal orders; 0 when unknown (a component solved by branch and bound)
     * @param proven false if the node budget ran out before optimality was proven
     * @param nodes  search nodes used (for the benchmark)
     */
    record Solution(int[] order, long count, boolean proven, long nodes) {
    }

    private KemenyExact() {
    }

    static Solution solve(int[][] w) {
        return solve(w, DP_LIMIT, NODE_BUDGET);
    }

    /** @param dpLimit largest component for the dynamic programme (tests use 0 to run branch and bound on everything) */
    static Solution solve(int[][] w, int dpLimit, long budget) {
        int n = w.length;
        List<int[]> components = components(w);
        int[] order = new int[n];
        int at = 0;
        long count = 1;
        boolean proven = true;
        long nodes = 0;
        for (int[] members : components) {
            int k = members.length;
            int[][] local = new int[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    local[a][b] = w[members[a]][members[b]];
                }
            }
            Solution part = k <= dpLimit ? dynamicProgramme(local) : new BranchAndBound(local, budget - nodes).run();
            for (int i : part.order()) {
                order[at++] = members[i];
            }
            count = count == 0 || part.count() == 0 ? 0 : saturatingMultiply(count, part.count());
            proven &= part.proven();
            nodes += part.nodes();
        }
        return new Solution(order, count, proven, nodes);
    }

    /** The components of the weak majority graph, best first, each with its members in candidate order. */
    static List<int[]> components(int[][] w) {
        int n = w.length;
        int[] index = new int[n];
        int[] low = new int[n];
        boolean[] onStack = new boolean[n];
        int[] stack = new int[n];
        int[] top = {0};
        int[] counter = {0};
        Arrays.fill(index, -1);
        List<int[]> found = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (index[v] < 0) {
                connect(v, w, index, low, onStack, stack, top, counter, found);
            }
        }
        // Between components every pair is decided strictly the same way, so comparing one member of each orders them.
        found.sort((x, y) -> Integer.compare(w[y[0]][x[0]], w[x[0]][y[0]]));
        return found;
    }

    private static void connect(int v, int[][] w, int[] index, int[] low, boolean[] onStack, int[] stack, int[] top,
                                int[] counter, List<int[]> found) {
        index[v] = low[v] = counter[0]++;
        stack[top[0]++] = v;
        onStack[v] = true;
        for (int u = 0; u < w.length; u++) {
            if (u == v || w[v][u] < w[u][v]) {
                continue;
            }
            if (index[u] < 0) {
                connect(u, w, index, low, onStack, stack, top, counter, found);
                low[v] = Math.min(low[v], low[u]);
            } else if (onStack[u]) {
                low[v] = Math.min(low[v], index[u]);
            }
        }
        if (low[v] == index[v]) {
            List<Integer> component = new ArrayList<>();
            int u;
            do {
                u = stack[--top[0]];
                onStack[u] = false;
                component.add(u);
            } while (u != v);
            found.add(component.stream().mapToInt(Integer::intValue).sorted().toArray());
        }
    }

    private static long saturatingMultiply(long a, long b) {
        long high = Math.multiplyHigh(a, b);
        long product = a * b;
        return high != 0 || product < 0 ? Long.MAX_VALUE : product;
    }

    /** Subset DP: best(S) = the best score ordering S, choosing which member of S goes first; counts the optima. */
    static Solution dynamicProgramme(int[][] w) {
        int m = w.length;
        int full = (1 << m) - 1;
        int[] best = new int[full + 1];
        long[] count = new long[full + 1]; // at most 16! < 2^63 optimal orders
        count[0] = 1;
        int[][] gain = new int[m][full + 1]; // gain[c][S] = sum of w[c][b] over b in S (4 MB at 16)
        for (int c = 0; c < m; c++) {
            for (int set = 1; set <= full; set++) {
                int b = Integer.numberOfTrailingZeros(set);
                gain[c][set] = gain[c][set & (set - 1)] + w[c][b];
            }
        }
        for (int set = 1; set <= full; set++) {
            int max = Integer.MIN_VALUE;
            long ways = 0;
            for (int rest = set; rest != 0; rest &= rest - 1) {
                int c = Integer.numberOfTrailingZeros(rest);
                int value = gain[c][set] + best[set ^ (1 << c)];
                if (value > max) {
                    max = value;
                    ways = 0;
                }
                if (value == max) {
                    ways += count[set ^ (1 << c)];
                }
            }
            best[set] = max;
            count[set] = ways;
        }
        int[] order = new int[m];
        for (int i = 0, set = full; set != 0; i++) {
            int c = 0;
            while ((set & (1 << c)) == 0 || gain[c][set] + best[set ^ (1 << c)] != best[set]) {
                c++;
            }
            order[i] = c;
            set ^= 1 << c;
        }
        return new Solution(order, count[full], true, full);
    }

    /** Branch and bound over one component (up to 63 members: sets are long bit masks). */
    private static final class BranchAndBound {
        private final int[][] w;
        private final int k;
        private final long budget;
        private final int[][] minority; // min(w[a][b], w[b][a])
        private final int[] prefix;
        private final LongIntMap seen = new LongIntMap(1 << 20); // at most about 26 MB
        private int[] bestOrder;
        private int bestCost;
        private long nodes;

        BranchAndBound(int[][] w, long budget) {
            this.w = w;
            this.k = w.length;
            this.budget = Math.max(1, budget);
            this.minority = new int[k][k];
            for (int a = 0; a < k; a++) {
                for (int b = 0; b < k; b++) {
                    minority[a][b] = Math.min(w[a][b], w[b][a]);
                }
            }
            this.prefix = new int[k];
        }

        Solution run() {
            int[] start = KemenyYoung.localSearch(w, byRowSum());
            bestOrder = start;
            bestCost = cost(start) + 1; // accept an order as good as the start, so the first optimum in candidate order wins
            long all = k == 64 ? -1L : (1L << k) - 1;
            int pairs = 0;
            for (int a = 0; a < k; a++) {
                for (int b = a + 1; b < k; b++) {
                    pairs += minority[a][b];
                }
            }
            boolean complete = search(0, all, 0, pairs);
            return new Solution(bestOrder, 0, complete, nodes);
        }

        /** @return false if the budget ran out */
        private boolean search(int depth, long remaining, int costSoFar, int pairBound) {
            if (remaining == 0) {
                if (costSoFar < bestCost) {
                    bestCost = costSoFar;
                    bestOrder = prefix.clone();
                }
                return true;
            }
            if (++nodes > budget) {
                return false;
            }
            for (long rest = remaining; rest != 0; rest &= rest - 1) {
                int c = Long.numberOfTrailingZeros(rest);
                if (improvesByMovingUp(c, depth)) {
                    continue;
                }
                long next = remaining & ~(1L << c);
                int added = 0;
                int pairsLeft = pairBound;
                for (long r = next; r != 0; r &= r - 1) {
                    int b = Long.numberOfTrailingZeros(r);
                    added += w[b][c];
                    pairsLeft -= minority[c][b];
                }
                int cost = costSoFar + added;
                if (cost + pairsLeft >= bestCost) {
                    continue;
                }
                int before = seen.get(next);
                if (before != LongIntMap.ABSENT && before <= cost) {
                    continue;
                }
                seen.put(next, cost);
                prefix[depth] = c;
                if (!search(depth + 1, next, cost, pairsLeft)) {
                    return false;
                }
            }
            return true;
        }

        /** True if putting c in front of some suffix of the placed applications would contradict fewer preferences. */
        private boolean improvesByMovingUp(int c, int depth) {
            int gain = 0;
            for (int j = depth - 1; j >= 0; j--) {
                int x = prefix[j];
                gain += w[c][x] - w[x][c];
                if (gain > 0) {
                    return true;
                }
            }
            return false;
        }

        private int cost(int[] order) {
            int cost = 0;
            for (int i = 0; i < order.length; i++) {
                for (int j = i + 1; j < order.length; j++) {
                    cost += w[order[j]][order[i]];
                }
            }
            return cost;
        }

        private int[] byRowSum() {
            Integer[] idx = new Integer[k];
            int[] sums = new int[k];
            for (int a = 0; a < k; a++) {
                idx[a] = a;
                for (int b = 0; b < k; b++) {
                    sums[a] += w[a][b];
                }
            }
            Arrays.sort(idx, Comparator.comparingInt((Integer a) -> -sums[a]).thenComparingInt(a -> a));
            return Arrays.stream(idx).mapToInt(Integer::intValue).toArray();
        }
    }

    /** Open-addressing map from a set (bit mask) to the lowest cost it was reached at; stops storing when full. */
    private static final class LongIntMap {
        static final int ABSENT = Integer.MIN_VALUE;
        private long[] keys;
        private int[] values;
        private boolean[] used;
        private final int capacity;
        private int size;

        LongIntMap(int maxEntries) {
            this.capacity = maxEntries;
            int slots = 1 << 12;
            keys = new long[slots];
            values = new int[slots];
            used = new boolean[slots];
        }

        int get(long key) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    return values[i];
                }
            }
            return ABSENT;
        }

        void put(long key, int value) {
            int mask = keys.length - 1;
            for (int i = slot(key, mask); used[i]; i = (i + 1) & mask) {
                if (keys[i] == key) {
                    values[i] = value;
                    return;
                }
            }
            if (size >= capacity) {
                return;
            }
            if (2 * (size + 1) > keys.length) {
                grow();
                mask = keys.length - 1;
            }
            int i = slot(key, mask);
            while (used[i]) {
                i = (i + 1) & mask;
            }
            used[i] = true;
            keys[i] = key;
            values[i] = value;
            size++;
        }

        private void grow() {
            long[] oldKeys = keys;
            int[] oldValues = values;
            boolean[] oldUsed = used;
            keys = new long[oldKeys.length * 2];
            values = new int[oldKeys.length * 2];
            used = new boolean[oldKeys.length * 2];
            int mask = keys.length - 1;
            for (int j = 0; j < oldKeys.length; j++) {
                if (oldUsed[j]) {
                    int i = slot(oldKeys[j], mask);
                    while (used[i]) {
                        i = (i + 1) & mask;
                    }
                    used[i] = true;
                    keys[i] = oldKeys[j];
                    values[i] = oldValues[j];
                }
            }
        }

        private static int slot(long key, int mask) {
            long h = key * 0x9E3779B97F4A7C15L;
            return (int) (h ^ (h >>> 32)) & mask;
        }
    }
}
