package no.rhf.servicemiljo.irf.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.ui.DocumentDownload;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.irf.FrozenResult;
import no.rhf.servicemiljo.irf.IrfRound;
import no.rhf.servicemiljo.irf.RankingService;

import java.io.ByteArrayInputStream;

/** The frozen snapshot's line (when, by whom) and its exports: PDF, CSV and the Word document for the Ministry. */
class FrozenExports extends Div {

    FrozenExports(RankingService ranking, IrfRound round, FrozenResult frozen) {
        Paragraph info = new Paragraph(getTranslation("irf.frozen.info", Formats.dateTime(frozen.frozenAt()), frozen.frozenBy()));
        info.setId("irf-frozen-info");
        long roundId = round.id();
        String name = "irf-rangering-" + round.year();
        Anchor pdf = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(ranking.exportPdf(roundId)), name + ".pdf", "application/pdf", -1)),
                getTranslation("irf.export.pdf"));
        Anchor csv = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(ranking.exportCsv(roundId)), name + ".csv", "text/csv", -1)),
                getTranslation("irf.export.csv"));
        pdf.setId("irf-export-pdf");
        csv.setId("irf-export-csv");
        DocumentDownload docx = new DocumentDownload(getTranslation("irf.export.docx"), name + ".docx",
                WordDocument.CONTENT_TYPE, () -> ranking.exportDocx(roundId));
        docx.button().setId("irf-export-docx");
        HorizontalLayout links = new HorizontalLayout(pdf, csv, docx);
        links.setAlignItems(HorizontalLayout.Alignment.CENTER);
        add(new H3(getTranslation("irf.frozen.title")), info, links);
    }
}
