package no.rhf.servicemiljo.base.cluster;

import com.hazelcast.cluster.MembershipAdapter;
import com.hazelcast.collection.IList;
import com.hazelcast.collection.ItemEvent;
import com.hazelcast.collection.ItemListener;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceNotActiveException;
import com.hazelcast.map.IMap;
import com.vaadin.collaborationengine.Backend;
import com.vaadin.collaborationengine.MembershipEvent;
import com.vaadin.collaborationengine.MembershipEvent.MembershipEventType;
import com.vaadin.collaborationengine.MembershipListener;
import com.vaadin.flow.shared.Registration;

import java.io.Serial;
import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiConsumer;

/**
 * Collaboration Engine's topics shared by every app node through embedded Hazelcast: each topic's event
 * log is a Hazelcast list (one partition, so one total order for all nodes), snapshots are entries of a
 * Hazelcast map replaced only when the caller saw the current one, the node id is the Hazelcast member's,
 * and members joining or leaving are Collaboration Engine membership events (so a dead node's presence
 * and field highlights are cleared on the others).
 */
class HazelcastBackend extends Backend {

    /** One event of a topic's log. */
    record Event(UUID id, String payload) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    /** The latest snapshot of one name. */
    record StoredSnapshot(UUID id, String payload) implements Serializable {
        @Serial
        private static final long serialVersionUID = 1L;
    }

    private final HazelcastInstance hazelcast;
    private final IMap<String, StoredSnapshot> snapshots;
    private final UUID nodeId;

    HazelcastBackend(HazelcastInstance hazelcast) {
        this.hazelcast = hazelcast;
        this.snapshots = hazelcast.getMap("ce-snapshots");
        this.nodeId = hazelcast.getCluster().getLocalMember().getUuid();
    }

    /**
     * Runs a cluster operation unless this node's Hazelcast has already shut down: the servlet (and with it
     * Collaboration Engine's last clean-up of this node's connections) is destroyed after Spring's beans, and
     * the other nodes clear this node's connection-scoped entries themselves when it leaves.
     */
    static void whileActive(Runnable operation) {
        try {
            operation.run();
        } catch (HazelcastInstanceNotActiveException shuttingDown) {
            // this node is leaving the cluster
        }
    }

    @Override
    public EventLog openEventLog(String logId) {
        return new HazelcastEventLog(hazelcast.getList("ce-log-" + logId));
    }

    @Override
    public Registration addMembershipListener(MembershipListener listener) {
        UUID registration = hazelcast.getCluster().addMembershipListener(new MembershipAdapter() {
            @Override
            public void memberAdded(com.hazelcast.cluster.MembershipEvent event) {
                listener.handleMembershipEvent(new MembershipEvent(MembershipEventType.JOIN, event.getMember().getUuid(), getCollaborationEngine()));
            }

            @Override
            public void memberRemoved(com.hazelcast.cluster.MembershipEvent event) {
                listener.handleMembershipEvent(new MembershipEvent(MembershipEventType.LEAVE, event.getMember().getUuid(), getCollaborationEngine()));
            }
        });
        return () -> whileActive(() -> hazelcast.getCluster().removeMembershipListener(registration));
    }

    @Override
    public UUID getNodeId() {
        return nodeId;
    }

    @Override
    public CompletableFuture<Snapshot> loadLatestSnapshot(String name) {
        StoredSnapshot stored = snapshots.get(name);
        return CompletableFuture.completedFuture(stored == null ? null : new Snapshot(stored.id(), stored.payload()));
    }

    @Override
    public CompletableFuture<Void> replaceSnapshot(String name, UUID expectedId, UUID newId, String payload) {
        StoredSnapshot next = new StoredSnapshot(newId, payload);
        snapshots.lock(name);
        try {
            StoredSnapshot current = snapshots.get(name);
            if (Objects.equals(current == null ? null : current.id(), expectedId)) {
                snapshots.set(name, next);
            }
        } finally {
            snapshots.unlock(name);
        }
        return CompletableFuture.completedFuture(null);
    }

    /**
     * One topic's log. A subscriber first gets the events already in the list after the one it names, then
     * every event added, in the list's order. The item listener is registered before the list is read, so
     * nothing added in between is missed; events it reports that the read already delivered are skipped.
     */
    static final class HazelcastEventLog implements EventLog {

        private final IList<Event> log;

        HazelcastEventLog(IList<Event> log) {
            this.log = log;
        }

        @Override
        public void submitEvent(UUID id, String payload) {
            whileActive(() -> log.add(new Event(id, payload)));
        }

        @Override
        public Registration subscribe(UUID newerThan, BiConsumer<UUID, String> consumer) throws EventIdNotFoundException {
            Delivery delivery = new Delivery(consumer);
            UUID registration = log.addItemListener(delivery, true);
            try {
                delivery.catchUp(List.copyOf(log), newerThan);
            } catch (EventIdNotFoundException e) {
                log.removeItemListener(registration);
                throw e;
            }
            return () -> whileActive(() -> log.removeItemListener(registration));
        }

        @Override
        public void truncate(UUID olderThan) {
            if (olderThan == null) {
                log.clear();
                return;
            }
            List<Event> events = List.copyOf(log);
            for (int i = 0; i < events.size() && !events.get(i).id().equals(olderThan); i++) {
                log.remove(events.get(i));
            }
        }
    }

    /** Hands one subscriber its events once each, in order. */
    private static final class Delivery implements ItemListener<Event> {

        private final BiConsumer<UUID, String> consumer;
        /** Events delivered by the catch-up read, until the live events have passed them. */
        private Set<UUID> caughtUp;
        private boolean ready;
        private final List<Event> early = new java.util.ArrayList<>();

        Delivery(BiConsumer<UUID, String> consumer) {
            this.consumer = consumer;
        }

        synchronized void catchUp(List<Event> events, UUID newerThan) throws EventIdNotFoundException {
            int from = 0;
            if (newerThan != null) {
                from = -1;
                for (int i = 0; i < events.size(); i++) {
                    if (events.get(i).id().equals(newerThan)) {
                        from = i + 1;
                        break;
                    }
                }
                if (from < 0) {
                    throw new EventIdNotFoundException("No event " + newerThan + " in the log");
                }
            }
            caughtUp = new HashSet<>();
            for (Event event : events) {
                caughtUp.add(event.id());
            }
            events.subList(from, events.size()).forEach(event -> consumer.accept(event.id(), event.payload()));
            ready = true;
            early.forEach(this::deliver);
            early.clear();
        }

        @Override
        public synchronized void itemAdded(ItemEvent<Event> item) {
            if (ready) {
                deliver(item.getItem());
            } else {
                early.add(item.getItem());
            }
        }

        private void deliver(Event event) {
            if (caughtUp != null && caughtUp.remove(event.id())) {
                return;
            }
            caughtUp = null; // past the read: from here on every event is new
            consumer.accept(event.id(), event.payload());
        }

        @Override
        public void itemRemoved(ItemEvent<Event> item) {
            // truncation: nothing to deliver
        }
    }
}
