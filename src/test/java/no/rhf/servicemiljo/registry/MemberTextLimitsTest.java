package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A reference-group member's name (varchar(150)) and e-mail: NUL or too long gets a message at the field, nothing is stored. */
class MemberTextLimitsTest extends ServiceTest {

    @Autowired
    UnitService units;
    @Autowired
    ReferenceGroupService groups;

    private static MemberDraft draft(String name, String email) {
        MemberDraft d = new MemberDraft();
        d.setSeatType(SeatType.USER_REPRESENTATIVE);
        d.setPersonName(name);
        d.setEmail(email);
        d.setAppointedOn(LocalDate.now());
        return d;
    }

    @Test
    void aNulOnlyOrTooLongNameAndANulInTheEmailAreRefusedAtTheirFields() {
        signIn(TestUsers.ADMIN);
        NationalUnit unit = units.findAll(UnitFilter.ALL).stream().filter(u -> u.getStatus().inOperation()).findFirst().orElseThrow();
        int before = groups.group(unit.getId()).current().size();

        FieldValidationException empty = assertThrows(FieldValidationException.class, () -> groups.addMember(unit.getId(), draft("\u0000", "")));
        assertEquals("personName", empty.getField(), "a name that is only NUL is no name");
        assertEquals("personName", assertThrows(FieldValidationException.class,
                () -> groups.addMember(unit.getId(), draft("x".repeat(151), ""))).getField());
        FieldValidationException email = assertThrows(FieldValidationException.class,
                () -> groups.addMember(unit.getId(), draft("Kari Nordmann", "kari\u0000@example.no")));
        assertEquals("email", email.getField());

        assertEquals(before, groups.group(unit.getId()).current().size());
    }
}
