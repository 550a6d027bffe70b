package no.rhf.servicemiljo.arena.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.arena.ArenaChanged;
import no.rhf.servicemiljo.arena.ArenaEvent;
import no.rhf.servicemiljo.arena.ArenaEventService;
import no.rhf.servicemiljo.arena.EventStatus;
import no.rhf.servicemiljo.arena.MyEvent;
import no.rhf.servicemiljo.arena.RegistrationService;
import no.rhf.servicemiljo.base.ui.LiveUpdates;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

/**
 * <em>Dialogarenaer og arrangementer</em>: the upcoming events meant for the user with their registration status and a
 * button to register or cancel; for organisers also every event they organise (drafts too) and a button for a new one.
 */
@Route("arenas")
@PermitAll
@Menu(title = "nav.arenas", order = 7, icon = "vaadin:group")
public class ArenasView extends Section implements HasDynamicTitle {

    private final ArenaEventService events;
    private final Grid<MyEvent> upcoming = new Grid<>();
    private final Grid<ArenaEvent> organised = new Grid<>();
    private final boolean organiser;

    ArenasView(ArenaEventService events, RegistrationService registrations, LiveUpdates live) {
        this.events = events;
        addClassName("sm-view");
        setId("arenas");
        add(new H1(getTranslation("nav.arenas")), new Paragraph(getTranslation("arena.intro")));
        organiser = CurrentUser.get().map(u -> u.role() == Role.ADMIN || u.role() == Role.REGIONAL_COORDINATOR).orElse(false);
        if (organiser) {
            Button create = new Button(getTranslation("arena.create"), VaadinIcon.PLUS.create(),
                    e -> getUI().ifPresent(ui -> ui.navigate("arenas/edit")));
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("arena-create");
            add(create);
        }
        add(new H2(getTranslation("arena.upcoming")));
        upcoming.addComponentColumn(m -> new Anchor(m.event().path(), m.event().title())).setHeader(getTranslation("arena.field.title"))
                .setFlexGrow(3);
        upcoming.addColumn(m -> EventTexts.when(m.event())).setHeader(getTranslation("arena.field.when")).setAutoWidth(true);
        upcoming.addColumn(m -> m.event().where()).setHeader(getTranslation("arena.field.where")).setFlexGrow(2);
        upcoming.addColumn(m -> EventTexts.seats(this, m.event())).setHeader(getTranslation("arena.field.seats")).setFlexGrow(2);
        upcoming.addComponentColumn(m -> m.event().status() == EventStatus.CANCELLED
                        ? new com.vaadin.flow.component.html.Span(getTranslation("EventStatus.CANCELLED"))
                        : EventTexts.status(this, m.myStatus()))
                .setHeader(getTranslation("arena.my.status")).setAutoWidth(true);
        upcoming.addComponentColumn(m -> new RegistrationButton(registrations, m.event(), m.myStatus(), this::refresh))
                .setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        upcoming.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT); // long titles wrap, nothing is cut off
        upcoming.setEmptyStateText(getTranslation("arena.upcoming.empty"));
        upcoming.setAllRowsVisible(true);
        upcoming.setId("arena-upcoming");
        add(upcoming);
        if (organiser) {
            add(new H2(getTranslation("arena.organised")));
            organised.addComponentColumn(e -> new Anchor(e.path(), e.title())).setHeader(getTranslation("arena.field.title")).setFlexGrow(3);
            organised.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_WRAP_CELL_CONTENT);
            organised.addColumn(EventTexts::when).setHeader(getTranslation("arena.field.when")).setAutoWidth(true);
            organised.addColumn(e -> getTranslation("EventStatus." + e.status().name())).setHeader(getTranslation("arena.field.status"))
                    .setAutoWidth(true);
            organised.addColumn(e -> EventTexts.seats(this, e)).setHeader(getTranslation("arena.field.seats")).setAutoWidth(true);
            organised.setEmptyStateText(getTranslation("arena.organised.empty"));
            organised.setAllRowsVisible(true);
            organised.setId("arena-organised");
            add(organised);
        }
        refresh();
        live.refreshWhileAttached(this, this::refresh, ArenaChanged.class);
    }

    private void refresh() {
        upcoming.setItems(events.upcomingForMe());
        if (organiser) {
            organised.setItems(events.organisedByMe());
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.arenas");
    }
}
