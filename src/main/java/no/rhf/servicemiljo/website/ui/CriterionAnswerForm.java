package no.rhf.servicemiljo.website.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.website.WebsiteAnswer;
import no.rhf.servicemiljo.website.WebsiteAnswerDraft;
import no.rhf.servicemiljo.website.WebsiteAssessmentService;
import no.rhf.servicemiljo.website.WebsiteCriterion;
import no.rhf.servicemiljo.website.WebsiteResult;

import java.util.Map;

/**
 * One criterion of a unit's website assessment: the result, the link and a note. For the matching-pages criterion of a
 * service with two hosts both hosts' pages are asked for and shown side by side (opening in new tabs) with the note.
 */
class CriterionAnswerForm extends Div {

    final RadioButtonGroup<WebsiteResult> result = new RadioButtonGroup<>();
    final TextField link = new TextField();
    final TextField secondLink = new TextField();
    final TextArea note = new TextArea();
    final Button save = new Button();
    private final Div pages = new Div();
    private final Span saved = new Span();
    private final WebsiteAssessmentService service;
    private final NationalUnit unit;
    private final WebsiteCriterion criterion;
    private final boolean twoHosts;

    CriterionAnswerForm(WebsiteAssessmentService service, NationalUnit unit, WebsiteCriterion criterion, WebsiteAnswer answer,
                        boolean editable) {
        this.service = service;
        this.unit = unit;
        this.criterion = criterion;
        this.twoHosts = criterion.matchingPages() && unit.getSecondHostTrust() != null;
        setId("website-criterion-" + criterion.id());
        addClassName("sm-card");
        H3 heading = new H3(criterion.position() + ". " + criterion.text());
        result.setLabel(getTranslation("website.export.result"));
        result.setItems(WebsiteResult.values());
        result.setItemLabelGenerator(Formats::enumLabel);
        link.setLabel(twoHosts ? getTranslation("website.link.host", unit.getHostTrust().getName()) : getTranslation("website.link"));
        link.setMaxLength(WebsiteAssessmentService.MAX_LINK);
        link.setPlaceholder("https://");
        link.setWidthFull();
        secondLink.setLabel(twoHosts ? getTranslation("website.link.host", unit.getSecondHostTrust().getName()) : "");
        secondLink.setMaxLength(WebsiteAssessmentService.MAX_LINK);
        secondLink.setPlaceholder("https://");
        secondLink.setWidthFull();
        secondLink.setVisible(twoHosts);
        note.setLabel(getTranslation("website.export.note"));
        note.setMaxLength(WebsiteAssessmentService.MAX_NOTE);
        note.setWidthFull();
        HorizontalLayout linkFields = new HorizontalLayout(link, secondLink);
        linkFields.setWidthFull();
        linkFields.setWrap(true); // side by side where there is room, one under the other on a phone
        link.setMinWidth("16rem");
        secondLink.setMinWidth("16rem");
        linkFields.setFlexGrow(1, link, secondLink);
        add(heading);
        if (twoHosts) {
            Paragraph help = new Paragraph(getTranslation("website.matching.help"));
            help.addClassName("sm-muted");
            add(help);
        }
        add(result, linkFields, note, pages, saved);
        fill(answer);
        result.setReadOnly(!editable);
        link.setReadOnly(!editable);
        secondLink.setReadOnly(!editable);
        note.setReadOnly(!editable);
        if (editable) {
            save.setText(getTranslation("common.save"));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            save.addClickListener(e -> save());
            save.setId("website-save-" + criterion.id());
            add(save);
        }
    }

    private void fill(WebsiteAnswer answer) {
        if (answer != null) {
            result.setValue(answer.result());
            link.setValue(answer.link() == null ? "" : answer.link());
            secondLink.setValue(answer.secondLink() == null ? "" : answer.secondLink());
            note.setValue(answer.note() == null ? "" : answer.note());
            saved.setText(getTranslation("website.saved-by", answer.updatedBy(), Formats.dateTime(answer.updatedAt())));
        } else {
            saved.setText(getTranslation("website.not-assessed"));
        }
        saved.addClassName("sm-muted");
        showPages(answer);
    }

    /** The pages as links in new tabs; for two hosts side by side, with the note under them. */
    private void showPages(WebsiteAnswer answer) {
        pages.removeAll();
        if (answer == null || answer.link() == null) {
            return;
        }
        HorizontalLayout side = new HorizontalLayout();
        side.setWrap(true);
        side.add(page(twoHosts ? unit.getHostTrust().getName() : getTranslation("website.open-page"), answer.link()));
        if (twoHosts && answer.secondLink() != null) {
            side.add(page(unit.getSecondHostTrust().getName(), answer.secondLink()));
        }
        side.setId("website-pages-" + criterion.id());
        pages.add(side);
        if (twoHosts && answer.note() != null) {
            pages.add(new Paragraph(answer.note()));
        }
    }

    private Div page(String label, String url) {
        Anchor a = new Anchor(url, url);
        a.setTarget(AnchorTarget.BLANK);
        a.getElement().setAttribute("rel", "noopener noreferrer");
        // The name holds the visible text (the address) as well: what a speech-input user says is what they see.
        a.getElement().setAttribute("aria-label", getTranslation("website.opens-new-tab", label + ": " + url));
        Div box = new Div(new Span(label + ": "), a);
        box.addClassName("sm-website-page");
        return box;
    }

    void save() {
        try {
            WebsiteAnswer answer = service.save(unit.getId(), criterion.id(),
                    new WebsiteAnswerDraft(result.getValue(), link.getValue(), secondLink.getValue(), note.getValue()));
            fill(answer);
            Notifications.success(getTranslation("website.saved"));
        } catch (FieldValidationException e) {
            Notifications.showAtField(e, Map.<String, HasValidation>of("result", result, "link", link, "secondLink", secondLink,
                    "note", note));
        }
    }
}
