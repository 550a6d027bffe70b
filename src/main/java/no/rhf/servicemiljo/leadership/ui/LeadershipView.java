package no.rhf.servicemiljo.leadership.ui;

import no.rhf.servicemiljo.leadership.LeadershipChanged;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.leadership.HandoverItem;
import no.rhf.servicemiljo.leadership.LeadershipPeriod;
import no.rhf.servicemiljo.leadership.LeadershipService;
import no.rhf.servicemiljo.leadership.LeadershipStatus;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

import java.util.Map;

/**
 * Leadership periods (ADMIN edits) and the handover checklist of the current change of leadership,
 * ticked live by the outgoing and incoming regions.
 */
@Route("leadership")
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER})
@Menu(title = "nav.leadership", order = 2, icon = "vaadin:flag")
public class LeadershipView extends Section implements HasDynamicTitle {

    private final LeadershipService leadership;
    private final OrganisationService organisation;
    private final boolean admin;

    LeadershipView(LeadershipService leadership, OrganisationService organisation, LiveUpdates liveUpdates) {
        this.leadership = leadership;
        this.organisation = organisation;
        this.admin = CurrentUser.require().role() == Role.ADMIN;
        addClassName("sm-view");
        setId("leadership");
        render();
        liveUpdates.refreshWhileAttached(this, this::render, LeadershipChanged.class);
    }

    private void render() {
        removeAll();
        LeadershipStatus status = leadership.status();
        Span leader = new Span(status.current().map(p -> getTranslation("leadership.current", p.getRegion().getName(),
                p.getStartsOn().getYear(), p.getEndsOn().getYear())).orElse(getTranslation("leadership.none")));
        leader.addClassName("sm-leader");
        add(leader, new Paragraph(status.next().map(p -> getTranslation("leadership.next", p.getRegion().getName(),
                p.getStartsOn().getYear(), p.getEndsOn().getYear())).orElse(getTranslation("leadership.no-next"))));
        status.handover().ifPresent(this::addHandover);
        add(new H3(getTranslation("leadership.periods")), periodsGrid(status));
    }

    private void addHandover(LeadershipPeriod incoming) {
        Div checklist = new Div();
        checklist.setId("handover");
        checklist.add(new H3(getTranslation("leadership.handover", incoming.getRegion().getName())));
        Paragraph when = new Paragraph(getTranslation("leadership.handover.when", Formats.date(incoming.getStartsOn())));
        when.setId("handover-when");
        when.addClassName("sm-muted");
        checklist.add(when);
        var items = leadership.handover(incoming.getId());
        if (items.isEmpty()) {
            Paragraph empty = new Paragraph(getTranslation("leadership.handover.empty"));
            empty.addClassName("sm-empty-state");
            checklist.add(empty);
        }
        for (HandoverItem item : items) {
            Checkbox box = new Checkbox(item.getText(), item.isDone());
            box.setId("handover-item-" + item.getSortOrder());
            box.setReadOnly(!leadership.mayTick(item));
            box.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    leadership.tick(item.getId(), e.getValue());
                }
            });
            Span who = new Span(item.isDone() ? getTranslation("leadership.ticked-by", item.getDoneBy().getFullName(),
                    Formats.dateTime(item.getDoneAt())) : "");
            who.addClassName("sm-muted");
            checklist.add(new HorizontalLayout(box, who));
        }
        if (admin) {
            TextField text = new TextField();
            text.setPlaceholder(getTranslation("leadership.handover.new"));
            text.setMaxLength(LeadershipService.MAX_ITEM_LENGTH);
            text.setWidth("28em");
            Button add = new Button(getTranslation("leadership.handover.add"), e -> {
                try {
                    leadership.addHandoverItem(incoming.getId(), text.getValue());
                } catch (FieldValidationException ex) {
                    Notifications.showAtField(ex, Map.of("text", text));
                }
            });
            checklist.add(new HorizontalLayout(text, add));
        }
        add(checklist);
    }

    private Div periodsGrid(LeadershipStatus status) {
        Grid<LeadershipPeriod> grid = new Grid<>();
        grid.addColumn(p -> p.getRegion().getName()).setHeader(getTranslation("unit.region"));
        grid.addColumn(p -> Formats.date(p.getStartsOn())).setHeader(getTranslation("leadership.starts"));
        grid.addColumn(p -> Formats.date(p.getEndsOn())).setHeader(getTranslation("leadership.ends"));
        grid.setPartNameGenerator(p -> status.current().map(c -> c.getId().equals(p.getId())).orElse(false) ? "sm-current" : null);
        if (admin) {
            grid.addComponentColumn(p -> {
                Button edit = new Button(getTranslation("common.edit"), e -> openEditor(p));
                edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
                return edit;
            }).setHeader(getTranslation("common.actions"));
        }
        grid.setItems(leadership.periods());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setEmptyStateText(getTranslation("leadership.periods.empty"));
        Div wrapper = new Div(grid);
        if (admin) {
            Button add = new Button(getTranslation("leadership.add-period"), e -> openEditor(null));
            add.setId("add-period");
            wrapper.addComponentAsFirst(add);
        }
        return wrapper;
    }

    private void openEditor(LeadershipPeriod period) {
        Dialog dialog = new Dialog(getTranslation(period == null ? "leadership.add-period" : "leadership.edit-period"));
        ComboBox<Region> region = new ComboBox<>(getTranslation("unit.region"), organisation.regions());
        region.setItemLabelGenerator(Region::getName);
        DatePicker starts = new DatePicker(getTranslation("leadership.starts"));
        DatePicker ends = new DatePicker(getTranslation("leadership.ends"));
        if (period != null) {
            region.setValue(period.getRegion());
            starts.setValue(period.getStartsOn());
            ends.setValue(period.getEndsOn());
        }
        Button save = new Button(getTranslation("common.save"), e -> {
            try {
                leadership.savePeriod(period == null ? null : period.getId(), region.getValue(), starts.getValue(), ends.getValue());
                dialog.close();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("region", region, "startsOn", starts, "endsOn", ends));
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(new FormLayout(region, starts, ends));
        dialog.getFooter().add(new Button(getTranslation("common.cancel"), e -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.leadership");
    }
}
