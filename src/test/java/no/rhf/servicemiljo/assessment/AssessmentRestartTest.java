package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.RestartableApp;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.organisation.Region;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Nothing committed is lost when the server goes down hard: two people edit an assessment, the
 * database server is brought down the way a crash would (immediate shutdown, no checkpoint), the app
 * is started again on the same data directory, and every field, history entry, message and follow-up
 * item is there, credited to its author.
 */
class AssessmentRestartTest {

    @TempDir
    Path dataDir;

    private RestartableApp app;

    @AfterEach
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void everyCommittedEditSurvivesACrashAndARestart() throws Exception {
        app = new RestartableApp(dataDir, 0).start();
        long report = app.bean(JdbcTemplate.class).queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id
                where u.name_nb = 'Nasjonal behandlingstjeneste for avansert brannskadebehandling'""", Long.class);
        AssessmentService assessments = app.bean(AssessmentService.class);
        long criterion = assessments.criteria(assessments.cycles().getFirst().id()).getFirst().id();
        app.signIn(TestUsers.REFERENCE_MEMBER);
        assessments.saveField(report, "comment-" + criterion, "Første utkast – æøå");
        assessments.postMessage(report, "Jeg har skrevet et første utkast.", Instant.now());
        app.signIn(TestUsers.COORDINATOR_VEST);
        assessments.saveField(report, "comment-" + criterion, "Andre utkast, rett etter – ÆØÅ");
        assessments.saveField(report, "rating-" + criterion, "PARTLY_MET");
        app.bean(FollowUpService.class).add(report, "Ventetiden følges opp", Region.HELSE_VEST, LocalDate.of(2027, 6, 1));

        crashTheDatabaseServer();
        app.stop();
        app.start();

        app.signIn(TestUsers.ADMIN);
        assessments = app.bean(AssessmentService.class);
        var values = assessments.values(report);
        assertEquals("Andre utkast, rett etter – ÆØÅ", values.get("comment-" + criterion));
        assertEquals("PARTLY_MET", values.get("rating-" + criterion));
        assertEquals(List.of("Marte Solheim", "Anne Lie"),
                assessments.history(report, "comment-" + criterion).stream().map(AssessmentService.FieldChange::author).toList());
        assertEquals("Jeg har skrevet et første utkast.", assessments.messages(report).getFirst().text());
        assertEquals("Ventetiden følges opp", app.bean(FollowUpService.class).followUps(report).getFirst().description());
    }

    /** SIGQUIT is PostgreSQL's immediate shutdown: every process exits at once, as in a crash; the next start recovers from the WAL. */
    private void crashTheDatabaseServer() throws Exception {
        Path pidFile = dataDir.resolve("postmaster.pid");
        long pid = Long.parseLong(Files.readAllLines(pidFile).getFirst().trim());
        new ProcessBuilder("kill", "-QUIT", String.valueOf(pid)).inheritIO().start().waitFor();
        ProcessHandle.of(pid).ifPresent(p -> p.onExit().orTimeout(30, TimeUnit.SECONDS).join());
        assertTrue(ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true), "the database server is down");
    }
}
