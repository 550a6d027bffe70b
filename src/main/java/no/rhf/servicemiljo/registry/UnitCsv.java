package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.security.CsvSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The CSV format of units: UTF-8, semicolon-separated (what Norwegian spreadsheets write), Norwegian
 * headers and Norwegian code words. README.md documents it; import and export use the same format.
 */
public final class UnitCsv {

    public static final List<String> HEADERS = List.of("navn", "engelsk_navn", "type", "funksjon", "vertsforetak",
            "vertsforetak_2", "godkjent", "sluttdato", "begrunnelse_sluttdato", "status", "nettside", "icd10",
            "beskrivelse", "rammebelop_mnok", "finansiering_fra", "finansiering_til", "evaluering_ar_seks");
    public static final List<String> REQUIRED_HEADERS = List.of("navn", "type", "vertsforetak");

    static final Map<UnitKind, String> KIND_CODES = new EnumMap<>(Map.of(
            UnitKind.NATIONAL_TREATMENT_SERVICE, "behandlingstjeneste",
            UnitKind.MULTI_REGIONAL_TREATMENT_SERVICE, "flerregional behandlingstjeneste",
            UnitKind.NATIONAL_COMPETENCE_SERVICE, "kompetansetjeneste",
            UnitKind.QUALITY_COMPETENCE_NETWORK, "kvalitets- og kompetansenettverk",
            UnitKind.NATIONAL_CENTRE, "nasjonalt senter"));
    static final Map<CompetenceFunction, String> FUNCTION_CODES = new EnumMap<>(Map.of(
            CompetenceFunction.TRAINING, "opplæring",
            CompetenceFunction.COMPETENCE_BUILDING, "kompetansebygging"));
    static final Map<UnitStatus, String> STATUS_CODES = new EnumMap<>(Map.of(
            UnitStatus.ACTIVE, "aktiv",
            UnitStatus.UNDER_REORGANISATION, "under omorganisering",
            UnitStatus.CLOSED, "avviklet",
            UnitStatus.CONTINUED, "videreført"));

    private static final DateTimeFormatter NORWEGIAN_DATE = DateTimeFormatter.ofPattern("d.M.uuuu");

    private UnitCsv() {
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setTrim(true).setIgnoreEmptyLines(true).get();
    }

    static <E extends Enum<E>> Optional<E> decode(Map<E, String> codes, String value) {
        String v = value.trim().toLowerCase(Locale.ROOT);
        return codes.entrySet().stream()
                .filter(e -> e.getValue().equals(v) || e.getKey().name().equalsIgnoreCase(v))
                .map(Map.Entry::getKey).findFirst();
    }

    /** Accepts 2025-03-01 and 1.3.2025; empty gives null; anything else throws. */
    static LocalDate parseDate(String value) {
        String v = value.trim();
        if (v.isEmpty()) {
            return null;
        }
        try {
            return v.contains("-") ? LocalDate.parse(v) : LocalDate.parse(v, NORWEGIAN_DATE);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(v);
        }
    }

    /** Writes units as CSV with a byte-order mark, so that spreadsheet programs read æøå right. */
    public static byte[] write(List<NationalUnit> units) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, format(';').builder().setHeader(HEADERS.toArray(String[]::new)).get())) {
            for (NationalUnit u : units) {
                // Every text cell neutralised: a name like "=HYPERLINK(...)" must not run as a spreadsheet formula.
                printer.printRecord(CsvSafety.row(u.getNameNb(), text(u.getNameEn()), KIND_CODES.get(u.getKind()),
                        u.getCompetenceFunction() == null ? "" : FUNCTION_CODES.get(u.getCompetenceFunction()),
                        u.getHostTrust().getName(), u.getSecondHostTrust() == null ? "" : u.getSecondHostTrust().getName(),
                        date(u.getApprovalDate()), date(u.getTermEnd()), text(u.getTermEndReason()),
                        STATUS_CODES.get(u.getStatus()), text(u.getWebsite()), text(u.getIcd10Codes()),
                        text(u.getDescription()), u.getFundingFrameMnok() == null ? "" : u.getFundingFrameMnok(),
                        date(u.getFundingStart()), date(u.getFundingEnd()), date(u.getYearSixEvaluation())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    private static String date(LocalDate value) {
        return value == null ? "" : value.toString();
    }
}
