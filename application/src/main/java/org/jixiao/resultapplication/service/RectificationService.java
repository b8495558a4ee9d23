package org.jixiao.resultapplication.service;

import java.time.Clock;
import java.util.UUID;

import org.jixiao.resultapplication.domain.Rectification;
import org.jixiao.resultapplication.domain.RectificationId;
import org.jixiao.resultapplication.domain.RectificationSource;
import org.jixiao.resultapplication.domain.RectificationStatus;
import org.jixiao.resultapplication.domain.Rectifications;
import org.jixiao.resultapplication.port.in.RectificationUseCase;
import org.jixiao.resultapplication.port.in.RectificationView;
import org.jixiao.resultapplication.port.out.RectificationReadModel;
import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.Scope;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The unit answers its rectifications, finance verifies them, the subtree reads them. */
@Service
class RectificationService implements RectificationUseCase {

    private final Rectifications rectifications;
    private final RectificationReadModel lists;
    private final OrgDirectory directory;
    private final CallerContext callers;
    private final Clock clock;

    RectificationService(Rectifications rectifications, RectificationReadModel lists, OrgDirectory directory,
            CallerContext callers, Clock clock) {
        this.rectifications = rectifications;
        this.lists = lists;
        this.directory = directory;
        this.callers = callers;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public Page<RectificationView> list(@Nullable Integer fiscalYear, @Nullable RectificationStatus status,
            @Nullable String unitCode, @Nullable String regionCode, @Nullable RectificationSource source,
            PageQuery page) {
        Caller caller = callers.current();
        Scope scope = caller.scopeWithin(directory.regionFilter("regionCode", regionCode).orElse(null))
                .within(directory.unitFilter("unitCode", unitCode).orElse(null));
        return lists.list(scope, fiscalYear, status, source, clock.instant(), page);
    }

    @Override
    @Transactional(readOnly = true)
    public RectificationView get(UUID id) {
        Rectification rectification = visible(id);
        return RectificationView.of(rectification, clock.instant());
    }

    @Override
    @Transactional
    public RectificationView respond(UUID id, String text, @Nullable String attachmentRef,
            @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        Rectification rectification = visible(id);
        ExpectedVersion.check(expectedVersion, rectification.version(), rectification.snapshot().progress().name());
        rectification.respond(text, attachmentRef, caller.username(), clock.instant());
        return saved(rectification);
    }

    @Override
    @Transactional
    public RectificationView verify(UUID id, boolean accepted, @Nullable String opinion,
            @Nullable Long expectedVersion) {
        Caller caller = callers.current();
        Rectification rectification = visible(id);
        ExpectedVersion.check(expectedVersion, rectification.version(), rectification.snapshot().progress().name());
        rectification.verify(accepted, opinion, caller.username(), clock.instant());
        return saved(rectification);
    }

    private RectificationView saved(Rectification rectification) {
        return RectificationView.of(rectification, rectifications.save(rectification), clock.instant());
    }

    /** 404 for an unknown id, 403 outside the caller's subtree. */
    private Rectification visible(UUID id) {
        Rectification rectification = rectifications.find(new RectificationId(id))
                .orElseThrow(() -> new NotFoundException("rectification", id));
        callers.current().requireCovers(rectification.unitPath());
        return rectification;
    }
}
