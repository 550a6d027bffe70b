package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * CSV export neutralises cells a spreadsheet would run as formulas; the import takes the protection off again and
 * says how many cells it restored; text with NUL is cleaned; the 2 MB limit is enforced on the server.
 */
class CsvInjectionTest extends ServiceTest {

    @Autowired
    UnitImportService importService;
    @Autowired
    UnitService units;

    @Test
    void anExportedFormulaCellIsNeutralisedAndTheImportRestoresItAndSaysSo() throws Exception {
        signIn(TestUsers.ADMIN);
        String csv = "navn;type;vertsforetak;beskrivelse\n"
                + "=1+1 Nasjonal behandlingstjeneste for formler;behandlingstjeneste;Helse Bergen;@SUM(A1:A9) og mer\n";
        assertEquals(1, importService.importAll(csv.getBytes(StandardCharsets.UTF_8)));

        byte[] exported = UnitCsv.write(units.findAll(new UnitFilter(null, null, null, "behandlingstjeneste for formler")));
        String text = new String(exported, StandardCharsets.UTF_8).substring(1);
        List<CSVRecord> records;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CSVFormat.DEFAULT.builder().setDelimiter(';')
                .setHeader().setSkipHeaderRecord(true).get())) {
            records = parser.getRecords();
        }
        assertEquals(1, records.size());
        assertEquals("'=1+1 Nasjonal behandlingstjeneste for formler", records.getFirst().get("navn"));
        assertEquals("'@SUM(A1:A9) og mer", records.getFirst().get("beskrivelse"));
        assertFalse(text.contains(";=1+1") || text.contains("\n=1+1"), text);

        // Read back: the apostrophes are removed again and the preview says so (the name is now taken, as it should be).
        var preview = importService.preview(exported);
        assertEquals(2, preview.restoredCells());
        assertEquals("=1+1 Nasjonal behandlingstjeneste for formler", preview.rows().getFirst().name());
    }

    @Test
    void aNulCharacterInAnImportedCellIsCleanedNotAnError() {
        signIn(TestUsers.ADMIN);
        String csv = "navn;type;vertsforetak;beskrivelse\n"
                + "Nasjonal behandlingstjeneste for nul\u0000tegn;behandlingstjeneste;Helse Bergen;med\u0000nul\n";
        assertTrue(importService.preview(csv.getBytes(StandardCharsets.UTF_8)).valid());
        assertEquals(1, importService.importAll(csv.getBytes(StandardCharsets.UTF_8)));
        NationalUnit unit = units.findAll(new UnitFilter(null, null, null, "behandlingstjeneste for nultegn")).getFirst();
        assertEquals("mednul", unit.getDescription());
    }

    @Test
    void aFileOverTwoMegabytesIsRefusedOnTheServer() {
        signIn(TestUsers.ADMIN);
        byte[] big = ("navn;type;vertsforetak\n" + "x".repeat(UnitImportService.MAX_BYTES)).getBytes(StandardCharsets.UTF_8);
        assertEquals("import.error.file-size", importService.preview(big).fileErrors().getFirst().messageKey());
    }

    @Test
    void aTooLongWebsiteIsReportedAtItsColumnNotAsADatabaseError() {
        signIn(TestUsers.ADMIN);
        String csv = "navn;type;vertsforetak;nettside\n"
                + "Nasjonal behandlingstjeneste for lange lenker;behandlingstjeneste;Helse Bergen;https://" + "a".repeat(600) + "\n";
        var preview = importService.preview(csv.getBytes(StandardCharsets.UTF_8));
        assertFalse(preview.valid());
        assertEquals("text.error.too-long", preview.rows().getFirst().errors().getFirst().messageKey());
    }
}
