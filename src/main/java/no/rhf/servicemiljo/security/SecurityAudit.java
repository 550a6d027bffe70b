package no.rhf.servicemiljo.security;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.List;

/**
 * The security audit (table {@code security_event}): failed and refused sign-ins, lockouts, roles and regions
 * set from a provider's groups, and changes of the login settings. Written in its own transaction so that an
 * entry survives the rollback of whatever caused it.
 */
@Component
public class SecurityAudit {

    public enum Kind {
        LOGIN_FAILED, LOGIN_REFUSED_THROTTLED, LOGIN_REFUSED_LOCAL_OFF, LOGIN_REFUSED_CROSS_SITE, ACCOUNT_LOCKED,
        ADDRESS_LOCKED, SSO_USER_CREATED, SSO_ROLE_CHANGED, SSO_NO_ACCESS, SSO_ACCOUNT_INACTIVE, LOCAL_LOGIN_SETTING
    }

    public record Entry(Instant occurredAt, Kind kind, String username, String address, String detail) {
    }

    private final JdbcTemplate jdbc;

    SecurityAudit(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void record(Kind kind, String username, String address, String detail) {
        jdbc.update("insert into security_event (kind, username, address, detail) values (?, ?, ?, ?)",
                kind.name(), clip(username, 200), clip(address, 100), clip(detail, 1000));
    }

    /** The newest entries about one user name (case-insensitive), newest first. */
    @Transactional(readOnly = true)
    public List<Entry> recentFor(String username, int limit) {
        return jdbc.query("select occurred_at, kind, username, address, detail from security_event"
                        + " where lower(username) = lower(?) order by id desc limit ?",
                (rs, i) -> new Entry(rs.getTimestamp(1).toInstant(), Kind.valueOf(rs.getString(2)), rs.getString(3),
                        rs.getString(4), rs.getString(5)), username, limit);
    }

    private static String clip(String value, int max) {
        if (value == null) {
            return null;
        }
        String clean = TextSafety.clean(value);
        return clean.length() <= max ? clean : clean.substring(0, max);
    }
}
