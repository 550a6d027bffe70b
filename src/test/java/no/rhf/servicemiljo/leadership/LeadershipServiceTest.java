package no.rhf.servicemiljo.leadership;

import no.rhf.servicemiljo.ServiceTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class LeadershipServiceTest extends ServiceTest {

    @Autowired
    LeadershipService leadership;
    @Autowired
    FundingService funding;
    @Autowired
    OrganisationService organisation;

    @Test
    void currentAndNextLeaderAcrossBoundariesAndGaps() {
        List<LeadershipPeriod> periods = List.of(
                new LeadershipPeriod(organisation.region(Region.HELSE_VEST), LocalDate.of(2023, 1, 1), LocalDate.of(2024, 12, 31)),
                new LeadershipPeriod(organisation.region(Region.HELSE_MIDT_NORGE), LocalDate.of(2025, 3, 1), LocalDate.of(2026, 12, 31)));
        assertEquals("Helse Vest", LeadershipStatus.of(periods, LocalDate.of(2024, 12, 31)).current().orElseThrow().getRegion().getName());
        LeadershipStatus inGap = LeadershipStatus.of(periods, LocalDate.of(2025, 1, 15));
        assertTrue(inGap.current().isEmpty(), "nobody leads in a gap");
        assertEquals("Helse Midt-Norge", inGap.next().orElseThrow().getRegion().getName());
        assertEquals("Helse Midt-Norge", LeadershipStatus.of(periods, LocalDate.of(2025, 3, 1)).current().orElseThrow().getRegion().getName());
        assertTrue(LeadershipStatus.of(periods, LocalDate.of(2027, 1, 1)).current().isEmpty());
        assertTrue(LeadershipStatus.of(periods, LocalDate.of(2027, 1, 1)).next().isEmpty());
    }

    @Test
    void theHandoverToWorkOnIsTheNearestChangeOfLeadership() {
        List<LeadershipPeriod> periods = List.of(
                new LeadershipPeriod(organisation.region(Region.HELSE_MIDT_NORGE), LocalDate.of(2025, 1, 1), LocalDate.of(2026, 12, 31)),
                new LeadershipPeriod(organisation.region(Region.HELSE_NORD), LocalDate.of(2027, 1, 1), LocalDate.of(2028, 12, 31)));
        assertEquals("Helse Nord", LeadershipStatus.of(periods, LocalDate.of(2026, 12, 2)).handover().orElseThrow().getRegion().getName(),
                "in December before a change: the coming handover, not the one of 2025");
        assertEquals("Helse Midt-Norge", LeadershipStatus.of(periods, LocalDate.of(2025, 2, 10)).handover().orElseThrow().getRegion().getName(),
                "just after a change: its handover");
        assertEquals("Helse Nord", LeadershipStatus.of(periods, LocalDate.of(2027, 1, 20)).handover().orElseThrow().getRegion().getName());
        assertEquals("Helse Midt-Norge", LeadershipStatus.of(periods, LocalDate.of(2024, 6, 1)).handover().orElseThrow().getRegion().getName(),
                "before the first period: the coming one");
        assertTrue(LeadershipStatus.of(periods, LocalDate.of(2030, 1, 1)).handover().isEmpty());
    }

    @Test
    void aNewPeriodIsCreatedWithItsHandoverChecklist() {
        signIn(TestUsers.ADMIN);
        LeadershipPeriod period = leadership.savePeriod(null, organisation.region(Region.HELSE_NORD), LocalDate.of(2090, 1, 1),
                LocalDate.of(2091, 12, 31));
        List<HandoverItem> items = leadership.handover(period.getId());
        assertEquals(LeadershipService.STANDARD_HANDOVER, items.stream().map(HandoverItem::getText).toList());
        assertTrue(items.stream().noneMatch(HandoverItem::isDone));
    }

    @Test
    void theDemoDataHasAChecklistForTheChangeToWorkOnNow() {
        signIn(TestUsers.OBSERVER);
        LeadershipStatus status = leadership.status();
        LeadershipPeriod handover = status.handover().orElseThrow();
        assertEquals(LeadershipService.STANDARD_HANDOVER.size(), leadership.handover(handover.getId()).size());
        status.next().ifPresent(next -> assertEquals(LeadershipService.STANDARD_HANDOVER.size(),
                leadership.handover(next.getId()).size(), "the next period has its checklist from the start"));
    }

    @Test
    void theDefaultRotationStartsWithHelseVestInTwoYearPeriods() {
        var order = List.of(organisation.region(Region.HELSE_VEST), organisation.region(Region.HELSE_MIDT_NORGE),
                organisation.region(Region.HELSE_NORD), organisation.region(Region.HELSE_SOR_OST));
        var plan = RotationPlan.generate(order, LocalDate.of(2023, 1, 1), 2, 5);
        assertEquals(LocalDate.of(2024, 12, 31), plan.get(0).endsOn());
        assertEquals("Helse Midt-Norge", plan.get(1).region().getName());
        assertEquals(LocalDate.of(2025, 1, 1), plan.get(1).startsOn());
        assertEquals("Helse Vest", plan.get(4).region().getName());
        assertEquals(LocalDate.of(2031, 1, 1), plan.get(4).startsOn());
        signIn(TestUsers.OBSERVER);
        assertEquals("Helse Vest", leadership.periods().getFirst().getRegion().getName());
    }

    @Test
    void overlappingPeriodsAreRejected() {
        signIn(TestUsers.ADMIN);
        var error = assertThrows(FieldValidationException.class, () -> leadership.savePeriod(null,
                organisation.region(Region.HELSE_NORD), LocalDate.of(2024, 6, 1), LocalDate.of(2025, 5, 31)));
        assertEquals("leadership.error.overlap", error.getMessageKey());
        assertThrows(FieldValidationException.class, () -> leadership.savePeriod(null,
                organisation.region(Region.HELSE_NORD), LocalDate.of(2050, 6, 1), LocalDate.of(2050, 5, 31)));
    }

    @Test
    void tickingRecordsWhoAndWhenAndOnlyTheHandoverRegionsMayTick() {
        signIn(TestUsers.OBSERVER);
        LeadershipPeriod current = leadership.status().handover().orElseThrow();
        HandoverItem open = leadership.handover(current.getId()).stream().filter(i -> !i.isDone()).findFirst().orElseThrow();
        assertThrows(AccessDeniedException.class, () -> leadership.tick(open.getId(), true));
        signIn(TestUsers.ADMIN);
        HandoverItem ticked = leadership.tick(open.getId(), true);
        assertEquals("Ingrid Haugen", ticked.getDoneBy().getFullName());
        assertNotNull(ticked.getDoneAt());
        leadership.tick(open.getId(), false);
        String unrelated = List.of(TestUsers.COORDINATOR_SOR_OST, TestUsers.COORDINATOR_VEST, TestUsers.COORDINATOR_MIDT,
                TestUsers.COORDINATOR_NORD).stream().filter(u -> {
                    signIn(u);
                    return !leadership.mayTick(open);
                }).findFirst().orElseThrow();
        signIn(unrelated);
        assertThrows(AccessDeniedException.class, () -> leadership.tick(open.getId(), true));
        assertFalse(leadership.handover(current.getId()).stream().filter(i -> i.getId().equals(open.getId())).findFirst().orElseThrow().isDone());
    }

    @Test
    void onlyAdminsEditPeriodsItemsAndFunding() {
        for (String user : List.of(TestUsers.OBSERVER, TestUsers.COORDINATOR_VEST)) {
            signIn(user);
            assertThrows(AccessDeniedException.class, () -> leadership.savePeriod(null, organisation.region(Region.HELSE_NORD),
                    LocalDate.of(2060, 1, 1), LocalDate.of(2061, 12, 31)));
            assertThrows(AccessDeniedException.class, () -> leadership.addHandoverItem(1L, "Nytt punkt"));
            assertThrows(AccessDeniedException.class, () -> funding.save(organisation.region(Region.HELSE_NORD), 2023,
                    BigDecimal.TEN, BigDecimal.ZERO));
        }
    }

    @Test
    void fundingIsValidatedAndTheSupportShareIsComputed() {
        signIn(TestUsers.ADMIN);
        Region nord = organisation.region(Region.HELSE_NORD);
        assertEquals("funding.error.rare", assertThrows(FieldValidationException.class,
                () -> funding.save(nord, 2023, BigDecimal.ONE, BigDecimal.TEN)).getMessageKey());
        assertEquals("funding.error.amount", assertThrows(FieldValidationException.class,
                () -> funding.save(nord, 2023, BigDecimal.valueOf(-1), BigDecimal.ZERO)).getMessageKey());
        RegionalFunding sorOst2022 = funding.all().stream()
                .filter(f -> f.getYear() == 2022 && f.getRegion().getId() == Region.HELSE_SOR_OST).findFirst().orElseThrow();
        assertEquals(new BigDecimal("4.9"), sorOst2022.supportFunctionsMnok(funding.sharePercent()));
    }
}
