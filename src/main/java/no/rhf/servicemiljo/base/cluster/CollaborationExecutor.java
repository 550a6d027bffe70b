package no.rhf.servicemiljo.base.cluster;

import no.rhf.servicemiljo.base.collaboration.ClosedTabFailure;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads Collaboration Engine hands its topic changes to the screens with. Its own default (a fixed pool, one
 * thread per core) lets a failing task end its thread, with the stack trace on standard error and not in the log:
 * Collaboration Engine 7 does so whenever a change reaches a tab that is closing (its UI has lost its session, and
 * {@code ComponentConnectionContext} calls {@code access} on null) — 15–30 times for each closed tab in the load test.
 * Here a failing task is logged, that one ({@link ClosedTabFailure}) in one line at debug level, and the thread goes on. Not a Spring {@code Executor} bean on purpose:
 * Spring Boot would then drop its own task executor, which Spring Modulith's asynchronous listeners run on.
 */
final class CollaborationExecutor implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(CollaborationExecutor.class);

    private final ThreadPoolExecutor pool;

    CollaborationExecutor(int threads) {
        AtomicInteger count = new AtomicInteger();
        ThreadFactory named = task -> {
            Thread thread = new Thread(task, "collaboration-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
        pool = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), named) {
            @Override
            public void execute(Runnable task) {
                super.execute(() -> runLogged(task));
            }
        };
    }

    ExecutorService service() {
        return pool;
    }

    static void runLogged(Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            if (ClosedTabFailure.is(e)) {
                log.debug("A collaboration change for a tab that is closing was dropped: {}", e.toString());
            } else {
                log.warn("A collaboration task failed", e);
            }
        }
    }

    @Override
    public void destroy() {
        pool.shutdown();
    }
}
