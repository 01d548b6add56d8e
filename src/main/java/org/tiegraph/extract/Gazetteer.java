package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.ahocorasick.trie.PayloadEmit;
import org.ahocorasick.trie.PayloadTrie;

/**
 * Finds names in text with an Aho-Corasick automaton over folded aliases (case, quotes, dashes and line breaks do not
 * matter), whole words only, longest match first. Acronyms written in capitals (US, UN, PLA) match only in capitals,
 * so the pronoun "us" is not the United States.
 */
final class Gazetteer {

    /** What an alias stands for. */
    record Target(String entityId, String type) {
    }

    /** A match: offsets in the original text, the targets the alias names, and whether it is an acronym. */
    record Match(int start, int end, String surface, List<Target> targets) {
        int length() {
            return end - start;
        }
    }

    private record Entry(String key, List<Target> targets, boolean caseSensitive, String literal) {
    }

    private final Map<String, Entry> entries = new LinkedHashMap<>();
    private PayloadTrie<Entry> trie;

    /** Adds an alias for an entity; the first entity registered for an alias keeps priority. */
    void add(String alias, String entityId, String type) {
        add(alias, entityId, type, false);
    }

    /** As {@link #add(String, String, String)}; {@code exactCase}: the alias matches only as written (a ship's name). */
    void add(String alias, String entityId, String type, boolean exactCase) {
        String key = NormalizedText.fold(alias);
        if (key.length() < 2 || key.isBlank()) {
            return;
        }
        boolean acronym = exactCase || isAcronym(alias.trim());
        String storeKey = acronym ? key + "\u0000" + alias.trim() : key;
        Entry e = entries.computeIfAbsent(storeKey, k -> new Entry(key, new ArrayList<>(), acronym, alias.trim()));
        Target t = new Target(entityId, type);
        if (!e.targets().contains(t)) {
            e.targets().add(t);
            trie = null;
        }
    }

    /** Builds the automaton now (it is otherwise built on first use), so a shared gazetteer is read-only afterwards. */
    void build() {
        trie();
    }

    static boolean isAcronym(String alias) {
        int letters = 0;
        for (int i = 0; i < alias.length(); i++) {
            char c = alias.charAt(i);
            if (Character.isLetter(c)) {
                if (!Character.isUpperCase(c)) {
                    return false;
                }
                letters++;
            }
        }
        return letters > 0 && letters <= 6 && alias.length() <= 8;
    }

    private PayloadTrie<Entry> trie() {
        if (trie == null) {
            PayloadTrie.PayloadTrieBuilder<Entry> b = PayloadTrie.builder();
            Map<String, Boolean> seen = new LinkedHashMap<>();
            for (Entry e : entries.values()) {
                if (seen.putIfAbsent(e.key(), true) == null) {
                    b.addKeyword(e.key(), e);
                }
            }
            trie = b.build();
        }
        return trie;
    }

    /** Every whole-word match in {@code original}, overlapping ones included. */
    List<Match> findAll(String original) {
        return findAll(NormalizedText.of(original), original);
    }

    List<Match> findAll(NormalizedText folded, String original) {
        List<Match> out = new ArrayList<>();
        if (entries.isEmpty()) {
            return out;
        }
        String t = folded.text();
        for (PayloadEmit<Entry> emit : trie().parseText(t)) {
            int s = emit.getStart();
            int e = emit.getEnd() + 1;
            if (!boundary(t, s - 1) || !boundary(t, e)) {
                continue;
            }
            int os = folded.originalStart(s);
            int oe = folded.originalEnd(e);
            String surface = original.substring(os, oe);
            List<Target> targets = targetsFor(emit.getKeyword(), surface);
            if (!targets.isEmpty()) {
                out.add(new Match(os, oe, surface, targets));
            }
        }
        return out;
    }

    private List<Target> targetsFor(String key, String surface) {
        List<Target> targets = new ArrayList<>();
        Entry plain = entries.get(key);
        if (plain != null) {
            targets.addAll(plain.targets());
        }
        Entry acronym = entries.get(key + "\u0000" + surface.trim());
        if (acronym != null) {
            targets.addAll(acronym.targets());
        }
        return targets;
    }

    private static boolean boundary(String t, int i) {
        if (i < 0 || i >= t.length()) {
            return true;
        }
        char c = t.charAt(i);
        return !Character.isLetterOrDigit(c);
    }

    /**
     * Keeps the longest matches that do not overlap (earlier first on equal length). The kept matches are disjoint, so
     * the one starting last before a candidate's end is the only one that can reach into it: each candidate costs one
     * look-up in a tree, O(n log n) in all, however long the line.
     */
    static List<Match> longestNonOverlapping(List<Match> all) {
        List<Match> sorted = new ArrayList<>(all);
        sorted.sort(Comparator.comparingInt(Match::length).reversed().thenComparingInt(Match::start));
        TreeMap<Integer, Match> kept = new TreeMap<>();
        for (Match m : sorted) {
            Map.Entry<Integer, Match> before = kept.lowerEntry(m.end());
            if (before == null || before.getValue().end() <= m.start()) {
                kept.put(m.start(), m);
            }
        }
        return new ArrayList<>(kept.values());
    }
}
