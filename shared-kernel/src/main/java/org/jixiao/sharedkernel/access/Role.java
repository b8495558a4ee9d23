package org.jixiao.sharedkernel.access;

import java.util.Set;

import org.jixiao.sharedkernel.Labelled;

/** The roles of CONTRACT.md and the kind of organisation each binds to. */
public enum Role implements Labelled {
    /** Manages everything, everywhere; bound to no organisation, or to any. */
    ADMIN("系统管理员", Set.of(OrgKind.REGION, OrgKind.DEPARTMENT, OrgKind.UNIT)),
    /** 财政部门: the finance bureau of a region. */
    FINANCE("财政部门", Set.of(OrgKind.REGION)),
    /** 人大/审计: reads its region's subtree, changes nothing. */
    AUDITOR("人大/审计", Set.of(OrgKind.REGION)),
    /** 主管部门: the competent department. */
    DEPARTMENT("主管部门", Set.of(OrgKind.DEPARTMENT)),
    /** 预算单位: a budget unit. */
    UNIT("预算单位", Set.of(OrgKind.UNIT)),
    /** 第三方机构/专家: engaged by a region; sees only what it is assigned. */
    EXPERT("第三方机构/专家", Set.of(OrgKind.REGION));

    private final String label;
    private final Set<OrgKind> bindsTo;

    Role(String label, Set<OrgKind> bindsTo) {
        this.label = label;
        this.bindsTo = bindsTo;
    }

    @Override
    public String label() {
        return label;
    }

    /** True when an account of this role may belong to an organisation of that kind. */
    public boolean bindsTo(OrgKind kind) {
        return bindsTo.contains(kind);
    }
}
