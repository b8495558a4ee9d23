package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.Score;
import org.jixiao.sharedkernel.StateConflictException;
import org.junit.jupiter.api.Test;

/** A spot check's sample and the flag of its reviews: a gap of more than the threshold, either way. */
class SpotCheckTests {

    static final Instant NOW = Instant.parse("2020-05-06T02:00:00Z");
    static final OrgPath COUNTY = OrgPath.parse("/650000/650100/650121/");

    static Map<UUID, SpotCheckItem> population(int size) {
        Map<UUID, SpotCheckItem> population = new LinkedHashMap<>();
        for (int n = 0; n < size; n++) {
            UUID target = UUID.nameUUIDFromBytes(("spot-" + n).getBytes());
            population.put(target, SpotCheckItem.drawn(target, "U" + n, OrgPath.parse(COUNTY + "U" + n + "/"),
                    "P-" + n, "项目" + n, new BigDecimal("80.00")));
        }
        return population;
    }

    static SpotCheck draw(Map<UUID, SpotCheckItem> population, String ratio, long seed) {
        return SpotCheck.draw(new SpotCheckId(UUID.randomUUID()), FiscalYear.of(2019), RegionCode.of("650121"), COUNTY,
                new BigDecimal(ratio), seed, population, BigDecimal.TEN, List.of(), "finance", NOW);
    }

    @Test
    void theSampleIsTheSpotCheckSampleOfThePopulationAndSeed() {
        Map<UUID, SpotCheckItem> population = population(834);
        SpotCheck check = draw(population, "10", 2019);
        assertThat(check.snapshot().items()).hasSize(84).extracting(SpotCheckItem::targetId)
                .isEqualTo(SpotCheckSample.draw(population.keySet(), BigDecimal.TEN, 2019));
        assertThat(check.snapshot().population()).isEqualTo(834);
        assertThat(draw(population(1), "10", 1).snapshot().items()).hasSize(1);
        assertThatThrownBy(() -> draw(Map.of(), "10", 1)).isInstanceOf(StateConflictException.class);
    }

    @Test
    void aGapOfMoreThanTheThresholdEitherWayFlagsTheItem() {
        Map<UUID, SpotCheckItem> population = population(3);
        SpotCheck check = draw(population, "100", 5);
        List<UUID> drawn = check.snapshot().items().stream().map(SpotCheckItem::targetId).toList();
        assertThat(check.review(drawn.get(0), Score.of("70.00"), null, "f", NOW)).isEmpty(); // −10.00
        assertThat(check.review(drawn.get(1), Score.of("90.00"), null, "f", NOW)).isEmpty(); // +10.00
        assertThat(check.review(drawn.get(2), Score.of("90.01"), "偏低", "f", NOW))
                .hasValueSatisfying(e -> assertThat(e.gap()).isEqualByComparingTo("10.01"));
        assertThat(check.review(drawn.get(0), Score.of("69.99"), null, "f", NOW))
                .hasValueSatisfying(e -> assertThat(e.gap()).isEqualByComparingTo("-10.01"));
        assertThat(check.snapshot().items()).filteredOn(SpotCheckItem::flagged).hasSize(2);
        // reviewing again replaces the review, and its flag
        assertThat(check.review(drawn.get(0), Score.of("80"), null, "f", NOW)).isEmpty();
        assertThat(check.snapshot().items()).filteredOn(SpotCheckItem::flagged).hasSize(1);
        assertThatThrownBy(() -> check.review(UUID.randomUUID(), Score.of("80"), null, "f", NOW))
                .isInstanceOf(NotFoundException.class);
    }
}
