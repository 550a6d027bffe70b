package no.rhf.servicemiljo.arena.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.arena.ArenaEvent;
import no.rhf.servicemiljo.arena.ArenaEventService;
import no.rhf.servicemiljo.arena.Audience;
import no.rhf.servicemiljo.arena.EventDraft;
import no.rhf.servicemiljo.arena.EventStatus;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitFilter;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The organiser creates or changes an event: title, description, organiser (national or a region: only those the user
 * may organise are offered, and the service checks again), audience, place or video link, times, capacity and
 * registration deadline. A new event is saved as a draft and published from its page.
 */
@Route("arenas/edit/:id?([0-9]+)")
@RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
public class ArenaEditView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    /** An organiser choice: national (null) or a region. */
    record Organiser(Short regionId, String label) {
    }

    private final ArenaEventService events;
    private final H1 heading = new H1();
    /** Editing a published event with participants: who gets a mail about a change. */
    private final Paragraph notice = new Paragraph();
    private final TextField title = new TextField();
    private final TextArea description = new TextArea();
    private final Select<Organiser> organiser = new Select<>();
    private final Select<Audience> audience = new Select<>();
    private final Select<Region> audienceRegion = new Select<>();
    private final MultiSelectComboBox<NationalUnit> units = new MultiSelectComboBox<>();
    private final TextField location = new TextField();
    private final TextField videoUrl = new TextField();
    private final DateTimePicker startsAt = new DateTimePicker();
    private final DateTimePicker endsAt = new DateTimePicker();
    private final IntegerField capacity = new IntegerField();
    private final DateTimePicker deadline = new DateTimePicker();
    private Long eventId;

    ArenaEditView(ArenaEventService events, OrganisationService organisations, UnitService unitService) {
        this.events = events;
        addClassName("sm-view");
        setId("arena-edit");
        title.setLabel(getTranslation("arena.field.title"));
        title.setMaxLength(ArenaEventService.MAX_TITLE);
        title.setRequiredIndicatorVisible(true);
        description.setLabel(getTranslation("arena.field.description"));
        description.setMaxLength(ArenaEventService.MAX_DESCRIPTION);
        organiser.setLabel(getTranslation("arena.field.organiser"));
        List<Organiser> choices = new ArrayList<>();
        if (events.mayOrganiseNational()) {
            choices.add(new Organiser(null, getTranslation("arena.export.national")));
        }
        var me = CurrentUser.require();
        organisations.regions().stream().filter(r -> me.role() == Role.ADMIN || Objects.equals(r.getId(), me.regionId()))
                .forEach(r -> choices.add(new Organiser(r.getId(), r.getName())));
        organiser.setItems(choices);
        organiser.setItemLabelGenerator(Organiser::label);
        organiser.setValue(choices.isEmpty() ? null : choices.getFirst());
        audience.setLabel(getTranslation("arena.field.audience"));
        audience.setItems(Audience.values());
        audience.setItemLabelGenerator(a -> getTranslation("Audience." + a.name()));
        audience.setValue(Audience.EVERYONE);
        audienceRegion.setLabel(getTranslation("arena.field.audience-region"));
        audienceRegion.setItems(organisations.regions());
        audienceRegion.setItemLabelGenerator(Region::getName);
        units.setLabel(getTranslation("arena.field.units"));
        units.setItems(unitService.findAll(UnitFilter.ALL));
        units.setItemLabelGenerator(NationalUnit::getNameNb);
        audience.addValueChangeListener(e -> showAudienceFields());
        location.setLabel(getTranslation("arena.field.location"));
        location.setMaxLength(ArenaEventService.MAX_LOCATION);
        videoUrl.setLabel(getTranslation("arena.field.video-url"));
        videoUrl.setMaxLength(ArenaEventService.MAX_URL);
        videoUrl.setHelperText(getTranslation("arena.field.video-url.help"));
        startsAt.setLabel(getTranslation("arena.field.starts-at"));
        endsAt.setLabel(getTranslation("arena.field.ends-at"));
        capacity.setLabel(getTranslation("arena.field.capacity"));
        capacity.setHelperText(getTranslation("arena.field.capacity.help"));
        capacity.setMin(1);
        deadline.setLabel(getTranslation("arena.field.deadline"));
        title.setId("arena-title");
        location.setId("arena-location");
        videoUrl.setId("arena-video-url");
        startsAt.setId("arena-starts-at");
        endsAt.setId("arena-ends-at");
        capacity.setId("arena-capacity");
        deadline.setId("arena-deadline");
        FormLayout form = new FormLayout(title, organiser, description, audience, audienceRegion, units, location, videoUrl,
                startsAt, endsAt, capacity, deadline);
        form.setColspan(description, 2);
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("title", title), Map.entry("description", description),
                Map.entry("audience", audience), Map.entry("audienceRegion", audienceRegion), Map.entry("units", units),
                Map.entry("location", location), Map.entry("videoUrl", videoUrl), Map.entry("startsAt", startsAt),
                Map.entry("endsAt", endsAt), Map.entry("capacity", capacity), Map.entry("registrationDeadline", deadline));
        Button save = new Button(getTranslation("common.save"), e -> save(fields));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("arena-save");
        Button cancel = new Button(getTranslation("common.cancel"), e -> getUI().ifPresent(ui -> ui.navigate(
                eventId == null ? "arenas" : "arenas/" + eventId)));
        notice.setId("arena-edit-notice");
        notice.setVisible(false);
        add(heading, notice, form, new HorizontalLayout(save, cancel));
        showAudienceFields();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        eventId = event.getRouteParameters().getLong("id").orElse(null);
        heading.setText(getTranslation(eventId == null ? "arena.create" : "arena.edit"));
        if (eventId == null) {
            return;
        }
        ArenaEvent existing = events.find(eventId).filter(events::mayOrganise).orElse(null);
        if (existing == null) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
            return;
        }
        if (existing.status() == EventStatus.PUBLISHED && existing.registered() + existing.waiting() > 0) {
            notice.setText(getTranslation("arena.edit.notice", existing.registered(), existing.waiting()));
            notice.setVisible(true);
        }
        EventDraft d = EventDraft.of(existing);
        title.setValue(d.title());
        description.setValue(d.description());
        organiser.getListDataView().getItems().filter(o -> Objects.equals(o.regionId(), d.organiserRegionId())).findFirst()
                .ifPresent(organiser::setValue);
        audience.setValue(d.audience());
        audienceRegion.getListDataView().getItems().filter(r -> Objects.equals(r.getId(), d.audienceRegionId())).findFirst()
                .ifPresent(audienceRegion::setValue);
        units.setValue(units.getListDataView().getItems().filter(u -> d.unitIds().contains(u.getId())).collect(Collectors.toSet()));
        location.setValue(Objects.requireNonNullElse(d.location(), ""));
        videoUrl.setValue(Objects.requireNonNullElse(d.videoUrl(), ""));
        startsAt.setValue(d.startsAt());
        endsAt.setValue(d.endsAt());
        capacity.setValue(d.capacity());
        deadline.setValue(d.registrationDeadline());
    }

    private void showAudienceFields() {
        audienceRegion.setVisible(audience.getValue() == Audience.REGION);
        units.setVisible(audience.getValue() == Audience.UNITS || audience.getValue() == Audience.REFERENCE_GROUPS);
    }

    private void save(Map<String, HasValidation> fields) {
        fields.values().forEach(f -> f.setInvalid(false));
        if (capacity.isInvalid() || !capacity.getElement().getProperty("value", "").isEmpty() && capacity.getValue() == null) {
            Notifications.showAtField(new FieldValidationException("capacity", "arena.error.capacity", ArenaEventService.MAX_CAPACITY), fields);
            return;
        }
        EventDraft draft = new EventDraft(title.getValue(), description.getValue(),
                organiser.getValue() == null ? null : organiser.getValue().regionId(), audience.getValue(),
                audienceRegion.getValue() == null ? null : audienceRegion.getValue().getId(),
                units.getValue().stream().map(NationalUnit::getId).collect(Collectors.toSet()), location.getValue(), videoUrl.getValue(),
                startsAt.getValue(), endsAt.getValue(), capacity.getValue(), deadline.getValue());
        try {
            long id = events.save(eventId, draft);
            Notifications.success(getTranslation("arena.saved", draft.title().strip()));
            getUI().ifPresent(ui -> ui.navigate("arenas/" + id));
        } catch (FieldValidationException ex) {
            Notifications.showAtField(ex, fields);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation(eventId == null ? "arena.create" : "arena.edit");
    }
}
