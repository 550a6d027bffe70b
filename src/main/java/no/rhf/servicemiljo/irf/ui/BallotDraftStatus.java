package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import no.rhf.servicemiljo.base.ui.Formats;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * Says which ballot the member sees: a saved draft (private, not counted: "utkast") or the submitted one (counts:
 * "levert"), and that every change is saved on the server at once, so leaving or reloading the page loses nothing
 * (which is why the page never asks before it is left).
 */
class BallotDraftStatus extends Div {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    private final Span badge = new Span();
    private final Span state = new Span();

    BallotDraftStatus() {
        setId("irf-draft-status");
        badge.setId("irf-draft-badge");
        state.setId("irf-draft-state");
        Paragraph autosave = new Paragraph(getTranslation("irf.draft.autosave"));
        autosave.addClassName("sm-muted");
        add(new Paragraph(badge, new Text(" "), state), autosave);
    }

    /** {@code draftSaved}: when the draft was last saved, null without one; {@code submitted}: null if never submitted. */
    void show(Instant draftSaved, Instant submitted) {
        if (draftSaved != null) {
            show("irf.draft.badge.draft", "badge", submitted == null ? getTranslation("irf.draft.saved", when(draftSaved))
                    : getTranslation("irf.draft.saved-after-submit", when(draftSaved), when(submitted)));
        } else if (submitted != null) {
            show("irf.draft.badge.submitted", "badge success", getTranslation("irf.draft.submitted", when(submitted)));
        } else {
            show("irf.draft.badge.none", "badge contrast", getTranslation("irf.draft.none"));
        }
    }

    private void show(String badgeKey, String theme, String text) {
        badge.setText(getTranslation(badgeKey));
        badge.getElement().setAttribute("theme", theme);
        state.setText(text);
    }

    /** "kl. 14:05" today, with the date before it on another day (Oslo time). */
    private String when(Instant instant) {
        ZonedDateTime at = instant.atZone(Formats.OSLO);
        return at.toLocalDate().equals(LocalDate.now(Formats.OSLO)) ? getTranslation("irf.draft.time.today", TIME.format(at))
                : getTranslation("irf.draft.time.other", Formats.date(at.toLocalDate()), TIME.format(at));
    }
}
