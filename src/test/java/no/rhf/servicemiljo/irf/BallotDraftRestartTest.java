package no.rhf.servicemiljo.irf;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import no.rhf.servicemiljo.SecurityTestSupport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;

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

    private ConfigurableApplicationContext app;

    private ConfigurableApplicationContext start() {
        return new SpringApplicationBuilder(no.rhf.servicemiljo.Application.class).profiles("test")
                .run("--servicemiljo.embedded-db.data-dir=" + dataDir, "--server.port=0");
    }

    private void signIn(String username) {
        app.getBeanProvider(VaadinAwareSecurityContextHolderStrategy.class).ifAvailable(SecurityContextHolder::setContextHolderStrategy);
        SecurityTestSupport.signIn(app.getBean(UserDetailsService.class), username);
    }

    @AfterEach
    void stop() {
        SecurityTestSupport.signOut();
        if (app != null) {
            app.close();
        }
    }

    @Test
    void aDraftSurvivesARestart() {
        app = start();
        long roundId = app.getBean(ApplicationService.class).currentRound().orElseThrow().id();
        signIn("jon.lund");
        List<Long> agenda = app.getBean(RankingService.class).candidates(roundId).stream().map(Application::id).toList();
        BallotDraftService drafts = app.getBean(BallotDraftService.class);
        drafts.saveDraft(roundId, List.of(List.of(agenda.get(1)), List.of(agenda.get(0), agenda.get(3))));
        BallotDraft saved = drafts.saveDraft(roundId, List.of(List.of(agenda.get(3)), List.of(agenda.get(0), agenda.get(1))));

        app.close();
        app = start();

        signIn("jon.lund");
        BallotDraft kept = app.getBean(BallotDraftService.class).myDraft(roundId).orElseThrow();
        assertEquals(saved, kept, "the latest change, with its time");
        assertTrue(app.getBean(RankingService.class).myBallot(roundId).isEmpty(), "still a draft, not submitted");
        signIn("eva.strand");
        assertTrue(app.getBean(BallotDraftService.class).myDraft(roundId).isEmpty(), "still Jon's only");
    }
}
