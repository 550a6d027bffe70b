package no.rhf.servicemiljo.user;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.PasswordPolicy;
import no.rhf.servicemiljo.security.Role;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** User accounts: administration (ADMIN only) and lookups other features need. */
@Service
@Transactional(readOnly = true)
public class UserService {

    public static final int MIN_PASSWORD_LENGTH = PasswordPolicy.MIN_LENGTH;
    public static final Set<String> SUPPORTED_LOCALES = Set.of("nb", "nn", "en");

    private final AppUserRepository users;
    private final PasswordEncoder passwordEncoder;
    private final Validator validator;

    UserService(AppUserRepository users, PasswordEncoder passwordEncoder, Validator validator) {
        this.users = users;
        this.passwordEncoder = passwordEncoder;
        this.validator = validator;
    }

    @RolesAllowed(Role.Names.ADMIN)
    public List<AppUser> allUsers() {
        return users.findAll().stream()
                .sorted(Comparator.comparing(AppUser::isActive).reversed().thenComparing(AppUser::getFullName))
                .toList();
    }

    @PermitAll
    public List<AppUser> activeUsers() {
        return users.findByActiveTrueOrderByFullName();
    }

    @PermitAll
    public List<AppUser> activeUsersWithRole(Role role) {
        return users.findByRoleAndActiveTrueOrderByFullName(role);
    }

    @PermitAll
    public Optional<AppUser> find(long id) {
        return users.findById(id);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AppUser create(UserDraft draft) {
        validate(draft, true);
        if (users.existsByUsernameIgnoreCase(draft.getUsername())) {
            throw new FieldValidationException("username", "user.error.username-taken");
        }
        AppUser user = new AppUser(draft.getUsername(), draft.getFullName(), draft.getEmail(),
                passwordEncoder.encode(draft.getPassword()), draft.getRole(), draft.getRegion());
        return users.save(user);
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AppUser update(long id, UserDraft draft) {
        validate(draft, false);
        AppUser user = users.findById(id).orElseThrow();
        if (!user.getUsername().equalsIgnoreCase(draft.getUsername())) {
            throw new FieldValidationException("username", "user.error.username-immutable");
        }
        if (user.getId() == CurrentUser.require().id() && draft.getRole() != Role.ADMIN) {
            throw new FieldValidationException("role", "user.error.cannot-demote-self");
        }
        user.setFullName(draft.getFullName());
        user.setEmail(draft.getEmail());
        user.setRole(draft.getRole());
        user.setRegion(draft.getRegion());
        if (!draft.getPassword().isEmpty()) {
            user.setPasswordHash(passwordEncoder.encode(draft.getPassword()));
        }
        return user;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public AppUser setActive(long id, boolean active) {
        AppUser user = users.findById(id).orElseThrow();
        if (!active && user.getId() == CurrentUser.require().id()) {
            throw new FieldValidationException("active", "user.error.cannot-deactivate-self");
        }
        user.setActive(active);
        return user;
    }

    /** Every user chooses their own language; it is remembered across sessions. */
    @PermitAll
    @Transactional
    public void changeOwnLocale(String locale) {
        if (!SUPPORTED_LOCALES.contains(locale)) {
            throw new FieldValidationException("locale", "user.error.locale");
        }
        users.findById(CurrentUser.require().id()).orElseThrow().setLocale(locale);
    }

    @PermitAll
    public String ownLocale() {
        return CurrentUser.get().flatMap(p -> users.findById(p.id())).map(AppUser::getLocale).orElse("nb");
    }

    /** The message (with the minimum length as {0}) for a password the policy refuses. */
    public static String passwordMessageKey(PasswordPolicy.Problem problem) {
        return switch (problem) {
            case TOO_SHORT -> "user.error.password";
            case COMMON -> "user.error.password-common";
            case CONTAINS_USERNAME -> "user.error.password-username";
        };
    }

    private void validate(UserDraft draft, boolean passwordRequired) {
        Set<ConstraintViolation<UserDraft>> violations = validator.validate(draft);
        if (!violations.isEmpty()) {
            ConstraintViolation<UserDraft> first = violations.iterator().next();
            String field = first.getPropertyPath().toString();
            throw new FieldValidationException(field, "user.error." + field);
        }
        if (draft.getRole() == Role.REGIONAL_COORDINATOR && draft.getRegion() == null) {
            throw new FieldValidationException("region", "user.error.region-required");
        }
        if (passwordRequired || !draft.getPassword().isEmpty()) {
            PasswordPolicy.check(draft.getUsername(), draft.getPassword()).ifPresent(problem -> {
                throw new FieldValidationException("password", passwordMessageKey(problem), MIN_PASSWORD_LENGTH);
            });
        }
    }
}
