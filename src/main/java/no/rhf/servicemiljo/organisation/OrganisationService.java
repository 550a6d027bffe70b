package no.rhf.servicemiljo.organisation;

import jakarta.annotation.security.PermitAll;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/** Read access to the reference data: regions and health trusts. Readable by every signed-in user. */
@Service
@PermitAll
@Transactional(readOnly = true)
public class OrganisationService {

    private final RegionRepository regions;
    private final HealthTrustRepository healthTrusts;
    private volatile List<Region> regionCache;

    OrganisationService(RegionRepository regions, HealthTrustRepository healthTrusts) {
        this.regions = regions;
        this.healthTrusts = healthTrusts;
    }

    /** Reference data that only Flyway changes: read once, then served from memory. */
    public List<Region> regions() {
        List<Region> cached = regionCache;
        if (cached == null) {
            cached = List.copyOf(regions.findAll(Sort.by("sortOrder")));
            regionCache = cached;
        }
        return cached;
    }

    public Region region(short id) {
        return regions.findById(id).orElseThrow();
    }

    public List<HealthTrust> healthTrusts() {
        return healthTrusts.findAll(Sort.by("region.sortOrder", "name"));
    }
}
