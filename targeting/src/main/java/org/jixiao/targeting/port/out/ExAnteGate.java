package org.jixiao.targeting.port.out;

import org.jixiao.targeting.domain.ExAnteClearance;
import org.jixiao.targeting.domain.PerformanceTarget;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** What the ex-ante assessment says about a target's approval. */
@SecondaryPort
public interface ExAnteGate {

    ExAnteClearance clearanceOf(PerformanceTarget target);
}
