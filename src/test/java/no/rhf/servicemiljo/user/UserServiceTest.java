package no.rhf.servicemiljo.user;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserServiceTest extends ServiceTest {

    @Autowired
    UserService users;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    PasswordEncoder passwordEncoder;

    private UserDraft draft(String username, String email) {
        UserDraft draft = new UserDraft();
        draft.setUsername(username);
        draft.setFullName("Solveig Aas");
        draft.setEmail(email);
        draft.setRole(Role.REGIONAL_COORDINATOR);
        draft.setRegion(organisation.region(Region.HELSE_NORD));
        draft.setPassword("et-sikkert-passord");
        return draft;
    }

    private int userCount() {
        return jdbc.queryForObject("select count(*) from app_user", Integer.class);
    }

    @Test
    void adminCreatesAUserWithAHashedPassword() {
        signIn(TestUsers.ADMIN);
        AppUser created = users.create(draft("solveig.aas", "solveig.aas@helse-nord.example"));
        String hash = jdbc.queryForObject("select password_hash from app_user where id = ?", String.class, created.getId());
        assertTrue(passwordEncoder.matches("et-sikkert-passord", hash));
        assertEquals("Helse Nord", created.getRegion().getName());
    }

    @Test
    void duplicateUsernameIsRejectedAtTheFieldAndNothingIsStored() {
        signIn(TestUsers.ADMIN);
        int before = userCount();
        var error = assertThrows(FieldValidationException.class,
                () -> users.create(draft(TestUsers.COORDINATOR_VEST.toUpperCase(), "ny@helse.example")));
        assertEquals("username", error.getField());
        assertEquals("user.error.username-taken", error.getMessageKey());
        assertEquals(before, userCount());
    }

    @Test
    void invalidEmailIsRejectedAtTheFieldAndNothingIsStored() {
        signIn(TestUsers.ADMIN);
        int before = userCount();
        var error = assertThrows(FieldValidationException.class, () -> users.create(draft("ny.bruker", "ikke-en-adresse")));
        assertEquals("email", error.getField());
        assertEquals(before, userCount());
    }

    @Test
    void coordinatorWithoutRegionIsRejected() {
        signIn(TestUsers.ADMIN);
        UserDraft draft = draft("uten.region", "uten.region@helse.example");
        draft.setRegion(null);
        assertEquals("region", assertThrows(FieldValidationException.class, () -> users.create(draft)).getField());
    }

    @Test
    void nonAdminsCannotAdministerUsers() {
        for (String username : new String[]{TestUsers.COORDINATOR_SOR_OST, TestUsers.OBSERVER, TestUsers.IRF_MEMBER}) {
            signIn(username);
            assertThrows(AccessDeniedException.class, () -> users.create(draft("inntrenger", "x@helse.example")));
            assertThrows(AccessDeniedException.class, users::allUsers);
            assertThrows(AccessDeniedException.class, () -> users.setActive(1L, false));
        }
    }

    @Test
    void deactivatedUsersKeepTheirRowAndCannotSignIn() {
        signIn(TestUsers.ADMIN);
        AppUser created = users.create(draft("kortvarig", "kortvarig@helse.example"));
        users.setActive(created.getId(), false);
        assertFalse(userDetailsService.loadUserByUsername("kortvarig").isEnabled());
        assertEquals(1, jdbc.queryForObject("select count(*) from app_user where username = 'kortvarig'", Integer.class));
    }

    @Test
    void anAdminCannotDeactivateThemself() {
        signIn(TestUsers.ADMIN);
        long ownId = jdbc.queryForObject("select id from app_user where username = ?", Long.class, TestUsers.ADMIN);
        assertThrows(FieldValidationException.class, () -> users.setActive(ownId, false));
    }

    @Test
    void aShortOrCommonPasswordIsRefusedAtThePasswordField() {
        signIn(TestUsers.ADMIN);
        int before = userCount();
        UserDraft shortPassword = draft("kort.passord", "kort@helse.example");
        shortPassword.setPassword("elleve-tegn");
        var tooShort = assertThrows(FieldValidationException.class, () -> users.create(shortPassword));
        assertEquals("password", tooShort.getField());
        assertEquals("user.error.password", tooShort.getMessageKey());

        UserDraft common = draft("vanlig.passord", "vanlig@helse.example");
        common.setPassword("Passord12345!");
        var tooCommon = assertThrows(FieldValidationException.class, () -> users.create(common));
        assertEquals("password", tooCommon.getField());
        assertEquals("user.error.password-common", tooCommon.getMessageKey());
        assertEquals(before, userCount());
    }

    @Test
    void aNulCharacterTypedIntoAFieldIsCleanedNotAnError() {
        signIn(TestUsers.ADMIN);
        AppUser created = users.create(draft("nul.tegn", "nul.tegn@helse.example"));
        UserDraft change = draft("nul.tegn", "nul.tegn@helse.example");
        change.setFullName("Solveig\u0000 Aas");
        change.setPassword("");
        users.update(created.getId(), change);
        assertEquals("Solveig Aas", jdbc.queryForObject("select full_name from app_user where id = ?", String.class, created.getId()));
    }
}
