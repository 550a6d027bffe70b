package no.rhf.servicemiljo.reminder;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

import javax.sql.DataSource;
import java.time.Clock;
import java.time.LocalDate;

/**
 * The scheduled planning (hourly, so a restart never misses a day), sending (every minute) and weekly digests
 * (checked hourly, sent from Monday 07:00 Europe/Oslo). ShedLock
 * makes sure one app node at a time runs each; the outbox's SKIP LOCKED claims make concurrent sends safe anyway.
 * The times can be changed ({@code servicemiljo.reminders.plan-cron}, {@code send-interval}, {@code send-initial-delay},
 * {@code digest-cron}); the defaults are the ones described here.
 */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M")
@ConditionalOnBooleanProperty(name = "servicemiljo.reminders.scheduling-enabled", matchIfMissing = true)
class ReminderJobs {

    private final ReminderService reminders;
    private final Clock clock;

    ReminderJobs(ReminderService reminders, Clock clock) {
        this.reminders = reminders;
        this.clock = clock;
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource)).usingDbTime().build());
    }

    @Scheduled(cron = "${servicemiljo.reminders.plan-cron:0 5 * * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "reminders-plan")
    void plan() {
        reminders.plan(LocalDate.now(clock));
    }

    @Scheduled(fixedDelayString = "${servicemiljo.reminders.send-interval:PT1M}",
            initialDelayString = "${servicemiljo.reminders.send-initial-delay:PT30S}")
    @SchedulerLock(name = "reminders-send")
    void send() {
        reminders.sendDue(clock.instant());
    }

    /** Hourly, so that a digest missed while the app was down on Monday morning goes out at the next run. */
    @Scheduled(cron = "${servicemiljo.reminders.digest-cron:0 10 * * * *}", zone = "Europe/Oslo")
    @SchedulerLock(name = "reminders-digest")
    void sendDigests() {
        reminders.sendDigests(clock.instant());
    }
}
