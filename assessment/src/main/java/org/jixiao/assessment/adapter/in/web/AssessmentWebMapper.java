package org.jixiao.assessment.adapter.in.web;

import org.jixiao.assessment.port.in.CreateAssessmentCommand;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Web requests to commands. */
@Mapper(componentModel = "spring", implementationName = "<CLASS_NAME>Generated")
interface AssessmentWebMapper {

    @Mapping(target = "necessity", source = "summary.necessity")
    @Mapping(target = "plan", source = "summary.plan")
    @Mapping(target = "funding", source = "summary.funding")
    CreateAssessmentCommand toCommand(AssessmentRequests.Create request);
}
