package no.rhf.servicemiljo.base.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Demo data ({@code servicemiljo.demo-data.*}).
 *
 * @param enabled seed demo data (embedded database only); {@link DemoDataRunner} is conditional on this property
 */
@ConfigurationProperties("servicemiljo.demo-data")
public record DemoDataProperties(@DefaultValue("true") boolean enabled) {
}
