package no.rhf.servicemiljo.website;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** SQL for the checklists and the answers (small tables, read whole per year). */
@Repository
class WebsiteRepository {

    private final JdbcClient jdbc;

    WebsiteRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<WebsiteYear> year(int year) {
        return jdbc.sql("select year, deadline from website_year where year = ?").param(year)
                .query((rs, n) -> new WebsiteYear(rs.getInt(1), rs.getObject(2, LocalDate.class))).optional();
    }

    List<WebsiteYear> years() {
        return jdbc.sql("select year, deadline from website_year order by year desc")
                .query((rs, n) -> new WebsiteYear(rs.getInt(1), rs.getObject(2, LocalDate.class))).list();
    }

    List<WebsiteYear> yearsWithDeadlineBetween(LocalDate from, LocalDate to) {
        return jdbc.sql("select year, deadline from website_year where deadline between ? and ?").params(from, to)
                .query((rs, n) -> new WebsiteYear(rs.getInt(1), rs.getObject(2, LocalDate.class))).list();
    }

    void insertYear(int year, LocalDate deadline) {
        jdbc.sql("insert into website_year (year, deadline) values (?, ?)").params(year, deadline).update();
    }

    void setDeadline(int year, LocalDate deadline) {
        jdbc.sql("update website_year set deadline = ? where year = ?").params(deadline, year).update();
    }

    Optional<Integer> latestYearBefore(int year) {
        return jdbc.sql("select max(year) from website_year where year < ?").param(year).query(Integer.class).optional();
    }

    List<WebsiteCriterion> criteria(int year) {
        return jdbc.sql("select * from website_criterion where year = ? order by position, id").param(year)
                .query(this::mapCriterion).list();
    }

    Optional<WebsiteCriterion> criterion(long id) {
        return jdbc.sql("select * from website_criterion where id = ?").param(id).query(this::mapCriterion).optional();
    }

    long insertCriterion(int year, int position, String text, boolean matchingPages) {
        return jdbc.sql("insert into website_criterion (year, position, text, matching_pages) values (?, ?, ?, ?) returning id")
                .params(year, position, text, matchingPages).query(Long.class).single();
    }

    void updateCriterion(long id, String text, boolean matchingPages) {
        jdbc.sql("update website_criterion set text = ?, matching_pages = ? where id = ?").params(text, matchingPages, id).update();
    }

    void setPosition(long id, int position) {
        jdbc.sql("update website_criterion set position = ? where id = ?").params(position, id).update();
    }

    void setRetired(long id, boolean retired) {
        jdbc.sql("update website_criterion set retired = ? where id = ?").params(retired, id).update();
    }

    List<WebsiteAnswer> answers(long unitId, int year) {
        return jdbc.sql("""
                        select a.* from website_answer a join website_criterion c on c.id = a.criterion_id
                        where a.unit_id = ? and c.year = ?""").params(unitId, year).query(this::mapAnswer).list();
    }

    List<WebsiteAnswer> answersOfYear(int year) {
        return jdbc.sql("select a.* from website_answer a join website_criterion c on c.id = a.criterion_id where c.year = ?")
                .param(year).query(this::mapAnswer).list();
    }

    void saveAnswer(long unitId, long criterionId, WebsiteAnswerDraft d, String username) {
        jdbc.sql("""
                        insert into website_answer (unit_id, criterion_id, result, link, second_link, note, updated_by)
                        values (?, ?, ?, ?, ?, ?, ?)
                        on conflict (unit_id, criterion_id) do update set result = excluded.result, link = excluded.link,
                            second_link = excluded.second_link, note = excluded.note, updated_at = now(),
                            updated_by = excluded.updated_by""")
                .params(unitId, criterionId, d.result().name(), d.link(), d.secondLink(), d.note(), username).update();
    }

    private WebsiteCriterion mapCriterion(ResultSet rs, int row) throws SQLException {
        return new WebsiteCriterion(rs.getLong("id"), rs.getInt("year"), rs.getInt("position"), rs.getString("text"),
                rs.getBoolean("matching_pages"), rs.getBoolean("retired"));
    }

    private WebsiteAnswer mapAnswer(ResultSet rs, int row) throws SQLException {
        return new WebsiteAnswer(rs.getLong("unit_id"), rs.getLong("criterion_id"), WebsiteResult.valueOf(rs.getString("result")),
                rs.getString("link"), rs.getString("second_link"), rs.getString("note"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
