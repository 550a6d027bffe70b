package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * Vaadin's details element with its summary as one text property ({@code summary}, which the element shows in a
 * summary of its own) and its content as its children: one state node when closed and empty. Vaadin's
 * {@link Details} always keeps three more on the server (a summary component, its text and a content wrapper), and
 * an assessment shows sixteen of them, most never opened. Same element, keyboard and accessibility.
 */
@Tag("vaadin-details")
@Uses(Details.class) // the same web component, already in the bundle
public class PlainDetails extends Component implements HasComponents, HasSize {

    public PlainDetails() {
        // The browser says when it is opened or closed, so the server knows (and can build the content then).
        getElement().addPropertyChangeListener("opened", "opened-changed", e -> { });
    }

    public void setSummaryText(String summary) {
        getElement().setProperty("summary", summary);
    }

    public String getSummaryText() {
        return getElement().getProperty("summary", "");
    }

    public boolean isOpened() {
        return getElement().getProperty("opened", false);
    }

    public void setOpened(boolean opened) {
        getElement().setProperty("opened", opened);
    }

    /** Runs {@code build} the first time it is opened (content made only for those who open it), then never again. */
    public void buildWhenFirstOpened(SerializableRunnable build) {
        boolean[] built = {false};
        addOpenedChangeListener(opened -> {
            if (opened && !built[0]) {
                built[0] = true;
                build.run();
            }
        });
    }

    /** Called with the new state when it opens or closes, in the browser or from the server. */
    public Registration addOpenedChangeListener(SerializableConsumer<Boolean> listener) {
        return getElement().addPropertyChangeListener("opened", e -> listener.accept(isOpened()));
    }
}
