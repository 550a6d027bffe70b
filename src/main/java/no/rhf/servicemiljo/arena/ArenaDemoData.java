package no.rhf.servicemiljo.arena;

import no.rhf.servicemiljo.base.demo.DemoDataSeeder;
import no.rhf.servicemiljo.organisation.Region;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;

/**
 * The national dialogue day on 15 September of next year (10:00–15:30, as the mandate's 2023 day), open for
 * registration, and a regional arena of Helse Vest a month from now. Added once (by title).
 */
@Component
class ArenaDemoData implements DemoDataSeeder {

    static final String DIALOGUE_DAY = "Nasjonal dialogdag for nasjonale tjenester";
    static final String REGIONAL_ARENA = "Regional dialogarena Helse Vest";

    private final JdbcClient jdbc;
    private final Clock clock;

    ArenaDemoData(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public int order() {
        return 800;
    }

    @Override
    @Transactional
    public void seed() {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = LocalDate.of(today.getYear() + 1, 9, 15);
        Long admin = user("ingrid.haugen");
        Long vest = user("marte.solheim");
        add(DIALOGUE_DAY, """
                        Endringer i nasjonalt regelverk, oppfølging i RHF-ene, etablering av nasjonalt servicemiljø og ny samarbeids- \
                        og dialogarena. Nettsider for nasjonale tjenester: mer informasjon på nettsidene kan forenkle årlig rapportering.""",
                null, "EVERYONE", null, "Oslo kongressenter, Youngs gate 21, Oslo", "https://møte.example.no/dialogdag",
                day.atTime(10, 0), day.atTime(15, 30), 150, day.minusDays(14).atTime(12, 0), admin, "nina.holm@example.no", "Nina Holm");
        LocalDate regional = today.plusMonths(1).withDayOfMonth(Math.min(today.getDayOfMonth(), 28));
        add(REGIONAL_ARENA, "Regional samarbeidsarena for de nasjonale tjenestene i Helse Vest: årsrapporter, nettsider og oppfølging.",
                Region.HELSE_VEST, "REGION", Region.HELSE_VEST, "Haukeland universitetssjukehus, Bergen", null,
                regional.atTime(12, 0), regional.atTime(15, 0), 30, regional.minusDays(3).atTime(LocalTime.NOON), vest, null, null);
    }

    private Long user(String username) {
        return jdbc.sql("select id from app_user where lower(username) = ?").param(username).query(Long.class).optional().orElse(null);
    }

    private void add(String title, String description, Short organiser, String audience, Short audienceRegion, String location,
                     String video, LocalDateTime start, LocalDateTime end, int capacity, LocalDateTime deadline, Long createdBy,
                     String contactEmail, String contactName) {
        boolean exists = jdbc.sql("select count(*) > 0 from arena_event where title = ?").param(title).query(Boolean.class).single();
        if (exists) {
            return;
        }
        long id = jdbc.sql("""
                insert into arena_event (title, description, organiser_region_id, audience, audience_region_id, location, video_url,
                    starts_at, ends_at, capacity, registration_deadline, status, created_by)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'PUBLISHED', ?) returning id
                """).params(title, description, organiser, audience, audienceRegion, location, video, oslo(start), oslo(end), capacity,
                oslo(deadline), createdBy).query(Long.class).single();
        if (contactEmail != null) {
            jdbc.sql("""
                    insert into arena_participant (event_id, name, email, locale, status, registered_at, added_by)
                    values (?, ?, ?, 'nb', 'REGISTERED', ?, ?)
                    """).params(id, contactName, contactEmail, Timestamp.from(clock.instant()), createdBy).update();
        }
    }

    private static Timestamp oslo(LocalDateTime time) {
        return Timestamp.from(time.atZone(ArenaEvent.OSLO).toInstant());
    }
}
