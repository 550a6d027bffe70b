package no.rhf.servicemiljo.ern;

import no.rhf.servicemiljo.organisation.Region;

import java.util.List;
import java.util.Map;

/**
 * The national picture: per ERN the memberships (ended ones included, marked by their status), and per
 * region how many of its units take part (full members and affiliated partners) and in how many networks.
 */
public record ErnOverview(Map<String, List<ErnMembership>> byNetwork, List<RegionCount> regions) {

    public record RegionCount(Region region, long memberships, long units, long networks, long applicants) {
    }
}
