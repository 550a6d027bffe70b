package no.rhf.servicemiljo.registry.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.registry.UnitImportService;
import no.rhf.servicemiljo.registry.UnitImportService.ImportPreview;
import no.rhf.servicemiljo.registry.UnitImportService.RowError;
import no.rhf.servicemiljo.security.Role;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/** ADMIN imports units from CSV: upload, preview with per-row errors, then all rows or none. */
@Route("units/import")
@RolesAllowed(Role.Names.ADMIN)
@Menu(title = "nav.unit-import", order = 12, icon = "vaadin:upload")
public class UnitImportView extends Section implements HasDynamicTitle {

    static final int MAX_BYTES = UnitImportService.MAX_BYTES;

    private final UnitImportService importService;
    private final Grid<UnitImportService.PreviewRow> preview = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Button run = new Button();
    private final ProgressBar progress = new ProgressBar();
    private byte[] uploaded;

    UnitImportView(UnitImportService importService) {
        this.importService = importService;
        addClassName("sm-view");
        setId("unit-import");

        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> {
            ImportPreview result = importService.preview(data);
            UI ui = UI.getCurrent();
            ui.access(() -> showPreview(data, result));
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.setDropLabel(new Span(getTranslation("import.drop")));
        upload.setUploadButton(new Button(getTranslation("import.upload")));
        upload.addFileRejectedListener(e -> Notifications.error(getTranslation(
                e.getErrorMessage() != null && e.getErrorMessage().toLowerCase().contains("size")
                        ? "import.error.file-size" : "import.error.file-type")));
        upload.setId("unit-upload");

        preview.addColumn(UnitImportService.PreviewRow::line).setHeader(getTranslation("import.line")).setAutoWidth(true).setFlexGrow(0);
        preview.addColumn(UnitImportService.PreviewRow::name).setHeader(getTranslation("unit.name-nb")).setFlexGrow(3);
        preview.addColumn(UnitImportService.PreviewRow::kind).setHeader(getTranslation("unit.kind"));
        preview.addColumn(UnitImportService.PreviewRow::host).setHeader(getTranslation("unit.host"));
        preview.addColumn(row -> row.errors().isEmpty() ? getTranslation("import.ok")
                : row.errors().stream().map(this::message).collect(Collectors.joining("; ")))
                .setHeader(getTranslation("import.errors")).setFlexGrow(4).setKey("errors");
        preview.setPartNameGenerator(row -> row.errors().isEmpty() ? null : "sm-error-row");
        preview.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        preview.setVisible(false);
        preview.setId("import-preview");
        summary.setId("import-summary");

        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.setVisible(false);
        run.setId("import-run");
        run.addClickListener(e -> runImport());
        progress.setIndeterminate(true);
        progress.setVisible(false);

        add(new Paragraph(getTranslation("import.instructions")), upload, summary, run, progress, preview);
    }

    String message(RowError error) {
        return getTranslation(error.messageKey(), error.arguments());
    }

    /** Shows the preview; the import button appears only when every row is valid. */
    void showPreview(byte[] data, ImportPreview result) {
        uploaded = data;
        preview.setItems(result.rows());
        preview.setVisible(!result.rows().isEmpty());
        int errors = result.allErrors().size();
        if (result.valid()) {
            summary.setText(getTranslation("import.valid", result.rows().size()));
            run.setText(getTranslation("import.run", result.rows().size()));
        } else {
            String fileErrors = result.fileErrors().stream().map(this::message).collect(Collectors.joining(" "));
            summary.setText(getTranslation("import.has-errors", errors) + (fileErrors.isEmpty() ? "" : " " + fileErrors));
        }
        if (result.restoredCells() > 0) {
            summary.setText(summary.getText() + " " + getTranslation("csv.import.neutralised", result.restoredCells()));
        }
        summary.getStyle().set("color", result.valid() ? "var(--lumo-success-text-color)" : "var(--lumo-error-text-color)");
        run.setVisible(result.valid());
    }

    void runImport() {
        byte[] data = uploaded;
        UI ui = UI.getCurrent();
        run.setEnabled(false);
        progress.setVisible(true);
        summary.setText(getTranslation("import.running"));
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                int imported = importService.importAll(data);
                ui.access(() -> {
                    Notifications.success(getTranslation("import.done", imported));
                    ui.navigate(UnitListView.class);
                });
            } catch (UnitImportService.ImportRejectedException rejected) {
                ui.access(() -> {
                    showPreview(data, rejected.preview());
                    Notifications.error(getTranslation("import.rejected"));
                });
            } catch (RuntimeException failure) {
                ui.access(() -> {
                    throw failure;
                });
            } finally {
                ui.access(() -> {
                    progress.setVisible(false);
                    run.setEnabled(true);
                });
            }
        }));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("import.title");
    }
}
