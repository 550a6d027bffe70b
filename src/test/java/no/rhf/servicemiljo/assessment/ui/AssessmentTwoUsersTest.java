package no.rhf.servicemiljo.assessment.ui;

import no.rhf.servicemiljo.TestReports;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.avatar.AvatarGroup;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.AssessmentService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import no.rhf.servicemiljo.base.coedit.CoEditedField;
import static com.github.mvysny.kaributesting.v10.ElementUtilsKt._fireDomEvent;
import static com.github.mvysny.kaributesting.v10.HasValueUtilsKt._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two users in one assessment without a browser (Karibu): each has their own UI on the assessment, each
 * sees the other in the avatars, a change by one reaches the other's screen, and so does "who is typing".
 * Collaboration Engine delivers to the other UI through UI.access, from its own threads, so each check
 * runs the UI's queue until the change has arrived (at most 10 s).
 */
class AssessmentTwoUsersTest extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AssessmentService assessments;

    /** A second UI in the mocked session, as a second browser window would have, signed in as {@code username}. */
    private UI openAs(String username, long report) {
        signIn(username);
        VaadinSession session = VaadinSession.getCurrent();
        UI ui = new UI();
        ui.getInternals().setSession(session);
        UI.setCurrent(ui);
        ui.doInit(VaadinRequest.getCurrent(), session.getNextUIid(), "ROOT");
        session.addUI(ui);
        ui.setLocale(no.rhf.servicemiljo.base.i18n.AppI18NProvider.NORWEGIAN);
        ui.navigate("reports/" + report);
        return ui;
    }

    private static <T> void eventually(UI ui, Supplier<T> actual, T expected) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        T seen;
        do {
            UI.setCurrent(ui);
            MockVaadin.runUIQueue();
            seen = actual.get();
            if (expected.equals(seen)) {
                return;
            }
            java.util.concurrent.locks.LockSupport.parkNanos(20_000_000L);
        } while (System.nanoTime() < deadline);
        assertEquals(expected, seen);
    }

    /** What the "who is typing here" line below a field says in the current UI ("" when it has none). */
    private static String editorsOf(String field) {
        return _find(Span.class, spec -> spec.withId("editor-" + field)).stream().map(Span::getText).findFirst().orElse("");
    }

    private static List<String> avatars() {
        return _get(AvatarGroup.class).getItems().stream().map(AvatarGroup.AvatarGroupItem::getName).sorted().toList();
    }

    @Test
    void aChangeByOneReachesTheOtherAndPresenceShowsBoth() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for kraniofaciale misdannelser");
        login(TestUsers.ADMIN);
        UI admin = UI.getCurrent();
        admin.navigate("reports/" + report);
        UI coordinator = openAs(TestUsers.COORDINATOR_SOR_OST, report);

        eventually(admin, AssessmentTwoUsersTest::avatars, List.of("Ingrid Haugen", "Lars Berg"));
        eventually(coordinator, AssessmentTwoUsersTest::avatars, List.of("Ingrid Haugen", "Lars Berg"));

        UI.setCurrent(coordinator);
        signIn(TestUsers.COORDINATOR_SOR_OST);
        _setValue(_get(TextArea.class, spec -> spec.withId("field-conclusion")), "Godt samarbeid med regionene – æøå");
        eventually(admin, () -> CoEditedField.of(_get(TextArea.class, spec -> spec.withId("field-conclusion"))).orElseThrow().text(),
                "Godt samarbeid med regionene – æøå");

        UI.setCurrent(admin);
        signIn(TestUsers.ADMIN);
        TextArea recommendation = _get(TextArea.class, spec -> spec.withId("field-recommendation"));
        tell(recommendation, "focus");
        // The line below a field is made when someone first types there: until then there is none.
        eventually(coordinator, () -> editorsOf("recommendation"), "Ingrid Haugen skriver her …");
        UI.setCurrent(admin);
        assertEquals("", editorsOf("recommendation"), "nobody is told they are typing themselves");
        tell(recommendation, "blur");
        eventually(coordinator, () -> editorsOf("recommendation"), "");
        UI.setCurrent(admin);

        assertEquals("Godt samarbeid med regionene – æøå", assessments.values(report).get("conclusion"), "stored, not only shown");
        assertEquals("Lars Berg", assessments.history(report, "conclusion").getFirst().author(), "credited to the one who typed");
    }

    /** What the browser's co-editing script tells the server when its user enters or leaves a text ({@code coedit.js}). */
    private static void tell(TextArea area, String kind) {
        tell(area, kind, detail -> { });
    }

    private static void tell(TextArea area, String kind, Consumer<ObjectNode> detail) {
        ObjectNode data = JsonNodeFactory.instance.objectNode();
        detail.accept(data.putObject("event.detail").put("kind", kind));
        _fireDomEvent(area.getElement(), new DomEvent(area.getElement(), "sm-coedit", data));
    }

    @Test
    void aMalformedMessageFromTheBrowserIsRefusedAtTheFieldAndStoresNothing() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for kraniofaciale misdannelser");
        login(TestUsers.ADMIN);
        UI.getCurrent().navigate("reports/" + report);
        TextArea conclusion = _get(TextArea.class, spec -> spec.withId("field-conclusion"));
        String before = storedConclusion(report);

        tell(conclusion, "no-such-kind"); // ignored
        tell(conclusion, "caret"); // no positions: counted as 0, nothing fails
        assertEquals(false, conclusion.isInvalid(), "what the server does not know is ignored");

        tell(conclusion, "edit", d -> d.put("op", "not an edit").put("version", 0).put("origin", "forged").put("seq", 1));
        assertEquals(true, conclusion.isInvalid(), "refused at the field");
        assertEquals(UI.getCurrent().getTranslation("coedit.error.stale"), conclusion.getErrorMessage());
        tell(conclusion, "edit"); // no operation, no version at all
        assertEquals(before, storedConclusion(report), "nothing stored");
    }

    private String storedConclusion(long report) {
        var text = assessments.texts(report).get("conclusion");
        return text == null ? "" : text.text();
    }
}
