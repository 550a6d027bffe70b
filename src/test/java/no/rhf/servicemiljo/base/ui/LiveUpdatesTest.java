package no.rhf.servicemiljo.base.ui;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.vaadin.collaborationengine.CollaborationEngineConfiguration;
import com.vaadin.collaborationengine.LocalBackend;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import no.rhf.servicemiljo.KaribuTest;
import no.rhf.servicemiljo.assessment.ReportChanged;
import no.rhf.servicemiljo.leadership.LeadershipChanged;
import no.rhf.servicemiljo.registry.UnitChanged;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A change refreshes only the screens that show that kind of change; on one node no cluster is involved at all. */
class LiveUpdatesTest extends KaribuTest {

    @Autowired
    LiveUpdates liveUpdates;

    @Autowired
    CollaborationEngineConfiguration collaboration;

    @Test
    void aChangeRefreshesOnlyTheScreensItConcerns() {
        UI ui = UI.getCurrent();
        AtomicInteger reports = new AtomicInteger();
        AtomicInteger leadership = new AtomicInteger();
        AtomicInteger everything = new AtomicInteger();
        Registration[] registrations = {
                liveUpdates.register(ui, reports::incrementAndGet, ReportChanged.class, UnitChanged.class),
                liveUpdates.register(ui, leadership::incrementAndGet, LeadershipChanged.class),
                liveUpdates.register(ui, everything::incrementAndGet)};
        try {
            liveUpdates.onDataChanged(new ReportChanged(7));
            liveUpdates.onDataChanged(new UnitChanged(3));
            MockVaadin.runUIQueue();
            assertEquals(2, reports.get(), "the report list hears about reports and units");
            assertEquals(0, leadership.get(), "the leadership page is left alone");
            assertEquals(2, everything.get(), "a dashboard hears everything");
        } finally {
            for (Registration registration : registrations) {
                registration.remove();
            }
        }
    }

    @Test
    void oneNodeStartsNoClusterAndOpensNoClusterPort() {
        assertTrue(applicationContext.getBeansOfType(HazelcastInstance.class).isEmpty());
        assertTrue(Hazelcast.getAllHazelcastInstances().isEmpty(), "no Hazelcast member in this JVM");
        assertInstanceOf(LocalBackend.class, collaboration.getBackend(), "Collaboration Engine keeps its topics in memory");
    }
}
