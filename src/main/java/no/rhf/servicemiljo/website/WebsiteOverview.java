package no.rhf.servicemiljo.website;

import no.rhf.servicemiljo.organisation.Region;
import no.rhf.servicemiljo.registry.NationalUnit;

import java.util.List;
import java.util.Map;

/**
 * A year's national overview: the criteria asked, per region the counts of results over its units' criteria (a
 * multi-regional service counts in both host regions), and per unit its answers.
 */
public record WebsiteOverview(int year, List<WebsiteCriterion> criteria, List<RegionCounts> regions, List<UnitRow> units) {

    public record RegionCounts(Region region, int units, long met, long partlyMet, long notMet, long notAssessed) {
    }

    public record UnitRow(NationalUnit unit, Map<Long, WebsiteAnswer> answers) {

        public WebsiteAnswer answer(WebsiteCriterion criterion) {
            return answers.get(criterion.id());
        }

        public long count(List<WebsiteCriterion> criteria, WebsiteResult result) {
            return criteria.stream().map(this::answer).filter(a -> a != null && a.result() == result).count();
        }

        public long notAssessed(List<WebsiteCriterion> criteria) {
            return criteria.stream().filter(c -> answer(c) == null).count();
        }
    }
}
