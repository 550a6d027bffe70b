package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import no.rhf.servicemiljo.assessment.FollowUpService;
import no.rhf.servicemiljo.assessment.FollowUpService.FollowUp;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.organisation.Region;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The follow-up needs of an assessment: what, which region is responsible, by when, and whether it is done. */
class FollowUpPanel extends Div {

    private final FollowUpService followUps;
    private final long reportId;
    private final List<Region> regions;
    private final Runnable changed;
    private final boolean editable;
    /** "Ingen oppfølgingsbehov er registrert." while there are none: the grid is built for the first one. */
    private final Paragraph empty;
    private Grid<FollowUp> grid;

    FollowUpPanel(FollowUpService followUps, long reportId, List<Region> regions, boolean editable, Runnable changed) {
        this.followUps = followUps;
        this.reportId = reportId;
        this.regions = regions;
        this.editable = editable;
        this.changed = changed;
        setId("follow-ups");
        empty = new Paragraph(getTranslation("assessment.follow-up.empty"));
        empty.addClassName("sm-muted");
        empty.setId("follow-up-empty");
        Button add = new Button(getTranslation("assessment.follow-up.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("follow-up-add");
        add.setVisible(editable);
        add(new H3(getTranslation("assessment.follow-up")), empty, add);
        refresh();
    }

    void refresh() {
        List<FollowUp> items = followUps.followUps(reportId);
        if (items.isEmpty() && grid != null) {
            remove(grid);
            grid = null;
        } else if (!items.isEmpty() && grid == null) {
            grid = grid();
            addComponentAtIndex(indexOf(empty) + 1, grid);
        }
        empty.setVisible(items.isEmpty());
        if (grid != null) {
            grid.setItems(items);
        }
    }

    private Grid<FollowUp> grid() {
        Grid<FollowUp> grid = new Grid<>();
        grid.addColumn(FollowUp::description).setHeader(getTranslation("assessment.follow-up.description")).setFlexGrow(4);
        grid.addColumn(FollowUp::regionName).setHeader(getTranslation("assessment.follow-up.region")).setAutoWidth(true);
        grid.addColumn(f -> Formats.date(f.dueOn())).setHeader(getTranslation("assessment.follow-up.due")).setAutoWidth(true);
        grid.addColumn(f -> f.done() ? getTranslation("assessment.follow-up.done") : "").setHeader(getTranslation("assessment.follow-up.status")).setAutoWidth(true);
        if (editable) {
            grid.addComponentColumn(f -> {
                Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(f));
                edit.setAriaLabel(getTranslation("common.edit"));
                Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(f));
                delete.setAriaLabel(getTranslation("common.delete"));
                delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
                return new HorizontalLayout(edit, delete);
            }).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setId("follow-up-grid");
        return grid;
    }

    private void open(FollowUp item) {
        Dialog dialog = new Dialog(getTranslation(item == null ? "assessment.follow-up.add" : "assessment.follow-up.edit"));
        TextArea description = new TextArea(getTranslation("assessment.follow-up.description"));
        description.setMaxLength(FollowUpService.MAX_DESCRIPTION);
        description.setRequired(true);
        description.setWidthFull();
        description.setId("follow-up-description");
        Select<Region> region = new Select<>();
        region.setLabel(getTranslation("assessment.follow-up.region"));
        region.setItems(regions);
        region.setItemLabelGenerator(Region::getName);
        region.setId("follow-up-region");
        DatePicker due = new DatePicker(getTranslation("assessment.follow-up.due"));
        due.setId("follow-up-due");
        Checkbox done = new Checkbox(getTranslation("assessment.follow-up.done"));
        if (item != null) {
            description.setValue(item.description());
            regions.stream().filter(r -> r.getId() == item.regionId()).findFirst().ifPresent(region::setValue);
            due.setValue(item.dueOn());
            done.setValue(item.done());
        } else {
            due.setValue(LocalDate.now().plusMonths(6));
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                Short regionId = region.getValue() == null ? null : region.getValue().getId();
                if (item == null) {
                    followUps.add(reportId, description.getValue(), regionId, due.getValue());
                } else {
                    if (followUps.update(item, description.getValue(), regionId, due.getValue(), done.getValue()).merged()) {
                        Notifications.success(getTranslation("assessment.follow-up.merged"));
                    }
                }
                dialog.close();
                refresh();
                changed.run();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("description", description, "region", region, "dueOn", due));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("follow-up-save");
        FormLayout form = new FormLayout(description, region, due);
        form.setColspan(description, 2);
        if (item != null) {
            form.add(done);
        }
        dialog.add(form);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void confirmDelete(FollowUp item) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("assessment.follow-up.delete.title"),
                getTranslation("assessment.follow-up.delete.text", item.description()), getTranslation("common.delete"), e -> {
            followUps.delete(item.id(), item.version());
            refresh();
            changed.run();
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
