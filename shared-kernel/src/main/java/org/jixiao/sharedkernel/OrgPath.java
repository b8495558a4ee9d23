package org.jixiao.sharedkernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.jmolecules.ddd.annotation.ValueObject;

/**
 * Where an organisation sits in the tree: the codes from the top region down to itself, written
 * {@code /650000/650100/650121/D01/U0101/}. Every stage row stores its owning unit's path, so a whole-region
 * query filters a caller's subtree with one index-friendly prefix match ({@code path LIKE '/650000/650100/%'}).
 * Codes never contain {@code /}, so a prefix ending in {@code /} is a subtree and never a sibling with a longer
 * name; the {@code _} that codes may hold is escaped in the pattern, so {@code D_1} never matches {@code DA1}.
 */
@ValueObject
public record OrgPath(List<OrgCode> codes) {

    private static final String SEPARATOR = "/";

    public OrgPath {
        Objects.requireNonNull(codes, "codes");
        if (codes.isEmpty()) {
            throw new InvalidValueException("orgPath.empty");
        }
        codes = List.copyOf(codes);
    }

    public static OrgPath root(OrgCode code) {
        return new OrgPath(List.of(code));
    }

    /** Parses {@code /650000/D01/U0101/}. */
    public static OrgPath parse(String text) {
        if (text == null || !text.startsWith(SEPARATOR) || !text.endsWith(SEPARATOR) || text.length() < 3) {
            throw new InvalidValueException("orgPath.invalid", text);
        }
        List<OrgCode> codes = new ArrayList<>();
        for (String code : text.substring(1, text.length() - 1).split(SEPARATOR, -1)) {
            codes.add(OrgCode.of(code));
        }
        return new OrgPath(codes);
    }

    /** The path of a child placed directly under this organisation. */
    public OrgPath child(OrgCode code) {
        List<OrgCode> extended = new ArrayList<>(codes);
        extended.add(code);
        return new OrgPath(extended);
    }

    /** The organisation this path leads to. */
    public OrgCode leaf() {
        return codes.get(codes.size() - 1);
    }

    public int depth() {
        return codes.size();
    }

    /** True when this organisation is {@code ancestor} or lies below it. */
    public boolean isWithin(OrgPath ancestor) {
        return codes.size() >= ancestor.codes.size() && codes.subList(0, ancestor.codes.size()).equals(ancestor.codes);
    }

    /** True when the organisation with this code is on the path (this one or one above it). */
    public boolean passesThrough(OrgCode code) {
        return codes.contains(code);
    }

    @Override
    public String toString() {
        StringBuilder text = new StringBuilder(SEPARATOR);
        for (OrgCode code : codes) {
            text.append(code.value()).append(SEPARATOR);
        }
        return text.toString();
    }
}
