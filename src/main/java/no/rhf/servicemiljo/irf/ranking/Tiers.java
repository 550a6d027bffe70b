package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Small helpers for rankings expressed as tiers (ordered list of sets of tied ids). */
final class Tiers {

    private Tiers() {
    }

    /**
     * Sorts {@code candidates} by {@code order} and puts candidates that compare equal into one tier.
     * The sort is stable, so members of a tier keep the candidate order.
     */
    static List<Set<String>> group(List<String> candidates, Comparator<String> order) {
        List<String> sorted = candidates.stream().sorted(order).toList();
        List<Set<String>> tiers = new ArrayList<>();
        List<String> current = new ArrayList<>();
        for (String c : sorted) {
            if (!current.isEmpty() && order.compare(current.getFirst(), c) != 0) {
                tiers.add(tier(current));
                current.clear();
            }
            current.add(c);
        }
        if (!current.isEmpty()) {
            tiers.add(tier(current));
        }
        return tiers;
    }

    /** An unmodifiable tier that keeps the given iteration order. */
    static Set<String> tier(Collection<String> members) {
        return Collections.unmodifiableSet(new LinkedHashSet<>(members));
    }

    static List<String> flatten(List<Set<String>> tiers) {
        return tiers.stream().flatMap(Set::stream).toList();
    }
}
