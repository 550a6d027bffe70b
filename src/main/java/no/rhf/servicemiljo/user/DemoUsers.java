package no.rhf.servicemiljo.user;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

/**
 * Demo users for every role, on the embedded default database only. They all share
 * {@link #PASSWORD}, which README.md documents.
 */
@Component
class DemoUsers implements DemoDataSeeder {

    static final String PASSWORD = "servicemiljo";

    record DemoUser(String username, String fullName, Role role, Short regionId) {
    }

    static final List<DemoUser> USERS = List.of(
            new DemoUser("ingrid.haugen", "Ingrid Haugen", Role.ADMIN, null),
            new DemoUser("lars.berg", "Lars Berg", Role.REGIONAL_COORDINATOR, Region.HELSE_SOR_OST),
            new DemoUser("marte.solheim", "Marte Solheim", Role.REGIONAL_COORDINATOR, Region.HELSE_VEST),
            new DemoUser("ola.aune", "Ola Aune", Role.REGIONAL_COORDINATOR, Region.HELSE_MIDT_NORGE),
            new DemoUser("sigrid.johansen", "Sigrid Johansen", Role.REGIONAL_COORDINATOR, Region.HELSE_NORD),
            new DemoUser("anne.lie", "Anne Lie", Role.REFERENCE_GROUP_MEMBER, Region.HELSE_SOR_OST),
            new DemoUser("erik.dahl", "Erik Dahl", Role.REFERENCE_GROUP_MEMBER, Region.HELSE_VEST),
            new DemoUser("kristin.moe", "Kristin Moe", Role.REFERENCE_GROUP_MEMBER, Region.HELSE_MIDT_NORGE),
            new DemoUser("tor.nilsen", "Tor Nilsen", Role.REFERENCE_GROUP_MEMBER, Region.HELSE_NORD),
            new DemoUser("hilde.bakken", "Hilde Bakken", Role.REFERENCE_GROUP_MEMBER, null),
            new DemoUser("bjorn.hansen", "Bjørn Hansen", Role.IRF_MEMBER, Region.HELSE_SOR_OST),
            new DemoUser("eva.strand", "Eva Strand", Role.IRF_MEMBER, Region.HELSE_VEST),
            new DemoUser("jon.lund", "Jon Lund", Role.IRF_MEMBER, Region.HELSE_MIDT_NORGE),
            new DemoUser("randi.pedersen", "Randi Pedersen", Role.IRF_MEMBER, Region.HELSE_NORD),
            new DemoUser("per.olsen", "Per Olsen", Role.SERVICE_CONTACT, Region.HELSE_SOR_OST),
            new DemoUser("nina.kristiansen", "Nina Kristiansen", Role.SERVICE_CONTACT, Region.HELSE_VEST),
            new DemoUser("hans.eriksen", "Hans Eriksen", Role.SERVICE_CONTACT, Region.HELSE_MIDT_NORGE),
            new DemoUser("mari.vik", "Mari Vik", Role.OBSERVER, null),
            new DemoUser("knut.hagen", "Knut Hagen", Role.OBSERVER, null));

    private final AppUserRepository users;
    private final OrganisationService organisation;
    private final PasswordEncoder passwordEncoder;

    DemoUsers(AppUserRepository users, OrganisationService organisation, PasswordEncoder passwordEncoder) {
        this.users = users;
        this.organisation = organisation;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    @Transactional
    public void seed() {
        String hash = null;
        for (DemoUser demo : USERS) {
            if (users.existsByUsernameIgnoreCase(demo.username())) {
                continue;
            }
            if (hash == null) {
                hash = passwordEncoder.encode(PASSWORD); // one hash for all: seeding stays fast
            }
            Region region = demo.regionId() == null ? null : organisation.region(demo.regionId());
            users.save(new AppUser(demo.username(), demo.fullName(), demo.username() + "@servicemiljo.example",
                    hash, demo.role(), region));
        }
    }
}
