package no.rhf.servicemiljo.assessment.ui;

import com.vaadin.collaborationengine.CollaborationMessage;
import com.vaadin.collaborationengine.CollaborationMessageList;
import com.vaadin.collaborationengine.CollaborationMessagePersister;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.messages.MessageInput;
import com.vaadin.flow.component.messages.MessageInputI18n;
import com.vaadin.flow.shared.Registration;
import no.rhf.servicemiljo.assessment.AssessmentService;
import no.rhf.servicemiljo.assessment.AssessmentService.DiscussionSummary;
import no.rhf.servicemiljo.base.collaboration.CollaborationIdentity;
import no.rhf.servicemiljo.base.collaboration.SharedTopic;
import no.rhf.servicemiljo.base.ui.Formats;
import no.rhf.servicemiljo.base.ui.Notifications;
import no.rhf.servicemiljo.base.ui.PlainDetails;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.security.access.AccessDeniedException;

/**
 * The assessment's discussion: Collaboration Engine's message list on the assessment's topic, its messages stored
 * with the report (read since the list's last one when it reconnects), and for those who may edit an input that
 * checks a message before it reaches the topic.
 *
 * <p>It opens on request. Until then it is one line ("3 innlegg, det siste fra …", kept current when anyone posts),
 * and neither the messages nor the list's connection to the topic are held for a screen that never shows them.
 */
class AssessmentDiscussion extends Div {

    /** The signal that a message was posted: the closed discussions on the topic update their line. */
    private static final String POSTED = "DISCUSSION";

    private final AssessmentService assessments;
    private final long reportId;
    private final SharedTopic topic;
    private final boolean editable;
    private final PlainDetails details = new PlainDetails();

    AssessmentDiscussion(AssessmentService assessments, long reportId, SharedTopic topic, boolean editable) {
        this.assessments = assessments;
        this.reportId = reportId;
        this.topic = topic;
        this.editable = editable;
        details.setId("assessment-discussion");
        details.buildWhenFirstOpened(this::build);
        add(new H3(getTranslation("assessment.discussion")), details);
        summarise();
        topic.onSignal(signal -> {
            if (POSTED.equals(signal)) {
                summarise();
            }
        });
    }

    private void summarise() {
        DiscussionSummary summary;
        try {
            summary = assessments.discussionSummary(reportId);
        } catch (AccessDeniedException e) {
            return; // no longer allowed to read it (a workflow step, a membership ended): the line stays as it was
        }
        details.setSummaryText(summary.count() == 0 ? getTranslation("assessment.discussion.none")
                : getTranslation("assessment.discussion.summary", summary.count(), summary.latestAuthor(), Formats.dateTime(summary.latestAt())));
    }

    private void build() {
        CollaborationMessagePersister persister = CollaborationMessagePersister.fromCallbacks(
                query -> assessments.messages(AssessmentView.reportIdOf(query.getTopicId()), query.getSince()).stream()
                        .map(m -> new CollaborationMessage(CollaborationIdentity.of(m.authorId(), m.author()), m.text(), m.sentAt())),
                request -> {
                    assessments.postMessage(reportId, request.getMessage().getText(), request.getMessage().getTime());
                    topic.signal(POSTED);
                });
        CollaborationMessageList list = new CollaborationMessageList(topic.me(), topic.id(), persister);
        list.setId("assessment-messages");
        details.add(list);
        if (editable) {
            details.add(messageInput(list));
        }
    }

    /**
     * The discussion's input, as {@code CollaborationMessageInput} but checked before the message reaches the topic:
     * NUL is cleaned, and a message longer than its column (varchar(4000)) gets a notification and stays unsent.
     */
    private MessageInput messageInput(CollaborationMessageList list) {
        MessageInput input = new MessageInput();
        input.setId("assessment-message-input");
        input.setI18n(new MessageInputI18n().setMessage(getTranslation("assessment.discussion.message"))
                .setSend(getTranslation("assessment.discussion.send")));
        input.setWidthFull();
        input.setEnabled(false);
        input.getElement().executeJs("const a = this.querySelector('vaadin-text-area'); if (a) { a.maxlength = $0; }",
                AssessmentService.MAX_TEXT);
        list.setSubmitter(context -> {
            input.setEnabled(true);
            Registration submits = input.addSubmitListener(e -> {
                String text = TextSafety.clean(e.getValue()).strip();
                if (text.length() > AssessmentService.MAX_TEXT) {
                    Notifications.error(getTranslation("assessment.error.text-length", AssessmentService.MAX_TEXT));
                } else if (!text.isEmpty()) {
                    context.appendMessage(text);
                }
            });
            return () -> {
                submits.remove();
                input.setEnabled(false);
            };
        });
        return input;
    }
}
