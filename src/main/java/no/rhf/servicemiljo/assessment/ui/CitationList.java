package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import no.rhf.servicemiljo.assessment.CitationService;
import no.rhf.servicemiljo.assessment.CitationService.Citation;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.base.ui.PdfPageLink;
import no.rhf.servicemiljo.base.ui.PlainDetails;
import org.springframework.security.access.AccessDeniedException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

/**
 * The citations of one field of an assessment (a rating, a comment, the conclusion or the recommendation): links
 * that open the report's PDF at the cited page, and for those who edit, a page (checked against the PDF's page
 * count) and an optional quote to add one, and a remove button (after a confirmation).
 */
final class CitationList extends PlainDetails {

    private final CitationService citations;
    private final ReportReceiptService receipts;
    private final long reportId;
    private final String fieldKey;
    private final boolean editable;
    private final boolean hasFile;
    private final List<Citation> shown;
    private final Div list = new Div();

    CitationList(CitationService citations, ReportReceiptService receipts, long reportId, String fieldKey, List<Citation> initial,
                 boolean editable, boolean hasFile, OptionalInt pages) {
        this.citations = citations;
        this.receipts = receipts;
        this.reportId = reportId;
        this.fieldKey = fieldKey;
        this.editable = editable;
        this.hasFile = hasFile;
        this.shown = new ArrayList<>(initial);
        setId("citations-" + fieldKey);
        addClassName("sm-citations");
        list.setId("citation-list-" + fieldKey);
        setSummaryText(getTranslation("citation.count", shown.size()));
        // Most fields have no citation: their list and form are built when someone opens them, not for every screen.
        if (initial.isEmpty()) {
            buildWhenFirstOpened(() -> build(pages));
        } else {
            build(pages);
            setOpened(true);
        }
    }

    private void build(OptionalInt pages) {
        add(list);
        if (editable) {
            add(form(pages));
        }
        render();
    }

    private Div form(OptionalInt pages) {
        if (!hasFile) {
            Paragraph none = new Paragraph(getTranslation("citation.no-file"));
            none.addClassName("sm-muted");
            return new Div(none);
        }
        IntegerField page = new IntegerField(getTranslation("citation.page"));
        page.setId("citation-page-" + fieldKey);
        page.setMin(1);
        pages.ifPresent(n -> {
            page.setMax(n);
            page.setHelperText(getTranslation("citation.pages", n));
        });
        page.setStepButtonsVisible(false);
        page.setWidth("7em");
        TextField quote = new TextField(getTranslation("citation.quote"));
        quote.setId("citation-quote-" + fieldKey);
        quote.setMaxLength(CitationService.MAX_QUOTE);
        quote.setWidth("24em");
        Button add = new Button(getTranslation("citation.add"), VaadinIcon.PLUS.create(), e -> {
            try {
                shown.add(citations.add(reportId, fieldKey, page.getValue(), quote.getValue()));
                page.setInvalid(false);
                quote.setInvalid(false);
                page.clear();
                quote.clear();
                render();
                Notifications.success(getTranslation("citation.added"));
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("page", page, "quote", quote));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("error.action-denied"));
            }
        });
        add.setId("citation-add-" + fieldKey);
        HorizontalLayout row = new HorizontalLayout(page, quote, add);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.setWrap(true);
        return new Div(row);
    }

    private void render() {
        setSummaryText(getTranslation("citation.count", shown.size()));
        list.removeAll();
        if (shown.isEmpty()) {
            Span none = new Span(getTranslation("citation.none"));
            none.addClassName("sm-muted");
            list.add(none);
            return;
        }
        for (Citation citation : shown) {
            PdfPageLink link = new PdfPageLink(getTranslation("citation.link", citation.page()),
                    getTranslation("citation.link.aria", citation.page()), citation.fileName(), citation.page(),
                    () -> receipts.content(citation.fileId()));
            link.setId("citation-" + citation.id());
            Div item = new Div(link);
            if (citation.quote() != null) {
                item.add(new Span(" «" + citation.quote() + "»"));
            }
            Span by = new Span(" · " + citation.author());
            by.addClassName("sm-muted");
            item.add(by);
            if (editable) {
                Button remove = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(citation));
                remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                remove.setAriaLabel(getTranslation("citation.delete"));
                remove.setTooltipText(getTranslation("citation.delete"));
                remove.setId("citation-delete-" + citation.id());
                item.add(remove);
            }
            list.add(item);
        }
    }

    private void confirmDelete(Citation citation) {
        ConfirmDialog confirm = new ConfirmDialog(getTranslation("citation.delete.confirm-title"),
                getTranslation("citation.delete.confirm-text", citation.page()), getTranslation("citation.delete"), ok -> {
            try {
                citations.delete(citation.id());
                shown.removeIf(c -> c.id() == citation.id());
                render();
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("error.action-denied"));
            }
        });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("common.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("citation-delete-confirm");
        confirm.open();
    }
}
