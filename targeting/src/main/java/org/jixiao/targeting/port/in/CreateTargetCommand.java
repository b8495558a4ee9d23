package org.jixiao.targeting.port.in;

import org.jixiao.targeting.events.TargetKind;
import org.jspecify.annotations.Nullable;

/** A new target of a unit (or a department's own overall target) for a fiscal year. */
public record CreateTargetCommand(int fiscalYear, TargetKind kind, String unitCode, @Nullable String projectCode,
                                  TargetContentCommand content) {
}
