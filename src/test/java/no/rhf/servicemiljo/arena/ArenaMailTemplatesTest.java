package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.base.i18n.MessageSourceConfig;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.base.mail.MailTemplates;
import no.rhf.servicemiljo.base.mail.MailTemplates.MailBody;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.context.MessageSource;

import java.time.LocalDateTime;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Every arena mail (confirmed, waiting, promoted, cancelled) renders completely in bokmål, nynorsk and English. */
class ArenaMailTemplatesTest {

    private final MessageSource messageSource = new MessageSourceConfig().messageSource();
    private final Messages messages = new Messages(messageSource);
    private final ArenaMails mails = new ArenaMails(new MailTemplates(messageSource), messages, null, null, java.time.Clock.systemUTC());

    @ParameterizedTest
    @ValueSource(strings = {"nb", "nn", "en"})
    void everyArenaMailRendersCompletely(String language) {
        LocalDateTime start = LocalDateTime.of(2040, 9, 15, 10, 0);
        ArenaEvent event = new ArenaEvent(7, "Dialogdag <2040> & mer", "", null, Audience.EVERYONE, null, Set.of(), "Oslo", null,
                start.atZone(ArenaEvent.OSLO).toInstant(), start.withHour(15).withMinute(30).atZone(ArenaEvent.OSLO).toInstant(), 10,
                start.minusDays(1).atZone(ArenaEvent.OSLO).toInstant(), EventStatus.PUBLISHED, 1L, 0, 0, 0);
        for (ArenaMails.Type type : ArenaMails.Type.values()) {
            String subject = messages.get("mail.arena.subject." + type.key(), language, event.title());
            MailBody body = mails.render(event, "Marte Solheim", language, type, "https://s.example.no/arenas/7", subject);
            for (String text : new String[]{subject, body.text(), body.html()}) {
                assertThat(text).as(language + " " + type).doesNotContain("??").doesNotContain("!mail").doesNotContain("{0}");
            }
            assertThat(body.text()).contains("Marte Solheim").contains("Dialogdag <2040> & mer").contains("10:00–15:30")
                    .contains("https://s.example.no/arenas/7").contains("Oslo");
            assertThat(body.html()).contains("&lt;2040&gt;").contains("lang=\"" + language + "\"");
        }
        assertThat(mails.when(event, "nb")).isEqualTo("15. september 2040 kl. 10:00–15:30");
    }
}
