package org.jixiao.evaluation.port.in;

import java.math.BigDecimal;
import java.util.UUID;

import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Spot checks (抽审复核): finance draws a reproducible sample of its region's self-evaluations and reviews it. */
@PrimaryPort
public interface SpotCheckUseCase {

    /**
     * Draws a sample of the submitted self-evaluations of a year in a region of the caller's subtree.
     *
     * @param ratio percent to draw; the rule evaluation.spotCheckRatio in force when null
     * @param seed  the seed of the draw; a random one, stored, when null
     */
    SpotCheckView draw(int fiscalYear, String regionCode, @Nullable BigDecimal ratio, @Nullable Long seed);

    /** Finance reviews a drawn self-evaluation; a gap above the threshold flags it and is published. */
    SpotCheckView review(UUID spotCheckId, UUID targetId, BigDecimal reviewScore, @Nullable String opinion,
            @Nullable Long expectedVersion);

    SpotCheckView get(UUID spotCheckId);

    /** The spot checks of the regions in the caller's subtree (of a year, of a region's subtree), newest first. */
    Page<SpotCheckListItem> list(@Nullable Integer fiscalYear, @Nullable String regionCode, PageQuery page);
}
