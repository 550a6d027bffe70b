package no.rhf.servicemiljo.irf.ui;

import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.irf.IrfRoundChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Forwards committed changes of a round to its live topic, so every open ranking session refreshes. The topic
 * carries no ballots: presence and a "something changed" signal; everything shown is read from the services.
 */
@Component
class IrfLiveSignal {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRoundChanged(IrfRoundChanged event) {
        SharedTopic.signalEveryone(topicId(event.roundId()), "changed");
    }

    static String topicId(long roundId) {
        return "irf-ranking-" + roundId;
    }
}
