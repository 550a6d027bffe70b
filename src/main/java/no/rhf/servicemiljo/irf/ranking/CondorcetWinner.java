package no.rhf.servicemiljo.irf.ranking;

import java.util.Optional;

/**
 * The Condorcet winner: the application that beats every other application head to head
 * ({@code d[w][x] > d[x][w]} for all {@code x}). It need not exist (cycles, exact ties), but when it
 * does, most people consider it the clear consensus choice, so the UI shows it next to the results.
 */
public final class CondorcetWinner {

    private CondorcetWinner() {
    }

    public static Optional<String> of(PairwiseMatrix d) {
        for (int w = 0; w < d.size(); w++) {
            boolean beatsAll = true;
            for (int x = 0; x < d.size() && beatsAll; x++) {
                beatsAll = x == w || d.beats(w, x);
            }
            if (beatsAll) {
                return Optional.of(d.candidates().get(w));
            }
        }
        return Optional.empty();
    }
}
