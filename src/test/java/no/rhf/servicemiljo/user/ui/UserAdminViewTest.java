package no.rhf.servicemiljo.user.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.github.mvysny.kaributesting.v10.GridKt._size;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UserAdminViewTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void openView() {
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate(UserAdminView.class);
    }

    private int userCount() {
        return jdbc.queryForObject("select count(*) from app_user", Integer.class);
    }

    @SuppressWarnings("unchecked")
    private void fill(String username, String email) {
        _click(_get(Button.class, spec -> spec.withId("create-user")));
        _setValue(_get(TextField.class, spec -> spec.withLabel("Brukernavn")), username);
        _setValue(_get(TextField.class, spec -> spec.withLabel("Navn")), "Tone Fjeld");
        _setValue(_get(EmailField.class, spec -> spec.withLabel("E-post")), email);
        _setValue(_get(Select.class, spec -> spec.withLabel("Rolle")), Role.REGIONAL_COORDINATOR);
        ComboBox<Region> region = _get(ComboBox.class, spec -> spec.withLabel("Region (RHF)"));
        _setValue(region, region.getListDataView().getItems().filter(r -> r.getName().equals("Helse Vest")).findFirst().orElseThrow());
        _setValue(_get(PasswordField.class, spec -> spec.withLabel("Passord")), "et-sikkert-passord");
    }

    @Test
    void adminCreatesAUserThatAppearsInTheList() {
        @SuppressWarnings("unchecked")
        Grid<AppUser> grid = _get(Grid.class);
        int rowsBefore = _size(grid);
        fill("tone.fjeld", "tone.fjeld@helse-vest.example");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        assertEquals(rowsBefore + 1, _size(grid));
        assertEquals(1, jdbc.queryForObject("select count(*) from app_user where username = 'tone.fjeld'", Integer.class));
    }

    @Test
    void duplicateUsernameIsShownAtTheFieldAndNothingIsStored() {
        int before = userCount();
        fill(TestUsers.COORDINATOR_NORD, "ny.adresse@helse.example");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        TextField username = _get(TextField.class, spec -> spec.withLabel("Brukernavn"));
        assertTrue(username.isInvalid());
        assertEquals("Brukernavnet er allerede i bruk", username.getErrorMessage());
        assertEquals(before, userCount());
    }

    @Test
    void invalidEmailIsShownAtTheFieldAndNothingIsStored() {
        int before = userCount();
        fill("gyldig.navn", "ikke-en-e-post");
        _click(_get(Button.class, spec -> spec.withId("save-user")));
        EmailField email = _get(EmailField.class, spec -> spec.withLabel("E-post"));
        assertTrue(email.isInvalid());
        assertEquals("Skriv inn en gyldig e-postadresse", email.getErrorMessage());
        assertEquals(before, userCount());
        assertFalse(jdbc.queryForObject("select exists(select 1 from app_user where username = 'gyldig.navn')", Boolean.class));
    }

    @Test
    void adminTurnsLocalLoginOffAndTheChangeIsStoredAndAudited() {
        var checkbox = _get(com.vaadin.flow.component.checkbox.Checkbox.class, spec -> spec.withId("local-login-enabled"));
        assertTrue(checkbox.getValue());
        try {
            _setValue(checkbox, false);
            assertEquals("false", jdbc.queryForObject("select value from app_setting where name = 'local-login-enabled'", String.class));
            assertEquals("local login off", jdbc.queryForObject("select detail from security_event where kind = 'LOCAL_LOGIN_SETTING'"
                    + " order by id desc limit 1", String.class));
        } finally {
            jdbc.update("update app_setting set value = 'true' where name = 'local-login-enabled'");
        }
    }
}
