package org.jixiao.resultapplication.port.out;

import java.time.Instant;

import org.jixiao.resultapplication.domain.RectificationSource;
import org.jixiao.resultapplication.domain.RectificationStatus;
import org.jixiao.resultapplication.port.in.RectificationView;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Scope;
import org.jmolecules.architecture.hexagonal.SecondaryPort;
import org.jspecify.annotations.Nullable;

/** The rectification list, read set-based: a status filter of OVERDUE compares the deadline with today. */
@SecondaryPort
public interface RectificationReadModel {

    /** @param now the time whose date in Asia/Shanghai decides OVERDUE */
    Page<RectificationView> list(Scope scope, @Nullable Integer fiscalYear, @Nullable RectificationStatus status,
            @Nullable RectificationSource source, Instant now, PageQuery page);
}
