package no.rhf.servicemiljo.organisation;

import org.springframework.data.jpa.repository.JpaRepository;

interface HealthTrustRepository extends JpaRepository<HealthTrust, Integer> {
}
