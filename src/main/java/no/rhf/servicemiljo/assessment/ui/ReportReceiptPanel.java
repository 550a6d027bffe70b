package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import no.rhf.servicemiljo.assessment.ReportReceiptService.ReportFile;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The annual report itself: when it came in, its eRapport link and uploaded PDFs; the unit's service
 * contact, the host region's coordinators and ADMIN register it here (upload, or date and link).
 */
class ReportReceiptPanel extends Div {

    private final ReportReceiptService receipts;
    private final Supplier<Report> report;
    private final Runnable changed;
    private final Span uploadError = new Span();

    /** {@code report} supplies the report as stored now; {@code changed} runs after every registration (to tell the others). */
    ReportReceiptPanel(ReportReceiptService receipts, Supplier<Report> report, Runnable changed) {
        this.receipts = receipts;
        this.report = report;
        this.changed = changed;
        addClassName("sm-card");
        setId("report-receipt");
        refresh();
    }

    void refresh() {
        removeAll();
        Report current = report.get();
        add(new H3(getTranslation("assessment.report")));
        Paragraph received = new Paragraph(current.receivedOn() == null ? getTranslation("assessment.report.not-received")
                : getTranslation("assessment.report.received-on", Formats.date(current.receivedOn())));
        received.setId("report-received");
        add(received);
        if (current.erapportLink() != null) {
            Anchor link = new Anchor(current.erapportLink(), getTranslation("assessment.report.erapport"));
            link.setTarget("_blank");
            add(new Div(link));
        }
        List<ReportFile> files = receipts.files(current.id());
        if (!files.isEmpty()) {
            add(new Div(download(files.getFirst())));
            if (files.size() > 1) {
                Div older = new Div();
                files.stream().skip(1).forEach(f -> older.add(new Div(download(f))));
                add(new Details(getTranslation("assessment.report.earlier", files.size() - 1), older));
            }
        }
        if (receipts.canRegister(current)) {
            add(registration(current));
        }
    }

    private Anchor download(ReportFile file) {
        String text = getTranslation("assessment.report.file", file.fileName(), size(file.sizeBytes()), file.uploadedBy(),
                Formats.dateTime(file.uploadedAt()));
        Anchor anchor = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(receipts.content(file.id())), file.fileName(), "application/pdf", file.sizeBytes())), text);
        anchor.setId("report-file-" + file.id());
        return anchor;
    }

    private static String size(int bytes) {
        return bytes < 1024 * 1024
                ? Math.max(1, Math.round(bytes / 1024.0)) + " kB"
                : String.format(Locale.forLanguageTag("nb"), "%.1f MB", bytes / (1024.0 * 1024.0));
    }

    private Div registration(Report current) {
        Upload upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() -> {
            upload.clearFileList();
            try {
                receipts.upload(current.id(), meta.fileName(), bytes);
                Notifications.success(getTranslation("assessment.report.uploaded"));
                refresh();
                changed.run();
            } catch (FieldValidationException e) {
                showUploadError(getTranslation(e.getMessageKey(), e.getArguments()));
            }
        }))));
        upload.setId("report-upload");
        upload.setAcceptedFileTypes("application/pdf", ".pdf");
        upload.setMaxFileSize(ReportReceiptService.MAX_REPORT_BYTES);
        upload.setDropLabel(new Span(getTranslation("assessment.report.drop")));
        upload.setUploadButton(new Button(getTranslation("assessment.report.upload")));
        upload.addFileRejectedListener(e -> showUploadError(getTranslation(
                e.getErrorMessage() != null && e.getErrorMessage().toLowerCase(Locale.ROOT).contains("big")
                        ? "assessment.error.file-size" : "assessment.error.file-type", ReportReceiptService.MAX_REPORT_BYTES / (1024 * 1024))));
        uploadError.setId("report-upload-error");
        uploadError.addClassName("sm-error");
        uploadError.setText("");

        DatePicker receivedOn = new DatePicker(getTranslation("assessment.report.received-date"));
        receivedOn.setValue(current.receivedOn() == null ? LocalDate.now() : current.receivedOn());
        receivedOn.setMax(LocalDate.now());
        receivedOn.setId("report-received-on");
        TextField link = new TextField(getTranslation("assessment.report.erapport-link"));
        link.setPlaceholder("https://");
        link.setValue(current.erapportLink() == null ? "" : current.erapportLink());
        link.setMaxLength(500);
        link.setWidth("28rem");
        link.setId("report-erapport-link");
        Button register = new Button(getTranslation("assessment.report.register"), e -> {
            receivedOn.setInvalid(false);
            link.setInvalid(false);
            try {
                receipts.markReceived(current.id(), receivedOn.getValue(), link.getValue());
                Notifications.success(getTranslation("assessment.report.registered"));
                refresh();
                changed.run();
            } catch (FieldValidationException ex) {
                Notifications.showAtField(ex, Map.of("receivedOn", receivedOn, "erapportLink", link));
            }
        });
        register.setId("report-register");
        HorizontalLayout form = new HorizontalLayout(receivedOn, link, register);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        Paragraph help = new Paragraph(getTranslation("assessment.report.upload-help", ReportReceiptService.MAX_REPORT_BYTES / (1024 * 1024)));
        help.addClassName("sm-muted");
        return new Div(help, upload, uploadError, form);
    }

    private void showUploadError(String text) {
        uploadError.setText(text);
        Notifications.error(text);
    }
}
