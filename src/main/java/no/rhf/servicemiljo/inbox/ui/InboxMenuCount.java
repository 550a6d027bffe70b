package no.rhf.servicemiljo.inbox.ui;

import com.vaadin.flow.component.UI;
import no.rhf.servicemiljo.shell.MenuCount;
import no.rhf.servicemiljo.inbox.InboxService;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The number of tasks in <em>Mine oppgaver</em> beside the home entry of the navigation, red when any is overdue. */
@Component
class InboxMenuCount implements MenuCount {

    private final InboxService inbox;

    InboxMenuCount(InboxService inbox) {
        this.inbox = inbox;
    }

    @Override
    public String path() {
        return "";
    }

    @Override
    public Optional<Count> count() {
        InboxService.Counts counts = inbox.myCounts();
        if (counts.total() == 0) {
            return Optional.empty();
        }
        UI ui = UI.getCurrent();
        String label = ui == null ? String.valueOf(counts.total())
                : ui.getTranslation("inbox.nav-count", counts.total(), counts.overdue());
        return Optional.of(new Count(counts.total(), counts.overdue() > 0, label));
    }
}
