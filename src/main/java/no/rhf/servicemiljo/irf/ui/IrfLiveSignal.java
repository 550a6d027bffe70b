package no.rhf.servicemiljo.irf.ui;

import no.rhf.servicemiljo.irf.IrfRoundChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/** Forwards committed changes of a round to the live topic, so every open ranking session refreshes. */
@Component
class IrfLiveSignal {

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
    void onRoundChanged(IrfRoundChanged event) {
        IrfLiveTopic.announce(event.roundId());
    }
}
