package no.rhf.servicemiljo.inbox;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.shell.ui.HomeView;
import no.rhf.servicemiljo.shell.ui.NavigationMenu;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;
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

/** Mine oppgaver is the home page of every role, with demo data and with nothing waiting. */
class InboxViewTest extends KaribuTest {

    static final List<String> ROLES = DeadlineAgreementTest.ROLES;

    @Autowired
    InboxService inbox;
    @Autowired
    JdbcTemplate jdbc;

    @ParameterizedTest
    @FieldSource("ROLES")
    void everyRoleLandsOnTheirInboxWithDemoData(String user) {
        login(user);
        _get(HomeView.class);
        _get(Section.class, spec -> spec.withId("inbox"));
        List<InboxItem> tasks = inbox.myTasks();
        if (tasks.isEmpty()) {
            assertEquals("Ingenting venter på deg.", _get(Paragraph.class, spec -> spec.withId("inbox-empty")).getText());
            assertTrue(_get(NavigationMenu.class).count("").isEmpty());
            return;
        }
        List<ListItem> items = _find(ListItem.class, spec -> spec.withClasses("sm-inbox-item"));
        assertEquals(tasks.size(), items.size(), user);
        assertEquals(tasks.size(), _get(NavigationMenu.class).count("").orElseThrow().value());
        // overdue first, each with a link straight to the place to act
        boolean seenOpen = false;
        for (ListItem item : items) {
            boolean overdue = item.getClassNames().contains("sm-overdue");
            assertFalse(overdue && seenOpen, user + ": overdue tasks come first");
            seenOpen |= !overdue;
            Anchor link = _get(item, Anchor.class);
            assertFalse(link.getHref().isBlank(), user + ": every task links to the place to act");
        }
        items.stream().filter(i -> i.getClassNames().contains("sm-overdue"))
                .forEach(i -> assertTrue(_get(i, Span.class, spec -> spec.withClasses("sm-overdue")).getText().startsWith("Forfalt"),
                        "overdue is worded as overdue"));
    }

    @Test
    void erikDahlSeesTheReportsWaitingForHisApprovalFirst() {
        login(TestUsers.REFERENCE_MEMBER_VEST);
        ListItem first = _get(UnorderedList.class, spec -> spec.withId("inbox-list")).getChildren()
                .map(ListItem.class::cast).findFirst().orElseThrow();
        assertEquals("Godkjenn vurdering", _get(first, Span.class, spec -> spec.withClasses("sm-inbox-item-kind")).getText());
        Anchor link = _get(first, Anchor.class);
        assertTrue(link.getHref().matches("reports/\\d+"), link.getHref());
        assertTrue(link.getText().startsWith("Godkjenning av vurderingen av"), link.getText());
    }

    @ParameterizedTest
    @FieldSource("ROLES")
    @Transactional
    void withNothingWaitingEveryRoleIsToldSo(String user) {
        // Everything done, in a transaction that is rolled back after the test.
        jdbc.update("delete from cycle_deadline");
        jdbc.update("update annual_report set status = 'APPROVED'");
        jdbc.update("update assessment_follow_up set done = true");
        jdbc.update("update handover_item set done_by = (select min(id) from app_user), done_at = now() where done_at is null");
        jdbc.update("update irf_round set phase = 'FROZEN', opens_on = opens_on - interval '2 years', "
                + "regional_deadline = regional_deadline - interval '2 years'");
        jdbc.update("update national_unit set term_end = null, funding_end = null, year_six_evaluation = null");
        login(user);
        _get(HomeView.class);
        assertEquals("Ingenting venter på deg.", _get(Paragraph.class, spec -> spec.withId("inbox-empty")).getText());
        assertTrue(_find(ListItem.class, spec -> spec.withClasses("sm-inbox-item")).isEmpty());
        assertTrue(_get(NavigationMenu.class).count("").isEmpty(), "no count in the navigation");
    }
}
