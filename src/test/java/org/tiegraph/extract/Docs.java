package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiegraph.ingest.ParsedDocument;
import org.tiegraph.ingest.RawDocument;
import org.tiegraph.ingest.Section;
import org.tiegraph.ingest.Sentence;

/** Builds parsed documents by hand for the tests: one section per paragraph, sentences split at ". " + capital. */
final class Docs {

    private static final Pattern SENTENCE = Pattern.compile("[^\\s].*?(?:[.!?](?=\\s+[\\p{Lu}“\"(]|\\s*$)|$)",
            Pattern.DOTALL);

    private Docs() {
    }

    static ParsedDocument parse(String id, String text) {
        RawDocument raw = new RawDocument(id, id + ".txt", "txt", id, Map.of(), text, "0");
        List<Section> sections = new ArrayList<>();
        List<Sentence> sentences = new ArrayList<>();
        int paragraphStart = 0;
        int sectionIndex = 0;
        for (String paragraph : text.split("\n\\s*\n", -1)) {
            int p = text.indexOf(paragraph, paragraphStart);
            paragraphStart = p + paragraph.length();
            if (paragraph.isBlank()) {
                continue;
            }
            String sectionId = id + "-s" + sectionIndex;
            sections.add(new Section(sectionId, sectionIndex++, "", p, p + paragraph.length()));
            Matcher m = SENTENCE.matcher(paragraph);
            while (m.find()) {
                String t = m.group().strip();
                if (t.isEmpty()) {
                    continue;
                }
                int start = p + m.start();
                int end = start + t.length();
                sentences.add(new Sentence(id + "-" + sentences.size(), sectionId, sentences.size(), start, end, t,
                        List.of(new Sentence.Segment(start, end)), List.of()));
            }
        }
        return new ParsedDocument(raw, sections, sentences, List.of());
    }

    /** A one-sentence document whose sentence is cut into two segments by an interleaved block. */
    static ParsedDocument cut(String id, String before, String block, String after) {
        String text = before + "\n" + block + "\n" + after;
        RawDocument raw = new RawDocument(id, id + ".txt", "txt", id, Map.of(), text, "0");
        int secondStart = before.length() + 1 + block.length() + 1;
        Sentence s = new Sentence(id + "-0", id + "-s0", 0, 0, text.length(), before + " " + after,
                List.of(new Sentence.Segment(0, before.length()), new Sentence.Segment(secondStart, text.length())),
                List.of());
        return new ParsedDocument(raw, List.of(new Section(id + "-s0", 0, "", 0, text.length())), List.of(s), List.of());
    }
}
