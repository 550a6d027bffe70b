package no.rhf.servicemiljo.base.cluster;

import no.rhf.servicemiljo.base.collaboration.ClosedTabFailure;
import org.junit.jupiter.api.Test;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Collaboration Engine's threads outlive a failing task: the next changes still reach the screens, on the same threads. */
class CollaborationExecutorTest {

    private static NullPointerException insideCollaborationEngine() {
        NullPointerException e = new NullPointerException("Cannot invoke \"VaadinSession.access(Command)\" because \"session\" is null");
        e.setStackTrace(new StackTraceElement[]{new StackTraceElement("com.vaadin.collaborationengine.ComponentConnectionContext",
                "lambda$flushPendingActionsIfActive$1", "ComponentConnectionContext.java", 322)});
        return e;
    }

    @Test
    void aFailingTaskNeitherEndsItsThreadNorStopsTheTasksAfterIt() throws InterruptedException {
        CollaborationExecutor executor = new CollaborationExecutor(1);
        try {
            Set<Thread> threads = ConcurrentHashMap.newKeySet();
            CountDownLatch done = new CountDownLatch(3);
            executor.service().execute(() -> {
                threads.add(Thread.currentThread());
                done.countDown();
                throw insideCollaborationEngine();
            });
            executor.service().execute(() -> {
                threads.add(Thread.currentThread());
                done.countDown();
                throw new IllegalStateException("any other failure");
            });
            executor.service().execute(() -> {
                threads.add(Thread.currentThread());
                done.countDown();
            });
            assertThat(done.await(10, TimeUnit.SECONDS)).as("every task ran").isTrue();
            assertThat(threads).as("one thread did all three: none ended").hasSize(1);
            assertThat(threads.iterator().next().getName()).isEqualTo("collaboration-1");
        } finally {
            executor.destroy();
        }
        assertThat(executor.service().awaitTermination(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void onlyCollaborationEnginesOwnNullPointersCountAsAClosedTab() {
        assertThat(ClosedTabFailure.is(insideCollaborationEngine())).isTrue();
        assertThat(ClosedTabFailure.is(new NullPointerException("ours"))).as("thrown here, in the app's code").isFalse();
        NullPointerException fastThrow = new NullPointerException();
        fastThrow.setStackTrace(new StackTraceElement[0]);
        assertThat(ClosedTabFailure.is(fastThrow)).as("the JIT's preallocated one, after the race has happened often").isTrue();
        IllegalStateException other = new IllegalStateException();
        other.setStackTrace(insideCollaborationEngine().getStackTrace());
        assertThat(ClosedTabFailure.is(other)).as("not a null pointer").isFalse();
    }
}
