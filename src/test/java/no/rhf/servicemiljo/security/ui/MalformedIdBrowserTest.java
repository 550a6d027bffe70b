package no.rhf.servicemiljo.security.ui;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

/** A malformed id in a URL is "not found", never the error page (parsing the number used to fail). */
class MalformedIdBrowserTest extends BrowserTest {

    @Test
    void aMalformedIdShowsNotFound() {
        Page page = loginAs(TestUsers.ADMIN);
        for (String path : List.of("units/abc", "units/1e5", "units/99999999999999999999", "units/abc/edit", "reports/abc",
                "reports/cycles/x1", "reports/summary/abc")) {
            page.navigate(url(path));
            assertThat(page.locator("#not-found")).isVisible();
        }
        // A well-formed id still opens its view.
        page.navigate(url("units"));
        assertThat(page.locator("#view-title")).hasText("Tjenester, nettverk og sentre");
    }
}
