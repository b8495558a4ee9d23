package org.jixiao.evaluation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.jixiao.sharedkernel.InvalidValueException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The spot-check sample: reproducible, of the documented size, and the same as a shell draws it. */
class SpotCheckSampleTests {

    private static final BigDecimal TEN = BigDecimal.TEN;

    @ParameterizedTest(name = "{0} at {1} %: {2}")
    @CsvSource({"0, 10, 0", "1, 10, 1", "1, 0, 1", "9, 10, 1", "10, 10, 1", "11, 10, 2", "834, 10, 84",
            "834, 100, 834", "67280, 10, 6728", "3, 33.34, 2"})
    void theSizeIsTheRatioRoundedUpAndAtLeastOne(int population, String ratio, int size) {
        assertThat(SpotCheckSample.size(population, new BigDecimal(ratio))).isEqualTo(size);
    }

    @Test
    void aRatioOutsideZeroToHundredIsRefused() {
        assertThatThrownBy(() -> SpotCheckSample.size(10, new BigDecimal("100.01")))
                .isInstanceOfSatisfying(InvalidValueException.class,
                        e -> assertThat(e.code()).isEqualTo("spotCheck.ratioOutOfRange"));
    }

    /** The sample a shell draws with the algorithm of the class comment (sha256sum, LC_ALL=C sort), seed 2019. */
    @Test
    void theSampleIsTheOneTheDocumentedAlgorithmDrawsOutsideTheSystem() {
        Set<UUID> population = new LinkedHashSet<>();
        for (int i = 1; i <= 5; i++) {
            population.add(UUID.fromString("00000000-0000-0000-0000-00000000000" + i));
        }
        assertThat(SpotCheckSample.hash(2019, UUID.fromString("00000000-0000-0000-0000-000000000005")))
                .isEqualTo("aa082cb25885e30fbf6afc0afacc10d2ffff83262fdc82c5b65c1556e4dd4e32");
        assertThat(SpotCheckSample.draw(population, new BigDecimal("40"), 2019)).extracting(UUID::toString)
                .containsExactly("00000000-0000-0000-0000-000000000005", "00000000-0000-0000-0000-000000000003");
        assertThat(SpotCheckSample.draw(population, new BigDecimal("100"), 2019)).extracting(UUID::toString)
                .containsExactly("00000000-0000-0000-0000-000000000005", "00000000-0000-0000-0000-000000000003",
                        "00000000-0000-0000-0000-000000000004", "00000000-0000-0000-0000-000000000002",
                        "00000000-0000-0000-0000-000000000001");
    }

    @Test
    void theSamePopulationAndSeedGiveTheSameSampleHoweverThePopulationIsListed() {
        Random random = new Random(7);
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < 834; i++) {
            ids.add(new UUID(random.nextLong(), random.nextLong()));
        }
        List<UUID> sample = SpotCheckSample.draw(new LinkedHashSet<>(ids), TEN, 42);
        Collections.shuffle(ids, random);
        assertThat(SpotCheckSample.draw(new LinkedHashSet<>(ids), TEN, 42)).hasSize(84).isEqualTo(sample);
        assertThat(SpotCheckSample.draw(new LinkedHashSet<>(ids), TEN, 43)).as("another seed, another sample")
                .isNotEqualTo(sample);
        assertThat(SpotCheckSample.draw(new LinkedHashSet<>(ids), BigDecimal.valueOf(100), 42))
                .as("ratio 100: everyone, the sample first").hasSize(834).startsWith(sample.toArray(UUID[]::new));
    }

    @Test
    void aPopulationOfOneIsDrawnAndAnEmptyOneGivesNothing() {
        UUID only = UUID.randomUUID();
        assertThat(SpotCheckSample.draw(Set.of(only), BigDecimal.ONE, 1)).containsExactly(only);
        assertThat(SpotCheckSample.draw(Set.of(), TEN, 1)).isEmpty();
    }
}
