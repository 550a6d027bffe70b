package no.rhf.servicemiljo.dashboard;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.dom.Element;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.ui.HtmlTable;
import no.rhf.servicemiljo.dashboard.ui.DashboardView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Overdue on the dashboard: per region, with who is responsible and how late; late regions marked in the progress table. */
class OverduePanelTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void marteSolheimSeesEveryOverdueReportInHerRegionWithWhoIsResponsible() {
        short vest = jdbc.queryForObject("select id from region where name = 'Helse Vest'", Short.class);
        int overdueReports = jdbc.queryForObject("""
                select count(*) from annual_report r join reporting_cycle c on c.id = r.cycle_id join national_unit u on u.id = r.unit_id
                join health_trust h1 on h1.id = u.host_trust_id left join health_trust h2 on h2.id = u.second_host_trust_id
                where (h1.region_id = ? or h2.region_id = ?) and (
                      (r.status = 'EXPECTED' and c.due_on < current_date)
                   or (r.status in ('RECEIVED', 'UNDER_ASSESSMENT') and c.assessment_deadline < current_date)
                   or (r.status = 'ASSESSED' and c.approval_deadline < current_date))""", Integer.class, vest, vest);
        int overdueFollowUps = jdbc.queryForObject("select count(*) from assessment_follow_up where region_id = ? and not done and due_on < current_date",
                Integer.class, vest);
        assertTrue(overdueReports > 0, "the demo data has overdue reports in Helse Vest");

        login(TestUsers.COORDINATOR_VEST);
        UI.getCurrent().navigate(DashboardView.class);
        HtmlTable table = _get(HtmlTable.class, spec -> spec.withId("overdue-" + vest));
        assertEquals(overdueReports + overdueFollowUps, table.rowCount(), "every overdue report of the region");
        List<H4> headings = _find(H4.class);
        assertTrue(_get(H4.class, spec -> spec.withId("overdue-" + vest + "-heading")).getText().startsWith("Helse Vest"));
        assertEquals("overdue-" + vest + "-heading", headings.stream().filter(h -> h.getId().orElse("").startsWith("overdue-"))
                .findFirst().orElseThrow().getId().orElseThrow(), "her own region first");
        Element body = table.getElement().getChild(1);
        boolean someContact = false;
        for (int i = 0; i < body.getChildCount(); i++) {
            Element row = body.getChild(i);
            assertFalse(row.getChild(1).getText().isBlank(), "who is responsible");
            assertTrue(row.getChild(3).getText().startsWith("Forfalt"), row.getChild(3).getText());
            someContact |= row.getChild(1).getText().contains("Nina Kristiansen") || row.getChild(1).getText().contains("Marte Solheim");
        }
        assertTrue(someContact, "the contact or the coordinator is named");

        HtmlTable progress = _get(HtmlTable.class, spec -> spec.withId("report-progress-table"));
        Element firstRow = progress.getElement().getChild(1).getChild(0);
        assertEquals("Helse Vest", firstRow.getChild(0).getText());
        assertTrue(firstRow.getClassList().contains("sm-late-unit"), "a region with late reports is marked");
        assertTrue(_get(Paragraph.class, spec -> spec.withId("evaluation-state")).getText().startsWith("Evalueringen er forfalt"));
    }

    @Test
    @Transactional
    void whenNothingIsOverdueThePanelSaysSo() {
        jdbc.update("delete from cycle_deadline");
        jdbc.update("update annual_report set status = 'APPROVED'");
        jdbc.update("update assessment_follow_up set done = true");
        jdbc.update("update irf_round set phase = 'FROZEN'");
        jdbc.update("update national_unit set term_end = null, funding_end = null, year_six_evaluation = null");
        login(TestUsers.OBSERVER);
        UI.getCurrent().navigate(DashboardView.class);
        assertTrue(_find(Paragraph.class, spec -> spec.withClasses("sm-empty-state")).stream()
                .anyMatch(p -> p.getText().equals("Ingenting er forfalt.")));
        assertTrue(_find(HtmlTable.class, spec -> spec.withId("overdue-national")).isEmpty());
    }
}
