package no.rhf.servicemiljo.leadership;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.util.List;

/**
 * Earmarked grants per region and year, and the share that funds the service environment's support
 * functions (configurable between 2 and 4 %, {@code servicemiljo.support-share-percent}).
 */
@Service
@Transactional(readOnly = true)
public class FundingService {

    private final RegionalFundingRepository funding;
    private final ApplicationEventPublisher events;
    private final BigDecimal sharePercent;

    FundingService(RegionalFundingRepository funding, ApplicationEventPublisher events,
                   FundingProperties settings) {
        this.funding = funding;
        this.events = events;
        this.sharePercent = settings.supportSharePercent(); // 2-4 %, validated at start
    }

    @PermitAll
    public BigDecimal sharePercent() {
        return sharePercent;
    }

    /** All years, newest first; within a year the regions in their usual order. */
    @PermitAll
    public List<RegionalFunding> all() {
        return funding.findAllByOrderByYearDescRegionSortOrder();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public RegionalFunding save(Region region, int year, BigDecimal earmarked, BigDecimal rareDiagnoses) {
        if (year < 2000 || year > 2100) {
            throw new FieldValidationException("year", "funding.error.year");
        }
        if (earmarked == null || earmarked.signum() < 0 || earmarked.compareTo(BigDecimal.valueOf(100_000)) > 0) {
            throw new FieldValidationException("earmarked", "funding.error.amount");
        }
        BigDecimal rare = rareDiagnoses == null ? BigDecimal.ZERO : rareDiagnoses;
        if (rare.signum() < 0 || rare.compareTo(earmarked) > 0) {
            throw new FieldValidationException("rareDiagnoses", "funding.error.rare");
        }
        RegionalFunding row = funding.findByRegionIdAndYear(region.getId(), year)
                .orElseGet(() -> funding.save(new RegionalFunding(region, year)));
        row.set(earmarked, rare);
        events.publishEvent(new LeadershipChanged());
        return row;
    }
}
