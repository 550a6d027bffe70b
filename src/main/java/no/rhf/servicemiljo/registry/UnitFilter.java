package no.rhf.servicemiljo.registry;

import jakarta.persistence.criteria.Join;
import jakarta.persistence.criteria.JoinType;
import jakarta.persistence.criteria.Predicate;
import no.rhf.servicemiljo.organisation.HealthTrust;
import no.rhf.servicemiljo.security.TextSafety;
import org.springframework.data.jpa.domain.Specification;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The list's filters: host region, kind, status and free text (name or host trust). Null means any. */
public record UnitFilter(Short regionId, UnitKind kind, UnitStatus status, String text) {

    public static final UnitFilter ALL = new UnitFilter(null, null, null, null);

    Specification<NationalUnit> toSpecification() {
        return (root, query, cb) -> {
            List<Predicate> predicates = new ArrayList<>();
            Join<NationalUnit, HealthTrust> host = root.join("hostTrust", JoinType.INNER);
            Join<NationalUnit, HealthTrust> second = root.join("secondHostTrust", JoinType.LEFT);
            if (regionId != null) {
                predicates.add(cb.or(cb.equal(host.get("region").get("id"), regionId),
                        cb.equal(second.get("region").get("id"), regionId)));
            }
            if (kind != null) {
                predicates.add(cb.equal(root.get("kind"), kind));
            }
            if (status != null) {
                predicates.add(cb.equal(root.get("status"), status));
            }
            if (text != null && !text.isBlank()) {
                String pattern = "%" + TextSafety.clean(text).trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\")
                        .replace("%", "\\%").replace("_", "\\_") + "%";
                predicates.add(cb.or(cb.like(cb.lower(root.get("nameNb")), pattern, '\\'),
                        cb.like(cb.lower(root.get("nameEn")), pattern, '\\'),
                        cb.like(cb.lower(host.get("name")), pattern, '\\'),
                        cb.like(cb.lower(second.get("name")), pattern, '\\'),
                        cb.like(cb.lower(root.get("icd10Codes")), pattern, '\\')));
            }
            return cb.and(predicates.toArray(Predicate[]::new));
        };
    }
}
