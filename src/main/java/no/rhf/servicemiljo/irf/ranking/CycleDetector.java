package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;

/**
 * Finds Condorcet cycles: groups of applications whose head-to-head majorities go round in a circle
 * (A beats B, B beats C, C beats A), where "a beats b" means {@code d[a][b] > d[b][a]}.
 *
 * <p>They are reported as the strongly connected components of the majority graph with more than one
 * member (Tarjan's algorithm, O(n²) on the dense matrix): every member of such a component lies on a
 * cycle, and the components are exactly the groups within which no ordering respects all majorities.
 * Methods that claim to follow the majorities (Schulze, Kemeny–Young) attach them as warnings.
 */
public final class CycleDetector {

    private CycleDetector() {
    }

    /**
     * The cycles, each as its members in candidate order; the cycles ordered by their first member.
     */
    public static List<List<String>> cycles(PairwiseMatrix d) {
        Tarjan tarjan = new Tarjan(d);
        for (int v = 0; v < d.size(); v++) {
            if (tarjan.index[v] < 0) {
                tarjan.connect(v);
            }
        }
        return tarjan.components.stream()
                .filter(c -> c.length > 1)
                .sorted(Comparator.comparingInt(c -> c[0]))
                .map(c -> Arrays.stream(c).mapToObj(d.candidates()::get).toList())
                .toList();
    }

    /** One {@link Warning.Code#CONDORCET_CYCLE} warning per cycle. */
    static List<Warning> warnings(PairwiseMatrix d) {
        return cycles(d).stream().map(c -> Warning.of(Warning.Code.CONDORCET_CYCLE, c)).toList();
    }

    private static final class Tarjan {
        private final PairwiseMatrix d;
        private final int[] index;
        private final int[] low;
        private final boolean[] onStack;
        private final Deque<Integer> stack = new ArrayDeque<>();
        private final List<int[]> components = new ArrayList<>();
        private int counter;

        Tarjan(PairwiseMatrix d) {
            this.d = d;
            this.index = new int[d.size()];
            this.low = new int[d.size()];
            this.onStack = new boolean[d.size()];
            Arrays.fill(index, -1);
        }

        void connect(int v) {
            index[v] = low[v] = counter++;
            stack.push(v);
            onStack[v] = true;
            for (int w = 0; w < d.size(); w++) {
                if (!d.beats(v, w)) {
                    continue;
                }
                if (index[w] < 0) {
                    connect(w);
                    low[v] = Math.min(low[v], low[w]);
                } else if (onStack[w]) {
                    low[v] = Math.min(low[v], index[w]);
                }
            }
            if (low[v] == index[v]) {
                List<Integer> component = new ArrayList<>();
                int w;
                do {
                    w = stack.pop();
                    onStack[w] = false;
                    component.add(w);
                } while (w != v);
                components.add(component.stream().mapToInt(Integer::intValue).sorted().toArray());
            }
        }
    }
}
