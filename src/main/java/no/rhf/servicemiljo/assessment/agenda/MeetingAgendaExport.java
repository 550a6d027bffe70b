package no.rhf.servicemiljo.assessment.agenda;

import no.rhf.servicemiljo.assessment.PrivateRatingService.MemberRating;
import no.rhf.servicemiljo.assessment.PrivateRatingService.Spread;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService.Item;
import no.rhf.servicemiljo.assessment.agenda.MeetingAgendaService.Meeting;
import no.rhf.servicemiljo.base.document.WordDocument;
import org.openpdf.text.Document;
import org.openpdf.text.Font;
import org.openpdf.text.FontFactory;
import org.openpdf.text.PageSize;
import org.openpdf.text.Paragraph;
import org.openpdf.text.Phrase;
import org.openpdf.text.pdf.PdfPCell;
import org.openpdf.text.pdf.PdfPTable;
import org.openpdf.text.pdf.PdfWriter;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The meeting agenda as DOCX ({@link WordDocument}) and PDF (OpenPDF, Helvetica in Windows-1252 covers æøå), in Norwegian. */
public final class MeetingAgendaExport {

    /** A Norwegian text from the message bundles. */
    public interface Labels {
        String get(String key, Object... arguments);
    }

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));

    private MeetingAgendaExport() {
    }

    /** A spread figure as shown: the range as a whole number, the standard deviation with two decimals ("0,47"); "–" when none. */
    public static String range(Spread spread) {
        return spread == null || spread.range() == null ? "–" : String.valueOf(spread.range());
    }

    public static String deviation(Spread spread) {
        return spread == null || spread.standardDeviation() == null ? "–"
                : String.format(Locale.forLanguageTag("nb"), "%.2f", spread.standardDeviation());
    }

    /** "Anne Lie: Oppfylt, Erik Dahl: Delvis oppfylt". */
    public static String ratings(Spread spread, Labels labels) {
        List<String> parts = new ArrayList<>();
        for (MemberRating rating : spread.ratings()) {
            if (!rating.rating().isEmpty()) {
                parts.add(rating.name() + ": " + labels.get("Rating." + rating.rating()));
            }
        }
        return String.join(", ", parts);
    }

    static Optional<Spread> spreadOf(Item item, List<Spread> spreads) {
        return spreads.stream().filter(s -> item.reportId() != null && item.criterionId() != null && s.reportId() == item.reportId()
                && s.criterion().id() == item.criterionId()).findFirst();
    }

    static byte[] docx(Meeting meeting, List<Spread> spreads, LocalDate today, Labels labels) {
        WordDocument doc = WordDocument.create(labels.get("agenda.export.title", meeting.reportYear()), null, today)
                .field(labels.get("agenda.chair"), meeting.chairName())
                .field(labels.get("agenda.date"), meeting.date() == null ? labels.get("agenda.not-set") : DATE.format(meeting.date()))
                .field(labels.get("agenda.place"), meeting.place().isBlank() ? labels.get("agenda.not-set") : meeting.place())
                .field(labels.get("agenda.reports"), String.join(", ", meeting.reports().stream().map(r -> r.unitName()).toList()))
                .heading(1, labels.get("agenda.items"));
        if (meeting.items().isEmpty()) {
            doc.paragraph(labels.get("agenda.items.empty"));
        } else {
            doc.table(List.of(labels.get("agenda.number"), labels.get("agenda.item"), labels.get("agenda.range"), labels.get("agenda.deviation")),
                    itemRows(meeting, spreads));
        }
        doc.heading(1, labels.get("agenda.disagreement")).paragraph(labels.get("agenda.disagreement.help"));
        if (spreads.isEmpty()) {
            doc.paragraph(labels.get("agenda.disagreement.empty"));
        } else {
            doc.table(List.of(labels.get("agenda.report"), labels.get("agenda.criterion"), labels.get("agenda.range"),
                    labels.get("agenda.deviation"), labels.get("agenda.ratings")), spreadRows(spreads, labels));
        }
        return doc.toBytes();
    }

    static byte[] pdf(Meeting meeting, List<Spread> spreads, LocalDate today, Labels labels) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        PdfWriter.getInstance(document, out);
        document.open();
        Font title = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 16);
        Font heading = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 12);
        Font body = FontFactory.getFont(FontFactory.HELVETICA, 10);
        Font small = FontFactory.getFont(FontFactory.HELVETICA, 8);
        Font smallBold = FontFactory.getFont(FontFactory.HELVETICA_BOLD, 8);
        document.add(new Paragraph(labels.get("agenda.export.title", meeting.reportYear()), title));
        document.add(new Paragraph(DATE.format(today), body));
        document.add(new Paragraph(labels.get("agenda.chair") + ": " + meeting.chairName(), body));
        document.add(new Paragraph(labels.get("agenda.date") + ": "
                + (meeting.date() == null ? labels.get("agenda.not-set") : DATE.format(meeting.date())), body));
        document.add(new Paragraph(labels.get("agenda.place") + ": "
                + (meeting.place().isBlank() ? labels.get("agenda.not-set") : meeting.place()), body));
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph(labels.get("agenda.items"), heading));
        if (meeting.items().isEmpty()) {
            document.add(new Paragraph(labels.get("agenda.items.empty"), body));
        } else {
            document.add(table(new float[]{1, 9, 2, 2}, List.of(labels.get("agenda.number"), labels.get("agenda.item"),
                    labels.get("agenda.range"), labels.get("agenda.deviation")), itemRows(meeting, spreads), small, smallBold));
        }
        document.add(new Paragraph(" ", body));
        document.add(new Paragraph(labels.get("agenda.disagreement"), heading));
        document.add(new Paragraph(labels.get("agenda.disagreement.help"), body));
        if (spreads.isEmpty()) {
            document.add(new Paragraph(labels.get("agenda.disagreement.empty"), body));
        } else {
            document.add(table(new float[]{4, 5, 2, 2, 6}, List.of(labels.get("agenda.report"), labels.get("agenda.criterion"),
                    labels.get("agenda.range"), labels.get("agenda.deviation"), labels.get("agenda.ratings")), spreadRows(spreads, labels),
                    small, smallBold));
        }
        document.close();
        return out.toByteArray();
    }

    private static List<List<String>> itemRows(Meeting meeting, List<Spread> spreads) {
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Item item : meeting.items()) {
            Spread spread = spreadOf(item, spreads).orElse(null);
            rows.add(List.of(String.valueOf(number++), item.title(), range(spread), deviation(spread)));
        }
        return rows;
    }

    private static List<List<String>> spreadRows(List<Spread> spreads, Labels labels) {
        return spreads.stream().map(s -> List.of(s.unitName(), s.criterion().position() + ". " + s.criterion().title(), range(s),
                deviation(s), ratings(s, labels))).toList();
    }

    private static PdfPTable table(float[] widths, List<String> header, List<List<String>> rows, Font font, Font bold) {
        PdfPTable table = new PdfPTable(widths);
        table.setWidthPercentage(100);
        table.setHeaderRows(1);
        header.forEach(h -> table.addCell(new PdfPCell(new Phrase(h, bold))));
        rows.forEach(row -> row.forEach(cell -> table.addCell(new PdfPCell(new Phrase(cell, font)))));
        return table;
    }
}
