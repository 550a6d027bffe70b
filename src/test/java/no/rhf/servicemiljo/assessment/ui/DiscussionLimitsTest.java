package no.rhf.servicemiljo.assessment.ui;

import no.rhf.servicemiljo.TestReports;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.router.RouteParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.PlainDetails;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.function.BooleanSupplier;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The discussion's input: a message with NUL is sent cleaned, one longer than its column (4000) gets a Norwegian
 * notification and is neither sent nor stored; never the generic error.
 */
class DiscussionLimitsTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssessmentService assessments;

    private static void eventually(BooleanSupplier condition, String what) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what);
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            MockVaadin.runUIQueue();
        }
    }

    @Test
    void aNulIsCleanedAndATooLongMessageGetsANotificationAndIsNotStored() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        login(TestUsers.REFERENCE_MEMBER);
        UI.getCurrent().navigate(AssessmentView.class, new RouteParameters("id", String.valueOf(report)));
        PlainDetails discussion = _get(PlainDetails.class, spec -> spec.withId("assessment-discussion"));
        assertEquals(0, _find(MessageInput.class).size(), "the discussion is built when it is opened");
        discussion.setOpened(true);
        MessageInput input = _get(MessageInput.class, spec -> spec.withId("assessment-message-input"));
        eventually(input::isEnabled, "the input is enabled once the discussion's topic is active");
        int before = assessments.messages(report).size();

        ComponentUtil.fireEvent(input, new MessageInput.SubmitEvent(input, true, "x".repeat(AssessmentService.MAX_TEXT + 1)));
        MockVaadin.runUIQueue();
        NotificationsKt.expectNotifications(UI.getCurrent().getTranslation("assessment.error.text-length", AssessmentService.MAX_TEXT));
        assertEquals(before, assessments.messages(report).size(), "nothing stored");

        ComponentUtil.fireEvent(input, new MessageInput.SubmitEvent(input, true, "Ventetid\u0000 i Nord"));
        eventually(() -> assessments.messages(report).stream().anyMatch(m -> m.text().equals("Ventetid i Nord")),
                "the message is stored without its NUL");
        eventually(() -> discussion.getSummaryText().endsWith("det siste fra Anne Lie " + Formats.dateTime(assessments.messages(report).getLast().sentAt())),
                "its line names the latest message");
    }
}
