package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.registry.UnitChanged;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationChanged;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;

/**
 * One reorganisation case: its steps, details and involvement, and the action of the current step for
 * ADMIN and the responsible region's coordinators (everyone else reads).
 */
@Route("reorganisation/:id([0-9]{1,18})")
@PermitAll
public class ReorganisationCaseView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final ReorganisationService service;
    private long caseId;
    private String title = "";

    ReorganisationCaseView(ReorganisationService service, LiveUpdates liveUpdates) {
        this.service = service;
        addClassName("sm-view");
        setId("reorganisation-case");
        liveUpdates.refreshWhileAttached(this, this::render, ReorganisationChanged.class, UnitChanged.class);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        caseId = event.getRouteParameters().getLong("id").orElse(-1L);
        service.find(caseId).orElseThrow(NotFoundException::new);
        render();
    }

    private void render() {
        ReorganisationCase c = service.find(caseId).orElseThrow();
        title = getTranslation("reorganisation.case.title", c.getUnit().getNameNb());
        removeAll();
        boolean editable = service.canEdit(c);
        H2 heading = new H2(title);
        heading.setId("case-heading");
        HorizontalLayout actions = new HorizontalLayout(new RouterLink(getTranslation("reorganisation.back"), ReorganisationListView.class));
        actions.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);
        if (editable) {
            addActions(c, actions);
        } else {
            Paragraph readOnly = new Paragraph(getTranslation("reorganisation.read-only", c.getResponsibleRegion().getName()));
            readOnly.addClassName("sm-muted");
            actions.add(readOnly);
        }
        add(heading, new CaseSteps(c.getStatus()), actions, new H3(getTranslation("reorganisation.details")), new CaseDetails(c),
                new InvolvementPanel(c, editable, service, this::render));
    }

    private void addActions(ReorganisationCase c, HorizontalLayout actions) {
        switch (c.getStatus()) {
            case OPEN -> actions.add(primary("case-send-irf", "reorganisation.irf.send",
                    () -> StepDialogs.irf(c, service, this::render).open()));
            case IN_IRF -> actions.add(primary("case-decide", "reorganisation.decision.save",
                    () -> StepDialogs.decision(c, service, this::render).open()),
                    secondary("case-edit-irf", "reorganisation.irf.edit", () -> StepDialogs.irf(c, service, this::render).open()));
            case DECIDED -> actions.add(primary("case-apply", "reorganisation.outcome.apply",
                    () -> OutcomeDialog.create(c, service, this::render).open()),
                    secondary("case-edit-decision", "reorganisation.decision.edit",
                            () -> StepDialogs.decision(c, service, this::render).open()));
            case IMPLEMENTED -> actions.add(primary("case-close", "reorganisation.close", () -> confirmClose(c)));
            case CLOSED -> { }
        }
    }

    private Button primary(String id, String labelKey, Runnable action) {
        Button button = secondary(id, labelKey, action);
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return button;
    }

    private Button secondary(String id, String labelKey, Runnable action) {
        Button button = new Button(getTranslation(labelKey), e -> action.run());
        button.setId(id);
        return button;
    }

    private void confirmClose(ReorganisationCase c) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("reorganisation.close.confirm.title"),
                getTranslation("reorganisation.close.confirm.text"), getTranslation("reorganisation.close"), e -> {
                    try {
                        service.close(c.getId());
                        Notifications.success(getTranslation("reorganisation.closed"));
                    } catch (FieldValidationException ex) {
                        Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
                    }
                    render();
                });
        confirm.setId("case-close-confirm");
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.open();
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
