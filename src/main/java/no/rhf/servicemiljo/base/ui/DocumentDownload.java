package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;

import java.io.ByteArrayInputStream;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;

/**
 * A button that makes a document (DOCX, PDF, …) without freezing the screen: on a click the document is made
 * in the background, as the signed-in user, while a progress bar and a status text ("Lager dokumentet …",
 * also said to screen readers) show that work is going on; when it is ready the browser downloads it and a
 * "Last ned igjen" link stays. A failure is told in the status text, never as an error page.
 * <p>
 * The {@code producer} runs outside the UI thread: it must not touch components or call {@code getTranslation};
 * resolve labels before and pass them in.
 */
public class DocumentDownload extends Composite<HorizontalLayout> {

    private static final Logger log = LoggerFactory.getLogger(DocumentDownload.class);

    private final Button button;
    private final ProgressBar progress = new ProgressBar();
    private final Span status = new Span();
    private final Anchor again = new Anchor();
    private final String fileName;
    private final String mediaType;
    private final Supplier<byte[]> producer;
    private volatile byte[] made;

    /**
     * @param label     the button's text, e.g. "Last ned Word"
     * @param fileName  the name the browser saves it under
     * @param mediaType e.g. {@code WordDocument.CONTENT_TYPE}
     * @param producer  makes the document's bytes; runs in the background with the user's security context
     */
    public DocumentDownload(String label, String fileName, String mediaType, Supplier<byte[]> producer) {
        this.fileName = fileName;
        this.mediaType = mediaType;
        this.producer = producer;
        button = new Button(label, VaadinIcon.FILE_TEXT_O.create(), e -> start());
        progress.setIndeterminate(true);
        progress.setVisible(false);
        progress.setWidth("8em");
        progress.getElement().setAttribute("aria-label", label);
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("sm-download-status");
        again.setText(getTranslation("document.download.again"));
        again.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = made;
            if (bytes == null) {
                bytes = producer.get();
            }
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, mediaType, bytes.length);
        }));
        again.getElement().setAttribute("download", true);
        again.setVisible(false);
        HorizontalLayout layout = getContent();
        layout.setPadding(false);
        layout.setAlignItems(HorizontalLayout.Alignment.CENTER);
        layout.add(button, progress, status, again);
    }

    /** The button, e.g. to give it an id for tests. */
    public Button button() {
        return button;
    }

    /** The link to the made document (visible once it is made). */
    public Anchor link() {
        return again;
    }

    private void start() {
        UI ui = UI.getCurrent();
        button.setEnabled(false);
        progress.setVisible(true);
        again.setVisible(false);
        status.setText(getTranslation("document.download.working"));
        String ready = getTranslation("document.download.ready", fileName);
        String failed = getTranslation("document.download.failed");
        CompletableFuture.runAsync(new DelegatingSecurityContextRunnable(() -> {
            try {
                made = producer.get();
                ui.access(() -> finish(ready, true));
            } catch (RuntimeException e) {
                log.warn("Could not make {}", fileName, e);
                ui.access(() -> finish(failed, false));
            }
        }));
    }

    private void finish(String text, boolean ok) {
        button.setEnabled(true);
        progress.setVisible(false);
        status.setText(text);
        again.setVisible(ok);
        if (ok) {
            again.getElement().executeJs("this.click()");
        }
    }
}
