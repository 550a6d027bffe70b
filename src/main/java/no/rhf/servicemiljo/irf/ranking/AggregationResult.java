package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * The outcome of one {@link AggregationMethod}.
 *
 * <p>Ties are kept as tiers rather than broken silently, because the meeting should see that a tie
 * exists; {@link TieBreak} produces a strict order only where one is required. Applications that no
 * ballot assesses are always in a last tier of their own (see {@link Profile#unassessed()}).
 *
 * @param methodId  {@link AggregationMethod#id()} of the method that produced it
 * @param tiers     the ranking, best tier first; each tier a set of tied application ids
 * @param scores    per-application score, in candidate order; the meaning depends on the method and is
 *                  documented there. {@link Double#NaN} for applications that were not assessed
 * @param objective a method-level value where the method optimises one (Kemeny score), else empty
 * @param warnings  cycles, ties and other remarks, in a stable order
 * @param exact     false if the method had to fall back to an approximation
 */
public record AggregationResult(String methodId, List<Set<String>> tiers, Map<String, Double> scores,
                                OptionalDouble objective, List<Warning> warnings, boolean exact) {

    public AggregationResult {
        tiers = tiers.stream().map(Tiers::tier).toList();
        scores = Collections.unmodifiableMap(new LinkedHashMap<>(scores));
        warnings = List.copyOf(warnings);
    }

    /** All applications from best to worst; members of a tier in candidate order. */
    public List<String> order() {
        return Tiers.flatten(tiers);
    }

    /** The single best application, or empty if the first tier is a tie (or there are no candidates). */
    public Optional<String> winner() {
        return tiers.isEmpty() || tiers.getFirst().size() != 1
                ? Optional.empty() : Optional.of(tiers.getFirst().iterator().next());
    }

    /** Zero-based index of the tier containing {@code id}. */
    public int tierOf(String id) {
        for (int i = 0; i < tiers.size(); i++) {
            if (tiers.get(i).contains(id)) {
                return i;
            }
        }
        throw new IllegalArgumentException("Unknown application '%s'".formatted(id));
    }

    /**
     * Common finishing step for every method: moves unassessed applications to a last tier with a
     * {@link Warning.Code#NOT_ASSESSED} warning and NaN score, and adds a {@link Warning.Code#TIE}
     * warning for every other tier with more than one member.
     */
    static AggregationResult of(String methodId, Profile profile, List<Set<String>> tiers, Map<String, Double> scores,
                                OptionalDouble objective, boolean exact, List<Warning> methodWarnings) {
        List<String> unassessed = profile.unassessed();
        List<Set<String>> ranked = new ArrayList<>();
        List<Warning> warnings = new ArrayList<>(methodWarnings);
        for (Set<String> tier : tiers) {
            List<String> members = tier.stream().filter(id -> !unassessed.contains(id)).toList();
            if (members.size() > 1) {
                warnings.add(Warning.of(Warning.Code.TIE, members));
            }
            if (!members.isEmpty()) {
                ranked.add(Tiers.tier(members));
            }
        }
        Map<String, Double> allScores = new LinkedHashMap<>(scores);
        if (!unassessed.isEmpty()) {
            ranked.add(Tiers.tier(unassessed));
            warnings.add(Warning.of(Warning.Code.NOT_ASSESSED, unassessed));
            unassessed.forEach(id -> allScores.put(id, Double.NaN));
        }
        return new AggregationResult(methodId, ranked, allScores, objective, warnings, exact);
    }
}
