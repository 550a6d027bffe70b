package no.rhf.servicemiljo.user;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.Role;

/**
 * What an administrator fills in to create or edit a user. Mutable so that a Vaadin binder can
 * edit it; the service validates it again on the server.
 */
public class UserDraft {

    public static final String USERNAME_PATTERN = "[a-z0-9._-]{3,60}";

    @NotBlank
    @Pattern(regexp = USERNAME_PATTERN)
    private String username = "";
    @NotBlank
    @Size(max = 120)
    private String fullName = "";
    @NotBlank
    @Email
    @Size(max = 200)
    private String email = "";
    @NotNull
    private Role role = Role.OBSERVER;
    private Region region;
    /** Only for new users, or to set a new password; blank keeps the old one. */
    private String password = "";

    public static UserDraft of(AppUser user) {
        UserDraft draft = new UserDraft();
        draft.username = user.getUsername();
        draft.fullName = user.getFullName();
        draft.email = user.getEmail();
        draft.role = user.getRole();
        draft.region = user.getRegion();
        return draft;
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username == null ? "" : username.trim().toLowerCase();
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName == null ? "" : fullName.trim();
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email == null ? "" : email.trim();
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Region getRegion() {
        return region;
    }

    public void setRegion(Region region) {
        this.region = region;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password == null ? "" : password;
    }
}
