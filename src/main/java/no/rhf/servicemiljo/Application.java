package no.rhf.servicemiljo;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.scheduling.annotation.EnableScheduling;

import java.time.Clock;

import org.springframework.context.annotation.Bean;

/**
 * Servicemiljø: the collaborative intranet application of the regional health authorities'
 * service environment for national services, networks and centres.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
@EnableScheduling
@Push
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Servicemiljø");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }

    /** All time logic goes through this clock so that tests can move time instead of sleeping. */
    @Bean
    Clock clock() {
        return Clock.system(java.time.ZoneId.of("Europe/Oslo"));
    }
}
