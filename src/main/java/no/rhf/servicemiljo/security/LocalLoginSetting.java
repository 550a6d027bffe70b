package no.rhf.servicemiljo.security;

import jakarta.annotation.security.RolesAllowed;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Whether everyone may sign in with a local password (stored in {@code app_setting}). When ADMIN turns it off,
 * only the break-glass administrators ({@code servicemiljo.sso.break-glass-users}) still may; everyone else
 * signs in through single sign-on.
 */
@Component
public class LocalLoginSetting {

    static final String NAME = "local-login-enabled";

    private final JdbcTemplate jdbc;
    private final SecurityAudit audit;
    private final SsoProperties sso;

    LocalLoginSetting(JdbcTemplate jdbc, SecurityAudit audit, SsoProperties sso) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.sso = sso;
    }

    @Transactional(readOnly = true)
    public boolean isEnabled() {
        return jdbc.query("select value from app_setting where name = ?", rs -> rs.next() ? rs.getString(1) : "true", NAME)
                .equals("true");
    }

    /** May this user name sign in with a local password now? Does not say whether the account exists. */
    public boolean allowsLocalLogin(String username) {
        return sso.isBreakGlass(username) || isEnabled();
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public void setEnabled(boolean enabled) {
        String admin = CurrentUser.require().username();
        jdbc.update("insert into app_setting (name, value, updated_at, updated_by) values (?, ?, now(), ?)"
                + " on conflict (name) do update set value = excluded.value, updated_at = now(), updated_by = excluded.updated_by",
                NAME, Boolean.toString(enabled), admin);
        audit.record(SecurityAudit.Kind.LOCAL_LOGIN_SETTING, admin, null, "local login " + (enabled ? "on" : "off"));
    }
}
