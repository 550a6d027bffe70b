package no.rhf.servicemiljo.assessment.agenda;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.PrivateRatingService;
import no.rhf.servicemiljo.base.FieldValidationException;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.annotation.Transactional;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The meeting agenda from disagreement and its export; rolls back. */
@Transactional
class MeetingAgendaServiceTest extends ServiceTest {

    @Autowired
    MeetingAgendaService meetings;
    @Autowired
    PrivateRatingService privateRatings;
    @Autowired
    AssessmentService assessments;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theChairTurnsTheDisagreementIntoAnAgendaAndExportsIt() throws Exception {
        long report = jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id "
                + "where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'", Long.class);
        jdbc.update("update annual_report set status = 'UNDER_ASSESSMENT' where id = ?", report);
        signIn(TestUsers.ADMIN);
        long cycle = assessments.report(report).cycleId();
        privateRatings.setIndependentFirst(cycle, true);
        List<Criterion> criteria = assessments.criteria(cycle).stream().filter(c -> !c.retired()).toList();
        Criterion split = criteria.get(2);
        Criterion agreed = criteria.get(0);
        Criterion slight = criteria.get(1);
        rateAndSubmit(TestUsers.REFERENCE_MEMBER_VEST, List.of(agreed, slight, split), List.of("MET", "MET", "MET"));
        rateAndSubmit("kristin.moe", List.of(agreed, slight, split), List.of("MET", "PARTLY_MET", "NOT_MET"));
        rateAndSubmit(TestUsers.REFERENCE_MEMBER, List.of(agreed, slight, split), List.of("MET", "MET", "NOT_MET"));

        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertTrue(meetings.meetingOf(report).isEmpty(), "only the chair creates the meeting");
        signIn(TestUsers.REFERENCE_MEMBER);
        long meeting = meetings.meetingOf(report).orElseThrow();
        assertEquals(meeting, meetings.meetingOf(report).orElseThrow(), "one per chair and cycle");
        var spreads = meetings.disagreement(meeting);
        assertEquals(List.of(split.id(), slight.id(), agreed.id()),
                spreads.stream().filter(s -> s.reportId() == report).map(s -> s.criterion().id()).toList());

        assertEquals(2, meetings.addFromDisagreement(meeting), "the two criteria with disagreement");
        assertEquals(0, meetings.addFromDisagreement(meeting), "not twice");
        long free = meetings.addItem(meeting, "Budsjett og øvrige saker – æøå");
        assertEquals("assessment.error.required", assertThrows(FieldValidationException.class, () -> meetings.addItem(meeting, "  ")).getMessageKey());
        assertThrows(FieldValidationException.class, () -> meetings.addItem(meeting, "x".repeat(301)));
        meetings.move(free, -1);
        var items = meetings.meeting(meeting).items();
        assertEquals("Budsjett og øvrige saker – æøå", items.get(1).title());
        assertTrue(items.get(0).title().endsWith(split.position() + ". " + split.title()));
        meetings.removeItem(items.get(2).id());
        assertEquals(2, meetings.meeting(meeting).items().size());
        meetings.saveDetails(meeting, LocalDate.of(assessments.report(report).reportYear() + 1, 3, 14), "Haukeland, møterom Ærfugl");
        assertThrows(FieldValidationException.class, () -> meetings.saveDetails(meeting, LocalDate.of(2000, 1, 1), ""));

        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(meetings.docx(meeting)))) {
            List<String> headings = doc.getParagraphs().stream().filter(p -> p.getStyle() != null && p.getStyle().startsWith("Heading"))
                    .map(XWPFParagraph::getText).toList();
            assertEquals(List.of("Saksliste", "Uenighet per kriterium"), headings);
            String all = String.join("\n", doc.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertTrue(all.contains("Haukeland, møterom Ærfugl"));
            XWPFTable agenda = doc.getTables().get(0);
            assertEquals(3, agenda.getNumberOfRows(), "header and two items");
            assertEquals("Budsjett og øvrige saker – æøå", agenda.getRow(2).getCell(1).getText());
            assertEquals("2", agenda.getRow(1).getCell(2).getText(), "the range of the split criterion");
            assertEquals("0,94", agenda.getRow(1).getCell(3).getText(), "sd of 3, 1, 1");
            XWPFTable disagreement = doc.getTables().get(1);
            assertTrue(disagreement.getRow(1).getCell(4).getText().contains("Kristin Moe: Ikke oppfylt"));
        }
        String pdf = new String(meetings.pdf(meeting), 0, 5, StandardCharsets.ISO_8859_1);
        assertEquals("%PDF-", pdf);

        signIn(TestUsers.REFERENCE_MEMBER_VEST);
        assertEquals(2, meetings.meeting(meeting).items().size(), "members read the agenda");
        assertFalse(meetings.meeting(meeting).editable());
        assertThrows(AccessDeniedException.class, () -> meetings.addItem(meeting, "Fra et medlem"));
        assertThrows(AccessDeniedException.class, () -> meetings.removeItem(free));
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> meetings.meeting(meeting));
        signIn(TestUsers.COORDINATOR_SOR_OST);
        assertThrows(AccessDeniedException.class, () -> meetings.meeting(meeting));
    }

    private void rateAndSubmit(String user, List<Criterion> criteria, List<String> ratings) {
        signIn(user);
        for (int i = 0; i < criteria.size(); i++) {
            privateRatings.rate(report(), criteria.get(i).id(), ratings.get(i), "");
        }
        privateRatings.submit(report());
    }

    private long report() {
        return jdbc.queryForObject("select r.id from annual_report r join national_unit u on u.id = r.unit_id "
                + "where u.name_nb = 'Nasjonal behandlingstjeneste for gammaknivbehandling'", Long.class);
    }
}
