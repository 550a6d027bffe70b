package no.rhf.servicemiljo.assessment.summary;

import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.coedit.Edit;
import no.rhf.servicemiljo.base.coedit.StoredEdit;
import no.rhf.servicemiljo.base.coedit.TextEditLog;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The co-edited text of a cycle's national summary ("what goes well / common challenges"): stored on every
 * edit, concurrent edits merged ({@link TextEditLog}), each credited to its author in the history, one entry
 * per person per pause. ADMIN and regional coordinators write; observers and IRF members read.
 */
@Service
@Transactional(readOnly = true)
public class SummaryTextService {

    public static final int MAX_TEXT = NationalSummaryService.MAX_TEXT;
    private static final TextEditLog.History HISTORY = new TextEditLog.History("national_summary_history", List.of("cycle_id"),
            "old_text", "new_text");

    public record SummaryText(long cycleId, String text, long version, String updatedBy, Instant updatedAt) {
    }

    /** The stored version after a save, and who wrote the change this save went over unseen (null if none). */
    public record SavedText(long version, String overwrote) {
    }

    /** One entry of the history: the text before and after, and what its author added and removed themselves. */
    public record TextChange(long version, String oldText, String newText, String author, Instant changedAt, String inserted,
                             String removed) {
    }

    private final JdbcClient jdbc;
    private final TextEditLog edits;
    private final Clock clock;

    SummaryTextService(JdbcClient jdbc, TextEditLog edits, Clock clock) {
        this.jdbc = jdbc;
        this.edits = edits;
        this.clock = clock;
    }

    public static String textKey(long cycleId) {
        return "summary:" + cycleId;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public SummaryText text(long cycleId) {
        NationalSummaryService.requireReader();
        return jdbc.sql("""
                select s.text, s.version, u.full_name, s.updated_at from national_summary s
                join app_user u on u.id = s.updated_by where s.cycle_id = ?
                """).param(cycleId)
                .query((rs, n) -> new SummaryText(cycleId, rs.getString(1), rs.getLong(2), rs.getString(3), rs.getTimestamp(4).toInstant()))
                .optional().orElseGet(() -> new SummaryText(cycleId, "", 0, null, null));
    }

    /**
     * Replaces the whole text (an import, a restore from outside the live editor), credited to the signed-in user
     * and merged like any edit. When the stored text had changed since {@code basedOnVersion} by someone else, the
     * answer names them, so that nobody's change is replaced silently.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public SavedText saveText(long cycleId, String text, long basedOnVersion) {
        NationalSummaryService.requireEditor();
        if (text == null || text.length() > MAX_TEXT) {
            throw new FieldValidationException("text", "assessment.error.text-length", MAX_TEXT);
        }
        Stored stored = lock(cycleId);
        String overwrote = stored.version() > basedOnVersion && stored.authorId() != NationalSummaryService.requireEditor().id()
                ? stored.author() : null;
        if (text.equals(stored.text())) {
            return new SavedText(stored.version(), null);
        }
        Optional<StoredEdit> saved = merge(cycleId, stored, Edit.replacing(stored.version(), stored.text(), text));
        return new SavedText(saved.map(StoredEdit::version).orElse(stored.version()), overwrote);
    }

    /** Merges one edit, made against the version its screen last had, and stores it; empty when it was stored before. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public Optional<StoredEdit> editText(long cycleId, Edit edit) {
        NationalSummaryService.requireEditor();
        return merge(cycleId, lock(cycleId), edit);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public List<StoredEdit> textEditsSince(long cycleId, long version) {
        NationalSummaryService.requireReader();
        return edits.since(textKey(cycleId), version);
    }

    /** Every change of the text, newest first, with its author. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.OBSERVER, Role.Names.IRF_MEMBER})
    public List<TextChange> history(long cycleId) {
        NationalSummaryService.requireReader();
        return jdbc.sql("""
                select h.version, h.old_text, h.new_text, u.full_name, h.changed_at, h.inserted, h.removed from national_summary_history h
                join app_user u on u.id = h.author_id where h.cycle_id = ? order by h.id desc
                """).param(cycleId)
                .query((rs, n) -> new TextChange(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getTimestamp(5).toInstant(), rs.getString(6), rs.getString(7))).list();
    }

    private record Stored(String text, long version, long authorId, String author) {
    }

    /** The cycle's text row, created empty if needed and locked, so that edits of it are merged one at a time. */
    private Stored lock(long cycleId) {
        if (jdbc.sql("select count(*) from reporting_cycle where id = ?").param(cycleId).query(Long.class).single() == 0) {
            throw new AccessDeniedException("No such reporting cycle");
        }
        AppUserPrincipal user = NationalSummaryService.requireEditor();
        jdbc.sql("insert into national_summary (cycle_id, text, version, updated_by, updated_at) values (?, '', 0, ?, ?) on conflict do nothing")
                .params(cycleId, user.id(), Timestamp.from(clock.instant())).update();
        return jdbc.sql("""
                select s.text, s.version, s.updated_by, u.full_name from national_summary s join app_user u on u.id = s.updated_by
                where s.cycle_id = ? for update of s
                """).param(cycleId).query((rs, n) -> new Stored(rs.getString(1), rs.getLong(2), rs.getLong(3), rs.getString(4))).single();
    }

    private Optional<StoredEdit> merge(long cycleId, Stored stored, Edit edit) {
        AppUserPrincipal user = NationalSummaryService.requireEditor();
        Instant now = clock.instant();
        return edits.merge(textKey(cycleId), stored.text(), stored.version(), edit, "text", MAX_TEXT, user.id(), now).map(merged -> {
            jdbc.sql("update national_summary set text = ?, version = ?, updated_by = ?, updated_at = ? where cycle_id = ?")
                    .params(merged.newText(), merged.version(), user.id(), Timestamp.from(now), cycleId).update();
            edits.credit(HISTORY, List.of(cycleId), user.id(), now, merged);
            return merged.stored();
        });
    }
}
