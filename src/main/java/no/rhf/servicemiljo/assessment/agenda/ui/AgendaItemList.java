package no.rhf.servicemiljo.assessment.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.assessment.PrivateRatingService.Spread;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaExport;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService.Item;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService.Meeting;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;

import java.util.List;
import java.util.Map;

/**
 * The agenda's items in order, each with the spread of its criterion when it came from the disagreement; the chair
 * moves items with up and down buttons (keyboard and screen reader friendly, no dragging), removes them after a
 * confirmation and adds free items.
 */
class AgendaItemList extends Div {

    private final MeetingAgendaService meetings;
    private final Runnable changed;

    AgendaItemList(MeetingAgendaService meetings, Meeting meeting, List<Spread> spreads, Runnable changed) {
        this.meetings = meetings;
        this.changed = changed;
        setId("agenda-items");
        if (meeting.items().isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("agenda.items.empty"));
            empty.addClassName("sm-muted");
            empty.setId("agenda-items-empty");
            add(empty);
        }
        OrderedList list = new OrderedList();
        List<Item> items = meeting.items();
        for (int i = 0; i < items.size(); i++) {
            list.add(item(items.get(i), i, items.size(), spreads, meeting.editable()));
        }
        add(list);
        if (meeting.editable()) {
            TextField title = new TextField(getTranslation("agenda.item.new"));
            title.setMaxLength(MeetingAgendaService.MAX_TITLE);
            title.setWidth("30rem");
            title.setId("agenda-item-title");
            Button add = new Button(getTranslation("agenda.item.add"), VaadinIcon.PLUS.create(), e -> {
                try {
                    meetings.addItem(meeting.id(), title.getValue());
                    changed.run();
                } catch (FieldValidationException ex) {
                    Notifications.showAtField(ex, Map.of("title", title));
                }
            });
            add.setId("agenda-item-add");
            HorizontalLayout row = new HorizontalLayout(title, add);
            row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
            add(row);
        }
    }

    private ListItem item(Item item, int index, int count, List<Spread> spreads, boolean editable) {
        Span title = new Span(item.title());
        ListItem li = new ListItem(title);
        li.setId("agenda-item-" + item.id());
        spreads.stream().filter(s -> item.reportId() != null && item.criterionId() != null && s.reportId() == item.reportId()
                && s.criterion().id() == item.criterionId()).findFirst().ifPresent(s -> {
            Span spread = new Span(" " + getTranslation("agenda.item.spread", MeetingAgendaExport.range(s), MeetingAgendaExport.deviation(s)));
            spread.addClassName("sm-muted");
            li.add(spread);
        });
        if (editable) {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> run(() -> meetings.move(item.id(), -1)));
            up.setAriaLabel(getTranslation("agenda.item.up", item.title()));
            up.setEnabled(index > 0);
            up.setId("agenda-up-" + item.id());
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> run(() -> meetings.move(item.id(), 1)));
            down.setAriaLabel(getTranslation("agenda.item.down", item.title()));
            down.setEnabled(index < count - 1);
            down.setId("agenda-down-" + item.id());
            Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmRemove(item));
            remove.setAriaLabel(getTranslation("agenda.item.remove", item.title()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            remove.setId("agenda-remove-" + item.id());
            HorizontalLayout buttons = new HorizontalLayout(up, down, remove);
            buttons.setSpacing(false);
            li.add(buttons);
        }
        return li;
    }

    private void confirmRemove(Item item) {
        ConfirmDialog dialog = new ConfirmDialog(getTranslation("agenda.item.remove.title"),
                getTranslation("agenda.item.remove.text", item.title()), getTranslation("agenda.item.remove.confirm"),
                e -> run(() -> meetings.removeItem(item.id())));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("common.cancel"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.setId("agenda-remove-confirm");
        dialog.open();
    }

    private void run(Runnable change) {
        change.run();
        changed.run();
    }
}
