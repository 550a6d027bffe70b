package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ReferenceGroupServiceTest extends ServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    ReferenceGroupService groups;
    @Autowired
    OrganisationService organisation;

    private NationalUnit unitWithVacantRhfSeat() {
        return units.findAll(UnitFilter.ALL).stream()
                .filter(u -> u.getStatus().inOperation() && !u.getKind().isMultiRegional())
                .filter(u -> groups.group(u.getId()).vacancies().vacantRhfSeats().stream()
                        .anyMatch(r -> !u.hostRegions().contains(r)))
                .findFirst().orElseThrow();
    }

    private MemberDraft rhfMember(Region region, String name) {
        MemberDraft d = new MemberDraft();
        d.setSeatType(SeatType.RHF_REPRESENTATIVE);
        d.setRegion(region);
        d.setPersonName(name);
        d.setAppointedOn(LocalDate.now().minusDays(1));
        return d;
    }

    @Test
    void vacanciesAreShownAndFillingASeatRemovesIt() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = unitWithVacantRhfSeat();
        ReferenceGroup before = groups.group(unit.getId());
        Region vacant = before.vacancies().vacantRhfSeats().stream().filter(r -> !unit.hostRegions().contains(r)).findFirst().orElseThrow();
        groups.addMember(unit.getId(), rhfMember(vacant, "Siri Vaage"));
        ReferenceGroup after = groups.group(unit.getId());
        assertFalse(after.vacancies().vacantRhfSeats().contains(vacant));
        assertEquals(before.vacancies().count() - 1, after.vacancies().count());
    }

    @Test
    void theChairMustNotComeFromTheHostRegion() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = units.findAll(new UnitFilter(null, null, null, "avansert brannskadebehandling")).getFirst();
        Region host = unit.getHostTrust().getRegion();
        ReferenceGroupMember hostMember = groups.group(unit.getId()).current().stream()
                .filter(m -> m.getSeatType() == SeatType.RHF_REPRESENTATIVE && host.equals(m.getRegion()))
                .findFirst().orElseGet(() -> groups.addMember(unit.getId(), rhfMember(host, "Vertsregionens representant")));
        var error = assertThrows(FieldValidationException.class, () -> groups.appointChair(hostMember.getId()));
        assertEquals("member.error.chair-host-region", error.getMessageKey());
        assertEquals("Helse Vest", error.getArguments()[0]);
        assertFalse(groups.group(unit.getId()).current().stream().filter(m -> m.getId().equals(hostMember.getId()))
                .findFirst().orElseThrow().isChair());
    }

    @Test
    void aTakenSeatIsRejected() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = units.findAll(new UnitFilter(null, null, null, "epilepsikirurgi")).getFirst();
        ReferenceGroupMember existing = groups.group(unit.getId()).current().stream()
                .filter(m -> m.getSeatType() == SeatType.SERVICE_REPRESENTATIVE).findFirst().orElseThrow();
        MemberDraft d = new MemberDraft();
        d.setSeatType(SeatType.SERVICE_REPRESENTATIVE);
        d.setPersonName("Ny representant");
        d.setAppointedOn(LocalDate.now());
        assertEquals("member.error.seat-taken", assertThrows(FieldValidationException.class,
                () -> groups.addMember(unit.getId(), d)).getMessageKey());
        groups.endMembership(existing.getId(), LocalDate.now().minusDays(1));
        groups.addMember(unit.getId(), d);
        ReferenceGroup group = groups.group(unit.getId());
        assertTrue(group.former().stream().anyMatch(m -> m.getId().equals(existing.getId())), "history is kept");
    }

    @Test
    void coordinatorOfAnotherRegionCannotChangeTheGroup() {
        signIn(TestUsers.COORDINATOR_NORD);
        NationalUnit unit = units.findAll(new UnitFilter(null, null, null, "retinoblastom")).getFirst();
        assertThrows(AccessDeniedException.class,
                () -> groups.addMember(unit.getId(), rhfMember(organisation.region(Region.HELSE_NORD), "Inntrenger")));
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class,
                () -> groups.addMember(unit.getId(), rhfMember(organisation.region(Region.HELSE_NORD), "Inntrenger")));
    }
}
