package no.rhf.servicemiljo.arena;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.SecurityTestSupport;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Two colleagues register in their browsers for an event with one seat: the first gets it, the second the waiting list. */
class ArenaWaitingListBrowserTest extends BrowserTest {

    @Autowired
    ArenaEventService events;
    @Autowired
    UserDetailsService userDetailsService;
    @Autowired
    JdbcTemplate jdbc;

    private long eventId;

    @AfterAll
    void removeEvent() {
        jdbc.update("delete from reminder_outbox where deadline_path = ?", "arenas/" + eventId);
        jdbc.update("delete from arena_event where id = ?", eventId);
    }

    /** Every Spring context with Vaadin installs its own global strategy (see ServiceTest): sign in through this one's. */
    @Autowired
    org.springframework.beans.factory.ObjectProvider<com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy> strategy;

    @Test
    void twoUsersRegisterForOneSeatAndTheSecondGetsTheWaitingList() {
        strategy.ifAvailable(org.springframework.security.core.context.SecurityContextHolder::setContextHolderStrategy);
        SecurityTestSupport.signIn(userDetailsService, TestUsers.ADMIN);
        try {
            eventId = events.save(null, ArenaTestEvents.draft("Nettleserarena med én plass " + System.nanoTime(), null, 1));
            events.publish(eventId);
        } finally {
            SecurityTestSupport.signOut();
        }

        Page first = loginAs(TestUsers.REFERENCE_MEMBER);
        first.navigate(url("arenas/" + eventId));
        first.locator("#arena-register-" + eventId).click();
        assertThat(first.locator("#arena-my-registration")).containsText("Påmeldt");

        Page second = loginAs(TestUsers.REFERENCE_MEMBER_VEST);
        second.navigate(url("arenas/" + eventId));
        assertThat(second.locator("#arena-register-" + eventId)).containsText("Sett meg på venteliste");
        second.locator("#arena-register-" + eventId).click();
        assertThat(second.locator("#arena-my-registration")).containsText("Venteliste");
        assertThat(second.locator("#arena-unregister-" + eventId)).containsText("Gå ut av ventelisten");

        first.navigate(url("arenas"));
        assertThat(first.locator("#arena-upcoming")).containsText("1 av 1 påmeldt, 1 på venteliste");
    }
}
