package org.jixiao.monitoring.port.out;

import org.jixiao.monitoring.domain.RoundScope;
import org.jixiao.monitoring.port.in.RoundView;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** Set-based reads of the rounds. */
@SecondaryPort
public interface RoundReadModel {

    /**
     * The rounds of regions inside {@code callerScope} or above it (null: everywhere), of {@code region}'s subtree
     * or above it when given, newest year and latest cut-off first.
     */
    Page<RoundView> list(@Nullable OrgPath callerScope, @Nullable Integer fiscalYear, @Nullable OrgPath region,
            @Nullable RoundScope scope, PageQuery page);
}
