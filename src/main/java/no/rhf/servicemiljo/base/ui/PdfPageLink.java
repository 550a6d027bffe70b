package no.rhf.servicemiljo.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.server.StreamRegistration;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;

import java.io.ByteArrayInputStream;
import java.util.function.Supplier;

/**
 * A link that opens a stored PDF at a page in a new tab, in the browser's own viewer ({@code #page=N} after the
 * PDF's address, which Chromium's, Firefox's and Safari's viewers follow). The PDF is served inline through
 * Vaadin's resource registry, owned by this link's element, so only while the link is on the screen, and the
 * {@code content} supplier runs the service's access check when the PDF is opened. The accessible name says where
 * the link goes ("Åpne årsrapporten på side 4 i en ny fane").
 */
public class PdfPageLink extends Anchor {

    private final DownloadHandler handler;
    private final int page;
    private StreamRegistration registration;

    public PdfPageLink(String text, String accessibleName, String fileName, int page, Supplier<byte[]> content) {
        this.page = page;
        setText(text);
        setTarget("_blank");
        getElement().setAttribute("rel", "noopener");
        getElement().setAttribute("aria-label", accessibleName);
        getElement().setAttribute("title", accessibleName);
        handler = DownloadHandler.fromInputStream(event -> {
            byte[] bytes = content.get();
            return new DownloadResponse(new ByteArrayInputStream(bytes), fileName, "application/pdf", bytes.length);
        }).inline();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        registration = event.getSession().getResourceRegistry().registerResource(handler, getElement());
        setHref(registration.getResourceUri().toString() + "#page=" + page);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
        super.onDetach(event);
    }

    public int page() {
        return page;
    }
}
