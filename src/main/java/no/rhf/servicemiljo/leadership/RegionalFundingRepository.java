package no.rhf.servicemiljo.leadership;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface RegionalFundingRepository extends JpaRepository<RegionalFunding, Long> {

    @EntityGraph(attributePaths = "region")
    List<RegionalFunding> findAllByOrderByYearDescRegionSortOrder();

    Optional<RegionalFunding> findByRegionIdAndYear(short regionId, int year);
}
