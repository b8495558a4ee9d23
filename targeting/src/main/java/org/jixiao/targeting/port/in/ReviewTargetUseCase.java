package org.jixiao.targeting.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/**
 * The competent department, then finance, review a submitted target; finance's approval is the 批复 and publishes
 * TargetApproved.
 */
@PrimaryPort
public interface ReviewTargetUseCase {

    TargetView review(UUID targetId, ReviewCommand review, @Nullable Long expectedVersion);
}
