package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.ReminderPreview;
import no.rhf.servicemiljo.reminder.ReminderPreviewService;
import no.rhf.servicemiljo.user.AppUser;

import java.util.stream.Collectors;

/** ADMIN: the exact reminder a user would get for one of their deadlines, in their language, and whether they get it. */
class PreviewPanel extends Div {

    private final ReminderPreviewService previews;
    private final ComboBox<AppUser> user = new ComboBox<>();
    private final ComboBox<Deadline> deadline = new ComboBox<>();
    private final Div result = new Div();

    PreviewPanel(ReminderPreviewService previews) {
        this.previews = previews;
        setId("reminder-preview");
        user.setId("preview-user");
        user.setLabel(getTranslation("reminder.preview.user"));
        user.setItems(previews.users());
        user.setItemLabelGenerator(u -> u.getFullName() + " (" + getTranslation("role." + u.getRole().name()) + ")");
        user.setWidth("24em");
        deadline.setId("preview-deadline");
        deadline.setLabel(getTranslation("reminder.preview.deadline"));
        deadline.setWidth("36em");
        deadline.setEnabled(false);
        user.addValueChangeListener(e -> {
            deadline.clear();
            result.removeAll();
            if (e.getValue() == null) {
                deadline.setEnabled(false);
                return;
            }
            long userId = e.getValue().getId();
            deadline.setItems(previews.deadlinesFor(userId));
            deadline.setItemLabelGenerator(d -> Formats.date(d.dueOn()) + " – " + d.titleNb()
                    + (d.hasRecipient(userId) ? "" : " " + getTranslation("reminder.preview.not-theirs")));
            deadline.setEnabled(true);
        });
        deadline.addValueChangeListener(e -> show());
        result.setId("preview-result");
        Paragraph help = new Paragraph(getTranslation("reminder.preview.help"));
        help.addClassName("sm-muted");
        Paragraph empty = new Paragraph(getTranslation("reminder.preview.empty"));
        empty.addClassName("sm-empty-state");
        result.add(empty);
        add(help, new HorizontalLayout(user, deadline), result);
    }

    private void show() {
        result.removeAll();
        if (user.getValue() == null || deadline.getValue() == null) {
            return;
        }
        ReminderPreview preview = previews.preview(user.getValue().getId(), deadline.getValue().key());
        Span verdict = new Span(getTranslation(preview.wouldReceive() ? "reminder.preview.yes" : "reminder.preview.no"));
        verdict.setId("preview-verdict");
        verdict.getElement().getThemeList().add(preview.wouldReceive() ? "badge success" : "badge error");
        UnorderedList reasons = new UnorderedList();
        reasons.setId("preview-reasons");
        for (ReminderPreview.Reason reason : preview.reasons()) {
            reasons.add(new ListItem(getTranslation("reminder.preview.reason." + reason.name(),
                    preview.nextReminderOn() == null ? "" : Formats.date(preview.nextReminderOn()))));
        }
        Paragraph rule = new Paragraph(getTranslation("reminder.preview.rule",
                preview.rule().effectiveOffsets().stream().map(String::valueOf).collect(Collectors.joining(", ")),
                getTranslation("reminder.prefs.delivery." + preview.delivery().name()),
                getTranslation(Messages.language(preview.locale()), "mail.language")));
        Paragraph sent = new Paragraph(preview.alreadySentOffsets().isEmpty() ? getTranslation("reminder.preview.none-sent")
                : getTranslation("reminder.preview.sent", preview.alreadySentOffsets().stream().map(String::valueOf)
                .collect(Collectors.joining(", "))));
        H4 subjectHeading = new H4(getTranslation("reminder.subject"));
        Paragraph subject = new Paragraph(preview.subject());
        subject.setId("preview-subject");
        Anchor link = new Anchor(preview.link(), preview.link());
        link.setId("preview-link");
        Paragraph where = new Paragraph(new Span(getTranslation("reminder.preview.link") + " "), link);
        Pre body = new Pre(preview.body());
        body.setId("preview-body");
        body.getStyle().set("white-space", "pre-wrap");
        result.add(verdict, reasons, rule, sent, subjectHeading, subject, where, new H4(getTranslation("reminder.preview.body")), body);
    }
}
