package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.base.FieldValidationException;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A ballot's tiers (best first, tied application ids in one tier) as stored in {@code irf_ballot} and
 * {@code irf_ballot_draft}: tiers separated by '|', ids in a tier by ','. A submitted ballot and a draft follow the
 * same rules, so that a draft can always be submitted as it is (unless it is empty).
 */
final class BallotTiers {

    private BallotTiers() {
    }

    /** Agenda applications only, each at most once, none the member abstains on, no empty tier. */
    static void requireValid(List<List<Long>> tiers, List<Application> agenda, List<Long> abstentions) {
        if (tiers == null) {
            throw new FieldValidationException("ballot", "irf.error.ballot-empty");
        }
        Set<Long> candidates = agenda.stream().map(Application::id).collect(Collectors.toSet());
        Set<Long> conflicts = new HashSet<>(abstentions);
        Set<Long> seen = new HashSet<>();
        for (List<Long> tier : tiers) {
            if (tier == null || tier.isEmpty()) {
                throw new FieldValidationException("ballot", "irf.error.ballot-empty-tier");
            }
            for (Long id : tier) {
                if (id == null || !candidates.contains(id)) {
                    throw new FieldValidationException("ballot", "irf.error.ballot-unknown", id);
                }
                if (!seen.add(id)) {
                    throw new FieldValidationException("ballot", "irf.error.ballot-duplicate", id);
                }
                if (conflicts.contains(id)) {
                    throw new FieldValidationException("ballot", "irf.error.ballot-conflict", id);
                }
            }
        }
    }

    /** The stored tiers with one application taken off (a tier it leaves empty goes too). */
    static String without(String text, long applicationId) {
        return format(parse(text).stream()
                .map(t -> t.stream().filter(id -> id != applicationId).toList()).filter(t -> !t.isEmpty()).toList());
    }

    static String format(List<List<Long>> tiers) {
        return tiers.stream().map(t -> t.stream().map(String::valueOf).collect(Collectors.joining(",")))
                .collect(Collectors.joining("|"));
    }

    static List<List<Long>> parse(String text) {
        if (text.isBlank()) {
            return List.of();
        }
        List<List<Long>> tiers = new ArrayList<>();
        for (String tier : text.split("\\|")) {
            tiers.add(Arrays.stream(tier.split(",")).map(Long::valueOf).toList());
        }
        return tiers;
    }
}
