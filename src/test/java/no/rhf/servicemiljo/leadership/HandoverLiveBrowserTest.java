package no.rhf.servicemiljo.leadership;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** Ticking a handover item shows up live on a colleague's screen, with who ticked it. */
class HandoverLiveBrowserTest extends BrowserTest {

    @Test
    void aTickShowsUpLiveOnAColleaguesScreen() {
        Page colleague = loginAs(TestUsers.OBSERVER);
        colleague.navigate(url("leadership"));
        Page admin = loginAs(TestUsers.ADMIN);
        admin.navigate(url("leadership"));
        Locator lastItemForColleague = colleague.locator("#handover-item-6 input");
        assertThat(lastItemForColleague).not().isChecked();

        admin.locator("#handover-item-6").click();

        assertThat(lastItemForColleague).isChecked();
        assertThat(colleague.locator("#handover")).containsText("Utført av Ingrid Haugen");
    }
}
