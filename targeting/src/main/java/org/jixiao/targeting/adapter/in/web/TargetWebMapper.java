package org.jixiao.targeting.adapter.in.web;

import org.jixiao.targeting.port.in.CreateTargetCommand;
import org.jixiao.targeting.port.in.ReviewCommand;
import org.jixiao.targeting.port.in.TargetContentCommand;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Web requests to commands. */
@Mapper(componentModel = "spring", implementationName = "<CLASS_NAME>Generated")
interface TargetWebMapper {

    @Mapping(target = "content", source = ".")
    CreateTargetCommand toCommand(TargetRequests.Create request);

    TargetContentCommand toContent(TargetRequests.Create request);

    TargetContentCommand toContent(TargetRequests.Content request);

    ReviewCommand toCommand(TargetRequests.Review request);

    TargetContentCommand.IndicatorCommand toCommand(TargetRequests.IndicatorRequest request);
}
