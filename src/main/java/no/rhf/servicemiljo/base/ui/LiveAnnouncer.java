package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.html.Div;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A polite ARIA live region (visually hidden) that tells screen-reader users what others do on a shared
 * screen: who arrives and leaves, and who changed which field ("Erik Dahl endret Samlet konklusjon").
 * The same message is said at most once per {@link #QUIET_MS}, so that someone typing a paragraph
 * is announced once, not per keystroke.
 */
public class LiveAnnouncer extends Div {

    /** How long the same announcement stays quiet after it was made. */
    public static final long QUIET_MS = 20_000;

    private final Map<String, Long> lastSaid = new HashMap<>();
    private final Clock clock;

    public LiveAnnouncer() {
        this(Clock.systemUTC());
    }

    LiveAnnouncer(Clock clock) {
        this.clock = clock;
        setId("sm-live-region");
        addClassName("sm-sr-only");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        getElement().setAttribute("aria-atomic", "true");
        getElement().setAttribute("aria-label", getTranslation("a11y.live.region"));
    }

    /**
     * Announces on this region what the others on {@code topic} do; {@code labelOf} names the field of a
     * published key (null: a key nobody needs to hear about).
     */
    public static LiveAnnouncer of(SharedTopic topic, Function<String, String> labelOf) {
        LiveAnnouncer live = new LiveAnnouncer();
        topic.onArrivals((name, arrived) -> live.announce(live.getTranslation(arrived ? "a11y.live.joined" : "a11y.live.left", name)));
        topic.onChangedByOthers((key, name) -> {
            String label = labelOf.apply(key);
            if (label != null && !label.isBlank()) {
                live.announce(live.getTranslation("a11y.live.edited", name, label));
            }
        });
        return live;
    }

    /** Says {@code message} politely, unless the same was said within {@link #QUIET_MS}. */
    public boolean announce(String message) {
        long now = clock.millis();
        Long before = lastSaid.get(message);
        if (before != null && now - before < QUIET_MS) {
            return false;
        }
        lastSaid.values().removeIf(t -> now - t > QUIET_MS);
        lastSaid.put(message, now);
        // The same words again must still change the region, or screen readers stay silent.
        setText(message.equals(getText()) ? message + "\u200B" : message);
        return true;
    }
}
