package no.rhf.servicemiljo.leadership;

import no.rhf.servicemiljo.organisation.Region;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** The default rotation: periods of a fixed number of years, the regions taking turns in a set order. */
public final class RotationPlan {

    public record PlannedPeriod(Region region, LocalDate startsOn, LocalDate endsOn) {
    }

    private RotationPlan() {
    }

    public static List<PlannedPeriod> generate(List<Region> order, LocalDate firstStart, int periodYears, int periods) {
        if (order.isEmpty() || periodYears < 1) {
            throw new IllegalArgumentException("A rotation needs regions and a period of at least one year");
        }
        List<PlannedPeriod> plan = new ArrayList<>();
        LocalDate start = firstStart;
        for (int i = 0; i < periods; i++) {
            LocalDate next = start.plusYears(periodYears);
            plan.add(new PlannedPeriod(order.get(i % order.size()), start, next.minusDays(1)));
            start = next;
        }
        return plan;
    }
}
