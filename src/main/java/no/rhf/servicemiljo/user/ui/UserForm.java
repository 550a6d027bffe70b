package no.rhf.servicemiljo.user.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.RegexpValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.PasswordPolicy;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.UserDraft;
import no.rhf.servicemiljo.user.UserService;

import java.util.List;
import java.util.Map;

/** The fields of a user, with the same rules the service checks again on the server. */
class UserForm extends FormLayout {

    final TextField username = new TextField();
    final TextField fullName = new TextField();
    final EmailField email = new EmailField();
    final Select<Role> role = new Select<>();
    final ComboBox<Region> region = new ComboBox<>();
    final PasswordField password = new PasswordField();

    private final Binder<UserDraft> binder = new Binder<>(UserDraft.class);

    UserForm(List<Region> regions, boolean newUser) {
        username.setLabel(getTranslation("user.username"));
        username.setReadOnly(!newUser);
        username.setHelperText(newUser ? getTranslation("user.username.helper") : null);
        fullName.setLabel(getTranslation("user.full-name"));
        email.setLabel(getTranslation("user.email"));
        // The field validates the address pattern itself; give that check our message too.
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("user.error.email")));
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        region.setLabel(getTranslation("user.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Region::getName);
        region.setClearButtonVisible(true);
        password.setLabel(getTranslation(newUser ? "user.password" : "user.password.new"));
        password.setHelperText(getTranslation("user.password.helper", UserService.MIN_PASSWORD_LENGTH));

        binder.forField(username).asRequired(getTranslation("user.error.username"))
                .withValidator(new RegexpValidator(getTranslation("user.error.username"), UserDraft.USERNAME_PATTERN))
                .bind(UserDraft::getUsername, UserDraft::setUsername);
        binder.forField(fullName).asRequired(getTranslation("user.error.fullName"))
                .withValidator(new StringLengthValidator(getTranslation("user.error.fullName"), 1, 120))
                .bind(UserDraft::getFullName, UserDraft::setFullName);
        binder.forField(email).asRequired(getTranslation("user.error.email"))
                .withValidator(new EmailValidator(getTranslation("user.error.email")))
                .bind(UserDraft::getEmail, UserDraft::setEmail);
        binder.forField(role).asRequired(getTranslation("user.error.role")).bind(UserDraft::getRole, UserDraft::setRole);
        binder.forField(region)
                .withValidator((value, context) -> value != null || role.getValue() != Role.REGIONAL_COORDINATOR
                        ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : com.vaadin.flow.data.binder.ValidationResult.error(getTranslation("user.error.region-required")))
                .bind(UserDraft::getRegion, UserDraft::setRegion);
        var passwordBinding = binder.forField(password);
        if (newUser) {
            passwordBinding = passwordBinding.asRequired(getTranslation("user.error.password", UserService.MIN_PASSWORD_LENGTH));
        }
        passwordBinding.withValidator((value, context) -> value.isEmpty() ? com.vaadin.flow.data.binder.ValidationResult.ok()
                        : PasswordPolicy.check(username.getValue(), value)
                        .map(problem -> com.vaadin.flow.data.binder.ValidationResult.error(
                                getTranslation(UserService.passwordMessageKey(problem), UserService.MIN_PASSWORD_LENGTH)))
                        .orElse(com.vaadin.flow.data.binder.ValidationResult.ok()))
                .bind(UserDraft::getPassword, UserDraft::setPassword);
        role.addValueChangeListener(e -> binder.validate());

        // The column limits of app_user; the service checks them too, with the message at the field.
        username.setMaxLength(60);
        fullName.setMaxLength(120);
        email.setMaxLength(200);
        add(username, fullName, email, role, region, password);
    }

    void read(UserDraft draft) {
        binder.readBean(draft);
    }

    /** Writes the fields into a new draft if they are valid; null (with messages at the fields) if not. */
    UserDraft writeIfValid() {
        UserDraft draft = new UserDraft();
        return binder.writeBeanIfValid(draft) ? draft : null;
    }

    Map<String, HasValidation> fieldsByName() {
        return Map.of("username", username, "fullName", fullName, "email", email, "role", role,
                "region", region, "password", password);
    }
}
