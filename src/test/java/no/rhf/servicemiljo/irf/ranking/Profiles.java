package no.rhf.servicemiljo.irf.ranking;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/** Test helpers for writing ballots compactly. */
final class Profiles {

    private Profiles() {
    }

    /** Parses {@code "A>B=C>D"} (">" separates tiers, "=" ties inside a tier); {@code excluded} abstained. */
    static Ballot ballot(String voter, String spec, String... excluded) {
        List<Set<String>> tiers = spec.isBlank() ? List.of() : Arrays.stream(spec.split(">"))
                .map(tier -> Set.copyOf(Arrays.asList(tier.strip().split("\\s*=\\s*"))))
                .toList();
        return new Ballot(voter, tiers, Set.of(excluded));
    }

    /** {@code ballots(5, "A>B", 3, "B>A")}: count/spec pairs, voters named v1, v2, … */
    static List<Ballot> ballots(Object... countsAndSpecs) {
        List<Ballot> ballots = new ArrayList<>();
        for (int i = 0; i < countsAndSpecs.length; i += 2) {
            for (int k = 0; k < (Integer) countsAndSpecs[i]; k++) {
                ballots.add(ballot("v" + (ballots.size() + 1), (String) countsAndSpecs[i + 1]));
            }
        }
        return ballots;
    }

    static List<String> ids(String spaceSeparated) {
        return List.of(spaceSeparated.split(" "));
    }

    /** Candidates "c0", "c1", … */
    static List<String> candidates(int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            ids.add("c" + i);
        }
        return ids;
    }

    /**
     * A random ballot: a random order cut into random tiers, sometimes with the tail left unranked and
     * sometimes one application excluded.
     */
    static Ballot randomBallot(Random random, String voter, List<String> candidates) {
        List<String> shuffled = new ArrayList<>(candidates);
        Collections.shuffle(shuffled, random);
        Set<String> excluded = new HashSet<>();
        if (random.nextInt(5) == 0) {
            excluded.add(shuffled.removeLast());
        }
        int ranked = random.nextInt(4) == 0 ? random.nextInt(shuffled.size() + 1) : shuffled.size();
        List<Set<String>> tiers = new ArrayList<>();
        for (int i = 0; i < ranked; ) {
            int size = random.nextInt(4) == 0 ? Math.min(2, ranked - i) : 1;
            tiers.add(Set.copyOf(shuffled.subList(i, i + size)));
            i += size;
        }
        return new Ballot(voter, tiers, excluded);
    }

    /** The Tennessee capital example with 100 voters (42 Memphis, 26 Nashville, 15 Chattanooga, 17 Knoxville). */
    static final List<String> TENNESSEE = ids("Memphis Nashville Chattanooga Knoxville");

    static List<Ballot> tennessee() {
        return ballots(
                42, "Memphis>Nashville>Chattanooga>Knoxville",
                26, "Nashville>Chattanooga>Knoxville>Memphis",
                15, "Chattanooga>Knoxville>Nashville>Memphis",
                17, "Knoxville>Chattanooga>Nashville>Memphis");
    }

    /** The Schulze method example from Wikipedia: 45 voters, candidates A–E. */
    static List<Ballot> wikipediaSchulze() {
        return ballots(
                5, "A>C>B>E>D",
                5, "A>D>E>C>B",
                8, "B>E>D>A>C",
                3, "C>A>B>E>D",
                7, "C>A>E>B>D",
                2, "C>B>A>D>E",
                7, "D>C>E>B>A",
                8, "E>B>A>D>C");
    }

    /** Rock–paper–scissors: one ballot each A>B>C, B>C>A, C>A>B. */
    static List<Ballot> cycle() {
        return ballots(1, "A>B>C", 1, "B>C>A", 1, "C>A>B");
    }

    static List<Set<String>> tiers(String spec) {
        return ballot("x", spec).tiers();
    }
}
