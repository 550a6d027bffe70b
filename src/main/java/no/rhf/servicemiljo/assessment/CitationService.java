package no.rhf.servicemiljo.assessment;

import jakarta.annotation.security.PermitAll;
import no.rhf.servicemiljo.assessment.AssessmentService.Criterion;
import no.rhf.servicemiljo.assessment.AssessmentService.Report;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.TextSafety;
import org.openpdf.text.pdf.PdfReader;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Evidence anchoring: a rating, a comment, the conclusion or the recommendation cites where in the uploaded report it
 * comes from — a page of the PDF in force when it was cited (checked against its page count when the PDF can be
 * read) and optionally a quoted passage. Several citations per field. Who may edit the assessment adds and removes
 * citations; who reads it sees them.
 */
@Service
@Transactional(readOnly = true)
public class CitationService {

    public static final int MAX_QUOTE = 500;
    public static final int MAX_PER_FIELD = 20;
    /** Upper bound when the page count cannot be read from the PDF. */
    public static final int MAX_PAGE = 100_000;

    private static final Logger log = LoggerFactory.getLogger(CitationService.class);

    /** A citation of page {@code page} of upload {@code fileId}; {@code quote} may be null. */
    public record Citation(long id, long reportId, String fieldKey, long fileId, String fileName, int page, String quote,
                           String author, Instant createdAt) {
    }

    private final AssessmentService assessments;
    private final AssessmentAccess access;
    private final JdbcClient jdbc;
    private final Clock clock;

    CitationService(AssessmentService assessments, AssessmentAccess access, JdbcClient jdbc, Clock clock) {
        this.assessments = assessments;
        this.access = access;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** Every citation of the report's assessment, by field and in the order they were added. */
    @PermitAll
    public List<Citation> citations(long reportId) {
        access.requireReadableAssessment(assessments.report(reportId));
        return of(List.of(reportId));
    }

    /** The citations of several reports, unchecked: callers check (the national summary has rules of its own). */
    List<Citation> of(Collection<Long> reportIds) {
        if (reportIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql(SELECT + " where c.report_id in (:ids) order by c.report_id, c.field_key, c.id").param("ids", reportIds)
                .query(CitationService::row).list();
    }

    /** Adds a citation of the report's current upload to a field; refused at the field for a bad page or a long quote. */
    @PermitAll
    @Transactional
    public Citation add(long reportId, String fieldKey, Integer page, String quote) {
        Report report = assessments.report(reportId);
        access.requireEditable(report);
        requireField(report, fieldKey);
        long fileId = jdbc.sql("select id from annual_report_file where report_id = ? order by id desc limit 1").param(reportId)
                .query(Long.class).optional().orElseThrow(() -> new FieldValidationException("page", "citation.error.no-file"));
        if (page == null) {
            throw new FieldValidationException("page", "assessment.error.required");
        }
        OptionalInt pages = pageCount(fileId);
        int max = pages.orElse(MAX_PAGE);
        if (page < 1 || page > max) {
            throw pages.isPresent() ? new FieldValidationException("page", "citation.error.page-max", max)
                    : new FieldValidationException("page", "citation.error.page");
        }
        String text = quote == null || quote.isBlank() ? null : quote.strip();
        TextSafety.requireStorable("quote", text, 0);
        if (text != null && text.length() > MAX_QUOTE) {
            throw new FieldValidationException("quote", "citation.error.quote-length", MAX_QUOTE);
        }
        if (jdbc.sql("select count(*) from assessment_citation where report_id = ? and field_key = ?").params(reportId, fieldKey)
                .query(Integer.class).single() >= MAX_PER_FIELD) {
            throw new FieldValidationException("page", "citation.error.too-many", MAX_PER_FIELD);
        }
        long id = jdbc.sql("""
                insert into assessment_citation (report_id, field_key, file_id, page, quote, created_by, created_at)
                values (?, ?, ?, ?, ?, ?, ?) returning id
                """).params(reportId, fieldKey, fileId, page, text, CurrentUser.require().id(), Timestamp.from(clock.instant()))
                .query(Long.class).single();
        return find(id).orElseThrow();
    }

    /** Removes a citation (the screen asks first). */
    @PermitAll
    @Transactional
    public void delete(long citationId) {
        Citation citation = find(citationId).orElseThrow(() -> new AccessDeniedException("No such citation"));
        access.requireEditable(assessments.report(citation.reportId()));
        jdbc.sql("delete from assessment_citation where id = ?").param(citationId).update();
    }

    /** The number of pages of the report's current upload, when it has one that can be read. */
    @PermitAll
    @Transactional
    public OptionalInt currentPageCount(long reportId) {
        assessments.report(reportId);
        return jdbc.sql("select id from annual_report_file where report_id = ? order by id desc limit 1").param(reportId)
                .query(Long.class).optional().map(this::pageCount).orElse(OptionalInt.empty());
    }

    /** Read from the PDF once (OpenPDF, only the cross-reference table and page tree) and kept with the upload. */
    private OptionalInt pageCount(long fileId) {
        Integer stored = jdbc.sql("select page_count from annual_report_file where id = ?").param(fileId).query(Integer.class).optional().orElse(null);
        if (stored != null) {
            return OptionalInt.of(stored);
        }
        byte[] content = jdbc.sql("select content from annual_report_file where id = ?").param(fileId).query(byte[].class).single();
        try (PdfReader reader = new PdfReader(content)) {
            int pages = reader.getNumberOfPages();
            jdbc.sql("update annual_report_file set page_count = ? where id = ?").params(pages, fileId).update();
            return OptionalInt.of(pages);
        } catch (Exception | StackOverflowError e) {
            log.info("Could not read the page count of report file {}: {}", fileId, e.toString());
            return OptionalInt.empty();
        }
    }

    private void requireField(Report report, String fieldKey) {
        if (fieldKey == null) {
            throw new FieldValidationException("field", "assessment.error.field");
        }
        if (fieldKey.equals("conclusion") || fieldKey.equals("recommendation")) {
            return;
        }
        if (!fieldKey.matches("(rating|comment)-\\d{1,18}")) {
            throw new FieldValidationException("field", "assessment.error.field");
        }
        long criterionId = Long.parseLong(fieldKey.substring(fieldKey.indexOf('-') + 1));
        if (assessments.criteria(report.cycleId()).stream().map(Criterion::id).noneMatch(id -> id == criterionId)) {
            throw new FieldValidationException("field", "assessment.error.field");
        }
    }

    private Optional<Citation> find(long id) {
        return jdbc.sql(SELECT + " where c.id = ?").param(id).query(CitationService::row).optional();
    }

    private static final String SELECT = """
            select c.id, c.report_id, c.field_key, c.file_id, f.file_name, c.page, c.quote, u.full_name, c.created_at
            from assessment_citation c join annual_report_file f on f.id = c.file_id join app_user u on u.id = c.created_by""";

    private static Citation row(java.sql.ResultSet rs, int n) throws java.sql.SQLException {
        return new Citation(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
                rs.getString(7), rs.getString(8), rs.getTimestamp(9).toInstant());
    }
}
