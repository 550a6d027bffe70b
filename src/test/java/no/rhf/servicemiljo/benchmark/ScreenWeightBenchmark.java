package no.rhf.servicemiljo.benchmark;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.StateNode;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import com.vaadin.flow.router.RouteParameters;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.TestReports;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.ui.AssessmentView;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.lang.reflect.Field;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What a screen holds on the server, counted exactly (no timing, no GC): the state nodes of Vaadin's tree for an
 * open screen, in all and by the component that owns them, so that a change that makes a screen heavier shows as a
 * number. Run: {@code ./mvnw test -Pbenchmark -Dtest=ScreenWeightBenchmark}.
 */
@Tag("benchmark")
class ScreenWeightBenchmark extends KaribuTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void stateNodesPerScreen() {
        long report = TestReports.of(jdbc, "Nasjonal behandlingstjeneste for avansert brannskadebehandling");
        login(TestUsers.REFERENCE_MEMBER);
        int home = print("home (layout)");
        UI.getCurrent().navigate(AssessmentView.class, new RouteParameters("id", String.valueOf(report)));
        int assessment = print("assessment " + report);
        assertTrue(assessment > home, "the assessment adds to the layout");
    }

    private static int print(String screen) {
        Map<String, Integer> byOwner = new TreeMap<>();
        int[] total = {0, 0};
        LISTENERS.clear();
        UI.getCurrent().getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
            total[0]++;
            total[1] += domListeners(node);
            byOwner.merge(owner(node), 1, Integer::sum);
        });
        System.out.println("\nState nodes, " + screen + ": " + total[0] + "; DOM event listeners: " + total[1]);
        byOwner.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(40)
                .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
        System.out.println("DOM event listeners by owner and event:");
        LISTENERS.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())).limit(12)
                .forEach(e -> System.out.printf("  %4d  %s%n", e.getValue(), e.getKey()));
        return total[0];
    }

    /** The DOM event listeners counted by {@link #print}, by owner and event ("TextArea sm-coedit"). */
    private static final Map<String, Integer> LISTENERS = new TreeMap<>();

    /** The DOM event listeners of a node (each holds its event data and is sent to the browser). */
    private static int domListeners(StateNode node) {
        if (!node.hasFeature(ElementListenerMap.class)) {
            return 0;
        }
        try {
            Field listeners = ElementListenerMap.class.getDeclaredField("listeners");
            listeners.setAccessible(true);
            Map<?, ? extends List<?>> byType = (Map<?, ? extends List<?>>) listeners.get(node.getFeatureIfInitialized(ElementListenerMap.class).orElse(null));
            if (byType != null) {
                byType.forEach((event, each) -> LISTENERS.merge(owner(node) + " " + event, each.size(), Integer::sum));
            }
            return byType == null ? 0 : byType.values().stream().mapToInt(List::size).sum();
        } catch (ReflectiveOperationException | NullPointerException e) {
            return 0; // not initialised, or Vaadin named it otherwise: counted as none
        }
    }

    private static String owner(StateNode node) {
        try {
            Element element = Element.get(node);
            if (element.isTextNode()) {
                return "(text of " + element.getParent().getComponent().map(c -> c.getClass().getSimpleName()).orElse(element.getParent().getTag()) + ")";
            }
            return element.getComponent().map(Component::getClass).map(Class::getSimpleName).orElse("<" + element.getTag() + ">");
        } catch (RuntimeException e) {
            return "(the tree's root)"; // the one node that is no element
        }
    }
}
