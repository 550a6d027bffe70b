package no.rhf.servicemiljo.registry;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.security.CsvSafety;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * CSV import of units for ADMIN: a preview with an error list per row, then an import that stores
 * every row or none (one transaction). The import validates again; it never trusts the preview.
 */
@Service
public class UnitImportService {

    public static final int MAX_ROWS = 5_000;
    /** Checked here, not only in the browser's upload component. */
    public static final int MAX_BYTES = 2 * 1024 * 1024;

    /** A problem in one row (line number as in the file; 0 for the file as a whole). */
    public record RowError(int line, String field, String messageKey, Object... arguments) {
    }

    public record PreviewRow(int line, String name, String kind, String host, List<RowError> errors) {
    }

    /**
     * {@code restoredCells}: cells that began with an apostrophe before = + - @, tab or CR, as the export writes them
     * so that spreadsheets do not run them as formulas; the import removed that apostrophe (and says so).
     */
    public record ImportPreview(List<PreviewRow> rows, List<RowError> fileErrors, int restoredCells) {

        public ImportPreview(List<PreviewRow> rows, List<RowError> fileErrors) {
            this(rows, fileErrors, 0);
        }

        public boolean valid() {
            return fileErrors.isEmpty() && !rows.isEmpty() && rows.stream().allMatch(r -> r.errors().isEmpty());
        }

        public List<RowError> allErrors() {
            List<RowError> all = new ArrayList<>(fileErrors);
            rows.forEach(r -> all.addAll(r.errors()));
            return all;
        }
    }

    /** Thrown by {@link #importAll} when any row is invalid; nothing has been stored. */
    public static class ImportRejectedException extends RuntimeException {
        private final transient ImportPreview preview;

        ImportRejectedException(ImportPreview preview) {
            super("CSV import rejected: " + preview.allErrors().size() + " errors");
            this.preview = preview;
        }

        public ImportPreview preview() {
            return preview;
        }
    }

    private record ParsedRow(int line, UnitDraft draft, PreviewRow preview) {
    }

    private final OrganisationService organisation;
    private final NationalUnitRepository units;
    private final UnitService unitService;

    UnitImportService(OrganisationService organisation, NationalUnitRepository units, UnitService unitService) {
        this.organisation = organisation;
        this.units = units;
        this.unitService = unitService;
    }

    @RolesAllowed(Role.Names.ADMIN)
    @Transactional(readOnly = true)
    public ImportPreview preview(byte[] csv) {
        List<RowError> fileErrors = new ArrayList<>();
        int[] restored = {0};
        List<ParsedRow> rows = parse(csv, fileErrors, restored);
        return new ImportPreview(rows.stream().map(ParsedRow::preview).toList(), fileErrors, restored[0]);
    }

    /** Imports every row, or nothing. Returns the number of units created. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public int importAll(byte[] csv) {
        List<RowError> fileErrors = new ArrayList<>();
        List<ParsedRow> rows = parse(csv, fileErrors, new int[1]);
        ImportPreview preview = new ImportPreview(rows.stream().map(ParsedRow::preview).toList(), fileErrors);
        if (!preview.valid()) {
            throw new ImportRejectedException(preview);
        }
        rows.forEach(row -> unitService.create(row.draft()));
        return rows.size();
    }

    private List<ParsedRow> parse(byte[] csv, List<RowError> fileErrors, int[] restored) {
        if (csv.length > MAX_BYTES) {
            fileErrors.add(new RowError(0, null, "import.error.file-size"));
            return List.of();
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(csv)).toString();
        } catch (CharacterCodingException e) {
            fileErrors.add(new RowError(0, null, "import.error.not-utf8"));
            return List.of();
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            fileErrors.add(new RowError(0, null, "import.error.empty"));
            return List.of();
        }
        String firstLine = text.lines().findFirst().orElse("");
        char delimiter = firstLine.contains(";") ? ';' : ',';
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text))
                .setFormat(UnitCsv.format(delimiter).builder().setHeader().setSkipHeaderRecord(true).get()).get()) {
            Map<String, Integer> headers = parser.getHeaderMap().entrySet().stream()
                    .collect(Collectors.toMap(e -> e.getKey().trim().toLowerCase(Locale.ROOT), Map.Entry::getValue, (a, b) -> a));
            for (String required : UnitCsv.REQUIRED_HEADERS) {
                if (!headers.containsKey(required)) {
                    fileErrors.add(new RowError(1, required, "import.error.missing-header", required));
                }
            }
            headers.keySet().stream().filter(h -> !UnitCsv.HEADERS.contains(h))
                    .forEach(h -> fileErrors.add(new RowError(1, h, "import.error.unknown-header", h)));
            if (!fileErrors.isEmpty()) {
                return List.of();
            }
            List<CSVRecord> records = parser.getRecords();
            if (records.size() > MAX_ROWS) {
                fileErrors.add(new RowError(0, null, "import.error.too-many-rows", MAX_ROWS));
                return List.of();
            }
            if (records.isEmpty()) {
                fileErrors.add(new RowError(0, null, "import.error.empty"));
            }
            Map<String, HealthTrust> trusts = organisation.healthTrusts().stream()
                    .collect(Collectors.toMap(t -> t.getName().toLowerCase(Locale.ROOT), Function.identity()));
            Set<String> namesInFile = new HashSet<>();
            List<ParsedRow> rows = new ArrayList<>();
            for (CSVRecord record : records) {
                rows.add(parseRow(record, headers, trusts, namesInFile, restored));
            }
            return rows;
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            fileErrors.add(new RowError(0, null, "import.error.unreadable"));
            return List.of();
        }
    }

    private ParsedRow parseRow(CSVRecord record, Map<String, Integer> headers, Map<String, HealthTrust> trusts,
                               Set<String> namesInFile, int[] restored) {
        int line = (int) record.getRecordNumber() + 1;
        List<RowError> errors = new ArrayList<>();
        for (String value : record) {
            if (CsvSafety.isNeutralised(value.trim())) {
                restored[0]++;
            }
        }
        // Back from the export's formula protection; text PostgreSQL cannot store (NUL) is dropped.
        Function<String, String> cell = h -> headers.containsKey(h) && headers.get(h) < record.size()
                ? TextSafety.clean(CsvSafety.restore(record.get(headers.get(h)).trim())) : "";
        UnitDraft d = new UnitDraft();
        d.setNameNb(cell.apply("navn"));
        d.setNameEn(cell.apply("engelsk_navn"));
        d.setDescription(cell.apply("beskrivelse"));
        d.setWebsite(cell.apply("nettside"));
        d.setIcd10Codes(cell.apply("icd10"));
        d.setTermEndReason(cell.apply("begrunnelse_sluttdato"));
        UnitCsv.decode(UnitCsv.KIND_CODES, cell.apply("type")).ifPresentOrElse(d::setKind,
                () -> errors.add(new RowError(line, "type", "import.error.kind", cell.apply("type"))));
        String function = cell.apply("funksjon");
        if (!function.isEmpty()) {
            UnitCsv.decode(UnitCsv.FUNCTION_CODES, function).ifPresentOrElse(d::setCompetenceFunction,
                    () -> errors.add(new RowError(line, "funksjon", "import.error.function", function)));
        }
        String status = cell.apply("status");
        if (!status.isEmpty()) {
            UnitCsv.decode(UnitCsv.STATUS_CODES, status).ifPresentOrElse(d::setStatus,
                    () -> errors.add(new RowError(line, "status", "import.error.status", status)));
        }
        d.setHostTrust(trust(trusts, cell.apply("vertsforetak"), "vertsforetak", line, errors));
        d.setSecondHostTrust(trust(trusts, cell.apply("vertsforetak_2"), "vertsforetak_2", line, errors));
        d.setApprovalDate(date(cell.apply("godkjent"), "godkjent", line, errors));
        d.setTermEnd(date(cell.apply("sluttdato"), "sluttdato", line, errors));
        d.setFundingStart(date(cell.apply("finansiering_fra"), "finansiering_fra", line, errors));
        d.setFundingEnd(date(cell.apply("finansiering_til"), "finansiering_til", line, errors));
        d.setYearSixEvaluation(date(cell.apply("evaluering_ar_seks"), "evaluering_ar_seks", line, errors));
        String frame = cell.apply("rammebelop_mnok");
        if (!frame.isEmpty()) {
            try {
                d.setFundingFrameMnok(Short.parseShort(frame));
            } catch (NumberFormatException e) {
                errors.add(new RowError(line, "rammebelop_mnok", "import.error.number", frame));
            }
        }
        if (errors.isEmpty()) {
            try {
                UnitRules.completeDerivedValues(d);
                UnitRules.validate(d);
            } catch (FieldValidationException e) {
                errors.add(new RowError(line, e.getField(), e.getMessageKey(), e.getArguments()));
            }
        }
        String key = d.getNameNb().toLowerCase(Locale.ROOT);
        if (!key.isEmpty() && !namesInFile.add(key)) {
            errors.add(new RowError(line, "navn", "import.error.duplicate-in-file", d.getNameNb()));
        } else if (!key.isEmpty() && units.existsByNameNbIgnoreCase(d.getNameNb())) {
            errors.add(new RowError(line, "navn", "unit.error.name-taken"));
        }
        PreviewRow preview = new PreviewRow(line, d.getNameNb(), cell.apply("type"), cell.apply("vertsforetak"), errors);
        return new ParsedRow(line, d, preview);
    }

    private static HealthTrust trust(Map<String, HealthTrust> trusts, String name, String field, int line, List<RowError> errors) {
        if (name.isEmpty()) {
            return null;
        }
        HealthTrust trust = trusts.get(name.toLowerCase(Locale.ROOT));
        if (trust == null) {
            errors.add(new RowError(line, field, "import.error.unknown-trust", name));
        }
        return trust;
    }

    private static java.time.LocalDate date(String value, String field, int line, List<RowError> errors) {
        try {
            return UnitCsv.parseDate(value);
        } catch (IllegalArgumentException e) {
            errors.add(new RowError(line, field, "import.error.date", value));
            return null;
        }
    }
}
