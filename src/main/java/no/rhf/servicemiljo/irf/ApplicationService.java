package no.rhf.servicemiljo.irf;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import no.rhf.servicemiljo.base.FieldValidationException;
import no.rhf.servicemiljo.base.PdfFiles;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.organisation.OrganisationService;
import no.rhf.servicemiljo.registry.UnitKind;
import no.rhf.servicemiljo.security.AppUserPrincipal;
import no.rhf.servicemiljo.security.CurrentUser;
import no.rhf.servicemiljo.security.Role;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Application rounds and applications for new national services. A regional coordinator manages and
 * orders their own region's applications; the national coordination (ADMIN) runs the round and moves
 * applications through the flow; IRF members and observers read what has been submitted.
 */
@Service
@Transactional(readOnly = true)
public class ApplicationService {

    /** The common form is a PDF; a scanned form of many pages stays well under this. */
    public static final int MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
    public static final int MAX_TITLE = 300;
    public static final int MAX_CONTACT = 200;
    public static final int MAX_BESLUTNINGSFORUM_REF = 100;

    private final IrfRepository repository;
    private final OrganisationService organisation;
    private final Clock clock;
    private final IrfChangeLog changes;

    ApplicationService(IrfRepository repository, OrganisationService organisation, Clock clock, IrfChangeLog changes) {
        this.repository = repository;
        this.organisation = organisation;
        this.clock = clock;
        this.changes = changes;
    }

    /** The approval criteria a new round starts with when there is no earlier round to copy. */
    public static final List<String> DEFAULT_CRITERIA = IrfDemoData.CRITERIA;

    /** The round of the current year, or else the newest round. */
    @PermitAll
    public Optional<IrfRound> currentRound() {
        return repository.roundOfYear(LocalDate.now(clock).getYear()).or(() -> repository.rounds().stream().findFirst());
    }

    @PermitAll
    public IrfRound round(long id) {
        return repository.round(id).orElseThrow(() -> new IllegalArgumentException("No round " + id));
    }

    /**
     * Opens the round for {@code year} with the usual dates of the cycle (they can differ per year; these are
     * the defaults) and the given approval criteria.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public IrfRound createRound(int year, List<String> criteria) {
        if (repository.roundOfYear(year).isPresent()) {
            throw new FieldValidationException("year", "irf.error.round-exists", year);
        }
        long id = repository.insertRound(year, LocalDate.of(year, 1, 2), LocalDate.of(year, 6, 15),
                LocalDate.of(year, 8, 31), LocalDate.of(year, 12, 10), LocalDate.of(year + 1, 1, 15), criteria);
        changes.roundCreated(round(id));
        return round(id);
    }

    /**
     * Changes the round's dates (they change from year to year). They must follow the cycle's order: opens, regional
     * deadline, to the service environment, IRF meeting, to the Ministry.
     */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public IrfRound updateDates(long roundId, LocalDate opens, LocalDate regional, LocalDate serviceEnvironment,
                                LocalDate irfMeeting, LocalDate ministry) {
        IrfRound before = round(roundId);
        String[] fields = {"opensOn", "regionalDeadline", "serviceEnvironmentDeadline", "irfMeeting", "ministryDeadline"};
        LocalDate[] dates = {opens, regional, serviceEnvironment, irfMeeting, ministry};
        for (int i = 0; i < dates.length; i++) {
            if (dates[i] == null) {
                throw new FieldValidationException(fields[i], "irf.error.required");
            }
            if (i > 0 && !dates[i].isAfter(dates[i - 1])) {
                throw new FieldValidationException(fields[i], "irf.error.date-order");
            }
        }
        repository.updateDates(roundId, opens, regional, serviceEnvironment, irfMeeting, ministry);
        changes.round(before, round(roundId));
        return round(roundId);
    }

    /** The applications of a round the user may see: drafts only for their own region (ADMIN: all). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public List<Application> applications(long roundId) {
        AppUserPrincipal user = CurrentUser.require();
        return repository.applications(roundId).stream()
                .filter(a -> a.status() != ApplicationStatus.DRAFT || user.hasRole(Role.ADMIN)
                        || Objects.equals(user.regionId(), a.applyingRegionId()))
                .toList();
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public Application application(long id) {
        Application a = repository.application(id).orElseThrow(() -> new IllegalArgumentException("No application " + id));
        AppUserPrincipal user = CurrentUser.require();
        if (a.status() == ApplicationStatus.DRAFT && !user.hasRole(Role.ADMIN) && !Objects.equals(user.regionId(), a.applyingRegionId())) {
            throw new AccessDeniedException("Draft of another region");
        }
        return a;
    }

    /** A new draft. The applying RHF is the region of the first host trust; a coordinator applies only for their own. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public Application create(long roundId, ApplicationDraft draft) {
        HealthTrust host = validate(draft);
        requireOwnRegion(host.getRegion().getId());
        round(roundId);
        Application created = repository.application(repository.insertApplication(roundId, host.getRegion().getId(), draft)).orElseThrow();
        changes.created(created);
        return created;
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public Application update(long id, ApplicationDraft draft) {
        Application existing = editable(id);
        HealthTrust host = validate(draft);
        if (host.getRegion().getId() != existing.applyingRegionId()) {
            throw new FieldValidationException("hostTrust", "irf.error.host-region-fixed");
        }
        repository.updateApplication(id, draft);
        return logged(existing);
    }

    /** The RHF submits: the application gets the next regional rank (the coordinator may reorder afterwards). */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public Application submit(long id) {
        Application a = editable(id);
        if (a.status() != ApplicationStatus.DRAFT) {
            throw new FieldValidationException("status", "irf.error.not-draft");
        }
        int next = (int) repository.applications(a.roundId()).stream()
                .filter(o -> o.applyingRegionId() == a.applyingRegionId() && o.regionalRank() != null).count() + 1;
        repository.setStatus(id, ApplicationStatus.SUBMITTED);
        repository.setRegionalRank(id, next);
        return logged(a);
    }

    /**
     * The coordinator's regional rank: {@code orderedIds} are the region's submitted applications of the round,
     * best first. All or nothing: every id must belong to the coordinator's region.
     */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public void reorderRegion(long roundId, List<Long> orderedIds) {
        if (new HashSet<>(orderedIds).size() != orderedIds.size()) {
            throw new FieldValidationException("regionalRank", "irf.error.duplicate");
        }
        Short region = null;
        for (long id : orderedIds) {
            Application a = repository.application(id).orElseThrow(() -> new IllegalArgumentException("No application " + id));
            requireOwnRegion(a.applyingRegionId());
            if (a.roundId() != roundId || (region != null && region != a.applyingRegionId())) {
                throw new FieldValidationException("regionalRank", "irf.error.one-region");
            }
            if (a.status() != ApplicationStatus.SUBMITTED && a.status() != ApplicationStatus.DRAFT) {
                throw new FieldValidationException("regionalRank", "irf.error.rank-locked");
            }
            region = a.applyingRegionId();
        }
        for (int i = 0; i < orderedIds.size(); i++) {
            Application before = repository.application(orderedIds.get(i)).orElseThrow();
            repository.setRegionalRank(orderedIds.get(i), i + 1);
            logged(before);
        }
    }

    /** The national coordination's steps: received, on the IRF agenda, sent to the Ministry, approved or rejected. */
    @RolesAllowed(Role.Names.ADMIN)
    @Transactional
    public Application advance(long id, ApplicationStatus to) {
        Application a = repository.application(id).orElseThrow();
        if (!a.status().adminNext().contains(to)) {
            throw new FieldValidationException("status", "irf.error.status-step", a.status(), to);
        }
        repository.setStatus(id, to);
        return logged(a);
    }

    /** The filled common form. The type is checked by its first bytes ({@code %PDF-}), not by the name. */
    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR})
    @Transactional
    public Application attachForm(long id, String fileName, byte[] content) {
        Application before = editable(id);
        PdfFiles.require("attachment", content, MAX_ATTACHMENT_BYTES, "irf.error.attachment-size", "irf.error.attachment-type");
        repository.setAttachment(id, PdfFiles.name(fileName, "soknadsskjema.pdf"), content);
        return logged(before);
    }

    @RolesAllowed({Role.Names.ADMIN, Role.Names.REGIONAL_COORDINATOR, Role.Names.IRF_MEMBER, Role.Names.OBSERVER})
    public Optional<byte[]> attachment(long id) {
        application(id);
        return repository.attachment(id);
    }

    /** True if the signed-in user may edit the application (for the UI; the service checks again). */
    @PermitAll
    public boolean canEdit(Application a) {
        AppUserPrincipal user = CurrentUser.require();
        boolean open = a.status() == ApplicationStatus.DRAFT || a.status() == ApplicationStatus.SUBMITTED;
        return open && (user.hasRole(Role.ADMIN)
                || user.hasRole(Role.REGIONAL_COORDINATOR) && Objects.equals(user.regionId(), a.applyingRegionId()));
    }

    /** The application as it is now, with what changed since {@code before} written to its history. */
    private Application logged(Application before) {
        Application after = repository.application(before.id()).orElseThrow();
        changes.application(before, after);
        return after;
    }

    private Application editable(long id) {
        Application a = repository.application(id).orElseThrow(() -> new IllegalArgumentException("No application " + id));
        requireOwnRegion(a.applyingRegionId());
        if (a.status() != ApplicationStatus.DRAFT && a.status() != ApplicationStatus.SUBMITTED) {
            throw new FieldValidationException("status", "irf.error.locked");
        }
        return a;
    }

    private static void requireOwnRegion(short regionId) {
        AppUserPrincipal user = CurrentUser.require();
        if (!user.hasRole(Role.ADMIN) && !Objects.equals(user.regionId(), regionId)) {
            throw new AccessDeniedException("Applications of another region");
        }
    }

    private HealthTrust validate(ApplicationDraft d) {
        require(d.title(), "title");
        require(d.patientGroup(), "patientGroup");
        require(d.description(), "description");
        require(d.contact(), "contact");
        // The column limits of irf_application, with the message at the field (and no NUL: it is written with SQL).
        TextSafety.requireStorable("title", d.title(), MAX_TITLE);
        TextSafety.requireStorable("patientGroup", d.patientGroup(), MAX_TITLE);
        TextSafety.requireStorable("description", d.description(), 0);
        TextSafety.requireStorable("beslutningsforumRef", d.beslutningsforumRef(), MAX_BESLUTNINGSFORUM_REF);
        TextSafety.requireStorable("contact", d.contact(), MAX_CONTACT);
        if (d.answers() != null) {
            d.answers().values().forEach(answer -> TextSafety.requireStorable("answers", answer, 0));
        }
        if (d.kind() == null) {
            throw new FieldValidationException("kind", "irf.error.required");
        }
        if (d.kind() == UnitKind.QUALITY_COMPETENCE_NETWORK || d.kind() == UnitKind.NATIONAL_CENTRE) {
            throw new FieldValidationException("kind", "irf.error.kind");
        }
        if (d.hostTrustId() == null) {
            throw new FieldValidationException("hostTrust", "irf.error.required");
        }
        HealthTrust host = trust(d.hostTrustId());
        if (d.kind().isMultiRegional()) {
            if (d.secondHostTrustId() == null) {
                throw new FieldValidationException("secondHostTrust", "irf.error.second-host-required");
            }
            if (trust(d.secondHostTrustId()).getRegion().equals(host.getRegion())) {
                throw new FieldValidationException("secondHostTrust", "irf.error.second-host-region");
            }
        } else if (d.secondHostTrustId() != null) {
            throw new FieldValidationException("secondHostTrust", "irf.error.second-host-only-multi");
        }
        if (d.kind().isCompetenceService() != (d.competenceFunction() != null)) {
            throw new FieldValidationException("competenceFunction", "irf.error.function");
        }
        if (d.newMethod() && (d.beslutningsforumRef() == null || d.beslutningsforumRef().isBlank())) {
            throw new FieldValidationException("beslutningsforumRef", "irf.error.beslutningsforum-required");
        }
        if (d.volumes().values().stream().anyMatch(v -> v != null && v < 0)) {
            throw new FieldValidationException("volumes", "irf.error.volume");
        }
        return host;
    }

    private HealthTrust trust(int id) {
        return organisation.healthTrusts().stream().filter(t -> t.getId() == id).findFirst()
                .orElseThrow(() -> new FieldValidationException("hostTrust", "irf.error.required"));
    }

    private static void require(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new FieldValidationException(field, "irf.error.required");
        }
    }
}
