package org.jixiao.evaluation.port.out;

import java.util.List;

import org.jixiao.targeting.events.TargetApproved;
import org.jmolecules.architecture.hexagonal.SecondaryPort;

/** The copy of the targets in force in evaluation's schema, one row per target at its revision in force. */
@SecondaryPort
public interface ApprovedTargets {

    /**
     * Writes the approvals whose target the copy lacks or holds at an older revision, with their indicators, in set
     * statements; the others change nothing (a later revision always wins, whatever the order of arrival).
     *
     * @return how many targets changed
     */
    int keep(List<TargetApproved> approvals);

    boolean isEmpty();

    long targets();

    long indicators();
}
