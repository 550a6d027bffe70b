package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reminder.CalendarFeedService;

/**
 * The user's personal calendar feed: make an address (shown once, in a field that selects all on focus, to copy),
 * make a new one (the old one stops working) or delete it, each after confirmation where something stops working.
 */
class CalendarFeedPanel extends Div {

    private final CalendarFeedService feeds;

    CalendarFeedPanel(CalendarFeedService feeds) {
        this.feeds = feeds;
        setId("calendar-feed");
        addClassName("sm-card");
        render(null);
    }

    private void render(String newUrl) {
        removeAll();
        add(new H3(getTranslation("reminder.feed.title")));
        Paragraph help = new Paragraph(getTranslation("reminder.feed.help"));
        help.addClassName("sm-muted");
        add(help);
        if (newUrl != null) {
            TextField url = new TextField(getTranslation("reminder.feed.url"));
            url.setId("feed-url");
            url.setValue(newUrl);
            url.setReadOnly(true);
            url.setWidthFull();
            url.setAutoselect(true);
            url.setHelperText(getTranslation("reminder.feed.shown-once"));
            Button copy = new Button(getTranslation("reminder.feed.copy"), e -> {
                url.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", newUrl);
                Notifications.success(getTranslation("reminder.feed.copied"));
            });
            copy.setId("feed-copy");
            HorizontalLayout row = new HorizontalLayout(url, copy);
            row.setWidthFull();
            row.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
            add(row);
        }
        var created = feeds.myFeedCreatedAt();
        HorizontalLayout actions = new HorizontalLayout();
        if (created.isPresent()) {
            if (newUrl == null) {
                add(new Paragraph(getTranslation("reminder.feed.exists", Formats.dateTime(created.get()))));
            }
            Button regenerate = new Button(getTranslation("reminder.feed.regenerate"), e -> confirm(
                    getTranslation("reminder.feed.regenerate.confirm"), getTranslation("reminder.feed.regenerate"),
                    () -> render(feeds.createMyFeed())));
            regenerate.setId("feed-regenerate");
            Button revoke = new Button(getTranslation("reminder.feed.revoke"), e -> confirm(
                    getTranslation("reminder.feed.revoke.confirm"), getTranslation("reminder.feed.revoke"), () -> {
                        feeds.revokeMyFeed();
                        Notifications.success(getTranslation("reminder.feed.revoked"));
                        render(null);
                    }));
            revoke.setId("feed-revoke");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(regenerate, revoke);
        } else {
            Paragraph none = new Paragraph(getTranslation("reminder.feed.none"));
            none.addClassName("sm-empty-state");
            add(none);
            Button create = new Button(getTranslation("reminder.feed.create"), e -> render(feeds.createMyFeed()));
            create.setId("feed-create");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            actions.add(create);
        }
        add(actions);
    }

    private void confirm(String text, String action, Runnable onConfirm) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("feed-confirm");
        dialog.setHeader(getTranslation("reminder.feed.title"));
        dialog.setText(text);
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmText(action);
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }
}
