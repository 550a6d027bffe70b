package no.rhf.servicemiljo.reminder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** SQL for reminder rules, users' preferences and opt-outs, and calendar feed tokens. */
@Repository
class ReminderSettings {

    private final JdbcClient jdbc;

    ReminderSettings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- rules

    Map<String, ReminderRule> rules() {
        Map<String, ReminderRule> rules = new LinkedHashMap<>();
        jdbc.sql("select kind, offsets, overdue_every_days, overdue_until_days, mandatory, enabled from reminder_rule order by kind")
                .query(this::mapRule).list().forEach(r -> rules.put(r.kind(), r));
        return rules;
    }

    Optional<ReminderRule> rule(String kind) {
        return jdbc.sql("select kind, offsets, overdue_every_days, overdue_until_days, mandatory, enabled from reminder_rule where kind = ?")
                .param(kind).query(this::mapRule).optional();
    }

    void saveRule(ReminderRule rule, long userId, Instant at) {
        jdbc.sql("""
                insert into reminder_rule (kind, offsets, overdue_every_days, overdue_until_days, mandatory, enabled, updated_at, updated_by)
                values (?, ?, ?, ?, ?, ?, ?, ?)
                on conflict (kind) do update set offsets = excluded.offsets, overdue_every_days = excluded.overdue_every_days,
                    overdue_until_days = excluded.overdue_until_days, mandatory = excluded.mandatory, enabled = excluded.enabled,
                    updated_at = excluded.updated_at, updated_by = excluded.updated_by
                """).params(rule.kind(), rule.offsetsText(), rule.overdueEveryDays(), rule.overdueUntilDays(), rule.mandatory(),
                rule.enabled(), Timestamp.from(at), userId).update();
    }

    private ReminderRule mapRule(ResultSet rs, int row) throws SQLException {
        String offsets = rs.getString(2);
        List<Integer> parsed = offsets == null || offsets.isBlank() ? List.of()
                : Arrays.stream(offsets.split(",")).map(String::strip).map(Integer::valueOf).toList();
        return new ReminderRule(rs.getString(1), parsed, (Integer) rs.getObject(3), (Integer) rs.getObject(4),
                rs.getBoolean(5), rs.getBoolean(6));
    }

    // ---- preferences

    /** The rules and everyone's preferences in three statements. */
    ReminderPolicy policy(List<Integer> defaultOffsets) {
        Set<Long> weekly = new HashSet<>(jdbc.sql("select user_id from reminder_preference where delivery = 'WEEKLY'")
                .query(Long.class).list());
        Map<Long, Set<String>> optOuts = new HashMap<>();
        jdbc.sql("select user_id, kind from reminder_opt_out")
                .query(rs -> { optOuts.computeIfAbsent(rs.getLong(1), u -> new HashSet<>()).add(rs.getString(2)); });
        return new ReminderPolicy(rules(), defaultOffsets, weekly, optOuts);
    }

    ReminderPreferences preferences(long userId) {
        ReminderDelivery delivery = jdbc.sql("select delivery from reminder_preference where user_id = ?").param(userId)
                .query(String.class).optional().map(ReminderDelivery::valueOf).orElse(ReminderDelivery.EACH);
        Set<String> optedOut = new TreeSet<>(jdbc.sql("select kind from reminder_opt_out where user_id = ?").param(userId)
                .query(String.class).list());
        return new ReminderPreferences(delivery, optedOut);
    }

    void setDelivery(long userId, ReminderDelivery delivery, Instant at) {
        jdbc.sql("""
                insert into reminder_preference (user_id, delivery, updated_at) values (?, ?, ?)
                on conflict (user_id) do update set delivery = excluded.delivery, updated_at = excluded.updated_at
                """).params(userId, delivery.name(), Timestamp.from(at)).update();
    }

    void setOptOut(long userId, String kind, boolean optOut, Instant at) {
        if (optOut) {
            jdbc.sql("insert into reminder_opt_out (user_id, kind, created_at) values (?, ?, ?) on conflict do nothing")
                    .params(userId, kind, Timestamp.from(at)).update();
        } else {
            jdbc.sql("delete from reminder_opt_out where user_id = ? and kind = ?").params(userId, kind).update();
        }
    }

    /** Who has already had (or is being sent) the digest of the week starting {@code monday}. */
    Set<Long> digestedUsers(LocalDate monday) {
        return new HashSet<>(jdbc.sql("select distinct recipient_id from reminder_outbox where digest_week = ? and status <> 'PENDING'")
                .param(monday).query(Long.class).list());
    }

    // ---- calendar feed tokens

    void saveFeedToken(long userId, String tokenHash, Instant at) {
        jdbc.sql("""
                insert into calendar_feed_token (user_id, token_hash, created_at) values (?, ?, ?)
                on conflict (user_id) do update set token_hash = excluded.token_hash, created_at = excluded.created_at
                """).params(userId, tokenHash, Timestamp.from(at)).update();
    }

    Optional<Instant> feedCreatedAt(long userId) {
        return jdbc.sql("select created_at from calendar_feed_token where user_id = ?").param(userId)
                .query((rs, n) -> rs.getTimestamp(1).toInstant()).optional();
    }

    void deleteFeedToken(long userId) {
        jdbc.sql("delete from calendar_feed_token where user_id = ?").param(userId).update();
    }

    Optional<Long> feedOwner(String tokenHash) {
        return jdbc.sql("select t.user_id from calendar_feed_token t join app_user u on u.id = t.user_id where t.token_hash = ? and u.active")
                .param(tokenHash).query(Long.class).optional();
    }
}
