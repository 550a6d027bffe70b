package no.rhf.servicemiljo.user.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import no.rhf.servicemiljo.security.LocalLoginSetting;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserDraft;
import no.rhf.servicemiljo.user.UserService;

import java.util.List;
import java.util.Locale;

/** User administration for national coordination: create, edit role and region, deactivate. */
@Route("users")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.users", order = 900, icon = "vaadin:users")
public class UserAdminView extends Section implements HasDynamicTitle {

    private final UserService userService;
    private final List<Region> regions;
    private final Grid<AppUser> grid = new Grid<>();
    private final TextField filter = new TextField();

    UserAdminView(UserService userService, OrganisationService organisationService, LocalLoginSetting localLogin) {
        this.userService = userService;
        this.regions = organisationService.regions();
        addClassName("sm-view");
        setId("user-admin");

        filter.setPlaceholder(getTranslation("user.filter"));
        filter.setPrefixComponent(VaadinIcon.SEARCH.create());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.addValueChangeListener(e -> refresh());
        Button create = new Button(getTranslation("user.create"), VaadinIcon.PLUS.create(), e -> openEditor(null));
        create.setId("create-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        grid.addColumn(AppUser::getFullName).setHeader(getTranslation("user.full-name")).setSortable(true).setFlexGrow(2);
        grid.addColumn(AppUser::getUsername).setHeader(getTranslation("user.username")).setSortable(true);
        grid.addColumn(AppUser::getEmail).setHeader(getTranslation("user.email")).setFlexGrow(2);
        grid.addColumn(u -> getTranslation("role." + u.getRole().name())).setHeader(getTranslation("user.role")).setSortable(true);
        grid.addColumn(u -> u.getRegion() == null ? "" : u.getRegion().getName()).setHeader(getTranslation("user.region")).setSortable(true);
        grid.addComponentColumn(this::statusBadge).setHeader(getTranslation("user.status"));
        grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.setEmptyStateText(getTranslation("user.empty"));
        grid.setHeight("70vh");

        // Single sign-on in production: ADMIN can close password sign-in for everyone but the break-glass administrators.
        Checkbox localLoginOpen = new Checkbox(getTranslation("security.local-login.label"), localLogin.isEnabled());
        localLoginOpen.setId("local-login-enabled");
        localLoginOpen.setHelperText(getTranslation("security.local-login.helper"));
        localLoginOpen.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                localLogin.setEnabled(e.getValue());
                Notifications.success(getTranslation(e.getValue() ? "security.local-login.saved-on" : "security.local-login.saved-off"));
            }
        });
        add(new HorizontalLayout(filter, create), localLoginOpen, grid);
        refresh();
    }

    private Span statusBadge(AppUser user) {
        Span badge = new Span(getTranslation(user.isActive() ? "user.active" : "user.inactive"));
        badge.getElement().getThemeList().add(user.isActive() ? "badge success" : "badge contrast");
        return badge;
    }

    private HorizontalLayout actions(AppUser user) {
        Button edit = new Button(getTranslation("common.edit"), e -> openEditor(user));
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        Button toggle = new Button(getTranslation(user.isActive() ? "user.deactivate" : "user.activate"), e -> confirmToggle(user));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
        return new HorizontalLayout(edit, toggle);
    }

    private void refresh() {
        String text = filter.getValue().trim().toLowerCase(Locale.ROOT);
        grid.setItems(userService.allUsers().stream()
                .filter(u -> text.isEmpty() || u.getFullName().toLowerCase(Locale.ROOT).contains(text)
                        || u.getUsername().contains(text) || u.getEmail().toLowerCase(Locale.ROOT).contains(text))
                .toList());
    }

    private void confirmToggle(AppUser user) {
        if (!user.isActive()) {
            userService.setActive(user.getId(), true);
            refresh();
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("user.deactivate.confirm.title", user.getFullName()));
        confirm.setText(getTranslation("user.deactivate.confirm.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("user.deactivate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                userService.setActive(user.getId(), false);
                Notifications.success(getTranslation("user.deactivated", user.getFullName()));
            } catch (FieldValidationException ex) {
                Notifications.error(getTranslation(ex.getMessageKey()));
            }
            refresh();
        });
        confirm.open();
    }

    private void openEditor(AppUser existing) {
        Dialog dialog = new Dialog();
        dialog.setId("user-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "user.create" : "user.edit"));
        UserForm form = new UserForm(regions, existing == null);
        form.read(existing == null ? new UserDraft() : UserDraft.of(existing));
        Button save = new Button(getTranslation("common.save"), e -> {
            UserDraft draft = form.writeIfValid();
            if (draft == null) {
                return;
            }
            try {
                AppUser saved = existing == null ? userService.create(draft) : userService.update(existing.getId(), draft);
                Notifications.success(getTranslation("user.saved", saved.getFullName()));
                dialog.close();
                refresh();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, form.fieldsByName());
            }
        });
        save.setId("save-user");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("common.cancel"), e -> dialog.close());
        dialog.add(form);
        dialog.getFooter().add(cancel, save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.users");
    }
}
