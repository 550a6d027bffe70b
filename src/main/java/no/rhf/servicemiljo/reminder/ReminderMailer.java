package no.rhf.servicemiljo.reminder;

import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * Writes one reminder mail in UTF-8: a plain-text and an HTML part (multipart/alternative; plain text only for outbox
 * rows planned before there was HTML) with the deadlines as an .ics attachment.
 */
@Component
class ReminderMailer {

    static final String NO_SMTP = "Ikke sendt: ingen SMTP-server er konfigurert";

    private final ObjectProvider<JavaMailSender> mailSender;
    private final String from;

    ReminderMailer(ObjectProvider<JavaMailSender> mailSender, ReminderMailProperties settings) {
        this.mailSender = mailSender;
        this.from = settings.from();
    }

    /** False when no SMTP server is configured: reminders then wait in the outbox. */
    boolean configured() {
        return mailSender.getIfAvailable() != null;
    }

    void send(String to, String subject, String body, String html, String ics) throws Exception {
        JavaMailSender sender = mailSender.getIfAvailable();
        if (sender == null) {
            throw new IllegalStateException("Ingen SMTP-server er konfigurert (spring.mail.host)");
        }
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
        helper.setFrom(from);
        helper.setTo(to);
        helper.setSubject(subject);
        if (html == null || html.isBlank()) {
            helper.setText(body, false);
        } else {
            helper.setText(body, html);
        }
        helper.addAttachment("frist.ics", new ByteArrayResource(ics.getBytes(StandardCharsets.UTF_8)), "text/calendar; charset=UTF-8");
        sender.send(message);
    }
}
