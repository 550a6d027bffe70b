package no.rhf.servicemiljo.reorganisation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.TextRenderer;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.reorganisation.Involvement;
import no.rhf.servicemiljo.reorganisation.InvolvementParty;
import no.rhf.servicemiljo.reorganisation.ReorganisationCase;
import no.rhf.servicemiljo.reorganisation.ReorganisationService;

import java.time.LocalDate;

/** The recorded involvement of users and employee representatives: who, when, what was said. */
class InvolvementPanel extends Div {

    InvolvementPanel(ReorganisationCase c, boolean editable, ReorganisationService service, Runnable onChanged) {
        setId("involvement");
        setWidthFull();
        add(new H3(getTranslation("reorganisation.involvement")));
        Paragraph why = new Paragraph(getTranslation("reorganisation.involvement.why"));
        why.addClassName("sm-muted");
        add(why);
        if (editable && c.getStatus() != no.rhf.servicemiljo.reorganisation.CaseStatus.CLOSED) {
            Button record = new Button(getTranslation("reorganisation.involvement.add"), VaadinIcon.PLUS.create(),
                    e -> dialog(c, service, onChanged).open());
            record.setId("involvement-add");
            add(record);
        }
        Grid<Involvement> grid = new Grid<>();
        grid.addColumn(i -> Formats.date(i.getHeldOn())).setHeader(getTranslation("reorganisation.involvement.held-on")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(i -> Formats.enumLabel(i.getParty())).setHeader(getTranslation("reorganisation.involvement.party")).setAutoWidth(true);
        grid.addColumn(Involvement::getParticipants).setHeader(getTranslation("reorganisation.involvement.participants")).setFlexGrow(1);
        grid.addColumn(new TextRenderer<>(Involvement::getSummary)).setHeader(getTranslation("reorganisation.involvement.summary")).setFlexGrow(3);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(service.involvements(c.getId()));
        grid.setEmptyStateText(getTranslation("reorganisation.involvement.empty"));
        grid.setId("involvement-grid");
        add(grid);
    }

    private FormDialog dialog(ReorganisationCase c, ReorganisationService service, Runnable onChanged) {
        Select<InvolvementParty> party = new Select<>();
        TextField participants = new TextField();
        DatePicker heldOn = new DatePicker();
        TextArea summary = new TextArea();
        FormDialog dialog = new FormDialog(getTranslation("reorganisation.involvement.add"), "involvement-dialog",
                getTranslation("common.save"), () -> service.recordInvolvement(c.getId(), party.getValue(),
                participants.getValue(), heldOn.getValue(), summary.getValue()), () -> {
                    Notifications.success(getTranslation("reorganisation.involvement.saved"));
                    onChanged.run();
                });
        party.setLabel(getTranslation("reorganisation.involvement.party"));
        party.setItems(InvolvementParty.values());
        party.setItemLabelGenerator(Formats::enumLabel);
        party.setValue(InvolvementParty.USERS);
        party.setId("involvement-party");
        participants.setLabel(getTranslation("reorganisation.involvement.participants"));
        participants.setHelperText(getTranslation("reorganisation.involvement.participants.helper"));
        participants.setMaxLength(ReorganisationService.MAX_PARTICIPANTS);
        participants.setId("involvement-participants");
        heldOn.setLabel(getTranslation("reorganisation.involvement.held-on"));
        heldOn.setLocale(getLocale());
        heldOn.setValue(LocalDate.now());
        heldOn.setMax(LocalDate.now());
        heldOn.setId("involvement-held-on");
        summary.setLabel(getTranslation("reorganisation.involvement.summary"));
        summary.setMaxLength(ReorganisationService.MAX_TEXT);
        summary.setId("involvement-summary");
        dialog.field("party", party);
        dialog.field("participants", participants);
        dialog.field("heldOn", heldOn);
        dialog.field("summary", summary);
        return dialog;
    }
}
