package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.RestartableApp;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A ballot being built is on the server, not in the page: a member changes their draft, the app is stopped and
 * started again on the same data directory (as AssessmentRestartTest does), and the draft is there, still not
 * submitted and still only the member's.
 */
class BallotDraftRestartTest {

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
    void aDraftSurvivesARestart() {
        app = new RestartableApp(dataDir, 0).start();
        long roundId = app.bean(ApplicationService.class).currentRound().orElseThrow().id();
        app.signIn("jon.lund");
        List<Long> agenda = app.bean(RankingService.class).candidates(roundId).stream().map(Application::id).toList();
        BallotDraftService drafts = app.bean(BallotDraftService.class);
        drafts.saveDraft(roundId, List.of(List.of(agenda.get(1)), List.of(agenda.get(0), agenda.get(3))));
        BallotDraft saved = drafts.saveDraft(roundId, List.of(List.of(agenda.get(3)), List.of(agenda.get(0), agenda.get(1))));

        app.stop();
        app.start();

        app.signIn("jon.lund");
        BallotDraft kept = app.bean(BallotDraftService.class).myDraft(roundId).orElseThrow();
        assertEquals(saved, kept, "the latest change, with its time");
        assertTrue(app.bean(RankingService.class).myBallot(roundId).isEmpty(), "still a draft, not submitted");
        app.signIn("eva.strand");
        assertTrue(app.bean(BallotDraftService.class).myDraft(roundId).isEmpty(), "still Jon's only");
    }
}
