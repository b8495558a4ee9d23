package org.jixiao.rules;

import java.time.Instant;
import java.util.Map;

import org.jixiao.sharedkernel.ExpectedVersion;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.Page;
import org.jixiao.sharedkernel.PageQuery;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.access.AllowedRoles;
import org.jixiao.sharedkernel.access.CallerContext;
import org.jixiao.sharedkernel.access.ResourceFirst;
import org.jixiao.sharedkernel.access.Role;
import org.jixiao.sharedkernel.rules.Rule;
import org.jspecify.annotations.Nullable;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/rules")
@Tag(name = "Rules (规则)", description = "Rule values in force per region and year; overrides inherited down the region tree")
class RulesController implements ResourceFirst {

    /** What a rule value is; {@link RuleValueSchemas} types it per key in the document. */
    static final String RULE_VALUE = "The rule's JSON value: an object, a number or null, as the key defines";

    /** {@code value} is the rule's JSON value; {@code version} is optional (409 when stale). */
    record RuleValue(@Schema(description = RULE_VALUE) @Nullable Object value, @Nullable Long version) {
    }

    record RuleView(String key, @Schema(description = RULE_VALUE) @Nullable Object value, String source, long version,
                    String description) {

        static RuleView of(Rule<?> rule) {
            return new RuleView(rule.key().key(), RuleRegistry.tree(rule),
                    rule.source() == null ? "DEFAULT" : rule.source().value(), rule.version(), rule.key().description());
        }
    }

    record ChangeView(long version, RuleAction action, @Schema(description = RULE_VALUE) @Nullable Object value,
                      String changedBy, Instant changedAt) {
    }

    private final RuleRegistry registry;
    private final CallerContext callers;

    RulesController(RuleRegistry registry, CallerContext callers) {
        this.registry = registry;
        this.callers = callers;
    }

    @GetMapping
    @Operation(operationId = "listRules",
            summary = "Rules in force for a region and year (有效规则): source DEFAULT or the region whose override applies",
            description = "Every rule key with the value in force for the region and year: source is DEFAULT (the national "
            + "default) or the code of the region whose override applies, inherited down the tree.")
    @ApiResponse(responseCode = "200", description = "The rules in force")
    @ApiResponse(responseCode = "404", description = "No such region")
    Page<RuleView> list(@RequestParam String regionCode, @RequestParam int fiscalYear,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageQuery query = PageQuery.of(page, size);
        return Page.slice(registry.effective(callers.current(), region(regionCode), year(fiscalYear)), query)
                .map(RuleView::of);
    }

    @GetMapping("/{regionCode}/{fiscalYear}/{key}")
    @Operation(operationId = "getRule",
            summary = "One rule in force; ETag and version are those of the value in force (for If-Match)",
            description = "The value in force for one key; version and ETag are those of the override in force (0 for the "
            + "default), to send back as If-Match.")
    ResponseEntity<RuleView> get(@PathVariable String regionCode, @PathVariable int fiscalYear, @PathVariable String key) {
        RegionCode region = region(regionCode);
        FiscalYear year = year(fiscalYear);
        return withEtag(registry.effective(callers.current(), region, year, key));
    }

    @PutMapping("/{regionCode}/{fiscalYear}/{key}")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "setRule",
            summary = "Override a rule for a region and year (设置规则): FINANCE of the region or above, or ADMIN",
            description = "Sets the region's override for a year. The value must have the key's shape (see the rule value "
            + "schemas); a malformed one is a 400 naming value. A stale If-Match or version is a 409.")
    ResponseEntity<RuleView> set(@PathVariable String regionCode, @PathVariable int fiscalYear,
            @PathVariable String key, @RequestBody RuleValue body,
            @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(registry.set(callers.current(), region(regionCode), year(fiscalYear), key, body.value(),
                ExpectedVersion.of(ifMatch, body.version())));
    }

    @DeleteMapping("/{regionCode}/{fiscalYear}/{key}")
    @AllowedRoles(Role.FINANCE)
    @Operation(operationId = "removeRule",
            summary = "Remove a region's override (删除规则覆盖): the next region up, or the default, applies again",
            description = "Removes the region's own override for the year: the next region up, or the national default, "
            + "applies again.")
    ResponseEntity<RuleView> remove(@PathVariable String regionCode, @PathVariable int fiscalYear,
            @PathVariable String key, @RequestHeader(name = "If-Match", required = false) ExpectedVersion ifMatch) {
        return withEtag(registry.remove(callers.current(), region(regionCode), year(fiscalYear), key,
                ExpectedVersion.of(ifMatch, null)));
    }

    /** The rule in force, with the version that set it as ETag: what the next If-Match sends back. */
    private static ResponseEntity<RuleView> withEtag(Rule<?> rule) {
        return ResponseEntity.ok().eTag(Long.toString(rule.version())).body(RuleView.of(rule));
    }

    @GetMapping("/{regionCode}/{fiscalYear}/{key}/history")
    @Operation(operationId = "listRuleHistory",
            summary = "Every change of a region's override, newest first (规则变更历史)",
            description = "Every SET and REMOVE of the region's override for a key and year, newest first, with who "
            + "changed it and when: the audit trail of a rule.")
    Page<ChangeView> history(@PathVariable String regionCode, @PathVariable int fiscalYear, @PathVariable String key,
            @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        PageQuery query = PageQuery.of(page, size);
        return Page.slice(registry.history(callers.current(), region(regionCode), year(fiscalYear), key), query)
                .map(change -> new ChangeView(change.version(), change.action(), registry.tree(change.json()),
                        change.changedBy(), change.changedAt()));
    }

    private static RegionCode region(String code) {
        return InvalidInputException.forField("regionCode", () -> RegionCode.of(code));
    }

    private static FiscalYear year(int year) {
        return InvalidInputException.forField("fiscalYear", () -> FiscalYear.of(year));
    }

    /** The rule named in the path (its key known, its region visible), for 404 and 403 before a body is judged. */
    @Override
    public void requireVisible(Map<String, String> path) {
        String key = path.get("key");
        if (key != null && path.get("regionCode") != null && path.get("fiscalYear") != null) {
            try {
                registry.effective(callers.current(), region(path.get("regionCode")),
                        year(Integer.parseInt(path.get("fiscalYear"))), key);
            } catch (NumberFormatException | InvalidInputException | InvalidValueException notAPath) {
                // a malformed region or year is itself the 400
            }
        }
    }
}
