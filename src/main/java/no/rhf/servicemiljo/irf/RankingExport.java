package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.base.i18n.AppI18NProvider;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.irf.ranking.AggregationResult;
import no.rhf.servicemiljo.irf.ranking.Warning;
import no.rhf.servicemiljo.security.CsvSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.openpdf.text.Document;
import org.openpdf.text.Element;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The frozen result as it goes in the package to the Ministry: the snapshot is written once as CSV and text
 * at freeze time, and the exports are rendered from that snapshot only (never recomputed), so what is
 * exported is exactly what was frozen. The export is in Norwegian, the language of the package; its texts are in the
 * bundle {@code i18n/export.properties}.
 */
final class RankingExport {

    static final String[] HEADER = {"plass", "soknad_id", "tittel", "sokende_rhf", "vertsforetak", "regional_rangering",
            "schulze_niva", "borda_poeng", "kemeny_plass", "median_rangering"};

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm", Locale.forLanguageTag("nb"))
            .withZone(ZoneId.of("Europe/Oslo"));

    private RankingExport() {
    }

    /** One row per application in the final strict order (library tie-break rule), with every method's figure. */
    static String csv(RankingResults r) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(HEADER).get())) {
            List<String> kemenyOrder = r.report().kemeny().order();
            int place = 1;
            for (String id : r.strictOrder()) {
                Application a = r.application(id);
                printer.printRecord(CsvSafety.row(place++, a.id(), a.title(), a.applyingRegionName(), a.hosts(),
                        a.regionalRank() == null ? "" : a.regionalRank(), r.report().schulze().tierOf(id) + 1,
                        number(r.report().borda().scores().get(id)), kemenyOrder.indexOf(id) + 1,
                        number(r.report().median().scores().get(id))));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    /** Every ballot with its member, abstentions and unranked applications, then the warnings: the rationale. */
    static String ballotsText(RankingResults r, Messages messages) {
        StringBuilder text = new StringBuilder();
        for (var entry : r.voterNames().entrySet()) {
            text.append(entry.getValue()).append(": ").append(ballotLine(r, entry.getKey()));
            List<Long> abstains = r.abstentions().getOrDefault(entry.getKey(), List.of());
            if (!abstains.isEmpty()) {
                text.append(" — ").append(text(messages, "export.ranking.abstains",
                        abstains.stream().map(id -> r.application(String.valueOf(id)).title()).collect(Collectors.joining(", "))));
            }
            text.append('\n');
        }
        for (AggregationResult result : r.report().results()) {
            for (Warning w : result.warnings()) {
                text.append(text(messages, "export.ranking.note", result.methodId(), warning(r, w, messages))).append('\n');
            }
        }
        return text.toString();
    }

    private static String ballotLine(RankingResults r, String voterId) {
        return r.ballotTiers().getOrDefault(voterId, List.of()).stream()
                .map(t -> t.stream().map(id -> r.application(String.valueOf(id)).title()).collect(Collectors.joining(" = ")))
                .collect(Collectors.joining(" > "));
    }

    static String warning(RankingResults r, Warning w, Messages messages) {
        String members = w.members().stream().map(id -> r.application(id).title()).collect(Collectors.joining(", "));
        return text(messages, "export.ranking.warning." + w.code().name(), members, text(messages, "export.ranking.tie-break"));
    }

    /** A text of the package in bokmål; arguments are text, so that years and figures get no grouping. */
    private static String text(Messages messages, String key, String... arguments) {
        return messages.get(key, AppI18NProvider.NORWEGIAN, (Object[]) arguments);
    }

    /** UTF-8 with a byte-order mark so that spreadsheet programs read æøå correctly. */
    static byte[] csvBytes(FrozenResult frozen) {
        // Snapshots frozen before cells were neutralised are neutralised on the way out (idempotent for newer ones).
        String safe = CsvSafety.neutraliseAll(frozen.resultCsv(), CSVFormat.DEFAULT.builder().setDelimiter(';').get());
        return ("\uFEFF" + safe).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(IrfRound round, FrozenResult frozen, Messages messages) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);
        document.add(new Paragraph(text(messages, "export.ranking.title", String.valueOf(round.year())), title));
        document.add(new Paragraph(text(messages, "export.ranking.frozen", TIME.format(frozen.frozenAt()), frozen.frozenBy()), body));
        document.add(new Paragraph(text(messages, "export.ranking.rules", text(messages, "export.ranking.tie-break")), body));
        document.add(new Paragraph(" ", body));
        try (CSVParser parser = CSVParser.parse(new StringReader(frozen.resultCsv()),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            String[] labels = java.util.stream.Stream.of("place", "title", "applying-region", "hosts", "regional-rank", "schulze",
                    "borda", "kemeny", "median").map(column -> text(messages, "export.ranking.column." + column)).toArray(String[]::new);
            String[] columns = {"plass", "tittel", "sokende_rhf", "vertsforetak", "regional_rangering", "schulze_niva",
                    "borda_poeng", "kemeny_plass", "median_rangering"};
            PdfPTable table = new PdfPTable(new float[]{1, 8, 3, 5, 2, 2, 2, 2, 2});
            table.setWidthPercentage(100);
            for (String label : labels) {
                table.addCell(new PdfPCell(new Phrase(label, bold)));
            }
            for (CSVRecord record : parser) {
                for (String column : columns) {
                    PdfPCell cell = new PdfPCell(new Phrase(CsvSafety.restore(record.get(column)), body));
                    if (!column.equals("tittel") && !column.equals("sokende_rhf") && !column.equals("vertsforetak")) {
                        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
                    }
                    table.addCell(cell);
                }
            }
            document.add(table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        document.add(new Paragraph(" ", body));
        RobustnessExport.pdf(document, frozen, messages, body, bold);
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph(text(messages, "export.ranking.ballots"), bold));
        for (String line : frozen.ballots().split("\n")) {
            document.add(new Paragraph(line, body));
        }
        document.close();
        return out.toByteArray();
    }

    private static String number(Double value) {
        return value == null || value.isNaN() ? "" : String.format(Locale.ROOT, "%.2f", value);
    }
}
