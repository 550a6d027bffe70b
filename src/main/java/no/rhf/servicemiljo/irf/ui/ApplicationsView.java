package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.grid.dnd.GridDropLocation;
import com.vaadin.flow.component.grid.dnd.GridDropMode;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.irf.Application;
import no.rhf.servicemiljo.irf.ApplicationService;
import no.rhf.servicemiljo.irf.IrfHistoryService;
import no.rhf.servicemiljo.irf.ApplicationStatus;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The applications of the current round with the round's dates. Coordinators add and edit their own region's
 * applications and set the regional rank by dragging their region's rows; ADMIN moves applications through the flow.
 */
@Route("irf/applications")
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
@Menu(title = "nav.irf-applications", order = 20, icon = "vaadin:file-text-o")
public class ApplicationsView extends Section implements HasDynamicTitle {

    private final ApplicationService service;
    private final OrganisationService organisation;
    private final IrfHistoryService history;
    private final AppUserPrincipal user = CurrentUser.require();
    private final Grid<Application> grid = new Grid<>();
    private IrfRound round;
    private List<Application> items = List.of();
    private Application dragged;

    ApplicationsView(ApplicationService service, OrganisationService organisation, IrfHistoryService history) {
        this.service = service;
        this.history = history;
        this.organisation = organisation;
        addClassName("sm-view");
        setId("irf-applications");
        add(new H2(getTranslation("irf.applications.title")));
        round = service.currentRound().orElse(null);
        if (user.hasRole(Role.ADMIN)) {
            add(openRoundButton());
        }
        if (round == null) {
            add(new Paragraph(getTranslation("irf.no-round")));
            return;
        }
        Paragraph dates = new Paragraph();
        dates.setId("irf-round-dates");
        showDates(dates);
        add(dates);
        if (user.hasRole(Role.ADMIN)) {
            Button editDates = new Button(getTranslation("irf.round.edit-dates", round.year()),
                    e -> new RoundDatesDialog(service, round, saved -> {
                        round = saved;
                        showDates(dates);
                    }).open());
            editDates.setId("irf-edit-dates");
            add(editDates);
        }
        Button roundHistory = new Button(getTranslation("irf.history.round-show"), e -> IrfHistoryDialog.open(this,
                getTranslation("irf.history.round", round.year()), history.roundHistory(round.id())));
        roundHistory.setId("irf-round-history");
        add(roundHistory);
        if (user.hasRole(Role.ADMIN) || user.hasRole(Role.REGIONAL_COORDINATOR)) {
            Button add = new Button(getTranslation("irf.applications.new"), e -> open(null));
            add.setId("irf-new-application");
            add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(add);
        }
        if (user.hasRole(Role.REGIONAL_COORDINATOR)) {
            add(new Paragraph(getTranslation("irf.applications.drag-help")));
        }
        grid.setId("irf-application-grid");
        grid.addColumn(Application::applyingRegionName).setHeader(getTranslation("irf.application.region")).setKey("region");
        grid.addColumn(a -> a.regionalRank() == null ? Formats.NOTHING : String.valueOf(a.regionalRank()))
                .setHeader(getTranslation("irf.application.regional-rank")).setKey("rank").setWidth("7em").setFlexGrow(0);
        grid.addColumn(Application::title).setHeader(getTranslation("irf.application.title")).setFlexGrow(4).setKey("title");
        grid.addColumn(a -> Formats.enumLabel(a.kind())).setHeader(getTranslation("irf.application.kind"));
        grid.addColumn(Application::hosts).setHeader(getTranslation("irf.application.hosts"));
        grid.addColumn(a -> Formats.enumLabel(a.status())).setHeader(getTranslation("irf.application.status")).setKey("status");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("irf.application.actions")).setFlexGrow(2).setKey("actions");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addClassName("sm-wrap-headers");
        grid.addItemDoubleClickListener(e -> open(e.getItem()));
        if (user.hasRole(Role.REGIONAL_COORDINATOR)) {
            grid.setRowsDraggable(true);
            grid.setDropMode(GridDropMode.BETWEEN);
            grid.setDragFilter(this::ownRankable);
            grid.setDropFilter(this::ownRankable);
            grid.addDragStartListener(e -> dragged = e.getDraggedItems().getFirst());
            grid.addDragEndListener(e -> dragged = null);
            grid.addDropListener(e -> e.getDropTargetItem().ifPresent(target -> {
                if (dragged != null && dragged != target) {
                    reorder(dragged, target, e.getDropLocation() == GridDropLocation.BELOW);
                }
            }));
        }
        add(grid);
        refresh();
    }

    /** ADMIN opens the next year's round (criteria copied from the current round); the dates can be edited after. */
    private Button openRoundButton() {
        int year = round == null ? java.time.LocalDate.now().getYear() : round.year() + 1;
        Button open = new Button(getTranslation("irf.round.open", year), e -> {
            com.vaadin.flow.component.confirmdialog.ConfirmDialog confirm = new com.vaadin.flow.component.confirmdialog.ConfirmDialog(
                    getTranslation("irf.round.open", year), getTranslation("irf.round.open.text", year),
                    getTranslation("irf.round.open.confirm"), ok -> {
                        try {
                            service.createRound(year, round == null ? ApplicationService.DEFAULT_CRITERIA
                                    : round.criteria().stream().map(IrfRound.Criterion::text).toList());
                            no.rhf.servicemiljo.base.ui.Notifications.success(getTranslation("irf.round.opened", year));
                        } catch (no.rhf.servicemiljo.base.FieldValidationException ex) {
                            no.rhf.servicemiljo.base.ui.Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
                        }
                    });
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("common.cancel"));
            confirm.open();
        });
        open.setId("irf-open-round");
        return open;
    }

    private void showDates(Paragraph dates) {
        dates.setText(getTranslation("irf.round.dates", round.year(), Formats.date(round.opensOn()),
                Formats.date(round.regionalDeadline()), Formats.date(round.serviceEnvironmentDeadline()),
                Formats.date(round.irfMeeting()), Formats.date(round.ministryDeadline())));
    }

    private boolean ownRankable(Application a) {
        return Objects.equals(user.regionId(), a.applyingRegionId()) && a.status() == ApplicationStatus.SUBMITTED;
    }

    private HorizontalLayout actions(Application a) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(new Button(getTranslation(service.canEdit(a) ? "irf.applications.edit" : "irf.applications.show"), e -> open(a)));
        if (user.hasRole(Role.ADMIN)) {
            for (ApplicationStatus next : a.status().adminNext()) {
                actions.add(new Button(Formats.enumLabel(next), e -> {
                    try {
                        service.advance(a.id(), next);
                        refresh();
                    } catch (FieldValidationException ex) {
                        Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
                    }
                }));
            }
        }
        return actions;
    }

    private void reorder(Application moved, Application target, boolean below) {
        List<Application> region = new ArrayList<>(items.stream().filter(this::ownRankable).toList());
        region.remove(moved);
        region.add(region.indexOf(target) + (below ? 1 : 0), moved);
        try {
            service.reorderRegion(round.id(), region.stream().map(Application::id).toList());
            Notifications.success(getTranslation("irf.applications.reordered"));
        } catch (FieldValidationException e) {
            Notifications.error(getTranslation(e.getMessageKey(), e.getArguments()));
        }
        refresh();
    }

    private void open(Application application) {
        new ApplicationDialog(service, history, organisation, round, application, this::refresh).open();
    }

    void refresh() {
        items = service.applications(round.id());
        grid.setItems(items);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("irf.applications.title");
    }
}
