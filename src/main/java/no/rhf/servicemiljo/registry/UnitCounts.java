package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.organisation.Region;

import java.util.List;
import java.util.Map;

/**
 * Units in operation per host region and kind, as in the service environment's overview table.
 * A multi-regional service counts in each of its two regions, but once in the totals.
 */
public record UnitCounts(List<Region> regions, Map<Short, Map<UnitKind, Long>> byRegion, Map<UnitKind, Long> totalsByKind) {

    public long count(Region region, UnitKind kind) {
        return byRegion.getOrDefault(region.getId(), Map.of()).getOrDefault(kind, 0L);
    }

    public long regionTotal(Region region) {
        return byRegion.getOrDefault(region.getId(), Map.of()).values().stream().mapToLong(Long::longValue).sum();
    }

    public long total(UnitKind kind) {
        return totalsByKind.getOrDefault(kind, 0L);
    }

    public long grandTotal() {
        return totalsByKind.values().stream().mapToLong(Long::longValue).sum();
    }
}
