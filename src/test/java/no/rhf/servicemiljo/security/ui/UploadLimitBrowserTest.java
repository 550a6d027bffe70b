package no.rhf.servicemiljo.security.ui;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.FilePayload;
import no.rhf.servicemiljo.BrowserTest;
import no.rhf.servicemiljo.TestUsers;
import no.rhf.servicemiljo.assessment.ReportReceiptService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.unit.DataSize;
import org.springframework.boot.servlet.autoconfigure.MultipartProperties;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A report PDF larger than the container's default multipart limit (1 MB) is stored, not silently dropped: the
 * container's limit sits above the app's own limit, which the service checks with a message at the upload.
 */
class UploadLimitBrowserTest extends BrowserTest {

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MultipartProperties multipart;

    private static byte[] pdfOf(int size) {
        byte[] content = new byte[size];
        Arrays.fill(content, (byte) ' ');
        byte[] head = "%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(head, 0, content, 0, head.length);
        byte[] tail = "\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(tail, 0, content, size - tail.length, tail.length);
        return content;
    }

    @Test
    void theContainersUploadLimitIsAboveTheAppsOwnLimits() {
        assertTrue(multipart.getMaxFileSize().compareTo(DataSize.ofBytes(ReportReceiptService.MAX_REPORT_BYTES)) > 0,
                multipart.getMaxFileSize().toString());
        assertTrue(multipart.getMaxRequestSize().compareTo(DataSize.ofBytes(ReportReceiptService.MAX_REPORT_BYTES)) > 0);
    }

    @Test
    void aThreeMegabyteReportPdfIsStoredAndSaysSo() {
        long report = jdbc.queryForObject("""
                select r.id from annual_report r join national_unit u on u.id = r.unit_id join app_user c on c.id = u.contact_user_id
                join health_trust t on t.id = u.host_trust_id
                where c.username = 'per.olsen' and t.region_id = 1 and u.second_host_trust_id is null and r.status = 'EXPECTED'
                order by r.id desc offset 7 limit 1
                """, Long.class);
        Page page = loginAs(TestUsers.SERVICE_CONTACT);
        page.navigate(url("reports/" + report));
        page.locator("#report-upload input[type=file]").setInputFiles(
                new FilePayload("Årsrapport 2025.pdf", "application/pdf", pdfOf(3 * 1024 * 1024)));
        assertThat(page.getByText("Årsrapporten er lastet opp og registrert som mottatt")).isVisible();
        assertEquals(1, jdbc.queryForObject("select count(*) from annual_report_file where report_id = ?", Integer.class, report));
    }
}
