package no.rhf.servicemiljo.assessment.agenda.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.PrivateRatingService.Spread;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaExport;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService.Meeting;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.ui.DocumentDownload;
import no.rhf.servicemiljo.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

/**
 * A reference-group meeting's agenda: the criteria of the chair's reports by how far the members' private ratings
 * diverge (range and standard deviation; sorted by range, then standard deviation), turned into the agenda by the
 * chair, with the meeting's date and place, and exported as Word and PDF. The chair edits; the members read.
 */
@Route("reports/meetings/:meetingId([0-9]{1,18})")
@PermitAll
public class MeetingAgendaView extends Section implements BeforeEnterObserver, HasDynamicTitle {

    private final MeetingAgendaService meetings;
    private long meetingId;
    private String title = "";

    MeetingAgendaView(MeetingAgendaService meetings) {
        this.meetings = meetings;
        addClassName("sm-view");
        setId("meeting-agenda");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        meetingId = event.getRouteParameters().getLong("meetingId").orElse(-1L);
        try {
            render();
        } catch (AccessDeniedException e) {
            event.rerouteToError(com.vaadin.flow.router.AccessDeniedException.class);
        }
    }

    private void render() {
        Meeting meeting = meetings.meeting(meetingId);
        List<Spread> spreads = meetings.disagreement(meetingId);
        title = getTranslation("agenda.title", meeting.reportYear());
        removeAll();
        add(new H2(title), muted(getTranslation("agenda.chair") + ": " + meeting.chairName() + " · " + getTranslation("agenda.reports")
                + ": " + String.join(", ", meeting.reports().stream().map(r -> r.unitName()).toList())));
        add(details(meeting));
        add(new H3(getTranslation("agenda.items")), new AgendaItemList(meetings, meeting, spreads, this::render));
        HorizontalLayout downloads = new HorizontalLayout(
                new DocumentDownload(getTranslation("agenda.export.docx"), "moteagenda-" + meeting.reportYear() + ".docx",
                        WordDocument.CONTENT_TYPE, () -> meetings.docx(meetingId)),
                new DocumentDownload(getTranslation("agenda.export.pdf"), "moteagenda-" + meeting.reportYear() + ".pdf",
                        "application/pdf", () -> meetings.pdf(meetingId)));
        downloads.setWrap(true);
        add(downloads);
        add(new H3(getTranslation("agenda.disagreement")), muted(getTranslation("agenda.disagreement.help")));
        if (meeting.editable()) {
            Button fill = new Button(getTranslation("agenda.fill"), e -> {
                int added = meetings.addFromDisagreement(meetingId);
                render();
                Notifications.success(getTranslation("agenda.filled", added));
            });
            fill.setId("agenda-fill");
            fill.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(fill);
        }
        add(disagreementGrid(spreads));
    }

    private HorizontalLayout details(Meeting meeting) {
        DatePicker date = new DatePicker(getTranslation("agenda.date"), meeting.date());
        date.setId("agenda-date");
        TextField place = new TextField(getTranslation("agenda.place"), meeting.place(), "");
        place.setMaxLength(MeetingAgendaService.MAX_PLACE);
        place.setId("agenda-place");
        date.setReadOnly(!meeting.editable());
        place.setReadOnly(!meeting.editable());
        HorizontalLayout row = new HorizontalLayout(date, place);
        row.setAlignItems(HorizontalLayout.Alignment.BASELINE);
        if (meeting.editable()) {
            Button save = new Button(getTranslation("common.save"), e -> {
                try {
                    meetings.saveDetails(meetingId, date.getValue(), place.getValue());
                    Notifications.success(getTranslation("agenda.saved"));
                } catch (FieldValidationException ex) {
                    Notifications.showAtField(ex, Map.of("date", date, "place", place));
                }
            });
            save.setId("agenda-save");
            row.add(save);
        }
        return row;
    }

    private Grid<Spread> disagreementGrid(List<Spread> spreads) {
        Grid<Spread> grid = new Grid<>();
        grid.addColumn(Spread::unitName).setHeader(getTranslation("agenda.report")).setFlexGrow(3);
        grid.addColumn(s -> s.criterion().position() + ". " + s.criterion().title()).setHeader(getTranslation("agenda.criterion")).setFlexGrow(3);
        grid.addColumn(MeetingAgendaExport::range).setHeader(getTranslation("agenda.range")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeetingAgendaExport::deviation).setHeader(getTranslation("agenda.deviation")).setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(s -> MeetingAgendaExport.ratings(s, this::getTranslation)).setHeader(getTranslation("agenda.ratings")).setFlexGrow(4);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("agenda.disagreement.empty"));
        grid.setId("agenda-disagreement");
        grid.setItems(spreads);
        return grid;
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("sm-muted");
        return p;
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
