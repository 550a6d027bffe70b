package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.base.i18n.AppI18NProvider;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.irf.ranking.Robustness;
import no.rhf.servicemiljo.security.CsvSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The robustness panel as it goes into the frozen snapshot, in bokmål (the language of the package to the Ministry):
 * a table (CSV, one row per position) and a text (whether Kemeny–Young is proven optimal, the margins, the cycles in
 * words). Written once at freeze time; the PDF and DOCX exports read them back from the snapshot.
 */
final class RobustnessExport {

    static final String[] HEADER = {"plass", "soknad_id", "tittel", "schulze", "borda", "kemeny", "median", "endres_uten",
            "vurdering"};

    /** Column keys of the table in the exports, in the order of {@link #HEADER} without the id. */
    static final String[] COLUMNS = {"plass", "tittel", "schulze", "borda", "kemeny", "median", "endres_uten", "vurdering"};

    private RobustnessExport() {
    }

    static RobustnessTexts texts(RankingResults r, Messages messages) {
        return RobustnessTexts.of(r, (key, args) -> messages.get(key, AppI18NProvider.NORWEGIAN, args));
    }

    static String csv(RankingResults r, Messages messages) {
        RobustnessTexts t = texts(r, messages);
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get())) {
            for (Robustness.Position p : r.robustness().positions()) {
                List<Object> row = new ArrayList<>(List.of(p.place(), p.id(), r.application(p.id()).title()));
                p.methods().forEach(m -> row.add(t.place(m)));
                row.add(t.changedBy(p));
                row.add(t.verdict(p));
                printer.printRecord(CsvSafety.row(row));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** One statement a line: the explanation (with the number of ballots), Kemeny proof, the margins heading and margins, the cycles heading and cycles. */
    static String text(RankingResults r, Messages messages) {
        RobustnessTexts t = texts(r, messages);
        Robustness.Report report = r.robustness();
        List<String> lines = new ArrayList<>();
        lines.add(t.text().get("irf.robust.help", String.valueOf(report.ballots())));
        lines.add(t.kemeny(report.kemenyProven()));
        lines.add("# " + t.text().get("irf.robust.margins"));
        report.margins().forEach(d -> lines.add(t.margin(d)));
        lines.add("# " + t.text().get("irf.robust.cycles"));
        if (report.cycles().isEmpty()) {
            lines.add(t.text().get("irf.robust.no-cycles"));
        }
        report.cycles().forEach(c -> lines.add(t.cycle(c)));
        return String.join("\n", lines);
    }

    /** The stored table's header labels (bokmål) and rows, for PDF and DOCX. */
    static List<List<String>> rows(FrozenResult frozen) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(frozen.robustnessCsv()),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                List<String> row = new ArrayList<>();
                for (String column : COLUMNS) {
                    row.add(CsvSafety.restore(record.get(column)));
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The robustness section of the PDF: heading, explanation, table, then the text's statements. */
    static void pdf(Document document, FrozenResult frozen, Messages messages, Font body, Font bold) {
        document.add(new Paragraph(text(messages, "irf.robust.title"), bold));
        if (!frozen.hasRobustness()) {
            document.add(new Paragraph(text(messages, "export.ranking.robustness-missing"), body));
            return;
        }
        String[] lines = frozen.robustnessText().split("\n");
        document.add(new Paragraph(lines[0], body));
        PdfPTable table = new PdfPTable(new float[]{1, 8, 2, 2, 2, 2, 4, 3});
        table.setWidthPercentage(100);
        labels(messages).forEach(label -> table.addCell(new PdfPCell(new Phrase(label, bold))));
        rows(frozen).forEach(row -> row.forEach(cell -> table.addCell(new PdfPCell(new Phrase(cell, body)))));
        document.add(table);
        for (int i = 1; i < lines.length; i++) {
            document.add(lines[i].startsWith("# ") ? new Paragraph(lines[i].substring(2), bold) : new Paragraph(lines[i], body));
        }
    }

    static List<String> labels(Messages messages) {
        return List.of(text(messages, "irf.robust.column.place"), text(messages, "export.ranking.column.title"),
                text(messages, "irf.method.schulze"), text(messages, "irf.method.borda"), text(messages, "irf.method.kemeny"),
                text(messages, "irf.method.median"), text(messages, "irf.robust.column.changed-by"),
                text(messages, "irf.robust.column.verdict"));
    }

    private static String text(Messages messages, String key) {
        return messages.get(key, AppI18NProvider.NORWEGIAN);
    }
}
