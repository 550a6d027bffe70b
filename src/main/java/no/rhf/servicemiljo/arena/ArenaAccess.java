package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.leadership.LeadershipService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.Role;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Who organises what: a regional node's coordinator organises their own region's arenas; national events are organised
 * by ADMIN and by the coordinators of the region that leads the service environment now (the leadership module).
 */
@Component
class ArenaAccess {

    /** Those who follow the whole service environment see every published event, whatever its audience. */
    static final Set<Role> SEE_ALL = EnumSet.of(Role.ADMIN, Role.REGIONAL_COORDINATOR, Role.OBSERVER);

    private final LeadershipService leadership;

    ArenaAccess(LeadershipService leadership) {
        this.leadership = leadership;
    }

    /** The region that leads today, if any. */
    Optional<Short> leadingRegion() {
        return leadership.status().current().map(p -> p.getRegion().getId());
    }

    /** Whether the user may organise events of this organiser region (null: national). */
    boolean mayOrganise(AppUserPrincipal user, Short organiserRegionId) {
        if (user.role() == Role.ADMIN) {
            return true;
        }
        if (user.role() != Role.REGIONAL_COORDINATOR || user.regionId() == null) {
            return false;
        }
        return organiserRegionId == null
                ? leadingRegion().filter(user.regionId()::equals).isPresent()
                : Objects.equals(organiserRegionId, user.regionId());
    }

    void requireOrganiser(AppUserPrincipal user, Short organiserRegionId) {
        if (!mayOrganise(user, organiserRegionId)) {
            throw new AccessDeniedException(organiserRegionId == null
                    ? "Bare ADMIN og koordinatorene i regionen som leder, organiserer nasjonale arrangementer"
                    : "En regional node organiserer bare sin egen regions arrangementer");
        }
    }

    static boolean seesAll(AppUserPrincipal user) {
        return SEE_ALL.contains(user.role());
    }
}
