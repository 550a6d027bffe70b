package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.assessment.ApprovalRule;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Cycle;
import no.rhf.servicemiljo.assessment.AssessmentTemplateService;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.security.Role;

import java.util.Map;

/** ADMIN's settings of a reporting cycle: its deadlines, the approval rule, and the assessment template. */
@Route("reports/cycles/:cycleId([0-9]{1,18})")
@RolesAllowed(Role.Names.ADMIN)
public class CycleSettingsView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final AssessmentService assessments;
    private final AssessmentTemplateService template;
    private final PrivateRatingUi privateRatings;
    private final Grid<Criterion> criteria = new Grid<>();
    private Cycle cycle;

    CycleSettingsView(AssessmentService assessments, AssessmentTemplateService template, PrivateRatingUi privateRatings) {
        this.privateRatings = privateRatings;
        this.assessments = assessments;
        this.template = template;
        addClassName("sm-view");
        setId("cycle-settings");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            cycle = assessments.cycle(event.getRouteParameters().getLong("cycleId").orElse(-1L));
        } catch (FieldValidationException e) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        removeAll();
        add(new H2(getPageTitle()), dates(), privateRatings.independentFirstToggle(cycle.id()), new H3(getTranslation("assessment.template")),
                muted(getTranslation("assessment.template.help")), templateGrid());
    }

    private FormLayout dates() {
        DatePicker due = new DatePicker(getTranslation("assessment.cycle.due"), cycle.dueOn());
        DatePicker assessment = new DatePicker(getTranslation("assessment.cycle.assessment-deadline"), cycle.assessmentDeadline());
        DatePicker approval = new DatePicker(getTranslation("assessment.cycle.approval-deadline"), cycle.approvalDeadline());
        Select<ApprovalRule> rule = new Select<>();
        rule.setLabel(getTranslation("assessment.cycle.approval-rule"));
        rule.setItems(ApprovalRule.values());
        rule.setItemLabelGenerator(r -> getTranslation("ApprovalRule." + r));
        rule.setValue(cycle.approvalRule());
        rule.setId("cycle-approval-rule");
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                template.updateCycle(cycle.id(), due.getValue(), assessment.getValue(), approval.getValue(), rule.getValue());
                cycle = assessments.cycle(cycle.id());
                Notifications.success(getTranslation("assessment.cycle.saved"));
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("dueOn", due, "assessmentDeadline", assessment, "approvalDeadline", approval,
                        "approvalRule", rule));
            }
        });
        save.setId("cycle-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(due, assessment, approval, rule, save);
        form.setColspan(rule, 2);
        return form;
    }

    private com.vaadin.flow.component.Component templateGrid() {
        criteria.addColumn(Criterion::position).setHeader("#").setAutoWidth(true).setFlexGrow(0);
        criteria.addColumn(Criterion::title).setHeader(getTranslation("assessment.criterion.title")).setFlexGrow(2);
        criteria.addColumn(Criterion::guidance).setHeader(getTranslation("assessment.criterion.guidance")).setFlexGrow(4);
        criteria.addColumn(c -> getTranslation(c.retired() ? "assessment.criterion.retired" : "assessment.criterion.in-use"))
                .setHeader(getTranslation("unit.status")).setAutoWidth(true);
        criteria.addComponentColumn(c -> {
            Button up = new Button(VaadinIcon.ARROW_UP.create(), e -> run(() -> template.move(c.id(), -1)));
            up.setAriaLabel(getTranslation("assessment.criterion.up"));
            Button down = new Button(VaadinIcon.ARROW_DOWN.create(), e -> run(() -> template.move(c.id(), 1)));
            down.setAriaLabel(getTranslation("assessment.criterion.down"));
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(c));
            edit.setAriaLabel(getTranslation("common.edit"));
            Button retire = new Button(getTranslation(c.retired() ? "assessment.criterion.reinstate" : "assessment.criterion.retire"),
                    e -> {
                        if (c.retired()) {
                            run(() -> template.setRetired(c.id(), false));
                        } else {
                            confirmRetire(c);
                        }
                    });
            retire.setId("criterion-retire-" + c.id());
            return new HorizontalLayout(up, down, edit, retire);
        }).setAutoWidth(true).setFlexGrow(0);
        criteria.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        criteria.setAllRowsVisible(true);
        criteria.setEmptyStateText(getTranslation("assessment.template.empty"));
        criteria.setId("criteria-grid");
        Button add = new Button(getTranslation("assessment.criterion.add"), VaadinIcon.PLUS.create(), e -> open(null));
        add.setId("criterion-add");
        refresh();
        return new com.vaadin.flow.component.html.Div(criteria, add);
    }

    private void refresh() {
        criteria.setItems(assessments.criteria(cycle.id()));
    }

    private void run(Runnable change) {
        change.run();
        refresh();
    }

    private void confirmRetire(Criterion c) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("assessment.criterion.retire.title", c.title()),
                getTranslation("assessment.criterion.retire.text"), getTranslation("assessment.criterion.retire"),
                e -> run(() -> template.setRetired(c.id(), true)));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    private void open(Criterion criterion) {
        Dialog dialog = new Dialog(getTranslation(criterion == null ? "assessment.criterion.add" : "assessment.criterion.edit"));
        TextField title = new TextField(getTranslation("assessment.criterion.title"));
        title.setMaxLength(AssessmentTemplateService.MAX_TITLE);
        title.setRequired(true);
        title.setWidthFull();
        title.setId("criterion-title");
        TextArea guidance = new TextArea(getTranslation("assessment.criterion.guidance"));
        guidance.setMaxLength(AssessmentTemplateService.MAX_GUIDANCE);
        guidance.setWidthFull();
        guidance.setId("criterion-guidance");
        if (criterion != null) {
            title.setValue(criterion.title());
            guidance.setValue(criterion.guidance());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                if (criterion == null) {
                    template.addCriterion(cycle.id(), title.getValue(), guidance.getValue());
                } else {
                    template.updateCriterion(criterion.id(), title.getValue(), guidance.getValue());
                }
                dialog.close();
                refresh();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("title", title, "guidance", guidance));
            }
        });
        save.setId("criterion-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.setWidth("40rem");
        dialog.add(title, guidance);
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("sm-muted");
        return p;
    }

    @Override
    public String getPageTitle() {
        return cycle == null ? getTranslation("assessment.cycle.settings") : getTranslation("assessment.cycle.settings-for", cycle.reportYear());
    }
}
