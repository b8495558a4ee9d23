package org.jixiao.monitoring.port.in;

import java.util.UUID;

import org.jmolecules.architecture.hexagonal.PrimaryPort;

/** Finance assesses a round of its region: lights, rates, gaps and warnings for every report; it may rerun. */
@PrimaryPort
public interface AssessRoundUseCase {

    RoundView assess(UUID roundId);
}
