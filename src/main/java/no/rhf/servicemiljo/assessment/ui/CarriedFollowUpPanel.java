package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import no.rhf.servicemiljo.assessment.ClosingStatus;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService;
import no.rhf.servicemiljo.assessment.FollowUpContinuityService.CarriedFollowUp;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import org.springframework.security.access.AccessDeniedException;

import java.util.List;
import java.util.Map;

/**
 * Last year's open follow-up needs carried into this assessment, each with a link to last year's assessment and,
 * for those who edit, a status and a comment to close it with. Shown only when something was carried over.
 */
final class CarriedFollowUpPanel extends Div {

    private final FollowUpContinuityService continuity;
    private final long reportId;
    private final boolean editable;

    CarriedFollowUpPanel(FollowUpContinuityService continuity, long reportId, List<CarriedFollowUp> items, boolean editable) {
        this.continuity = continuity;
        this.reportId = reportId;
        this.editable = editable;
        setId("carried-follow-ups");
        setVisible(!items.isEmpty());
        render(items);
    }

    private void render(List<CarriedFollowUp> items) {
        removeAll();
        add(new H3(getTranslation("continuity.title")));
        Paragraph help = new Paragraph(getTranslation("continuity.help"));
        help.addClassName("sm-muted");
        add(help);
        items.forEach(item -> add(card(item)));
    }

    private Div card(CarriedFollowUp item) {
        Div card = new Div();
        card.addClassName("sm-card");
        card.setId("carried-" + item.id());
        H4 title = new H4(item.description());
        Paragraph from = new Paragraph(getTranslation("continuity.from", item.sourceYear(), item.regionName(), Formats.date(item.dueOn())) + " · ");
        from.add(new Anchor("reports/" + item.sourceReportId(), getTranslation("continuity.open-old", item.sourceYear())));
        from.addClassName("sm-muted");
        card.add(title, from);
        Select<ClosingStatus> status = new Select<>();
        status.setLabel(getTranslation("continuity.status"));
        status.setItems(ClosingStatus.values());
        status.setItemLabelGenerator(s -> s == null ? getTranslation("continuity.open") : getTranslation("ClosingStatus." + s));
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("continuity.open"));
        status.setValue(item.status());
        status.setId("carried-status-" + item.id());
        TextArea comment = new TextArea(getTranslation("continuity.comment"));
        comment.setMaxLength(FollowUpContinuityService.MAX_COMMENT);
        comment.setValue(item.comment() == null ? "" : item.comment());
        comment.setWidthFull();
        comment.setId("carried-comment-" + item.id());
        status.setReadOnly(!editable);
        comment.setReadOnly(!editable);
        card.add(status, comment);
        if (item.closed()) {
            Paragraph closed = new Paragraph(getTranslation("continuity.closed-by", Formats.dateTime(item.closedAt()), item.closedBy()));
            closed.addClassName("sm-muted");
            card.add(closed);
        }
        if (editable) {
            Button save = new Button(getTranslation("continuity.save"), e -> {
                try {
                    continuity.close(item.id(), item.version(), status.getValue(), comment.getValue());
                    Notifications.success(getTranslation("continuity.saved"));
                    render(continuity.carried(reportId));
                } catch (FieldValidationException ex) {
                    Notifications.showAtField(ex, Map.of("closingStatus", status, "closingComment", comment));
                } catch (AccessDeniedException ex) {
                    Notifications.error(getTranslation("error.action-denied"));
                }
            });
            save.setId("carried-save-" + item.id());
            HorizontalLayout actions = new HorizontalLayout(save);
            actions.setAlignItems(FlexComponent.Alignment.BASELINE);
            card.add(actions);
        }
        return card;
    }
}
