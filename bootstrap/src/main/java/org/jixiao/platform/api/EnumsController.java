package org.jixiao.platform.api;

import java.util.List;
import java.util.Map;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@Tag(name = "Enums (枚举)", description = "Every enum of the API with its values and Chinese labels")
class EnumsController {

    private final EnumCatalogue catalogue;

    EnumsController(EnumCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/api/v1/enums")
    @Operation(operationId = "listEnums",
            summary = "Every enum with its UPPER_SNAKE values and Chinese labels (所有枚举及中文名称)",
            description = "Every enum of the API with its values and Chinese labels, keyed by the enum's schema name in "
            + "this document (Grade, TargetStatus…): what a client shows a person.")
    Map<String, List<EnumCatalogue.Value>> enums() {
        return catalogue.all();
    }
}
