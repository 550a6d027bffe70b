package no.rhf.servicemiljo.ern;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.i18n.Messages;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;
import no.rhf.servicemiljo.registry.UnitService;
import no.rhf.servicemiljo.security.CsvSafety;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The units' ERN memberships. Everyone signed in reads; ADMIN and the coordinators of the unit's host region
 * edit (the registry's rule). Memberships are not deleted: one that ends gets the status "ended" and its end
 * date, so the national overview keeps the history.
 */
@Service
@Transactional(readOnly = true)
public class ErnService {

    public static final int MAX_NETWORK = 100;
    public static final int MAX_NAME = 150;
    public static final int MAX_EMAIL = 200;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    public static final List<String> CSV_HEADERS = List.of("ern", "enhet", "type", "vertsforetak", "region", "status",
            "fra", "til", "kontaktperson", "epost");

    private final ErnMembershipRepository memberships;
    private final UnitService units;
    private final OrganisationService organisation;
    private final ApplicationEventPublisher events;
    private final Messages messages;

    ErnService(ErnMembershipRepository memberships, UnitService units, OrganisationService organisation,
               ApplicationEventPublisher events, Messages messages) {
        this.messages = messages;
        this.memberships = memberships;
        this.units = units;
        this.organisation = organisation;
        this.events = events;
    }

    @PermitAll
    public List<ErnMembership> forUnit(long unitId) {
        return memberships.findByUnit(unitId);
    }

    @PermitAll
    public boolean canEdit(NationalUnit unit) {
        return units.canEdit(unit);
    }

    /** Adds a membership ({@code membershipId} null) or changes one; the rules are checked here, at their field. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public ErnMembership save(long unitId, Long membershipId, ErnDraft draft) {
        NationalUnit unit = units.find(unitId).orElseThrow();
        if (!units.canEdit(unit)) {
            throw new AccessDeniedException("Unit " + unitId + " is not hosted in the user's region");
        }
        validate(draft);
        String network = ErnNetworks.canonical(draft.network());
        require(!memberships.existsOther(unitId, network, membershipId == null ? -1 : membershipId), "network", "ern.error.duplicate", network);
        ErnMembership membership;
        if (membershipId == null) {
            membership = new ErnMembership(unit);
        } else {
            membership = memberships.findById(membershipId).filter(m -> m.getUnit().getId().equals(unitId)).orElseThrow();
            if (draft.version() == null || draft.version() != membership.getVersion()) {
                throw new OptimisticLockingFailureException("ERN membership " + membershipId + " was changed by someone else");
            }
        }
        membership.apply(draft);
        ErnMembership saved = memberships.save(membership);
        memberships.flush();
        events.publishEvent(new ErnChanged(unitId));
        return saved;
    }

    static void validate(ErnDraft d) {
        require(d.network() != null && !d.network().isBlank(), "network", "ern.error.network");
        TextSafety.requireStorable("network", d.network(), MAX_NETWORK);
        require(d.status() != null, "status", "ern.error.status");
        require(d.endedOn() == null || d.startedOn() == null || !d.endedOn().isBefore(d.startedOn()),
                "endedOn", "ern.error.end-before-start");
        require(d.status() != ErnStatus.ENDED || d.endedOn() != null, "endedOn", "ern.error.ended-on");
        require(d.startedOn() == null || d.startedOn().getYear() >= 2017, "startedOn", "ern.error.started-on");
        TextSafety.requireStorable("contactName", d.contactName(), MAX_NAME);
        String email = d.contactEmail() == null ? "" : d.contactEmail().strip();
        TextSafety.requireStorable("contactEmail", email, MAX_EMAIL);
        require(email.isEmpty() || EMAIL.matcher(email).matches(), "contactEmail", "ern.error.email");
    }

    @PermitAll
    public ErnOverview overview() {
        List<ErnMembership> all = memberships.findAllWithUnits();
        Map<String, List<ErnMembership>> byNetwork = new LinkedHashMap<>();
        all.forEach(m -> byNetwork.computeIfAbsent(m.getNetwork(), n -> new ArrayList<>()).add(m));
        List<ErnOverview.RegionCount> regions = new ArrayList<>();
        for (Region region : organisation.regions()) {
            List<ErnMembership> inRegion = all.stream().filter(m -> m.getUnit().isHostedIn(region.getId())).toList();
            List<ErnMembership> taking = inRegion.stream().filter(m -> m.getStatus().takesPart()).toList();
            regions.add(new ErnOverview.RegionCount(region, taking.size(),
                    taking.stream().map(m -> m.getUnit().getId()).distinct().count(),
                    taking.stream().map(ErnMembership::getNetwork).distinct().count(),
                    inRegion.stream().filter(m -> m.getStatus() == ErnStatus.APPLICANT).count()));
        }
        return new ErnOverview(byNetwork, regions);
    }

    /** The overview as CSV (UTF-8 with a byte-order mark, semicolons, every text cell neutralised against formulas). */
    @PermitAll
    public byte[] csv(Locale locale) {
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(';').setHeader(CSV_HEADERS.toArray(String[]::new)).get();
        try (CSVPrinter printer = new CSVPrinter(out, format)) {
            for (ErnMembership m : memberships.findAllWithUnits()) {
                NationalUnit u = m.getUnit();
                printer.printRecord(CsvSafety.row(m.getNetwork(), u.getNameNb(),
                        messages.get("UnitKind." + u.getKind().name(), locale), u.hostTrustNames(),
                        String.join(" / ", u.hostRegions().stream().map(Region::getName).toList()),
                        messages.get("ErnStatus." + m.getStatus().name(), locale), date(m.getStartedOn()),
                        date(m.getEndedOn()), text(m.getContactName()), text(m.getContactEmail())));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String date(LocalDate d) {
        return d == null ? "" : d.toString();
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static void require(boolean condition, String field, String key, Object... args) {
        if (!condition) {
            throw new FieldValidationException(field, key, args);
        }
    }
}
