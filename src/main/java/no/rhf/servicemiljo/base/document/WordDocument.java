package no.rhf.servicemiljo.base.document;

import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * A case document in Word format (DOCX) that a case handler can go on editing: the title and headings are
 * Word's own heading styles (so the navigation pane and a table of contents work), tables are real tables
 * with a header row repeated on every page, and the footer carries the page number, the date and the
 * responsible region. Build it top to bottom and call {@link #toBytes()}.
 *
 * <pre>{@code
 * byte[] docx = WordDocument.create("Nasjonal oppsummering 2026", "Helse Vest", LocalDate.now())
 *         .heading(1, "Det som går bra").paragraph(text)
 *         .table(List.of("Enhet", "K1"), rows)
 *         .toBytes();
 * }</pre>
 */
public final class WordDocument {

    /** The media type of a DOCX file, for downloads. */
    public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d. MMMM yyyy", Locale.forLanguageTag("nb"));
    private static final String FONT = "Calibri";

    private final XWPFDocument document = new XWPFDocument();

    private WordDocument(String title, String responsibleRegion, LocalDate date) {
        defineStyles();
        document.getProperties().getCoreProperties().setTitle(title);
        XWPFParagraph heading = document.createParagraph();
        heading.setStyle("Title");
        heading.createRun().setText(title);
        String meta = DATE.format(date) + (responsibleRegion == null || responsibleRegion.isBlank() ? "" : " · " + responsibleRegion);
        XWPFParagraph metaLine = document.createParagraph();
        metaLine.setStyle("Subtitle");
        metaLine.createRun().setText(meta);
        footer(title, meta);
    }

    /**
     * A new document with its title, the date it was made and the region responsible for the case
     * (shown under the title and in every page's footer; {@code null} or blank leaves the region out).
     */
    public static WordDocument create(String title, String responsibleRegion, LocalDate date) {
        return new WordDocument(title, responsibleRegion, date);
    }

    /** A heading at level 1–3, in Word's style "heading N". */
    public WordDocument heading(int level, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        paragraph.setStyle("Heading" + Math.max(1, Math.min(3, level)));
        paragraph.createRun().setText(clean(text));
        return this;
    }

    /** Body text; line breaks in the text become line breaks in the paragraph, blank lines new paragraphs. */
    public WordDocument paragraph(String text) {
        for (String block : clean(text).split("\\n\\s*\\n")) {
            XWPFParagraph paragraph = document.createParagraph();
            XWPFRun run = paragraph.createRun();
            String[] lines = block.split("\\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    run.addBreak();
                }
                run.setText(lines[i]);
            }
        }
        return this;
    }

    /** A label in bold followed by its value, on one line ("Status: Vedtatt"). */
    public WordDocument field(String label, String value) {
        XWPFParagraph paragraph = document.createParagraph();
        XWPFRun bold = paragraph.createRun();
        bold.setBold(true);
        bold.setText(clean(label) + ": ");
        paragraph.createRun().setText(clean(value));
        return this;
    }

    /** A bulleted list, one paragraph per item (style "List Bullet"). */
    public WordDocument bullets(List<String> items) {
        for (String item : items) {
            XWPFParagraph paragraph = document.createParagraph();
            paragraph.setStyle("ListBullet");
            paragraph.createRun().setText("• " + clean(item));
        }
        return this;
    }

    /** A table with a bold header row that repeats on each page; every row should have as many cells as the header. */
    public WordDocument table(List<String> header, List<List<String>> rows) {
        XWPFTable table = document.createTable(rows.size() + 1, header.size());
        table.setWidth("100%");
        XWPFTableRow headerRow = table.getRow(0);
        headerRow.setRepeatHeader(true);
        for (int column = 0; column < header.size(); column++) {
            XWPFRun run = cellRun(headerRow.getCell(column));
            run.setBold(true);
            run.setText(clean(header.get(column)));
            headerRow.getCell(column).setColor("D9E2F3");
        }
        for (int r = 0; r < rows.size(); r++) {
            XWPFTableRow row = table.getRow(r + 1);
            row.setCantSplitRow(true);
            List<String> cells = rows.get(r);
            for (int column = 0; column < header.size(); column++) {
                cellRun(row.getCell(column)).setText(column < cells.size() ? clean(cells.get(column)) : "");
            }
        }
        document.createParagraph();
        return this;
    }

    /** The finished document as DOCX bytes. */
    public byte[] toBytes() {
        try (document; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            document.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static XWPFRun cellRun(XWPFTableCell cell) {
        XWPFParagraph paragraph = cell.getParagraphs().isEmpty() ? cell.addParagraph() : cell.getParagraphs().getFirst();
        return paragraph.createRun();
    }

    private void footer(String title, String meta) {
        XWPFFooter footer = document.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph paragraph = footer.createParagraph();
        paragraph.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun run = paragraph.createRun();
        run.setFontSize(9);
        run.setText(title + " · " + meta + " · side ");
        paragraph.getCTP().addNewFldSimple().setInstr("PAGE \\* MERGEFORMAT");
        XWPFRun of = paragraph.createRun();
        of.setFontSize(9);
        of.setText(" av ");
        paragraph.getCTP().addNewFldSimple().setInstr("NUMPAGES \\* MERGEFORMAT");
    }

    /** Word's built-in style names, so Word treats these as its own headings (navigation pane, table of contents). */
    private void defineStyles() {
        XWPFStyles styles = document.createStyles();
        style(styles, "Title", "Title", 0, 28, true);
        style(styles, "Subtitle", "Subtitle", -1, 12, false);
        style(styles, "Heading1", "heading 1", 0, 16, true);
        style(styles, "Heading2", "heading 2", 1, 13, true);
        style(styles, "Heading3", "heading 3", 2, 11, true);
        style(styles, "ListBullet", "List Bullet", -1, 11, false);
    }

    private static void style(XWPFStyles styles, String id, String name, int outlineLevel, int points, boolean bold) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewBasedOn().setVal("Normal");
        style.addNewQFormat();
        if (outlineLevel >= 0) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
            style.getPPr().addNewKeepNext();
            style.getPPr().addNewSpacing().setBefore(BigInteger.valueOf(240));
        }
        var run = style.addNewRPr();
        run.addNewRFonts().setAscii(FONT);
        run.getRFontsArray(0).setHAnsi(FONT);
        run.addNewSz().setVal(BigInteger.valueOf(points * 2L));
        if (bold) {
            run.addNewB();
        }
        styles.addStyle(new XWPFStyle(style));
    }

    /** Word does not accept control characters other than tab and line feed in text. */
    private static String clean(String text) {
        return text == null ? "" : text.replace("\r\n", "\n").replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    }
}
