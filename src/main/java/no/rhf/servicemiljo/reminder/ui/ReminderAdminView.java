package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reminder.ReminderService;
import no.rhf.servicemiljo.reminder.ReminderService.OutboxRow;
import no.rhf.servicemiljo.security.Role;

import java.time.Clock;
import java.time.LocalDate;

/** ADMIN: every reminder decided, sent, waiting or failed; retry, plan now, send a test mail. */
@Route("reminders")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.reminders", order = 850, icon = "vaadin:envelope")
public class ReminderAdminView extends Section implements HasDynamicTitle {

    private final ReminderService reminders;
    private final Grid<OutboxRow> grid = new Grid<>();
    private final Select<String> status = new Select<>();

    ReminderAdminView(ReminderService reminders, Clock clock) {
        this.reminders = reminders;
        addClassName("sm-view");
        setId("reminder-admin");
        status.setLabel(getTranslation("reminder.status"));
        status.setItems("", "PENDING", "SENT", "FAILED");
        status.setItemLabelGenerator(s -> s.isEmpty() ? getTranslation("common.all") : getTranslation("reminder.status." + s));
        status.setValue("");
        status.addValueChangeListener(e -> refresh());
        Button plan = new Button(getTranslation("reminder.plan-now"), e -> {
            int created = reminders.plan(LocalDate.now(clock));
            reminders.sendDue(clock.instant());
            Notifications.success(getTranslation("reminder.planned", created));
            refresh();
        });
        Button test = new Button(getTranslation("reminder.test-mail"), e -> {
            try {
                reminders.sendTestMail();
                Notifications.success(getTranslation("reminder.test-mail.sent"));
            } catch (Exception ex) {
                Notifications.error(getTranslation("reminder.test-mail.failed", ex.getMessage()));
            }
        });
        HorizontalLayout toolbar = new HorizontalLayout(status, plan, test);
        toolbar.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        grid.addColumn(r -> Formats.dateTime(r.createdAt())).setHeader(getTranslation("reminder.created")).setAutoWidth(true);
        grid.addColumn(OutboxRow::recipientEmail).setHeader(getTranslation("reminder.to")).setAutoWidth(true);
        grid.addColumn(OutboxRow::subject).setHeader(getTranslation("reminder.subject")).setFlexGrow(3);
        grid.addColumn(r -> getTranslation("reminder.status." + r.status())).setHeader(getTranslation("reminder.status"));
        grid.addColumn(OutboxRow::attempts).setHeader(getTranslation("reminder.attempts"));
        grid.addColumn(r -> r.sentAt() != null ? Formats.dateTime(r.sentAt())
                : r.lastError() == null ? Formats.dateTime(r.nextAttemptAt()) : r.lastError()).setHeader(getTranslation("reminder.detail")).setFlexGrow(2);
        grid.addComponentColumn(r -> {
            Button retry = new Button(getTranslation("reminder.retry"), e -> {
                reminders.retry(r.id());
                refresh();
            });
            retry.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            retry.setVisible("FAILED".equals(r.status()));
            return retry;
        }).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setEmptyStateText(getTranslation("reminder.empty"));
        grid.setHeight("65vh");
        grid.setId("outbox-grid");
        Paragraph help = new Paragraph(getTranslation("reminder.help"));
        help.addClassName("sm-muted");
        add(help, toolbar, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(reminders.outbox(status.getValue() == null || status.getValue().isEmpty() ? null : status.getValue()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.reminders");
    }
}
