package no.rhf.servicemiljo.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface RegionRepository extends JpaRepository<Region, Short> {
}
