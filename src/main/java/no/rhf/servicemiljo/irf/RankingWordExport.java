package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.base.document.WordDocument;
import no.rhf.servicemiljo.base.i18n.AppI18NProvider;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.security.CsvSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The frozen ranking with its rationale as a Word document for the Ministry, rendered from the snapshot only (like the
 * PDF): the order table, the robustness table and its text (margins, cycles, whether Kemeny–Young is proven optimal),
 * the rules, the ballots and notes; dated the day of the freeze, with the region leading the service environment then.
 */
final class RankingWordExport {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d.M.yyyy HH:mm", Locale.forLanguageTag("nb"))
            .withZone(OSLO);
    private static final String[] ORDER_COLUMNS = {"plass", "tittel", "sokende_rhf", "vertsforetak", "regional_rangering",
            "schulze_niva", "borda_poeng", "kemeny_plass", "median_rangering"};
    private static final String[] ORDER_LABELS = {"place", "title", "applying-region", "hosts", "regional-rank", "schulze",
            "borda", "kemeny", "median"};

    private RankingWordExport() {
    }

    static byte[] docx(IrfRound round, FrozenResult frozen, String responsibleRegion, Messages messages) {
        WordDocument doc = WordDocument.create(text(messages, "export.ranking.title", String.valueOf(round.year())),
                responsibleRegion, frozen.frozenAt().atZone(OSLO).toLocalDate());
        doc.field(text(messages, "export.ranking.docx.frozen-label"), text(messages, "export.ranking.frozen",
                TIME.format(frozen.frozenAt()), frozen.frozenBy()));
        if (responsibleRegion != null && !responsibleRegion.isBlank()) {
            doc.field(text(messages, "export.ranking.docx.responsible"), responsibleRegion);
        }
        doc.heading(1, text(messages, "export.ranking.docx.order"));
        doc.table(Arrays.stream(ORDER_LABELS).map(l -> text(messages, "export.ranking.column." + l)).toList(), orderRows(frozen));

        doc.heading(1, text(messages, "irf.robust.title"));
        if (frozen.hasRobustness()) {
            List<List<String>> rows = RobustnessExport.rows(frozen);
            String[] lines = frozen.robustnessText().split("\n");
            doc.paragraph(lines[0]);
            doc.table(RobustnessExport.labels(messages), rows);
            List<String> bullets = new ArrayList<>();
            for (String line : Arrays.asList(lines).subList(1, lines.length)) {
                if (line.startsWith("# ")) {
                    if (!bullets.isEmpty()) {
                        doc.bullets(bullets);
                        bullets = new ArrayList<>();
                    }
                    doc.heading(2, line.substring(2));
                } else if (!line.isBlank()) {
                    bullets.add(line);
                }
            }
            doc.bullets(bullets);
        } else {
            doc.paragraph(text(messages, "export.ranking.robustness-missing"));
        }

        doc.heading(1, text(messages, "export.ranking.docx.rules"));
        doc.paragraph(text(messages, "export.ranking.rules", text(messages, "export.ranking.tie-break")));
        doc.heading(1, text(messages, "export.ranking.ballots"));
        doc.bullets(Arrays.stream(frozen.ballots().split("\n")).filter(l -> !l.isBlank()).toList());
        return doc.toBytes();
    }

    private static List<List<String>> orderRows(FrozenResult frozen) {
        List<List<String>> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(frozen.resultCsv()),
                CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                rows.add(Arrays.stream(ORDER_COLUMNS).map(c -> CsvSafety.restore(record.get(c))).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    private static String text(Messages messages, String key, String... arguments) {
        return messages.get(key, AppI18NProvider.NORWEGIAN, (Object[]) arguments);
    }
}
