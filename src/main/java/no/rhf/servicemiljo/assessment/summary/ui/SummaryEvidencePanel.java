package no.rhf.servicemiljo.assessment.summary.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import no.rhf.servicemiljo.assessment.ClosingStatus;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService.Closures;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService.RegionClosures;
import no.rhf.servicemiljo.assessment.summary.SummaryEvidenceService.SummaryCitation;
import no.rhf.servicemiljo.base.ui.PdfPageLink;

import java.util.ArrayList;
import java.util.List;

/**
 * On the national summary: last year's follow-up needs carried into the counted reports, closed per region, and
 * the citations behind the ratings and comments, each a link to the report's PDF at the page.
 */
final class SummaryEvidencePanel extends Div {

    SummaryEvidencePanel(SummaryEvidenceService evidence, long cycleId, boolean preliminary) {
        setId("summary-evidence");
        Closures closures = evidence.closures(cycleId, preliminary);
        add(new H3(getTranslation("summary.closures")));
        if (closures.national().carried() == 0) {
            add(empty("summary.closures.empty", "summary-closures-empty"));
        } else {
            Paragraph help = new Paragraph(getTranslation("summary.closures.help"));
            help.addClassName("sm-muted");
            List<RegionClosures> rows = new ArrayList<>(closures.regions());
            rows.add(closures.national());
            Grid<RegionClosures> grid = new Grid<>();
            grid.setId("summary-closures");
            grid.addThemeVariants(GridVariant.LUMO_COMPACT);
            grid.setAllRowsVisible(true);
            grid.addColumn(r -> r.region() == null ? getTranslation("summary.national") : r.region().getName())
                    .setHeader(getTranslation("summary.region")).setKey("region").setAutoWidth(true);
            grid.addColumn(RegionClosures::carried).setHeader(getTranslation("summary.closures.carried")).setKey("carried");
            grid.addColumn(RegionClosures::closed).setHeader(getTranslation("summary.closures.closed")).setKey("closed");
            for (ClosingStatus status : ClosingStatus.values()) {
                grid.addColumn(r -> r.count(status)).setHeader(getTranslation("ClosingStatus." + status)).setKey(status.name());
            }
            grid.addColumn(r -> r.carried() - r.closed()).setHeader(getTranslation("summary.closures.open")).setKey("open");
            grid.setItems(rows);
            add(help, grid);
        }

        add(new H3(getTranslation("summary.citations")));
        List<SummaryCitation> citations = evidence.citations(cycleId, preliminary, getLocale());
        if (citations.isEmpty()) {
            add(empty("summary.citations.empty", "summary-citations-empty"));
            return;
        }
        UnorderedList list = new UnorderedList();
        list.setId("summary-citations");
        for (SummaryCitation c : citations) {
            ListItem item = new ListItem(new Span(c.unitName() + " · " + c.fieldLabel() + ": "));
            PdfPageLink link = new PdfPageLink(getTranslation("citation.link", c.page()),
                    getTranslation("citation.link.aria-unit", c.page(), c.unitName()), "arsrapport.pdf", c.page(),
                    () -> evidence.citedFile(c.fileId()));
            item.add(link);
            if (c.quote() != null) {
                item.add(new Span(" «" + c.quote() + "»"));
            }
            list.add(item);
        }
        add(list);
    }

    private Paragraph empty(String key, String id) {
        Paragraph none = new Paragraph(getTranslation(key));
        none.addClassName("sm-empty-state");
        none.setId(id);
        return none;
    }
}
