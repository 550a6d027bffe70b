package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.ReferenceGroup;
import no.rhf.servicemiljo.registry.ReferenceGroupMember;
import no.rhf.servicemiljo.registry.ReferenceGroupService;
import no.rhf.servicemiljo.user.UserService;

import java.time.LocalDate;

/** A unit's reference group: current members with the chair, vacant seats, former members. */
class ReferenceGroupPanel extends Div {

    private final NationalUnit unit;
    private final boolean editable;
    private final ReferenceGroupService service;
    private final OrganisationService organisation;
    private final UserService users;

    ReferenceGroupPanel(NationalUnit unit, boolean editable, ReferenceGroupService service,
                        OrganisationService organisation, UserService users) {
        this.unit = unit;
        this.editable = editable;
        this.service = service;
        this.organisation = organisation;
        this.users = users;
        setId("reference-group");
        setWidthFull();
        refresh();
    }

    private void refresh() {
        removeAll();
        ReferenceGroup group = service.group(unit.getId());

        UnorderedList vacancies = new UnorderedList();
        vacancies.setId("vacancies");
        group.vacancies().vacantRhfSeats().forEach(r -> vacancies.add(vacant(getTranslation("member.vacant.rhf", r.getName()))));
        if (group.vacancies().userRepresentativeVacant()) {
            vacancies.add(vacant(getTranslation("member.vacant.user")));
        }
        if (!group.vacancies().any()) {
            vacancies.add(new ListItem(getTranslation("member.no-vacancies")));
        }

        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("member.current")));
        if (editable) {
            Button add = new Button(getTranslation("member.add"), VaadinIcon.PLUS.create(),
                    e -> new MemberDialog(unit, service, organisation, users, this::refresh).open());
            add.setId("member-add");
            header.add(add);
        }
        header.setAlignItems(com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment.BASELINE);

        Grid<ReferenceGroupMember> current = membersGrid(true);
        current.setItems(group.current());
        current.setId("current-members");
        current.setEmptyStateText(getTranslation("member.none"));
        Grid<ReferenceGroupMember> former = membersGrid(false);
        former.setItems(group.former());
        former.setEmptyStateText(getTranslation("member.none-former"));
        add(header, vacancies, current, new H3(getTranslation("member.former")), former);
    }

    private ListItem vacant(String text) {
        ListItem item = new ListItem(text);
        item.addClassName("sm-vacant");
        return item;
    }

    private Grid<ReferenceGroupMember> membersGrid(boolean current) {
        Grid<ReferenceGroupMember> grid = new Grid<>();
        grid.addColumn(ReferenceGroupMember::getPersonName).setHeader(getTranslation("member.person-name")).setFlexGrow(2);
        grid.addColumn(m -> Formats.enumLabel(m.getSeatType())).setHeader(getTranslation("member.seat-type")).setFlexGrow(2);
        grid.addColumn(m -> m.getRegion() == null ? Formats.NOTHING : m.getRegion().getName()).setHeader(getTranslation("member.region"));
        grid.addComponentColumn(m -> {
            Span chair = new Span(m.isChair() ? getTranslation("member.chair") : "");
            if (m.isChair()) {
                chair.getElement().getThemeList().add("badge success");
            }
            return chair;
        }).setHeader(getTranslation("member.chair"));
        grid.addColumn(m -> Formats.date(m.getAppointedOn())).setHeader(getTranslation("member.appointed-on"));
        grid.addColumn(m -> Formats.date(m.getEndsOn())).setHeader(getTranslation("member.ends-on"));
        if (current && editable) {
            grid.addComponentColumn(this::actions).setHeader(getTranslation("common.actions")).setAutoWidth(true).setFlexGrow(0);
        }
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        return grid;
    }

    private HorizontalLayout actions(ReferenceGroupMember member) {
        Button end = new Button(getTranslation("member.end"), e -> confirmEnd(member));
        end.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
        HorizontalLayout actions = new HorizontalLayout(end);
        boolean mayChair = member.getSeatType() == no.rhf.servicemiljo.registry.SeatType.RHF_REPRESENTATIVE
                && !unit.hostRegions().contains(member.getRegion());
        if (!member.isChair() && mayChair) {
            Button chair = new Button(getTranslation("member.make-chair"), e -> {
                try {
                    service.appointChair(member.getId());
                    Notifications.success(getTranslation("member.chair-set", member.getPersonName()));
                    refresh();
                } catch (FieldValidationException ex) {
                    Notifications.error(getTranslation(ex.getMessageKey(), ex.getArguments()));
                }
            });
            chair.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            actions.add(chair);
        }
        return actions;
    }

    private void confirmEnd(ReferenceGroupMember member) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("member.end.confirm.title", member.getPersonName()),
                getTranslation("member.end.confirm.text"), getTranslation("member.end"), e -> {
                    service.endMembership(member.getId(), LocalDate.now());
                    Notifications.success(getTranslation("member.ended", member.getPersonName()));
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }
}
