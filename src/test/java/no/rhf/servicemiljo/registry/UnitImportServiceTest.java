package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnitImportServiceTest extends ServiceTest {

    static final String HEADER = "navn;type;funksjon;vertsforetak;vertsforetak_2;godkjent;nettside\n";

    @Autowired
    UnitImportService importService;
    @Autowired
    UnitService units;
    @Autowired
    JdbcTemplate jdbc;

    private int unitCount() {
        return jdbc.queryForObject("select count(*) from national_unit", Integer.class);
    }

    @Test
    void aFileWithGoodAndBadRowsReportsEachErrorByLineAndStoresNothing() {
        signIn(TestUsers.ADMIN);
        String csv = HEADER
                + "Nasjonal behandlingstjeneste for import A;behandlingstjeneste;;Helse Førde;;2024-01-01;\n"
                + "Nasjonal kompetansetjeneste for import B;kompetansetjeneste;;Helse Fonna;;1.2.2024;\n"
                + "Flerregional behandlingstjeneste for import C;flerregional behandlingstjeneste;;Helse Bergen;Helse Stavanger;2024-01-01;\n"
                + "Nasjonal behandlingstjeneste for import D;behandlingstjeneste;;Ukjent sykehus;;2024-13-01;\n"
                + "Nasjonal behandlingstjeneste for import E;behandlingstjeneste;;Helse Førde;;2024-01-01;ftp://feil\n";
        int before = unitCount();
        var preview = importService.preview(csv.getBytes(StandardCharsets.UTF_8));
        assertFalse(preview.valid());
        assertTrue(preview.rows().get(0).errors().isEmpty());
        assertEquals(List.of("unit.error.function-required"), keys(preview.rows().get(1)));
        assertEquals(3, preview.rows().get(1).line());
        assertEquals(List.of("unit.error.second-host-same-region"), keys(preview.rows().get(2)));
        assertEquals(List.of("import.error.unknown-trust", "import.error.date"), keys(preview.rows().get(3)));
        assertEquals("Ukjent sykehus", preview.rows().get(3).errors().getFirst().arguments()[0]);
        assertEquals(List.of("unit.error.website"), keys(preview.rows().get(4)));

        var rejected = assertThrows(UnitImportService.ImportRejectedException.class,
                () -> importService.importAll(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(5, rejected.preview().allErrors().size());
        assertEquals(before, unitCount(), "nothing may be stored");
    }

    @Test
    void aCleanFileIsImportedInFullWithDerivedValues() {
        signIn(TestUsers.ADMIN);
        String csv = "\uFEFF" + HEADER
                + "Nasjonal behandlingstjeneste for ren import;behandlingstjeneste;;Helse Førde;;2024-01-01;https://helse-forde.no\n"
                + "Nasjonal kompetansetjeneste for ren import – æøå;kompetansetjeneste;opplæring;Finnmarkssykehuset;;1.3.2022;\n";
        int before = unitCount();
        assertTrue(importService.preview(csv.getBytes(StandardCharsets.UTF_8)).valid());
        assertEquals(2, importService.importAll(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(before + 2, unitCount());
        NationalUnit imported = units.findAll(new UnitFilter(null, null, null, "ren import – æøå")).getFirst();
        assertEquals(java.time.LocalDate.of(2027, 3, 1), imported.getTermEnd());
        assertEquals("Helse Nord", imported.getHostTrust().getRegion().getName());
        // importing the same file again: every row is now a duplicate
        var again = importService.preview(csv.getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of("unit.error.name-taken"), keys(again.rows().getFirst()));
    }

    @Test
    void fileLevelProblemsAreReported() {
        signIn(TestUsers.ADMIN);
        byte[] latin1 = (HEADER + "Tjeneste for Ørsta;behandlingstjeneste;;Helse Førde;;;\n").getBytes(StandardCharsets.ISO_8859_1);
        assertEquals("import.error.not-utf8", importService.preview(latin1).fileErrors().getFirst().messageKey());
        byte[] missing = "navn;vertsforetak\nX;Helse Førde\n".getBytes(StandardCharsets.UTF_8);
        assertEquals("import.error.missing-header", importService.preview(missing).fileErrors().getFirst().messageKey());
        assertEquals("import.error.empty", importService.preview(new byte[0]).fileErrors().getFirst().messageKey());
    }

    @Test
    void onlyAdminsImport() {
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> importService.preview(HEADER.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void exportWritesTheFilteredListInTheImportFormat() {
        signIn(TestUsers.OBSERVER);
        String csv = new String(UnitCsv.write(units.findAll(new UnitFilter(null, UnitKind.NATIONAL_CENTRE, null, null))),
                StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.getFirst().startsWith("\uFEFFnavn;engelsk_navn;type"));
        assertEquals(3, lines.size());
        assertTrue(csv.contains("Nasjonalt senter for e-helseforskning;;nasjonalt senter;;Universitetssykehuset Nord-Norge"));
    }

    private static List<String> keys(UnitImportService.PreviewRow row) {
        return row.errors().stream().map(UnitImportService.RowError::messageKey).toList();
    }
}
