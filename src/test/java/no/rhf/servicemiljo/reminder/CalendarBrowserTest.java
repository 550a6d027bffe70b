package no.rhf.servicemiljo.reminder;

import com.microsoft.playwright.Page;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** The annual cycle in a real browser: the view's own stylesheet lays the month out as seven columns. */
class CalendarBrowserTest extends BrowserTest {

    @Test
    void theMonthIsAGridOfSevenColumnsWithTodayMarked() {
        Page page = loginAs(TestUsers.COORDINATOR_VEST);
        page.navigate(url("calendar"));
        assertThat(page.locator("#calendar-grid")).isVisible();
        waitForVaadin(page);
        page.waitForFunction("() => getComputedStyle(document.getElementById('calendar-grid')).display === 'grid'");
        Object columns = page.evaluate("() => getComputedStyle(document.getElementById('calendar-grid')).gridTemplateColumns.split(' ').length");
        assertEquals(7, ((Number) columns).intValue());
        assertThat(page.locator("#day-" + LocalDate.now())).hasClass(java.util.regex.Pattern.compile("sm-calendar-today"));
        page.context().close();
    }
}
