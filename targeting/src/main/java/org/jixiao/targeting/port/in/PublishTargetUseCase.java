package org.jixiao.targeting.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;
import org.jspecify.annotations.Nullable;

/** Finance publishes (公开) an approved target together with the budget; publishes TargetPublished. */
@PrimaryPort
public interface PublishTargetUseCase {

    TargetView publish(UUID targetId, @Nullable Long expectedVersion);
}
