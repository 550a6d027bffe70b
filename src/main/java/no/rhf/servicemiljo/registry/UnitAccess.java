package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import org.springframework.security.access.AccessDeniedException;

import java.util.Set;

/** Who may edit a unit and its reference group: ADMIN, or a coordinator of a host region. */
final class UnitAccess {

    private UnitAccess() {
    }

    static boolean mayEdit(AppUserPrincipal user, Set<Region> hostRegions) {
        return user.role() == Role.ADMIN || (user.role() == Role.REGIONAL_COORDINATOR
                && hostRegions.stream().anyMatch(r -> r.getId().equals(user.regionId())));
    }

    static void requireEditable(NationalUnit unit) {
        if (!mayEdit(CurrentUser.require(), unit.hostRegions())) {
            throw new AccessDeniedException("Unit " + unit.getId() + " is not hosted in the user's region");
        }
    }
}
