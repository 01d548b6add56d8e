package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What the text has talked about lately, for simple anaphora: the latest entity of each type ("the treaty"), the
 * latest states ("the two countries"), and the latest subject ("they", "it"). Forgets at a section change.
 */
final class Discourse {

    private record Seen(Unit.Ref ref, int sentence) {
    }

    private final List<Seen> seen = new ArrayList<>();
    private List<Unit.Ref> lastSubject = List.of();
    private int lastSubjectSentence = -10;
    private List<Unit.Ref> lastStateGroup = List.of();
    private int lastStateGroupSentence = -10;
    private String section;
    private final Catalogue catalogue;

    Discourse(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    void enterSection(String sectionId) {
        if (sectionId == null || !sectionId.equals(section)) {
            seen.clear();
            lastSubject = List.of();
            lastStateGroup = List.of();
        }
        section = sectionId;
    }

    void saw(Unit.Ref ref, int sentence) {
        seen.add(new Seen(ref, sentence));
    }

    void subject(List<Unit.Ref> refs, int sentence) {
        if (!refs.isEmpty()) {
            lastSubject = List.copyOf(refs);
            lastSubjectSentence = sentence;
            if (refs.size() >= 2 && refs.stream().allMatch(r -> "State".equals(r.type()))) {
                lastStateGroup = List.copyOf(refs);
                lastStateGroupSentence = sentence;
            }
        }
    }

    /** The latest subject made of exactly {@code n} states ("China and Russia held ... Both countries plan ..."). */
    List<Unit.Ref> lastStateGroup(int n, int sentence, int back) {
        return lastStateGroup.size() == n && sentence - lastStateGroupSentence <= back ? lastStateGroup : List.of();
    }

    /** The latest entity of a type (or a subtype) seen at most {@code back} sentences ago. */
    Unit.Ref latest(String type, int sentence, int back) {
        for (int i = seen.size() - 1; i >= 0; i--) {
            Seen s = seen.get(i);
            if (sentence - s.sentence() > back) {
                break;
            }
            if (catalogue.isA(s.ref().type(), type)) {
                return s.ref();
            }
        }
        return null;
    }

    /** The latest {@code n} distinct states, in the order they were named. */
    List<Unit.Ref> latestStates(int n, int sentence, int back) {
        Set<Unit.Ref> out = new LinkedHashSet<>();
        for (int i = seen.size() - 1; i >= 0 && out.size() < n; i--) {
            Seen s = seen.get(i);
            if (sentence - s.sentence() > back) {
                break;
            }
            if ("State".equals(s.ref().type())) {
                out.add(s.ref());
            }
        }
        if (out.size() < n) {
            return List.of();
        }
        List<Unit.Ref> list = new ArrayList<>(out);
        java.util.Collections.reverse(list);
        return list;
    }

    /** The latest subject group, if it was set at most {@code back} sentences ago. */
    List<Unit.Ref> lastSubject(int sentence, int back) {
        return sentence - lastSubjectSentence <= back ? lastSubject : List.of();
    }
}
