package no.rhf.servicemiljo.leadership;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * Demo leadership and funding: the default rotation from Helse Vest 2023–2024, a handover checklist
 * for every period (the nearest change partly done), and the 2022 earmarked grants from the service environment's
 * founding document.
 */
@Component
class LeadershipDemoData implements DemoDataSeeder {

    private final LeadershipPeriodRepository periods;
    private final HandoverItemRepository items;
    private final RegionalFundingRepository funding;
    private final OrganisationService organisation;
    private final UserService users;
    private final Clock clock;
    private final List<String> rotation;
    private final LocalDate firstStart;
    private final int periodYears;

    LeadershipDemoData(LeadershipPeriodRepository periods, HandoverItemRepository items, RegionalFundingRepository funding,
                       OrganisationService organisation, UserService users, Clock clock,
                       LeadershipProperties settings) {
        this.periods = periods;
        this.items = items;
        this.funding = funding;
        this.organisation = organisation;
        this.users = users;
        this.clock = clock;
        this.rotation = settings.rotation().stream().map(String::trim).toList();
        this.firstStart = settings.firstPeriodStart();
        this.periodYears = settings.periodYears();
    }

    @Override
    public int order() {
        return 500;
    }

    @Override
    @Transactional
    public void seed() {
        if (periods.count() > 0) {
            return;
        }
        List<Region> regions = organisation.regions();
        List<Region> order = rotation.stream()
                .map(code -> regions.stream().filter(r -> r.getCode().equals(code)).findFirst()
                        .orElseThrow(() -> new IllegalStateException("Unknown region code in rotation: " + code)))
                .toList();
        RotationPlan.generate(order, firstStart, periodYears, 8)
                .forEach(p -> periods.save(new LeadershipPeriod(p.region(), p.startsOn(), p.endsOn())));
        LocalDate today = LocalDate.now(clock);
        // Every period has its checklist from the start (as LeadershipService.savePeriod makes it). Past handovers
        // are done; of the one to work on now (the nearest change) the first items are ticked.
        LeadershipStatus status = LeadershipStatus.of(periods.findAllByOrderByStartsOn(), today);
        LeadershipPeriod handover = status.handover().orElse(null);
        for (LeadershipPeriod period : periods.findAllByOrderByStartsOn()) {
            boolean started = !period.getStartsOn().isAfter(today);
            boolean isHandover = handover != null && period.getId().equals(handover.getId());
            Region ticking = started ? period.getRegion() : status.current().map(LeadershipPeriod::getRegion).orElse(period.getRegion());
            AppUser coordinator = users.activeUsersWithRole(Role.REGIONAL_COORDINATOR).stream()
                    .filter(u -> u.getRegion().equals(ticking)).findFirst().orElse(null);
            int ticked = isHandover ? (started ? 4 : 2) : started ? LeadershipService.STANDARD_HANDOVER.size() : 0;
            for (int i = 0; i < LeadershipService.STANDARD_HANDOVER.size(); i++) {
                HandoverItem item = items.save(new HandoverItem(period, i + 1, LeadershipService.STANDARD_HANDOVER.get(i)));
                if (i < ticked && coordinator != null) {
                    LocalDate on = started ? period.getStartsOn().plusDays(10L * (i + 1)) : today.minusDays(ticked - i);
                    item.tick(coordinator, (on.isAfter(today) ? today : on).atStartOfDay(clock.getZone()).toInstant());
                }
            }
        }
        seedFunding(regions, 2022, new double[][]{{354.2, 232.7}, {36.9, 0}, {41, 0}, {76.3, 58.6}});
    }

    private void seedFunding(List<Region> regions, int year, double[][] amounts) {
        for (int i = 0; i < regions.size(); i++) {
            RegionalFunding row = new RegionalFunding(regions.get(i), year);
            row.set(BigDecimal.valueOf(amounts[i][0]), BigDecimal.valueOf(amounts[i][1]));
            funding.save(row);
        }
    }
}
