package no.rhf.servicemiljo.irf;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.security.CurrentUser;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Ballot drafts: the member's own, across calls; never read by anyone else, never counted; gone once submitted. */
class BallotDraftServiceTest extends ServiceTest {

    @Autowired
    ApplicationService applications;
    @Autowired
    RankingService ranking;
    @Autowired
    BallotDraftService drafts;
    @Autowired
    OrganisationService organisation;

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

    private List<List<Long>> myDraft() {
        return drafts.myDraft(round.id()).orElseThrow().tiers();
    }

    @Test
    void aDraftIsKeptForItsMemberAndNobodyElseReadsOrCountsIt() {
        agenda();
        long bjorn = memberId("bjorn.hansen");
        List<List<Long>> draft = List.of(List.of(ids.get(2)), List.of(ids.get(0), ids.get(4)));
        BallotDraft saved = drafts.saveDraft(round.id(), draft);

        signIn("bjorn.hansen"); // a later request of the same member
        assertEquals(draft, myDraft());
        assertEquals(saved.updatedAt(), drafts.myDraft(round.id()).orElseThrow().updatedAt());
        assertTrue(ranking.myBallot(round.id()).isEmpty(), "a draft is not a submitted ballot");
        assertTrue(ranking.ballotOf(round.id(), bjorn).isEmpty());

        long eva = memberId("eva.strand");
        assertTrue(drafts.myDraft(round.id()).isEmpty(), "another member has only their own draft, none here");
        ranking.submitBallot(round.id(), List.of(List.of(ids.get(5))));
        assertFalse(ranking.participants(round.id()).stream().filter(p -> p.memberId() == bjorn).findFirst().orElseThrow().submitted(),
                "a draft is not shown as submitted");
        signIn(TestUsers.ADMIN);
        assertThrows(AccessDeniedException.class, () -> drafts.myDraft(round.id()), "the chair has no draft to read");

        ranking.reveal(round.id());
        assertEquals(Set.of(String.valueOf(eva)), ranking.results(round.id()).voterNames().keySet(), "only submitted ballots count");
        signIn("eva.strand");
        assertTrue(ranking.ballotOf(round.id(), bjorn).isEmpty(), "ballots open after the reveal; drafts never do");
        assertEquals(List.of(List.of(ids.get(5))), ranking.ballotOf(round.id(), eva).orElseThrow());

        signIn("bjorn.hansen");
        assertEquals("irf.error.closed", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), List.of(List.of(ids.get(1))))).getMessageKey());
        assertEquals(draft, myDraft(), "still the member's own, unchanged");

        signIn(TestUsers.ADMIN);
        FrozenResult frozen = ranking.freeze(round.id());
        assertTrue(frozen.ballots().contains("Eva Strand"));
        assertFalse(frozen.ballots().contains("Bjørn Hansen"), "the snapshot has submitted ballots only");
        signIn("bjorn.hansen");
        assertEquals("irf.error.frozen", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), draft)).getMessageKey());
    }

    @Test
    void submittingDeletesTheDraftAndAConflictTakesTheApplicationOffIt() {
        agenda();
        signIn("jon.lund");
        drafts.saveDraft(round.id(), List.of(List.of(ids.get(0)), List.of(ids.get(1))));
        ranking.submitBallot(round.id(), List.of(List.of(ids.get(0)), List.of(ids.get(1))));
        assertTrue(drafts.myDraft(round.id()).isEmpty(), "submitted: nothing left unsubmitted");

        drafts.saveDraft(round.id(), List.of(List.of(ids.get(1), ids.get(3)), List.of(ids.get(0))));
        assertEquals(List.of(List.of(ids.get(0)), List.of(ids.get(1))), ranking.myBallot(round.id()).orElseThrow(),
                "the submitted ballot counts until the draft is submitted");
        ranking.declareConflict(round.id(), ids.get(3), true);
        assertEquals(List.of(List.of(ids.get(1)), List.of(ids.get(0))), myDraft());

        drafts.saveDraft(round.id(), List.of());
        assertEquals(List.of(), myDraft(), "taking every row out is kept too");
    }

    @Test
    void invalidDraftsAreRefusedAndTheStoredDraftIsUnchanged() {
        agenda();
        Application notOnAgenda = applications.create(round.id(),
                IrfFixtures.draft(organisation, round, "Helse Førde", "Nasjonal behandlingstjeneste for sjeldne øyesykdommer"));
        IrfRound other = IrfFixtures.round(applications);
        Application otherRound = applications.create(other.id(),
                IrfFixtures.draft(organisation, other, "Helse Fonna", "Nasjonal behandlingstjeneste for hørselsimplantat"));
        applications.submit(otherRound.id());
        applications.advance(otherRound.id(), ApplicationStatus.RECEIVED);
        applications.advance(otherRound.id(), ApplicationStatus.ON_AGENDA);

        signIn("randi.pedersen");
        List<List<Long>> good = List.of(List.of(ids.get(3)), List.of(ids.get(4)));
        drafts.saveDraft(round.id(), good);
        assertEquals("irf.error.ballot-duplicate", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), List.of(List.of(ids.get(0)), List.of(ids.get(0))))).getMessageKey());
        assertEquals("irf.error.ballot-unknown", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), List.of(List.of(999_999L)))).getMessageKey());
        assertEquals("irf.error.ballot-unknown", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), List.of(List.of(notOnAgenda.id())))).getMessageKey(), "not on the agenda");
        assertEquals("irf.error.ballot-unknown", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), List.of(List.of(otherRound.id())))).getMessageKey(), "another round's");
        assertEquals("irf.error.ballot-empty-tier", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), List.of(List.of(ids.get(0)), List.of()))).getMessageKey());
        assertEquals("irf.error.ballot-empty", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), null)).getMessageKey());
        ranking.declareConflict(round.id(), ids.get(5), true);
        assertEquals("irf.error.ballot-conflict", assertThrows(FieldValidationException.class,
                () -> drafts.saveDraft(round.id(), List.of(List.of(ids.get(5))))).getMessageKey());
        assertEquals(good, myDraft());

        for (String notAMember : List.of(TestUsers.ADMIN, TestUsers.OBSERVER, TestUsers.COORDINATOR_VEST)) {
            signIn(notAMember);
            assertThrows(AccessDeniedException.class, () -> drafts.saveDraft(round.id(), good), notAMember);
        }
    }

    /** The member whose draft is read or written is always the signed-in one: no method takes another member's id. */
    @Test
    void noServiceMethodReadsADraftByMember() {
        for (Class<?> type : List.of(BallotDraftService.class, RankingService.class)) {
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers())
                        && method.getGenericReturnType().getTypeName().contains(BallotDraft.class.getName())) {
                    assertEquals(BallotDraftService.class, type, method + " hands out a draft");
                    assertEquals(1, Arrays.stream(method.getParameterTypes()).filter(long.class::equals).count(),
                            method + " takes the round only");
                }
            }
        }
    }
}
