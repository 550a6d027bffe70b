package no.rhf.servicemiljo.registry;

import no.rhf.servicemiljo.reminder.Deadline;
import no.rhf.servicemiljo.reminder.DeadlineSource;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.user.AppUser;
import no.rhf.servicemiljo.user.UserService;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Term ends of competence services, networks' funding end and year-six evaluation: the unit's contact
 * and the host region's coordinators are reminded. Units no longer in operation are left out.
 */
@Component
class RegistryDeadlines implements DeadlineSource {

    private final UnitService units;
    private final UserService users;

    RegistryDeadlines(UnitService units, UserService users) {
        this.units = units;
        this.users = users;
    }

    @Override
    public List<Deadline> deadlinesBetween(LocalDate from, LocalDate to) {
        List<NationalUnit> ending = units.endingBetween(from, to);
        if (ending.isEmpty()) {
            return List.of();
        }
        List<AppUser> coordinators = users.activeUsersWithRole(Role.REGIONAL_COORDINATOR);
        List<Deadline> deadlines = new ArrayList<>();
        for (NationalUnit unit : ending) {
            List<Deadline.Recipient> recipients = Stream.concat(
                            unit.getContact() != null && unit.getContact().isActive() ? Stream.of(unit.getContact()) : Stream.empty(),
                            coordinators.stream().filter(c -> unit.isHostedIn(c.getRegion().getId())))
                    .distinct().map(Deadline.Recipient::of).toList();
            add(deadlines, unit, "TERM_END", "Periodens slutt", "Term ends", unit.getTermEnd(), from, to, recipients);
            add(deadlines, unit, "FUNDING_END", "Finansieringen slutter", "Funding ends", unit.getFundingEnd(), from, to, recipients);
            add(deadlines, unit, "YEAR_SIX_EVALUATION", "Evaluering i år seks", "Year-six evaluation",
                    unit.getYearSixEvaluation(), from, to, recipients);
        }
        return deadlines;
    }

    private static void add(List<Deadline> into, NationalUnit unit, String kind, String nb, String en, LocalDate day,
                            LocalDate from, LocalDate to, List<Deadline.Recipient> recipients) {
        if (day != null && !day.isBefore(from) && !day.isAfter(to)) {
            into.add(new Deadline("unit-" + unit.getId() + "-" + kind.toLowerCase(), kind, nb + ": " + unit.getNameNb(),
                    en + ": " + (unit.getNameEn() == null ? unit.getNameNb() : unit.getNameEn()), day, recipients, "units/" + unit.getId()));
        }
    }
}
