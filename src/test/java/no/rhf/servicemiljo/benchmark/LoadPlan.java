package no.rhf.servicemiljo.benchmark;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Who the load test's users are and what they must have stored, read from the app's database
 * ({@code -Dload.db}, user {@code -Dload.dbUser}, password {@code -Dload.dbPassword}): reports still open for
 * assessment with those who may edit each, the criteria, the dashboard's viewers; afterwards, each user's last
 * change as the database has it.
 */
final class LoadPlan {

    private LoadPlan() {
    }

    /** One simulated user's place: an assessment field pair, or the dashboard. */
    record Slot(String username, long report, long criterion, boolean owner) {
        boolean dashboard() {
            return report < 0;
        }
    }

    /** What one user did, to be checked against the database afterwards. */
    static final class Work {
        final Slot slot;
        volatile String lastRating;
        volatile String lastTyped;

        Work(Slot slot) {
            this.slot = slot;
        }
    }

    /**
     * The places of {@code n} users: assessment users fill the reports' criteria in turn (one reference group of up to
     * 7 per report, each on their own criterion, signed in as someone who may edit it), the rest open the dashboard.
     */
    static List<Slot> plan(int n, double dashboardShare) throws SQLException {
        List<Slot> slots = new ArrayList<>();
        int dashboards = (int) Math.round(n * dashboardShare);
        try (Connection db = database()) {
            Map<Long, List<String>> editors = new LinkedHashMap<>();
            try (ResultSet rows = db.createStatement().executeQuery("""
                    select r.id, (select string_agg(x.username, ',' order by x.username) from (
                        select u.username from app_user u where u.active and u.role = 'REGIONAL_COORDINATOR'
                            and u.region_id in (select t.region_id from health_trust t where t.id in (n.host_trust_id, n.second_host_trust_id))
                        union select u.username from reference_group_member m join app_user u on u.id = m.user_id
                            where u.active and m.unit_id = n.id and (m.ends_on is null or m.ends_on >= current_date)) x)
                    from annual_report r join national_unit n on n.id = r.unit_id
                    where r.status not in ('APPROVED', 'IN_SUMMARY') order by r.id""")) {
                while (rows.next()) {
                    String names = rows.getString(2);
                    editors.put(rows.getLong(1), names == null ? List.of("ingrid.haugen") : List.of(names.split(",")));
                }
            }
            List<Long> criteria = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery("""
                    select c.id from assessment_criterion c where not c.retired
                    and c.cycle_id = (select r.cycle_id from annual_report r group by r.cycle_id order by r.cycle_id desc limit 1)
                    order by c.position""")) {
                while (rows.next()) {
                    criteria.add(rows.getLong(1));
                }
            }
            List<Long> reports = new ArrayList<>(editors.keySet());
            int unique = reports.size() * criteria.size();
            for (int i = 0; i < n - dashboards; i++) {
                long report = reports.get(i / criteria.size() % reports.size());
                List<String> names = editors.get(report);
                slots.add(new Slot(names.get(i % criteria.size() % names.size()), report, criteria.get(i % criteria.size()), i < unique));
            }
            List<String> viewers = new ArrayList<>();
            try (ResultSet rows = db.createStatement().executeQuery(
                    "select username from app_user where active and role in ('ADMIN', 'REGIONAL_COORDINATOR', 'OBSERVER') order by id")) {
                while (rows.next()) {
                    viewers.add(rows.getString(1));
                }
            }
            for (int i = 0; i < dashboards; i++) {
                slots.add(new Slot(viewers.get(i % viewers.size()), -1, -1, false));
            }
        }
        return slots;
    }

    /** Every change each field's only user made is in the database: the last rating, the comment's typed end. */
    static String verify(List<Work> work) throws SQLException {
        int checked = 0;
        List<String> wrong = new ArrayList<>();
        try (Connection db = database(); var query = db.prepareStatement(
                "select value from assessment_value where report_id = ? and field_key = ?")) {
            for (Work w : work) {
                if (w.slot.dashboard() || !w.slot.owner()) {
                    continue;
                }
                if (w.lastRating != null) {
                    checked++;
                    String stored = value(query, w.slot.report(), "rating-" + w.slot.criterion());
                    if (!w.lastRating.equals(stored)) {
                        wrong.add("rating " + w.slot.report() + "/" + w.slot.criterion() + " is " + stored + ", not " + w.lastRating);
                    }
                }
                if (w.lastTyped != null) {
                    checked++;
                    String stored = value(query, w.slot.report(), "comment-" + w.slot.criterion());
                    if (stored == null || !stored.endsWith(w.lastTyped)) {
                        wrong.add("comment " + w.slot.report() + "/" + w.slot.criterion() + " does not end with '" + w.lastTyped + "'");
                    }
                }
            }
        }
        wrong.stream().limit(5).forEach(w -> System.out.println("not stored: " + w));
        return checked + " checked, " + wrong.size() + " wrong";
    }

    private static String value(PreparedStatement query, long report, String key) throws SQLException {
        query.setLong(1, report);
        query.setString(2, key);
        try (ResultSet row = query.executeQuery()) {
            return row.next() ? row.getString(1) : null;
        }
    }

    private static Connection database() throws SQLException {
        return DriverManager.getConnection(System.getProperty("load.db"), System.getProperty("load.dbUser", "postgres"),
                System.getProperty("load.dbPassword", "postgres"));
    }
}
