package org.tiegraph.query;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.tiegraph.catalogue.Catalogue;

/**
 * A typed path pattern such as {@code State:china>*>Item:drones>[SUPPLIED_TO]>State:russia}: steps separated by
 * {@code >}, each step a type ({@code Company}), a typed entity ({@code State:china}), an entity id ({@code china}) or
 * {@code *} (any entity); an optional edge-type list between steps ({@code >[SUPPLIES|PRODUCES]>}) restricts that hop.
 * Hops follow edges in either direction. Types and edge types are checked against the catalogue.
 */
public record PathPattern(List<Step> steps, List<Hop> hops) {

    /** One step: an entity type (null: any) and an entity id (null: any entity of that type). */
    public record Step(String type, String id) {

        boolean isAny() {
            return type == null && id == null;
        }

        @Override
        public String toString() {
            if (isAny()) {
                return "*";
            }
            return type == null ? id : id == null ? type : type + ":" + id;
        }
    }

    /** The edge types a hop may use (empty: any). */
    public record Hop(List<String> edgeTypes) {
        public Hop {
            edgeTypes = edgeTypes == null ? List.of() : List.copyOf(edgeTypes);
        }
    }

    private static final String PARAMETER = "p";
    private static final Pattern TYPE_NAME = Pattern.compile("[A-Z][A-Za-z]*");
    private static final Pattern ID = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}._-]*");

    public PathPattern {
        steps = List.copyOf(steps);
        hops = List.copyOf(hops);
    }

    /** Parses the textual form; every error is a 400 naming parameter {@code p}, the step and the cause. */
    public static PathPattern parse(String text, Catalogue catalogue) {
        if (text == null || text.isBlank()) {
            throw new InvalidParameterException(PARAMETER, "the pattern is empty; write steps separated by '>', e.g. "
                    + "State:china>*>Item:drones>State:russia");
        }
        List<String> stepTexts = new ArrayList<>();
        List<String> hopTexts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '>') {
                current.append(c);
                i++;
                continue;
            }
            stepTexts.add(current.toString().strip());
            current.setLength(0);
            i++;
            while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
                i++;
            }
            if (i < text.length() && text.charAt(i) == '[') {
                int close = text.indexOf(']', i);
                int after = close < 0 ? -1 : skipSpace(text, close + 1);
                if (close < 0 || after >= text.length() || text.charAt(after) != '>') {
                    throw new InvalidParameterException(PARAMETER, "an edge-type list must be written >[TYPE|TYPE]> "
                            + "between two steps (near position " + (i + 1) + ")");
                }
                hopTexts.add(text.substring(i + 1, close));
                i = after + 1;
            } else {
                hopTexts.add("");
            }
        }
        stepTexts.add(current.toString().strip());
        List<Step> steps = new ArrayList<>();
        for (int s = 0; s < stepTexts.size(); s++) {
            steps.add(step(stepTexts.get(s), s + 1, catalogue));
        }
        List<Hop> hops = new ArrayList<>();
        for (String h : hopTexts) {
            List<String> types = new ArrayList<>();
            for (String t : h.split("\\|")) {
                if (!t.isBlank()) {
                    types.add(t.strip());
                }
            }
            hops.add(new Hop(types));
        }
        return of(steps, hops, catalogue);
    }

    /** Builds and checks a pattern from structured steps and hops (hops may be empty: any edge everywhere). */
    public static PathPattern of(List<Step> steps, List<Hop> hops, Catalogue catalogue) {
        if (steps.size() < 2) {
            throw new InvalidParameterException(PARAMETER, "a pattern needs at least 2 steps, e.g. State:china>*");
        }
        if (steps.size() > Limits.PATTERN_STEPS_MAX) {
            throw new InvalidParameterException(PARAMETER, "the pattern has " + steps.size() + " steps but the cap is "
                    + Limits.PATTERN_STEPS_MAX + " (" + Limits.HOPS_MAX + " hops)");
        }
        List<Hop> allHops = hops.isEmpty() ? java.util.Collections.nCopies(steps.size() - 1, new Hop(List.of())) : hops;
        if (allHops.size() != steps.size() - 1) {
            throw new InvalidParameterException("hops", "a pattern of " + steps.size() + " steps has "
                    + (steps.size() - 1) + " hops, not " + allHops.size());
        }
        for (int s = 0; s < steps.size(); s++) {
            Step step = steps.get(s);
            if (step.type() != null) {
                requireType(step.type(), s + 1, catalogue);
            }
            if (step.id() != null && !ID.matcher(step.id()).matches()) {
                throw new InvalidParameterException(PARAMETER, "step " + (s + 1) + ": '" + step.id()
                        + "' is not an entity id");
            }
        }
        if (steps.stream().allMatch(Step::isAny)) {
            throw new InvalidParameterException(PARAMETER, "at least one step must name a type or an entity; "
                    + "a pattern of * only would walk the whole graph");
        }
        for (int h = 0; h < allHops.size(); h++) {
            for (String t : allHops.get(h).edgeTypes()) {
                if (!catalogue.isEdgeType(t)) {
                    throw new InvalidParameterException(PARAMETER, "hop " + (h + 1) + ": unknown edge type '" + t
                            + "'; known edge types: " + String.join(", ", catalogue.edgeTypes().keySet()));
                }
            }
        }
        return new PathPattern(steps, allHops);
    }

    private static Step step(String text, int number, Catalogue catalogue) {
        if (text.isEmpty()) {
            throw new InvalidParameterException(PARAMETER, "step " + number + " is empty; use * for any entity");
        }
        if (text.equals("*")) {
            return new Step(null, null);
        }
        int colon = text.indexOf(':');
        if (colon >= 0) {
            String type = text.substring(0, colon).strip();
            String id = text.substring(colon + 1).strip();
            requireType(type, number, catalogue);
            if (id.isEmpty() || id.equals("*")) {
                return new Step(type, null);
            }
            return new Step(type, id);
        }
        if (TYPE_NAME.matcher(text).matches()) {
            requireType(text, number, catalogue);
            return new Step(text, null);
        }
        return new Step(null, text);
    }

    private static void requireType(String type, int number, Catalogue catalogue) {
        if (!catalogue.isEntityType(type)) {
            throw new InvalidParameterException(PARAMETER, "step " + number + ": unknown entity type '" + type
                    + "'; known types: " + String.join(", ", catalogue.entityTypes().keySet())
                    + " (an entity is written by its id, e.g. State:china or china)");
        }
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The same pattern with the steps replaced (after ids were resolved). */
    PathPattern withSteps(List<Step> resolved) {
        return new PathPattern(resolved, hops);
    }

    /** The canonical textual form. */
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(steps.getFirst().toString());
        for (int i = 0; i < hops.size(); i++) {
            List<String> types = hops.get(i).edgeTypes();
            out.append(types.isEmpty() ? ">" : ">[" + String.join("|", types) + "]>");
            out.append(steps.get(i + 1));
        }
        return out.toString();
    }
}
