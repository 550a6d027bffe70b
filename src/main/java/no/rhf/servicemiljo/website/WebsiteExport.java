package no.rhf.servicemiljo.website;

import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.security.CsvSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The national overview as CSV (one row per unit and criterion) and as a Word document (counts per region, then units). */
public final class WebsiteExport {

    private WebsiteExport() {
    }

    /** CSV with a byte-order mark (æøå in spreadsheets) and every text cell neutralised against formulas. */
    public static byte[] csv(WebsiteOverview overview, Messages messages, Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        String[] header = {messages.get("website.export.unit", locale), messages.get("website.export.hosts", locale),
                messages.get("website.export.criterion", locale), messages.get("website.export.result", locale),
                messages.get("website.export.link", locale), messages.get("website.export.second-link", locale),
                messages.get("website.export.note", locale)};
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(header).get())) {
            for (WebsiteOverview.UnitRow row : overview.units()) {
                for (WebsiteCriterion c : overview.criteria()) {
                    WebsiteAnswer a = row.answer(c);
                    printer.printRecord(CsvSafety.row(row.unit().getNameNb(), row.unit().hostTrustNames(), c.text(),
                            result(a, messages, locale), a == null ? "" : text(a.link()), a == null ? "" : text(a.secondLink()),
                            a == null ? "" : text(a.note())));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    public static byte[] docx(WebsiteOverview overview, Messages messages, Locale locale, LocalDate today) {
        WordDocument doc = WordDocument.create(messages.get("website.export.title", locale, overview.year()), null, today);
        doc.heading(1, messages.get("website.export.per-region", locale));
        List<List<String>> regionRows = new ArrayList<>();
        for (WebsiteOverview.RegionCounts r : overview.regions()) {
            regionRows.add(List.of(r.region().getName(), String.valueOf(r.units()), String.valueOf(r.met()),
                    String.valueOf(r.partlyMet()), String.valueOf(r.notMet()), String.valueOf(r.notAssessed())));
        }
        doc.table(List.of(messages.get("website.export.region", locale), messages.get("website.export.units", locale),
                messages.get("WebsiteResult.MET", locale), messages.get("WebsiteResult.PARTLY_MET", locale),
                messages.get("WebsiteResult.NOT_MET", locale), messages.get("website.not-assessed", locale)), regionRows);
        doc.heading(1, messages.get("website.export.criteria", locale));
        doc.bullets(overview.criteria().stream().map(c -> c.position() + ". " + c.text()).toList());
        doc.heading(1, messages.get("website.export.per-unit", locale));
        for (WebsiteOverview.UnitRow row : overview.units()) {
            doc.heading(2, row.unit().getNameNb());
            doc.field(messages.get("website.export.hosts", locale), row.unit().hostTrustNames());
            List<List<String>> rows = new ArrayList<>();
            for (WebsiteCriterion c : overview.criteria()) {
                WebsiteAnswer a = row.answer(c);
                String link = a == null ? "" : text(a.link()) + (a.secondLink() == null ? "" : "\n" + a.secondLink());
                rows.add(List.of(c.text(), result(a, messages, locale), link, a == null ? "" : text(a.note())));
            }
            doc.table(List.of(messages.get("website.export.criterion", locale), messages.get("website.export.result", locale),
                    messages.get("website.export.link", locale), messages.get("website.export.note", locale)), rows);
        }
        return doc.toBytes();
    }

    private static String result(WebsiteAnswer a, Messages messages, Locale locale) {
        return a == null ? messages.get("website.not-assessed", locale) : messages.get("WebsiteResult." + a.result().name(), locale);
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
