package no.rhf.servicemiljo.assessment.summary;

import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.Distribution;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.NationalSummary;
import no.rhf.servicemiljo.assessment.summary.SummaryTextService.SummaryText;
import no.rhf.servicemiljo.assessment.summary.NationalSummaryService.UnitLine;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.security.CsvSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The national summary as files for the IRF case: a PDF (the text, the unit × criterion table and the
 * distributions by region) and a CSV of the unit × criterion table. Both are in Norwegian, the language of
 * the case; the labels come from the message bundles so they match the screen.
 */
public final class NationalSummaryExport {

    /** A text from the message bundles in the document's language, with MessageFormat arguments. */
    public interface Labels {
        String get(String key, Object... arguments);
    }

    /** The texts in a reader's language: bokmål, nynorsk or English (bokmål for anything else). */
    public static Labels labels(Messages messages, Locale locale) {
        Locale language = Messages.language(locale);
        return (key, arguments) -> messages.get(key, language, arguments);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.forLanguageTag("nb"));
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm", Locale.forLanguageTag("nb"))
            .withZone(ZoneId.of("Europe/Oslo"));

    private NationalSummaryExport() {
    }

    /** The short label of a criterion in tables (K1, K2, …); the full title goes in the legend or header. */
    public static String shortLabel(Criterion criterion) {
        return "K" + criterion.position();
    }

    /** What a unit's cell for a criterion says: the rating, marked when preliminary; empty when not shown. */
    public static String cell(UnitLine unit, Criterion criterion, Labels labels) {
        if (!unit.counted()) {
            return "";
        }
        String rating = unit.ratings().get(criterion.id());
        String text = rating == null ? labels.get("summary.not-rated") : labels.get("Rating." + rating);
        return unit.preliminary() ? labels.get("summary.preliminary-value", text) : text;
    }

    /** UTF-8 with a byte-order mark and semicolons, so that Norwegian spreadsheet programs read æøå and columns right. */
    static byte[] csv(NationalSummary summary, Labels labels) {
        List<String> header = new ArrayList<>(List.of("enhet", "vertsregion", "status"));
        summary.criteria().forEach(c -> header.add(shortLabel(c) + " " + c.title()));
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader(Arrays.stream(CsvSafety.row(header)).map(String::valueOf).toArray(String[]::new)).get())) {
            for (UnitLine unit : summary.units()) {
                List<String> record = new ArrayList<>(List.of(unit.unitName(), unit.regionNames(), labels.get("ReportStatus." + unit.status())));
                summary.criteria().forEach(c -> record.add(cell(unit, c, labels)));
                printer.printRecord(CsvSafety.row(record));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ("\uFEFF" + out).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] pdf(NationalSummary summary, SummaryText text, String madeBy, LocalDate today, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 36, 36, 36, 36);
        PdfWriter.getInstance(document, out);
        document.open();
        // The standard Helvetica in its default Windows-1252 encoding has æøå and the dashes Norwegian text uses.
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 9);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 7);
        Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 7);
        Font bold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 9);

        document.add(new Paragraph(labels.get("summary.title", summary.cycle().reportYear()), title));
        document.add(new Paragraph(labels.get("summary.export.made", DATE.format(today), madeBy), body));
        document.add(new Paragraph(labels.get(summary.preliminaryIncluded() ? "summary.rule.preliminary" : "summary.rule"), body));
        document.add(new Paragraph(labels.get("summary.counted", summary.countedReports(), summary.units().size()), body));

        document.add(spacer(body));
        document.add(new Paragraph(labels.get("summary.text"), heading));
        if (text.text().isBlank()) {
            document.add(new Paragraph(labels.get("summary.text.empty"), body));
        } else {
            for (String line : text.text().split("\n", -1)) {
                document.add(new Paragraph(line.isEmpty() ? " " : line, body));
            }
            document.add(new Paragraph(labels.get("summary.text.updated", TIME.format(text.updatedAt()), text.updatedBy()), small));
        }

        document.add(spacer(body));
        document.add(new Paragraph(labels.get("summary.units"), heading));
        if (summary.units().isEmpty()) {
            document.add(new Paragraph(labels.get("summary.units.empty"), body));
        } else {
            float[] widths = new float[3 + summary.criteria().size()];
            widths[0] = 9;
            widths[1] = 3;
            widths[2] = 4;
            for (int i = 3; i < widths.length; i++) {
                widths[i] = 2.4f;
            }
            PdfPTable table = new PdfPTable(widths);
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String label : List.of(labels.get("summary.unit"), labels.get("summary.region"), labels.get("summary.status"))) {
                table.addCell(new PdfPCell(new Phrase(label, smallBold)));
            }
            summary.criteria().forEach(c -> table.addCell(new PdfPCell(new Phrase(shortLabel(c), smallBold))));
            for (UnitLine unit : summary.units()) {
                table.addCell(new PdfPCell(new Phrase(unit.unitName(), small)));
                table.addCell(new PdfPCell(new Phrase(unit.regionNames(), small)));
                table.addCell(new PdfPCell(new Phrase(labels.get("ReportStatus." + unit.status()), small)));
                summary.criteria().forEach(c -> table.addCell(new PdfPCell(new Phrase(cell(unit, c, labels), small))));
            }
            document.add(table);
            for (Criterion criterion : summary.criteria()) {
                document.add(new Paragraph(shortLabel(criterion) + ": " + criterion.title(), small));
            }
        }

        document.add(spacer(body));
        document.add(new Paragraph(labels.get("summary.distribution"), heading));
        document.add(new Paragraph(labels.get("summary.distribution.help"), body));
        for (Distribution distribution : summary.distributions()) {
            document.add(new Paragraph(shortLabel(distribution.criterion()) + " " + distribution.criterion().title(), bold));
            PdfPTable table = new PdfPTable(new float[]{4, 2, 2, 2, 2, 2});
            table.setWidthPercentage(70);
            table.setHorizontalAlignment(Element.ALIGN_LEFT);
            table.setSpacingAfter(6);
            table.addCell(new PdfPCell(new Phrase(labels.get("summary.region"), smallBold)));
            for (String rating : ratingKeys()) {
                table.addCell(numeric(ratingLabel(rating, labels), smallBold));
            }
            for (Region region : summary.regions()) {
                table.addCell(new PdfPCell(new Phrase(region.getName(), small)));
                for (String rating : ratingKeys()) {
                    table.addCell(numeric(String.valueOf(distribution.count(region.getId(), rating)), small));
                }
            }
            table.addCell(new PdfPCell(new Phrase(labels.get("summary.national"), smallBold)));
            for (String rating : ratingKeys()) {
                table.addCell(numeric(String.valueOf(distribution.total(rating)), smallBold));
            }
            document.add(table);
        }
        document.close();
        return out.toByteArray();
    }

    /** The rating keys in the order shown, the "not rated" bucket last. */
    public static List<String> ratingKeys() {
        List<String> keys = new ArrayList<>(AssessmentService.RATINGS);
        keys.add(NationalSummaryService.NOT_RATED);
        return keys;
    }

    public static String ratingLabel(String rating, Labels labels) {
        return NationalSummaryService.NOT_RATED.equals(rating) ? labels.get("summary.not-rated") : labels.get("Rating." + rating);
    }

    private static PdfPCell numeric(String text, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(text, font));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        return cell;
    }

    private static Paragraph spacer(Font font) {
        return new Paragraph(" ", font);
    }
}
