package org.jixiao.sharedkernel.access;

import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jspecify.annotations.Nullable;

/**
 * What a stage needs to know of an organisation unit: its code, name, kind, path, the region it sits in (itself
 * for a region) and, for a unit inside a department, that department.
 */
public record OrgUnitRef(OrgCode code, String name, OrgKind kind, OrgPath path, RegionCode region,
                         @Nullable OrgCode department) {
}
