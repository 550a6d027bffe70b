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

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

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
            liveUpdates.onDataChanged(new ReportChanged(7, 1));
            MockVaadin.runUIQueue();
            liveUpdates.onDataChanged(new UnitChanged(3));
            MockVaadin.runUIQueue();
            assertEquals(2, reports.get(), "the report list hears about reports and units");
            assertEquals(0, leadership.get(), "the leadership page is left alone");
            assertEquals(2, everything.get(), "a screen registered for everything hears everything");
        } finally {
            for (Registration registration : registrations) {
                registration.remove();
            }
        }
    }

    @Test
    void aChangeAboutAnotherRecordLeavesTheScreenAlone() {
        UI ui = UI.getCurrent();
        AtomicInteger cycleOne = new AtomicInteger();
        Registration registration = liveUpdates.register(ui, cycleOne::incrementAndGet,
                List.of(LiveUpdates.when(ReportChanged.class, change -> change.inCycle(1))));
        try {
            liveUpdates.onDataChanged(new ReportChanged(7, 2));
            liveUpdates.onDataChanged(new UnitChanged(3));
            MockVaadin.runUIQueue();
            assertEquals(0, cycleOne.get(), "a report of cycle 2 and a unit are not what the screen of cycle 1 shows");
            liveUpdates.onDataChanged(new ReportChanged(8, 1));
            MockVaadin.runUIQueue();
            assertEquals(1, cycleOne.get());
        } finally {
            registration.remove();
        }
    }

    @Test
    void aBurstOfChangesGivesOneRefreshPerScreen() {
        UI ui = UI.getCurrent();
        AtomicInteger refreshes = new AtomicInteger();
        Registration registration = liveUpdates.register(ui, refreshes::incrementAndGet, ReportChanged.class);
        try {
            for (int i = 0; i < 20; i++) {
                liveUpdates.onDataChanged(new ReportChanged(i, 1));
            }
            MockVaadin.runUIQueue();
            assertEquals(1, refreshes.get(), "twenty changes before the screen could refresh give one refresh");
        } finally {
            registration.remove();
        }
    }

    @Test
    void twoRefreshesOfAScreenAreAtLeastTheIntervalApart() {
        UI ui = UI.getCurrent();
        AtomicLong now = new AtomicLong(1_000_000);
        LiveUpdates spaced = new LiveUpdates((HazelcastInstance) null, 60_000, now::get);
        AtomicInteger refreshes = new AtomicInteger();
        Registration registration = spaced.register(ui, refreshes::incrementAndGet, ReportChanged.class);
        try {
            spaced.onDataChanged(new ReportChanged(1, 1));
            MockVaadin.runUIQueue();
            assertEquals(1, refreshes.get(), "the first change refreshes at once");
            now.addAndGet(1_000);
            spaced.onDataChanged(new ReportChanged(2, 1));
            spaced.onDataChanged(new ReportChanged(3, 1));
            MockVaadin.runUIQueue();
            assertEquals(1, refreshes.get(), "changes within the interval wait for its end");
        } finally {
            registration.remove();
            spaced.stop();
        }
    }

    @Test
    void changesWithinTheIntervalAreShownInOneRefreshAtItsEnd() throws InterruptedException {
        UI ui = UI.getCurrent();
        AtomicLong now = new AtomicLong(1_000_000);
        LiveUpdates spaced = new LiveUpdates((HazelcastInstance) null, 300, now::get);
        AtomicInteger refreshes = new AtomicInteger();
        Registration registration = spaced.register(ui, refreshes::incrementAndGet, ReportChanged.class);
        try {
            spaced.onDataChanged(new ReportChanged(1, 1));
            MockVaadin.runUIQueue();
            now.addAndGet(200);
            spaced.onDataChanged(new ReportChanged(2, 1));
            spaced.onDataChanged(new ReportChanged(3, 1));
            for (int i = 0; i < 100 && refreshes.get() < 2; i++) {
                Thread.sleep(50);
                MockVaadin.runUIQueue();
            }
            assertEquals(2, refreshes.get(), "the two changes within the interval come as one refresh at its end");
        } finally {
            registration.remove();
            spaced.stop();
        }
    }

    @Test
    void oneNodeStartsNoClusterAndOpensNoClusterPort() {
        assertTrue(applicationContext.getBeansOfType(HazelcastInstance.class).isEmpty());
        assertTrue(Hazelcast.getAllHazelcastInstances().isEmpty(), "no Hazelcast member in this JVM");
        assertInstanceOf(LocalBackend.class, collaboration.getBackend(), "Collaboration Engine keeps its topics in memory");
    }
}
