package no.rhf.servicemiljo.base.config;

import no.rhf.servicemiljo.base.ServiceEnvironmentProperties;
import no.rhf.servicemiljo.leadership.FundingProperties;
import no.rhf.servicemiljo.leadership.LeadershipProperties;
import no.rhf.servicemiljo.reminder.ReminderMailProperties;
import no.rhf.servicemiljo.reminder.ReminderProperties;
import no.rhf.servicemiljo.user.FirstAdminProperties;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The typed settings keep the defaults the {@code @Value}s had, and a wrong value stops the start with a message that
 * names the setting.
 */
class SettingsValidationTest {

    @Configuration(proxyBeanMethods = false)
    @EnableConfigurationProperties({ReminderProperties.class, ReminderMailProperties.class, LeadershipProperties.class,
            FundingProperties.class, ServiceEnvironmentProperties.class, FirstAdminProperties.class, EmbeddedDatabaseProperties.class})
    static class Settings {
    }

    private final ApplicationContextRunner runner = new ApplicationContextRunner().withUserConfiguration(Settings.class);

    @Test
    void withNothingSetTheDefaultsAreThoseOfBefore() {
        runner.run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ReminderProperties.class).offsets()).containsExactly(14, 3, 0, -7, -14, -21);
            assertThat(context.getBean(ReminderProperties.class).schedulingEnabled()).isTrue();
            assertThat(context.getBean(ReminderMailProperties.class).from()).isEqualTo("servicemiljo@localhost");
            LeadershipProperties leadership = context.getBean(LeadershipProperties.class);
            assertThat(leadership.rotation()).containsExactly("HV", "HMN", "HN", "HSO");
            assertThat(leadership.firstPeriodStart()).isEqualTo(LocalDate.of(2023, 1, 1));
            assertThat(leadership.periodYears()).isEqualTo(2);
            assertThat(context.getBean(FundingProperties.class).supportSharePercent()).isEqualByComparingTo(BigDecimal.valueOf(4));
            assertThat(context.getBean(ServiceEnvironmentProperties.class).baseUrl()).isEmpty();
            assertThat(context.getBean(ServiceEnvironmentProperties.class).operationStart()).isEqualTo(LocalDate.of(2023, 1, 1));
            FirstAdminProperties admin = context.getBean(FirstAdminProperties.class);
            assertThat(List.of(admin.username(), admin.password(), admin.email(), admin.fullName()))
                    .containsExactly("", "", "", "Administrator");
            assertThat(context.getBean(EmbeddedDatabaseProperties.class).dataDir()).isEmpty();
        });
    }

    @Test
    void valuesAreReadUnderTheSameNames() {
        runner.withPropertyValues("servicemiljo.reminders.offsets=7, 0,-3", "servicemiljo.support-share-percent=2.5",
                "servicemiljo.base-url=https://servicemiljo.example.no/", "servicemiljo.leadership.rotation=HN,HSO",
                "spring.mail.from=Servicemiljø <noreply@example.no>", "servicemiljo.first-admin.full-name=Første Admin").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getBean(ReminderProperties.class).offsets()).containsExactly(7, 0, -3);
            assertThat(context.getBean(FundingProperties.class).supportSharePercent()).isEqualByComparingTo("2.5");
            assertThat(context.getBean(ServiceEnvironmentProperties.class).baseUrl()).isEqualTo("https://servicemiljo.example.no/");
            assertThat(context.getBean(LeadershipProperties.class).rotation()).containsExactly("HN", "HSO");
            assertThat(context.getBean(ReminderMailProperties.class).from()).isEqualTo("Servicemiljø <noreply@example.no>");
            assertThat(context.getBean(FirstAdminProperties.class).fullName()).isEqualTo("Første Admin");
        });
    }

    @Test
    void aWrongValueStopsTheStartNamingTheSetting() {
        fails("servicemiljo.support-share-percent=5", "support-share-percent");
        fails("servicemiljo.support-share-percent=1.9", "support-share-percent");
        fails("servicemiljo.reminders.offsets=14,soon", "servicemiljo.reminders.offsets");
        fails("servicemiljo.reminders.offsets=400", "servicemiljo.reminders.offsets");
        fails("servicemiljo.base-url=ftp://files.example.no", "base-url");
        fails("servicemiljo.leadership.period-years=0", "period-years");
        fails("servicemiljo.leadership.rotation=hv", "rotation");
        fails("servicemiljo.first-admin.email=not an address", "first-admin.email");
        fails("servicemiljo.operation-start=last year", "operation-start");
    }

    private void fails(String property, String named) {
        runner.withPropertyValues(property).run(context -> {
            assertThat(context).hasFailed();
            assertThat(fullMessage(context.getStartupFailure())).as(property).contains(named);
        });
    }

    private static String fullMessage(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = failure; t != null; t = t.getCause()) {
            text.append(t.getMessage()).append('\n');
        }
        return text.toString();
    }
}
