package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.irf.ranking.SchulzeMethod;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RankingServiceTest extends ServiceTest {

    static final List<String> MEMBERS = List.of("bjorn.hansen", "eva.strand", "jon.lund", "randi.pedersen");

    @Autowired
    ApplicationService applications;
    @Autowired
    RankingService ranking;
    @Autowired
    OrganisationService organisation;
    @Autowired
    JdbcClient jdbc;

    private IrfRound round;
    private List<Long> ids;

    private void agenda() {
        signIn(TestUsers.ADMIN);
        round = IrfFixtures.round(applications);
        ids = IrfFixtures.agenda(applications, organisation, round).stream().map(Application::id).toList();
    }

    private long memberId(String username) {
        signIn(username);
        return CurrentUser.require().id();
    }

    @Test
    void nobodyReadsAnotherMembersBallotBeforeTheReveal() {
        agenda();
        long bjorn = memberId("bjorn.hansen");
        ranking.submitBallot(round.id(), List.of(List.of(ids.get(0)), List.of(ids.get(1), ids.get(2))));
        assertEquals(3, ranking.myBallot(round.id()).orElseThrow().stream().mapToInt(List::size).sum());
        assertTrue(ranking.ballotOf(round.id(), bjorn).isPresent(), "own ballot is readable");

        signIn("eva.strand");
        assertThrows(AccessDeniedException.class, () -> ranking.ballotOf(round.id(), bjorn));
        assertThrows(AccessDeniedException.class, () -> ranking.results(round.id()));
        signIn(TestUsers.ADMIN);
        assertThrows(AccessDeniedException.class, () -> ranking.ballotOf(round.id(), bjorn), "not even the chair");
        signIn(TestUsers.COORDINATOR_VEST);
        assertThrows(AccessDeniedException.class, () -> ranking.ballotOf(round.id(), bjorn));
        assertThrows(AccessDeniedException.class, () -> ranking.submitBallot(round.id(), List.of(List.of(ids.get(0)))));

        signIn("eva.strand");
        List<ParticipantStatus> status = ranking.participants(round.id());
        assertTrue(status.stream().filter(p -> p.memberId() == bjorn).findFirst().orElseThrow().submitted());
        assertFalse(status.stream().filter(p -> p.fullName().equals("Eva Strand")).findFirst().orElseThrow().submitted());
    }

    @Test
    void malformedBallotsAreRefusedAndTheStoredBallotIsUnchanged() {
        agenda();
        signIn("jon.lund");
        List<List<Long>> good = List.of(List.of(ids.get(3)), List.of(ids.get(4)));
        ranking.submitBallot(round.id(), good);
        assertEquals("irf.error.ballot-duplicate", assertThrows(FieldValidationException.class,
                () -> ranking.submitBallot(round.id(), List.of(List.of(ids.get(0)), List.of(ids.get(0))))).getMessageKey());
        assertEquals("irf.error.ballot-unknown", assertThrows(FieldValidationException.class,
                () -> ranking.submitBallot(round.id(), List.of(List.of(999_999L)))).getMessageKey());
        assertEquals("irf.error.ballot-empty-tier", assertThrows(FieldValidationException.class,
                () -> ranking.submitBallot(round.id(), List.of(List.of(ids.get(0)), List.of()))).getMessageKey());
        assertEquals("irf.error.ballot-empty", assertThrows(FieldValidationException.class,
                () -> ranking.submitBallot(round.id(), List.of())).getMessageKey());
        ranking.declareConflict(round.id(), ids.get(5), true);
        assertEquals("irf.error.ballot-conflict", assertThrows(FieldValidationException.class,
                () -> ranking.submitBallot(round.id(), List.of(List.of(ids.get(5))))).getMessageKey());
        assertEquals(good, ranking.myBallot(round.id()).orElseThrow());
    }

    @Test
    void fourMembersRankSixApplicationsChairRevealsFreezesAndExports() {
        agenda();
        // Bjørn and Eva agree; Jon ties two and leaves two unranked; Randi declares a conflict for application 3.
        signIn("bjorn.hansen");
        ranking.submitBallot(round.id(), tiers(0, 1, 2, 3, 4, 5));
        signIn("eva.strand");
        ranking.submitBallot(round.id(), tiers(0, 2, 1, 3, 5, 4));
        signIn("jon.lund");
        ranking.submitBallot(round.id(), List.of(List.of(ids.get(1), ids.get(0)), List.of(ids.get(3)), List.of(ids.get(2))));
        signIn("randi.pedersen");
        ranking.declareConflict(round.id(), ids.get(2), true);
        ranking.submitBallot(round.id(), tiers(0, 1, 4, 3, 5));
        assertEquals(4, ranking.participants(round.id()).stream().filter(ParticipantStatus::submitted).count());

        signIn(TestUsers.ADMIN);
        ranking.reveal(round.id());
        signIn("eva.strand");
        assertEquals("irf.error.closed", assertThrows(FieldValidationException.class,
                () -> ranking.submitBallot(round.id(), tiers(5, 4, 3, 2, 1, 0))).getMessageKey());
        assertEquals(tiers(0, 2, 1, 3, 5, 4), ranking.myBallot(round.id()).orElseThrow());
        signIn(TestUsers.OBSERVER);
        assertThrows(AccessDeniedException.class, () -> ranking.results(round.id()), "observers read after the freeze");

        signIn(TestUsers.ADMIN);
        RankingResults results = ranking.results(round.id());
        assertEquals(String.valueOf(ids.get(0)), results.report().schulze().winner().orElseThrow());
        assertEquals(String.valueOf(ids.get(0)), results.strictOrder().getFirst());
        assertEquals(4, results.report().agreement().size());
        assertEquals(6, results.report().matrix().size());
        assertEquals(4, results.report().matrix().get(String.valueOf(ids.get(0)), String.valueOf(ids.get(3))));
        assertEquals(List.of(ids.get(2)), results.abstentions().get(String.valueOf(memberId("randi.pedersen"))));
        signIn("jon.lund");
        long bjorn = memberId("bjorn.hansen");
        signIn("jon.lund");
        assertEquals(tiers(0, 1, 2, 3, 4, 5), ranking.ballotOf(round.id(), bjorn).orElseThrow(), "ballots open after the reveal");

        signIn(TestUsers.ADMIN);
        FrozenResult frozen = ranking.freeze(round.id());
        assertEquals(SchulzeMethod.ID, frozen.method());
        assertEquals("Ingrid Haugen", frozen.frozenBy());
        assertTrue(frozen.ballots().contains("Randi Pedersen") && frozen.ballots().contains("avstår"));
        assertTrue(applications.applications(round.id()).stream().allMatch(a -> a.status() == ApplicationStatus.RANKED));
        assertEquals("irf.error.frozen", assertThrows(FieldValidationException.class, () -> ranking.freeze(round.id())).getMessageKey());

        signIn("bjorn.hansen");
        assertEquals("irf.error.frozen", assertThrows(FieldValidationException.class,
                () -> ranking.submitBallot(round.id(), tiers(5, 4, 3, 2, 1, 0))).getMessageKey());
        assertEquals("irf.error.frozen", assertThrows(FieldValidationException.class,
                () -> ranking.declareConflict(round.id(), ids.get(0), true)).getMessageKey());
        assertEquals(tiers(0, 1, 2, 3, 4, 5), ranking.myBallot(round.id()).orElseThrow());

        signIn(TestUsers.OBSERVER);
        byte[] pdf = ranking.exportPdf(round.id());
        assertEquals("%PDF", new String(pdf, 0, 4, StandardCharsets.US_ASCII));
        String csv = new String(ranking.exportCsv(round.id()), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.getFirst().startsWith("\uFEFFplass;soknad_id;tittel"));
        assertEquals(7, lines.size());
        assertTrue(lines.get(1).startsWith("1;" + ids.get(0) + ";"));

        assertThrows(Exception.class, () -> jdbc.sql("update irf_frozen_result set method = 'borda' where round_id = ?")
                .param(round.id()).update(), "the snapshot is insert-only");
        assertEquals(SchulzeMethod.ID, ranking.frozen(round.id()).orElseThrow().method());
    }

    @Test
    void revealNeedsBallotsAndOnlyTheChairRevealsOrFreezes() {
        agenda();
        assertEquals("irf.error.no-ballots", assertThrows(FieldValidationException.class, () -> ranking.reveal(round.id())).getMessageKey());
        signIn("bjorn.hansen");
        ranking.submitBallot(round.id(), tiers(0, 1));
        assertThrows(AccessDeniedException.class, () -> ranking.reveal(round.id()));
        signIn(TestUsers.ADMIN);
        assertEquals("irf.error.not-revealed", assertThrows(FieldValidationException.class, () -> ranking.freeze(round.id())).getMessageKey());
        assertThrows(FieldValidationException.class, () -> ranking.exportPdf(round.id()));
    }

    private List<List<Long>> tiers(int... positions) {
        return java.util.Arrays.stream(positions).mapToObj(i -> List.of(ids.get(i))).toList();
    }
}
