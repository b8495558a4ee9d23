package org.jixiao.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.jixiao.sharedkernel.InvalidValueException;

/**
 * The sample a spot check (抽审复核) draws: the same population, ratio and seed always give the same sample, and an
 * auditor can draw it again outside the system with any SHA-256 tool.
 * <p>
 * The algorithm: the sample size is ceil(population × ratio ÷ 100), at least 1 (none of an empty population). For
 * every target id of the population, written in lower case with hyphens ({@code 0b5e…-…}), take the SHA-256 of the
 * UTF-8 text {@code <seed>:<target id>} (the seed in decimal, as stored with the spot check) as 64 lower-case hex
 * digits; order the ids by that hex, then by id; the first {@code size} ids are the sample, in that order. In a shell:
 * <pre>
 * while read id; do printf '%s %s\n' "$(printf '%s' "$SEED:$id" | sha256sum | cut -c1-64)" "$id"; done &lt; ids.txt \
 *   | LC_ALL=C sort | head -n "$SIZE" | cut -d' ' -f2
 * </pre>
 * The order does not depend on how the population was listed, and adding a target to it moves no other target's
 * place relative to the rest.
 */
public final class SpotCheckSample {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private SpotCheckSample() {
    }

    /** The sample size: ceil(population × ratio ÷ 100), at least 1 of a population that is not empty. */
    public static int size(int population, BigDecimal ratio) {
        if (ratio.signum() < 0 || ratio.compareTo(HUNDRED) > 0) {
            throw new InvalidValueException("spotCheck.ratioOutOfRange", ratio);
        }
        if (population == 0) {
            return 0;
        }
        int size = BigDecimal.valueOf(population).multiply(ratio).divide(HUNDRED, 0, RoundingMode.CEILING)
                .intValueExact();
        return Math.max(1, size);
    }

    /** The targets drawn from the population (ids counted once), in draw order. */
    public static List<UUID> draw(Set<UUID> population, BigDecimal ratio, long seed) {
        Objects.requireNonNull(population, "population");
        TreeSet<Drawn> ordered = new TreeSet<>(Comparator.comparing(Drawn::hash)
                .thenComparing(d -> d.id().toString()));
        for (UUID id : population) {
            ordered.add(new Drawn(hash(seed, id), id));
        }
        return ordered.stream().limit(size(population.size(), ratio)).map(Drawn::id).toList();
    }

    /** The SHA-256 of {@code <seed>:<target id>}, as 64 lower-case hex digits. */
    static String hash(long seed, UUID id) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((seed + ":" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private record Drawn(String hash, UUID id) {
    }
}
