package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.TextSafety;
import no.rhf.servicemiljo.base.PdfFiles;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;

/**
 * Receipt of the annual report: the unit's service contact (or the host region's coordinator, or
 * ADMIN) uploads it as PDF or gives its eRapport link, and the report is then received. Uploads are
 * kept in PostgreSQL, every one of them: a new upload supersedes the earlier, it never overwrites it.
 */
@Service
@Transactional(readOnly = true)
public class ReportReceiptService {

    public static final int MAX_REPORT_BYTES = 20 * 1024 * 1024;

    public record ReportFile(long id, long reportId, String fileName, int sizeBytes, String uploadedBy, Instant uploadedAt) {
    }

    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ReportReceiptService(AssessmentService assessments, AssessmentAccess access, JdbcClient jdbc, ApplicationEventPublisher events, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.jdbc = jdbc;
        this.events = events;
        this.clock = clock;
    }

    @PermitAll
    public boolean canRegister(Report report) {
        return CurrentUser.get().map(user -> access.mayRegister(user, report)).orElse(false);
    }

    /** Registers the report as received on a day (not in the future), with its eRapport link if it has one. */
    @PermitAll
    @Transactional
    public void markReceived(long reportId, LocalDate receivedOn, String erapportLink) {
        registrable(reportId);
        if (receivedOn == null || receivedOn.isAfter(LocalDate.now(clock))) {
            throw new FieldValidationException("receivedOn", "assessment.error.received-on");
        }
        String link = erapportLink == null || erapportLink.isBlank() ? null : erapportLink.strip();
        TextSafety.requireStorable("erapportLink", link, 0);
        if (link != null && (!link.matches("https://\\S+") || link.length() > 500)) {
            throw new FieldValidationException("erapportLink", "assessment.error.link");
        }
        jdbc.sql("update annual_report set status = case when status = 'EXPECTED' then 'RECEIVED' else status end, received_on = ?, erapport_link = ? where id = ?")
                .params(receivedOn, link, reportId).update();
        events.publishEvent(ReportChanged.of(jdbc, reportId));
    }

    /** Stores an uploaded report (a PDF of at most 20 MB, checked by its content); the report is received today if it was not. */
    @PermitAll
    @Transactional
    public ReportFile upload(long reportId, String fileName, byte[] content) {
        registrable(reportId);
        PdfFiles.require("file", content, MAX_REPORT_BYTES, "assessment.error.file-size", "assessment.error.file-type");
        AppUserPrincipal user = CurrentUser.require();
        Instant now = clock.instant();
        long id = jdbc.sql("""
                insert into annual_report_file (report_id, file_name, size_bytes, sha256, content, uploaded_by, uploaded_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(reportId, PdfFiles.name(TextSafety.clean(fileName), "arsrapport.pdf"), content.length, sha256(content), content, user.id(),
                Timestamp.from(now)).query(Long.class).single();
        jdbc.sql("update annual_report set status = case when status = 'EXPECTED' then 'RECEIVED' else status end, "
                + "received_on = coalesce(received_on, ?) where id = ?").params(LocalDate.now(clock), reportId).update();
        events.publishEvent(ReportChanged.of(jdbc, reportId));
        return files(reportId).stream().filter(f -> f.id() == id).findFirst().orElseThrow();
    }

    /** The uploads of a report, newest (the one in force) first. */
    @PermitAll
    public List<ReportFile> files(long reportId) {
        assessments.report(reportId);
        return jdbc.sql("""
                select f.id, f.report_id, f.file_name, f.size_bytes, u.full_name, f.uploaded_at from annual_report_file f
                join app_user u on u.id = f.uploaded_by where f.report_id = ? order by f.id desc
                """).param(reportId).query((rs, n) -> new ReportFile(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getInt(4),
                rs.getString(5), rs.getTimestamp(6).toInstant())).list();
    }

    /** The bytes of an upload, for whoever may see the report. */
    @PermitAll
    public byte[] content(long fileId) {
        long reportId = jdbc.sql("select report_id from annual_report_file where id = ?").param(fileId).query(Long.class).optional()
                .orElseThrow(() -> new AccessDeniedException("No such file"));
        assessments.report(reportId);
        return jdbc.sql("select content from annual_report_file where id = ?").param(fileId).query(byte[].class).single();
    }

    private void registrable(long reportId) {
        Report report = assessments.report(reportId);
        if (!access.mayRegister(CurrentUser.require(), report)) {
            throw new AccessDeniedException("Not allowed to register report " + reportId);
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
