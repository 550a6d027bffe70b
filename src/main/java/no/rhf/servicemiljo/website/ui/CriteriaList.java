package no.rhf.servicemiljo.website.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.website.WebsiteCriteriaService;
import no.rhf.servicemiljo.website.WebsiteCriterion;

import java.util.Map;

/** A year's criteria with the ADMIN's actions: add, edit, move up and down, retire (confirmed) and bring back. */
class CriteriaList extends Div {

    private final WebsiteCriteriaService service;
    private final Grid<WebsiteCriterion> grid = new Grid<>();
    final TextField newText = new TextField();
    final Checkbox newMatching = new Checkbox();
    private Integer year;

    CriteriaList(WebsiteCriteriaService service) {
        this.service = service;
        setWidthFull();
        grid.addColumn(WebsiteCriterion::position).setHeader("#").setKey("position").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WebsiteCriterion::text).setHeader(getTranslation("website.export.criterion")).setKey("text").setFlexGrow(3);
        grid.addColumn(c -> c.matchingPages() ? getTranslation("website.criteria.matching") : "")
                .setHeader(getTranslation("website.criteria.kind")).setKey("matching");
        grid.addColumn(c -> c.retired() ? getTranslation("website.criteria.retired") : getTranslation("website.criteria.active"))
                .setHeader(getTranslation("website.criteria.status")).setKey("status");
        grid.addComponentColumn(this::actions).setHeader("").setKey("actions").setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("website.criteria.empty"));
        grid.setId("website-criteria-grid");
        newText.setLabel(getTranslation("website.criteria.new"));
        newText.setMaxLength(WebsiteCriteriaService.MAX_TEXT);
        newText.setWidth("min(36rem, 100%)");
        newText.setId("website-new-criterion");
        newMatching.setLabel(getTranslation("website.criteria.matching"));
        Button add = new Button(getTranslation("website.criteria.add"), VaadinIcon.PLUS.create(), e -> add());
        add.setId("website-add-criterion");
        HorizontalLayout addForm = new HorizontalLayout(newText, newMatching, add);
        addForm.setAlignItems(FlexComponent.Alignment.BASELINE);
        addForm.setWrap(true);
        add(grid, addForm);
    }

    void show(Integer year) {
        this.year = year;
        setVisible(year != null);
        if (year != null) {
            grid.setItems(service.criteria(year));
        }
    }

    private HorizontalLayout actions(WebsiteCriterion c) {
        Button up = small(VaadinIcon.ARROW_UP, "website.criteria.up", () -> service.move(c.id(), -1));
        Button down = small(VaadinIcon.ARROW_DOWN, "website.criteria.down", () -> service.move(c.id(), 1));
        Button edit = new Button(getTranslation("common.edit"), e -> edit(c));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button retire = new Button(getTranslation(c.retired() ? "website.criteria.restore" : "website.criteria.retire"),
                e -> retire(c));
        retire.addThemeVariants(ButtonVariant.LUMO_SMALL);
        retire.setId("website-retire-" + c.id());
        return new HorizontalLayout(up, down, edit, retire);
    }

    private Button small(VaadinIcon icon, String label, Runnable action) {
        Button b = new Button(icon.create(), e -> {
            action.run();
            show(year);
        });
        b.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ICON);
        b.setAriaLabel(getTranslation(label));
        b.setTooltipText(getTranslation(label));
        return b;
    }

    private void add() {
        try {
            service.add(year, newText.getValue(), newMatching.getValue());
            newText.clear();
            newMatching.clear();
            Notifications.success(getTranslation("website.criteria.saved"));
            show(year);
        } catch (FieldValidationException e) {
            Notifications.showAtField(e, Map.of("text", newText));
        }
    }

    private void edit(WebsiteCriterion c) {
        Dialog dialog = new Dialog(getTranslation("website.criteria.edit"));
        TextField text = new TextField(getTranslation("website.export.criterion"));
        text.setValue(c.text());
        text.setMaxLength(WebsiteCriteriaService.MAX_TEXT);
        text.setWidth("min(36rem, 90vw)");
        Checkbox matching = new Checkbox(getTranslation("website.criteria.matching"), c.matchingPages());
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                service.edit(c.id(), text.getValue(), matching.getValue());
                Notifications.success(getTranslation("website.criteria.saved"));
                dialog.close();
                show(year);
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("text", text));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new Div(text), matching);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private void retire(WebsiteCriterion c) {
        if (c.retired()) {
            service.setRetired(c.id(), false);
            show(year);
            return;
        }
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("website.criteria.retire.title", c.text()));
        confirm.setText(getTranslation("website.criteria.retire.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmText(getTranslation("website.criteria.retire"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            service.setRetired(c.id(), true);
            show(year);
        });
        confirm.open();
    }
}
