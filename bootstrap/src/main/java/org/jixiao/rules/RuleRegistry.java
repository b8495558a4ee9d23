package org.jixiao.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.jixiao.rules.RuleChanges.Change;
import org.jixiao.sharedkernel.FiscalYear;
import org.jixiao.sharedkernel.InvalidInputException;
import org.jixiao.sharedkernel.InvalidValueException;
import org.jixiao.sharedkernel.NotFoundException;
import org.jixiao.sharedkernel.OrgCode;
import org.jixiao.sharedkernel.OrgPath;
import org.jixiao.sharedkernel.RegionCode;
import org.jixiao.sharedkernel.StateConflictException;
import org.jixiao.sharedkernel.access.Caller;
import org.jixiao.sharedkernel.access.ForbiddenException;
import org.jixiao.sharedkernel.access.OrgDirectory;
import org.jixiao.sharedkernel.access.OrgKind;
import org.jixiao.sharedkernel.access.OrgUnitRef;
import org.jixiao.sharedkernel.rules.Rule;
import org.jixiao.sharedkernel.rules.RuleKey;
import org.jixiao.sharedkernel.rules.RuleSnapshot;
import org.jixiao.sharedkernel.rules.RuleStore;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;

/**
 * Resolves rules for the stages and keeps their overrides. A region's override for a year wins over its
 * prefecture's, which wins over its province's, which wins over the national default; a removed override falls
 * back to the next one up. Every change gets the next global version and is kept.
 */
@Service
class RuleRegistry implements RuleStore {

    private final RuleCatalogue catalogue;
    private final RuleChanges changes;
    private final OrgDirectory directory;
    private final JsonMapper json;

    RuleRegistry(RuleCatalogue catalogue, RuleChanges changes, OrgDirectory directory, JsonMapper json) {
        this.catalogue = catalogue;
        this.changes = changes;
        this.directory = directory;
        this.json = json;
    }

    @Override
    public <T> Rule<T> resolve(RuleKey<T> key, RegionCode region, FiscalYear year) {
        return pick(key, region.lineage(), changes.latest(region.lineage(), year.value(), key.key()));
    }

    @Override
    public RuleSnapshot snapshot(RegionCode region, FiscalYear year) {
        return new RuleSnapshot(region, year, inForce(region, year));
    }

    /** Every rule in force for a region and year, in key order, from one query. */
    List<Rule<?>> effective(Caller caller, RegionCode region, FiscalYear year) {
        requireReadable(caller, region);
        return inForce(region, year);
    }

    private List<Rule<?>> inForce(RegionCode region, FiscalYear year) {
        List<Change> latest = changes.latest(region.lineage(), year.value(), null);
        List<Rule<?>> rules = new ArrayList<>();
        for (RuleKey<?> key : catalogue.all()) {
            rules.add(pick(key, region.lineage(), latest));
        }
        return rules;
    }

    Rule<?> effective(Caller caller, RegionCode region, FiscalYear year, String key) {
        requireReadable(caller, region);
        return resolve(requireKey(key), region, year);
    }

    @Transactional
    Rule<?> set(Caller caller, RegionCode region, FiscalYear year, String keyName, @Nullable Object value,
            @Nullable Long expectedVersion) {
        RuleKey<?> key = requireWritable(caller, region, keyName);
        String normalised = normalise(key, value);
        changes.lock(year.value(), keyName);
        requireVersion(key, region, year, expectedVersion);
        changes.append(region, year.value(), keyName, RuleAction.SET, normalised, caller.username());
        return resolve(key, region, year);
    }

    @Transactional
    Rule<?> remove(Caller caller, RegionCode region, FiscalYear year, String keyName, @Nullable Long expectedVersion) {
        RuleKey<?> key = requireWritable(caller, region, keyName);
        changes.lock(year.value(), keyName);
        requireVersion(key, region, year, expectedVersion);
        Optional<Change> latest = changes.history(region, year.value(), keyName).stream().findFirst();
        if (latest.isEmpty() || latest.get().action() == RuleAction.REMOVE) {
            throw new NotFoundException("rule", region.value() + "/" + year.value() + "/" + keyName);
        }
        changes.append(region, year.value(), keyName, RuleAction.REMOVE, null, caller.username());
        return resolve(key, region, year);
    }

    List<Change> history(Caller caller, RegionCode region, FiscalYear year, String key) {
        requireReadable(caller, region);
        requireKey(key);
        return changes.history(region, year.value(), key);
    }

    /** The JSON tree of a stored value. */
    @Nullable Object tree(@Nullable String text) {
        return text == null ? null : json.readValue(text, Object.class);
    }

    /** The JSON tree of a rule's value. */
    static <T> @Nullable Object tree(Rule<T> rule) {
        return rule.key().write(rule.value());
    }

    private <T> Rule<T> pick(RuleKey<T> key, List<RegionCode> lineage, List<Change> latest) {
        for (RegionCode region : lineage) {
            Optional<Change> own = latest.stream()
                    .filter(change -> change.key().equals(key.key()) && change.region().equals(region)).findFirst();
            if (own.isPresent() && own.get().action() == RuleAction.SET) {
                return new Rule<>(key, key.read(tree(own.get().json())), region, own.get().version());
            }
        }
        return new Rule<>(key, key.defaultValue(), null, 0);
    }

    private <T> String normalise(RuleKey<T> key, @Nullable Object value) {
        try {
            return json.writeValueAsString(key.write(key.read(value)));
        } catch (InvalidValueException e) {
            throw InvalidInputException.at("value", e);
        }
    }

    /**
     * A caller's expected version is the version of the rule in force it read (inherited or the region's own, 0
     * for the default): a change anywhere up the region tree since then makes it stale.
     */
    private void requireVersion(RuleKey<?> key, RegionCode region, FiscalYear year, @Nullable Long expected) {
        long current = resolve(key, region, year).version();
        if (expected != null && expected != current) {
            throw new StateConflictException("rule.staleVersion", String.valueOf(current), expected, current);
        }
    }

    private RuleKey<?> requireKey(String key) {
        return catalogue.find(key).orElseThrow(() -> new NotFoundException("rule", key));
    }

    /** FINANCE of the region or a region above it, or ADMIN. */
    private RuleKey<?> requireWritable(Caller caller, RegionCode region, String key) {
        RuleKey<?> ruleKey = requireKey(key);
        caller.requireCovers(requireRegion(region).path());
        return ruleKey;
    }

    /** Anyone inside the region's subtree, and anyone below it: a unit reads the rules its region applies. */
    private void requireReadable(Caller caller, RegionCode region) {
        OrgUnitRef unit = requireRegion(region);
        OrgPath scope = caller.scope();
        if (!caller.covers(unit.path()) && scope != null && !scope.passesThrough(unit.code())) {
            throw ForbiddenException.outsideSubtree();
        }
    }

    private OrgUnitRef requireRegion(RegionCode region) {
        OrgUnitRef unit = directory.require(OrgCode.of(region.value()));
        if (unit.kind() != OrgKind.REGION) {
            throw new NotFoundException("orgUnit", region.value());
        }
        return unit;
    }
}
