package no.rhf.servicemiljo.reminder;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

import java.util.List;

/**
 * Settings of the deadline reminders ({@code servicemiljo.reminders.*}).
 *
 * @param offsets           days before the deadline (negative: days overdue) on which a reminder is sent, for kinds
 *                          without a rule of their own; e.g. {@code 14,3,0,-7,-14,-21}
 * @param schedulingEnabled whether the planning and sending jobs run on a schedule ({@link ReminderJobs} is
 *                          conditional on the same property); off in tests, which call the jobs themselves
 */
@Validated
@ConfigurationProperties("servicemiljo.reminders")
public record ReminderProperties(
        @DefaultValue({"14", "3", "0", "-7", "-14", "-21"}) @NotEmpty List<@NotNull @Min(-366) @Max(366) Integer> offsets,
        @DefaultValue("true") boolean schedulingEnabled) {

    public ReminderProperties {
        offsets = List.copyOf(offsets);
    }
}
