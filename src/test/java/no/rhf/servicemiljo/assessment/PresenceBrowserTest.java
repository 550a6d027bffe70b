package no.rhf.servicemiljo.assessment;

import no.rhf.servicemiljo.TestReports;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/**
 * Presence that leaves: someone who closes the tab, closes the browser, loses the page or goes elsewhere
 * disappears from the others' avatars within seconds; someone who reloads stays, once.
 */
class PresenceBrowserTest extends BrowserTest {

    /** What the issue asks: gone within 15 s. */
    private static final LocatorAssertions.HasCountOptions WITHIN_15_S = new LocatorAssertions.HasCountOptions().setTimeout(15_000);

    @Autowired
    JdbcTemplate jdbc;

    private long report() {
        return TestReports.of(jdbc, "Nasjonal behandlingstjeneste for gammaknivbehandling");
    }

    /** The member (Anne Lie, AL) and the coordinator (Marte Solheim, MS) on one assessment, each seeing the other. */
    private Page[] bothOnTheAssessment() {
        long report = report();
        Page member = loginAs(TestUsers.REFERENCE_MEMBER);
        member.navigate(url("reports/" + report));
        Page coordinator = loginAs(TestUsers.COORDINATOR_VEST);
        coordinator.navigate(url("reports/" + report));
        assertThat(memberAvatar(coordinator)).hasCount(1);
        assertThat(member.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        return new Page[] {member, coordinator};
    }

    private static Locator memberAvatar(Page page) {
        return page.locator("#assessment-avatars vaadin-avatar[abbr='AL']");
    }

    @Test
    void closingTheTabRemovesTheAvatar() {
        Page[] pages = bothOnTheAssessment();
        pages[0].close(new Page.CloseOptions().setRunBeforeUnload(true)); // as a person closes a tab: pagehide runs
        assertThat(memberAvatar(pages[1])).hasCount(0, WITHIN_15_S);
        pages[0].context().close();
        pages[1].context().close();
    }

    @Test
    void closingTheBrowserRemovesTheAvatar() {
        Page[] pages = bothOnTheAssessment();
        pages[0].context().close(); // the whole browser (context) goes, no page handlers asked
        assertThat(memberAvatar(pages[1])).hasCount(0, WITHIN_15_S);
        pages[1].context().close();
    }

    /** No beacon, no closed connection: only the missed heartbeats (every 10 s, about three missed) tell. */
    @Test
    void losingTheConnectionRemovesTheAvatarAndComingBackRestoresIt() {
        Page[] pages = bothOnTheAssessment();
        pages[0].context().setOffline(true);
        assertThat(memberAvatar(pages[1])).hasCount(0, new LocatorAssertions.HasCountOptions().setTimeout(50_000));
        // Back online: the page finds its screen closed, loads again and the member is back, once.
        pages[0].context().setOffline(false);
        assertThat(memberAvatar(pages[1])).hasCount(1, new LocatorAssertions.HasCountOptions().setTimeout(60_000));
        assertThat(pages[0].locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        pages[0].context().close();
        pages[1].context().close();
    }

    @Test
    void goingToAnotherSiteRemovesTheAvatar() {
        Page[] pages = bothOnTheAssessment();
        pages[0].navigate("about:blank");
        assertThat(memberAvatar(pages[1])).hasCount(0, WITHIN_15_S);
        pages[0].context().close();
        pages[1].context().close();
    }

    @Test
    void goingToAnotherViewInTheAppRemovesTheAvatar() {
        Page[] pages = bothOnTheAssessment();
        pages[0].locator("#main-nav").getByRole(AriaRole.LINK).first().click();
        assertThat(pages[0].locator("#assessment")).hasCount(0);
        assertThat(memberAvatar(pages[1])).hasCount(0, WITHIN_15_S);
        pages[0].context().close();
        pages[1].context().close();
    }

    @Test
    void reloadingKeepsOneAvatarAndAWorkingPage() {
        Page[] pages = bothOnTheAssessment();
        Page member = pages[0];
        Page coordinator = pages[1];
        member.reload();
        assertThat(member.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        member.reload();
        assertThat(member.locator("#assessment-avatars vaadin-avatar[abbr='MS']")).hasCount(1);
        assertThat(memberAvatar(coordinator)).hasCount(1);
        // The reloaded page is live both ways.
        long criterion = jdbc.queryForObject("select max(c.id) from assessment_criterion c join annual_report r on r.cycle_id = c.cycle_id"
                + " where r.id = ? and not c.retired", Long.class, report());
        String comment = "#field-comment-" + criterion + " textarea";
        member.locator(comment).fill("Etter ny innlasting");
        assertThat(coordinator.locator(comment)).hasValue("Etter ny innlasting");
        coordinator.locator(comment).fill("Sett fra koordinator");
        assertThat(member.locator(comment)).hasValue("Sett fra koordinator");
        // Still one avatar for the member a while later: the old page's close did not take the new one with it.
        coordinator.waitForTimeout(3_000);
        assertThat(memberAvatar(coordinator)).hasCount(1);
        member.context().close();
        coordinator.context().close();
    }
}
