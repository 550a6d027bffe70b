package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reminder.ReminderRule;
import no.rhf.servicemiljo.reminder.ReminderRuleService;
import no.rhf.servicemiljo.reminder.ReminderService;
import no.rhf.servicemiljo.reminder.ReminderService.OutboxFilter;
import no.rhf.servicemiljo.reminder.ReminderService.OutboxRow;

import java.time.Clock;
import java.time.LocalDate;

/** The delivery log: every reminder decided, sent, waiting or failed, filtered by status, recipient and kind. */
class OutboxPanel extends Div {

    private final ReminderService reminders;
    private final Grid<OutboxRow> grid = new Grid<>();
    private final Select<String> status = new Select<>();
    private final TextField recipient = new TextField();
    private final ComboBox<String> kind = new ComboBox<>();

    OutboxPanel(ReminderService reminders, ReminderRuleService rules, Clock clock) {
        this.reminders = reminders;
        status.setId("outbox-status");
        status.setLabel(getTranslation("reminder.status"));
        status.setItems("", "PENDING", "SENDING", "SENT", "FAILED", "UNCERTAIN");
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("common.all") : getTranslation("reminder.status." + s));
        status.setValue("");
        status.addValueChangeListener(e -> refresh());
        recipient.setId("outbox-recipient");
        recipient.setLabel(getTranslation("reminder.to"));
        recipient.setPlaceholder(getTranslation("reminder.filter.recipient"));
        recipient.setClearButtonVisible(true);
        recipient.setValueChangeMode(ValueChangeMode.LAZY);
        recipient.addValueChangeListener(e -> refresh());
        kind.setId("outbox-kind");
        kind.setLabel(getTranslation("reminder.kind"));
        kind.setItems(rules.rules().stream().map(ReminderRule::kind).toList());
        kind.setItemLabelGenerator(k -> KindLabels.of(k));
        kind.setClearButtonVisible(true);
        kind.setPlaceholder(getTranslation("common.all"));
        kind.addValueChangeListener(e -> refresh());
        Button plan = new Button(getTranslation("reminder.plan-now"), e -> {
            int created = reminders.plan(LocalDate.now(clock));
            reminders.sendDue(clock.instant());
            reminders.sendDigests(clock.instant());
            Notifications.success(getTranslation("reminder.planned", created));
            refresh();
        });
        plan.setId("outbox-plan");
        Button test = new Button(getTranslation("reminder.test-mail"), e -> {
            try {
                reminders.sendTestMail();
                Notifications.success(getTranslation("reminder.test-mail.sent"));
            } catch (Exception ex) {
                Notifications.error(getTranslation("reminder.test-mail.failed", ex.getMessage()));
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(status, recipient, kind, plan, test);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("reminder.created")).setAutoWidth(true);
        grid.addColumn(OutboxRow::recipientEmail).setHeader(getTranslation("reminder.to")).setAutoWidth(true);
        grid.addColumn(OutboxRow::subject).setHeader(getTranslation("reminder.subject")).setFlexGrow(3);
        grid.addColumn(r -> r.deadlineKind() == null ? Formats.NOTHING : KindLabels.of(r.deadlineKind()))
                .setHeader(getTranslation("reminder.kind")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("reminder.status." + r.status())
                        + (r.digestWeek() == null ? "" : " (" + getTranslation("reminder.digest-of", Formats.date(r.digestWeek())) + ")"))
                .setHeader(getTranslation("reminder.status"));
        grid.addColumn(OutboxRow::attempts).setHeader(getTranslation("reminder.attempts"));
        grid.addColumn(r -> r.sentAt() != null ? Formats.dateTime(r.sentAt())
                : r.lastError() == null ? Formats.dateTime(r.nextAttemptAt()) : r.lastError()).setHeader(getTranslation("reminder.detail")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button retry = new Button(getTranslation("reminder.retry"), e -> {
                reminders.retry(r.id());
                refresh();
            });
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            retry.setVisible("FAILED".equals(r.status()) || "UNCERTAIN".equals(r.status()));
            if (!"UNCERTAIN".equals(r.status())) {
                return retry;
            }
            // The sender stopped while this mail was in flight: the administrator checks the mail server's log.
            Button confirm = new Button(getTranslation("reminder.confirm-sent"), e -> {
                reminders.confirmSent(r.id());
                refresh();
            });
            confirm.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            return new HorizontalLayout(confirm, retry);
        }).setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("reminder.empty"));
        grid.setHeight("60vh");
        grid.setId("outbox-grid");
        Paragraph help = new Paragraph(getTranslation("reminder.help"));
        help.addClassName("sm-muted");
        add(help, toolbar, grid);
        refresh();
    }

    void refresh() {
        grid.setItems(reminders.deliveryLog(new OutboxFilter(status.getValue(), recipient.getValue(), kind.getValue())));
    }
}
