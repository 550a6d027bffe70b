package no.rhf.servicemiljo.reminder.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reminder.CycleDeadline;
import no.rhf.servicemiljo.reminder.CycleDeadlineService;
import no.rhf.servicemiljo.reminder.ReminderRule;
import no.rhf.servicemiljo.reminder.ReminderRuleService;

import java.util.List;
import java.util.Map;

/** ADMIN: the annual cycle's dates (they change yearly): add, correct and delete (after confirmation). */
class CycleDeadlinesPanel extends Div {

    private final CycleDeadlineService cycle;
    private final List<String> kinds;
    private final Grid<CycleDeadline> grid = new Grid<>();

    CycleDeadlinesPanel(CycleDeadlineService cycle, ReminderRuleService rules) {
        this.cycle = cycle;
        this.kinds = rules.rules().stream().map(ReminderRule::kind).toList();
        setId("cycle-deadlines");
        Paragraph help = new Paragraph(getTranslation("reminder.cycle.help"));
        help.addClassName("sm-muted");
        grid.setId("cycle-grid");
        grid.addColumn(d -> Formats.date(d.dueOn())).setHeader(getTranslation("reminder.due")).setAutoWidth(true);
        grid.addColumn(CycleDeadline::titleNb).setHeader(getTranslation("reminder.cycle.title-nb")).setFlexGrow(3);
        grid.addColumn(d -> KindLabels.of(d.kind())).setHeader(getTranslation("reminder.kind")).setFlexGrow(2);
        grid.addColumn(d -> getTranslation("reminder.cycle.audience." + d.audience().name())).setHeader(getTranslation("reminder.cycle.audience"));
        grid.addComponentColumn(d -> {
            Button edit = new Button(getTranslation("common.edit"), e -> openEditor(d));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setId("edit-cycle-" + d.id());
            Button delete = new Button(getTranslation("common.delete"), e -> confirmDelete(d));
            delete.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            delete.setId("delete-cycle-" + d.id());
            return new HorizontalLayout(edit, delete);
        }).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setHeight("55vh");
        grid.setEmptyStateText(getTranslation("reminder.cycle.empty"));
        Button add = new Button(getTranslation("reminder.cycle.add"), e -> openEditor(null));
        add.setId("add-cycle");
        add(help, add, grid);
        refresh();
    }

    private void refresh() {
        grid.setItems(cycle.all());
    }

    private void confirmDelete(CycleDeadline deadline) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setId("cycle-delete-confirm");
        confirm.setHeader(getTranslation("reminder.cycle.delete.title", deadline.titleNb()));
        confirm.setText(getTranslation("reminder.cycle.delete.text", Formats.date(deadline.dueOn())));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("common.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            cycle.delete(deadline.id());
            Notifications.success(getTranslation("reminder.cycle.deleted"));
            refresh();
        });
        confirm.open();
    }

    private void openEditor(CycleDeadline existing) {
        Dialog dialog = new Dialog();
        dialog.setId("cycle-dialog");
        dialog.setHeaderTitle(getTranslation(existing == null ? "reminder.cycle.add" : "reminder.cycle.edit"));
        ComboBox<String> kind = new ComboBox<>(getTranslation("reminder.kind"));
        kind.setId("cycle-kind");
        kind.setItems(kinds);
        kind.setItemLabelGenerator(k -> KindLabels.of(k) + " (" + k + ")");
        kind.setAllowCustomValue(true);
        kind.addCustomValueSetListener(e -> kind.setValue(e.getDetail()));
        TextField titleNb = new TextField(getTranslation("reminder.cycle.title-nb"));
        titleNb.setId("cycle-title-nb");
        titleNb.setMaxLength(200);
        TextField titleEn = new TextField(getTranslation("reminder.cycle.title-en"));
        titleEn.setId("cycle-title-en");
        titleEn.setMaxLength(200);
        DatePicker dueOn = new DatePicker(getTranslation("reminder.due"));
        dueOn.setId("cycle-due");
        dueOn.setLocale(getLocale());
        Select<CycleDeadline.Audience> audience = new Select<>();
        audience.setId("cycle-audience");
        audience.setLabel(getTranslation("reminder.cycle.audience"));
        audience.setItems(CycleDeadline.Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("reminder.cycle.audience." + a.name()));
        audience.setValue(CycleDeadline.Audience.REGIONAL_COORDINATORS);
        if (existing != null) {
            kind.setValue(existing.kind());
            titleNb.setValue(existing.titleNb());
            titleEn.setValue(existing.titleEn());
            dueOn.setValue(existing.dueOn());
            audience.setValue(existing.audience());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                cycle.save(existing == null ? null : existing.id(), new CycleDeadline.Draft(kind.getValue(), titleNb.getValue(),
                        titleEn.getValue(), dueOn.getValue(), audience.getValue()));
                Notifications.success(getTranslation("reminder.cycle.saved"));
                dialog.close();
                refresh();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("kind", kind, "titleNb", titleNb, "titleEn", titleEn, "dueOn", dueOn,
                        "audience", audience));
            }
        });
        save.setId("cycle-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(kind, dueOn, titleNb, titleEn, audience));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }
}
