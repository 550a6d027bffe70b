package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One member's ballot: an ordered list of tiers (best first), each tier a set of application ids
 * that the member considers equally good, plus the applications the member abstains from because of
 * a conflict of interest.
 *
 * <p><b>Unranked applications</b> (neither ranked nor excluded) follow {@link #UNRANKED_RULE}: they
 * are tied with each other below every ranked application. This lets a member rank only the
 * applications they have an opinion about without the omission being read as "no preference".
 *
 * <p><b>Excluded applications</b> follow {@link #EXCLUSION_RULE}: the ballot says nothing about them,
 * which is different from ranking them last.
 *
 * <p>The constructor checks everything that can be checked without the candidate list (no empty
 * tier, no id twice, no id both ranked and excluded); unknown ids are reported by
 * {@link #positions(List)}, which every aggregation goes through. Violations throw
 * {@link IllegalArgumentException} with an English message; the caller maps it to Norwegian.
 *
 * @param voterId  who cast the ballot, unique within one aggregation
 * @param tiers    tiers in order of preference, best first; copied, iteration order kept
 * @param excluded applications this voter abstains from (conflict of interest); copied
 */
public record Ballot(String voterId, List<Set<String>> tiers, Set<String> excluded) {

    /** The stated rule for applications a ballot does not mention. */
    public static final String UNRANKED_RULE = "Applications that are not ranked on a ballot are treated as "
            + "tied with each other, below every application that is ranked on that ballot.";

    /** The stated rule for applications a voter abstains from because of a conflict of interest. */
    public static final String EXCLUSION_RULE = "An application excluded from a ballot because of a conflict of "
            + "interest gets no preference from that ballot: it is left out of every pairwise comparison on that "
            + "ballot (neither for nor against it), it gets no Borda points from it (its Borda score is the average "
            + "over the ballots that did score it, scaled to the full number of ballots), and that ballot is "
            + "skipped when its median rank is computed. The ballot's other applications are ranked among "
            + "themselves as if the excluded application were not on the list.";

    public Ballot {
        if (voterId == null || voterId.isBlank()) {
            throw new IllegalArgumentException("A ballot must have a voter id");
        }
        Objects.requireNonNull(tiers, "tiers");
        Objects.requireNonNull(excluded, "excluded");
        Set<String> seen = new HashSet<>();
        List<Set<String>> copy = new ArrayList<>(tiers.size());
        for (int i = 0; i < tiers.size(); i++) {
            Set<String> tier = tiers.get(i);
            if (tier == null || tier.isEmpty()) {
                throw new IllegalArgumentException("Ballot of voter '%s' has an empty tier at position %d"
                        .formatted(voterId, i + 1));
            }
            for (String id : tier) {
                requireId(voterId, id);
                if (!seen.add(id)) {
                    throw new IllegalArgumentException("Application '%s' appears more than once on the ballot of voter '%s'"
                            .formatted(id, voterId));
                }
            }
            copy.add(Collections.unmodifiableSet(new LinkedHashSet<>(tier)));
        }
        for (String id : excluded) {
            requireId(voterId, id);
            if (seen.contains(id)) {
                throw new IllegalArgumentException("Application '%s' is both ranked and excluded on the ballot of voter '%s'"
                        .formatted(id, voterId));
            }
        }
        tiers = List.copyOf(copy);
        excluded = Collections.unmodifiableSet(new LinkedHashSet<>(excluded));
    }

    /** A ballot without ties or exclusions: {@code ids} in order of preference, best first. */
    public static Ballot strict(String voterId, String... ids) {
        return new Ballot(voterId, Arrays.stream(ids).map(Set::of).toList(), Set.of());
    }

    /**
     * The position of every candidate on this ballot, 1 = best, as an array aligned with
     * {@code candidates}.
     *
     * <p>Positions are counted among the applications this ballot assesses (all candidates except the
     * excluded ones). Tied applications share the average of the positions they occupy (a tier of two
     * after one application gets 2.5), and the unranked applications form one last tier
     * ({@link #UNRANKED_RULE}). Excluded applications get {@link Double#NaN}.
     *
     * <p>This is the single place where the unranked and exclusion rules are turned into numbers; the
     * pairwise matrix, Borda, median rank and agreement are all derived from it.
     *
     * @throws IllegalArgumentException if the ballot mentions an id that is not among {@code candidates}
     */
    public double[] positions(List<String> candidates) {
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < candidates.size(); i++) {
            index.put(candidates.get(i), i);
        }
        double[] positions = new double[candidates.size()];
        Arrays.fill(positions, Double.NaN);
        for (String id : excluded) {
            indexOf(index, id);
        }
        int placed = 0;
        for (Set<String> tier : tiers) {
            double average = placed + (tier.size() + 1) / 2.0;
            for (String id : tier) {
                positions[indexOf(index, id)] = average;
            }
            placed += tier.size();
        }
        int unranked = candidates.size() - placed - excluded.size();
        double unrankedPosition = placed + (unranked + 1) / 2.0;
        for (int i = 0; i < positions.length; i++) {
            if (Double.isNaN(positions[i]) && !excluded.contains(candidates.get(i))) {
                positions[i] = unrankedPosition;
            }
        }
        return positions;
    }

    private int indexOf(Map<String, Integer> index, String id) {
        Integer i = index.get(id);
        if (i == null) {
            throw new IllegalArgumentException("Ballot of voter '%s' mentions unknown application '%s'"
                    .formatted(voterId, id));
        }
        return i;
    }

    private static void requireId(String voterId, String id) {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("Ballot of voter '%s' contains a blank application id".formatted(voterId));
        }
        if (!id.equals(id.strip())) {
            throw new IllegalArgumentException("Ballot of voter '%s' contains application id '%s' with surrounding spaces"
                    .formatted(voterId, id));
        }
    }
}
