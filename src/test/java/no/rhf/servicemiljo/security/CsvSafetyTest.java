package no.rhf.servicemiljo.security;

import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Every formula-like start (= + - @ tab CR) is neutralised; other text, numbers and neutralised cells are left alone. */
class CsvSafetyTest {

    @Test
    void formulaLikeCellsGetAnApostropheAndNothingElseChanges() {
        assertArrayEquals(new Object[]{"'=1+1", "'+47 55 97 50 00", "'-2+3", "'@SUM(A1)", "'\tx", "'\rx", "Helse Vest", 3, -3, ""},
                CsvSafety.row("=1+1", "+47 55 97 50 00", "-2+3", "@SUM(A1)", "\tx", "\rx", "Helse Vest", 3, -3, ""));
        assertEquals("'=1+1", CsvSafety.neutralise(CsvSafety.neutralise("=1+1")));
        assertEquals("=1+1", CsvSafety.restore("'=1+1"));
        assertEquals("'ikke formel", CsvSafety.restore("'ikke formel"));
    }

    @Test
    void aStoredCsvIsNeutralisedOnTheWayOut() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').get();
        assertEquals("plass;tittel\r\n1;\"'=HYPERLINK(\"\"http://x\"\")\"\r\n",
                CsvSafety.neutraliseAll("plass;tittel\r\n1;\"=HYPERLINK(\"\"http://x\"\")\"\r\n", format));
    }
}
