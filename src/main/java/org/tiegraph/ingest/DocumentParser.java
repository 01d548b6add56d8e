package org.tiegraph.ingest;

import org.tiegraph.ingest.FootnoteMarkers.Marker;
import org.tiegraph.ingest.FootnoteSeparator.Draft;
import org.tiegraph.ingest.TextLayout.Kind;
import org.tiegraph.ingest.TextLayout.Unit;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's text into sections, body sentences and footnotes. Footnote blocks interleaved at page breaks are
 * taken out of the body; a sentence cut by them becomes one {@link Sentence} of several verbatim segments; footnote
 * markers in the body are mapped to footnote numbers and attached to the sentence they end.
 */
public final class DocumentParser {

    private static final Pattern LIST_NUMBER = Pattern.compile("(?:\\d{1,3}\\.|\\[\\d{1,3}])[ \\t]+(?=\\S)");

    /**
     * One paragraph: the document stretches it spans (several across a page break), its text as those stretches
     * joined by one space, and the footnote markers in it.
     */
    private static final class Paragraph {
        final List<int[]> pieces = new ArrayList<>();
        final List<Marker> markers = new ArrayList<>();
        final List<Integer> markerRegions = new ArrayList<>();
        final StringBuilder virtual = new StringBuilder();

        void add(String text, int start, int end, int region, boolean findMarkers) {
            if (!virtual.isEmpty()) {
                virtual.append(' ');
            }
            int offset = virtual.length();
            String content = text.substring(start, end);
            if (findMarkers) {
                for (Marker m : FootnoteMarkers.find(virtual.toString(), content)) {
                    markers.add(new Marker(m.start() + offset, m.end() + offset, m.digits(), m.strength()));
                    markerRegions.add(region);
                }
            }
            pieces.add(new int[]{start, end, offset});
            virtual.append(content);
        }

        /** The paragraph so far ends like a sentence (markers after the final punctuation ignored). */
        boolean terminated() {
            int end = virtual.length();
            for (int i = markers.size() - 1; i >= 0; i--) {
                Marker m = markers.get(i);
                String between = virtual.substring(Math.min(m.end(), end), end);
                if (m.end() <= end && between.isBlank()) {
                    end = m.start();
                } else {
                    break;
                }
            }
            return TextLayout.TERMINATED.matcher(virtual.substring(0, end).stripTrailing()).matches();
        }
    }

    /**
     * Parses a document: sections (ids {@code <documentId>:sec<index>}), body sentences without footnote text (ids
     * {@code <documentId>:s<index>}, every segment verbatim) and numbered footnotes with their sources.
     */
    public ParsedDocument parse(RawDocument document) {
        String text = document.text();
        List<Unit> units = TextLayout.units(text, Pages.laidOut(document));
        FootnoteSeparator.Result footnoteResult = FootnoteSeparator.separate(text, units);
        Headings.mark(text, units);
        List<Paragraph> paragraphs = paragraphs(text, units, footnoteResult.unitArea());
        Map<Marker, Integer> markerNumbers = numberMarkers(paragraphs, footnoteResult.footnotes());

        List<Unit> headings = units.stream().filter(u -> u.kind == Kind.HEADING).toList();
        List<SentenceDraft> drafts = new ArrayList<>();
        for (Paragraph paragraph : paragraphs) {
            drafts.addAll(sentences(text, paragraph, markerNumbers));
        }
        return assemble(document, headings, drafts, footnotes(text, footnoteResult.footnotes()));
    }

    /**
     * The document as extraction reads it: its body sentences followed by the footnotes' own prose sentences (facts
     * stated only in a note), sections and footnotes as {@link #parse} gives them.
     */
    public ParsedDocument parseForExtraction(RawDocument document) {
        ParsedDocument body = parse(document);
        List<Sentence> sentences = new ArrayList<>(body.sentences());
        sentences.addAll(footnoteSentences(body));
        return new ParsedDocument(body.document(), body.sections(), List.copyOf(sentences), body.footnotes());
    }

    /**
     * The sentences of the footnotes' own prose, for extraction: footnotes often state facts ("China signed a
     * strategic partnership with Saudi Arabia"). Bibliographic sentences (URLs, "see ..." references, cited titles)
     * and fragments under four words are left out. Ids are {@code <documentId>:f<footnote>s<k>}; indexes continue
     * after the body sentences; each sentence lists its own footnote number and belongs to the section of the first
     * body sentence citing it.
     */
    public List<Sentence> footnoteSentences(ParsedDocument parsed) {
        String text = parsed.document().text();
        List<Unit> units = TextLayout.units(text, Pages.laidOut(parsed.document()));
        List<Draft> drafts = FootnoteSeparator.separate(text, units).footnotes();
        Map<Integer, String> citingSection = new java.util.HashMap<>();
        for (Sentence sentence : parsed.sentences()) {
            sentence.footnotes().forEach(n -> citingSection.putIfAbsent(n, sentence.sectionId()));
        }
        List<Sentence> sentences = new ArrayList<>();
        int index = parsed.sentences().size();
        for (Draft draft : drafts) {
            Paragraph paragraph = new Paragraph();
            for (int[] piece : draft.pieces) {
                paragraph.add(text, piece[0], piece[1], 0, false);
            }
            String sectionId = citingSection.getOrDefault(draft.number, sectionAt(parsed, draft.pieces.get(0)[0]));
            int k = 0;
            for (SentenceDraft sentence : sentences(text, paragraph, Map.of())) {
                boolean prose = sentence.text().split("\\s+").length >= 4;
                if (!prose || FootnoteSeparator.strongCitation(sentence.text())
                        || !Citations.sources(sentence.text()).isEmpty()) {
                    continue;
                }
                List<Sentence.Segment> segments = List.copyOf(sentence.segments());
                sentences.add(new Sentence(parsed.document().id() + ":f" + draft.number + "s" + k++, sectionId,
                        index++, segments.get(0).start(), segments.get(segments.size() - 1).end(), sentence.text(),
                        segments, List.of(draft.number)));
            }
        }
        return sentences;
    }

    private static String sectionAt(ParsedDocument parsed, int position) {
        String sectionId = parsed.sections().isEmpty() ? null : parsed.sections().get(0).id();
        for (Section section : parsed.sections()) {
            if (section.start() <= position) {
                sectionId = section.id();
            }
        }
        return sectionId;
    }

    private record SentenceDraft(List<Sentence.Segment> segments, String text, List<Integer> footnotes) {
    }

    // ---- paragraphs ---------------------------------------------------------------------------------------------

    private static List<Paragraph> paragraphs(String text, List<Unit> units, int[] unitArea) {
        List<Paragraph> paragraphs = new ArrayList<>();
        Paragraph current = null;
        boolean broken = false;
        int region = 0;
        int lastArea = -1;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            if (unitArea[i] >= 0) {
                broken = true;
                lastArea = unitArea[i];
                region = lastArea + 1;
                continue;
            }
            if (unit.kind == Kind.HEADING) {
                current = null;
                continue;
            }
            if (unit.pageStart) {
                broken = true;
            }
            String content = unit.text(text);
            Matcher listNumber = LIST_NUMBER.matcher(content);
            boolean listItem = unit.bullet || listNumber.lookingAt();
            int start = unit.start + (listNumber.lookingAt() ? listNumber.end() : 0);
            boolean continues = current != null && !listItem && !current.terminated()
                    && (broken || Character.isLowerCase(content.charAt(0)));
            if (!continues) {
                current = new Paragraph();
                paragraphs.add(current);
            }
            current.add(text, start, unit.end, region, true);
            broken = false;
        }
        return paragraphs;
    }

    // ---- markers ----------------------------------------------------------------------------------------------

    /**
     * Maps body markers to footnote numbers: the markers before a footnote area refer, in order, to the footnotes in
     * that area; surplus weak candidates are dropped, readable digits anchor the order.
     */
    private static Map<Marker, Integer> numberMarkers(List<Paragraph> paragraphs, List<Draft> footnotes) {
        Map<Integer, List<Marker>> byRegion = new LinkedHashMap<>();
        for (Paragraph paragraph : paragraphs) {
            for (int i = 0; i < paragraph.markers.size(); i++) {
                byRegion.computeIfAbsent(paragraph.markerRegions.get(i), r -> new ArrayList<>())
                        .add(paragraph.markers.get(i));
            }
        }
        Map<Integer, List<Integer>> numbersByArea = new LinkedHashMap<>();
        for (Draft footnote : footnotes) {
            numbersByArea.computeIfAbsent(footnote.area, a -> new ArrayList<>()).add(footnote.number);
        }
        Map<Marker, Integer> result = new java.util.IdentityHashMap<>();
        for (Map.Entry<Integer, List<Marker>> entry : byRegion.entrySet()) {
            List<Integer> numbers = numbersByArea.getOrDefault(entry.getKey(), List.of());
            if (numbers.isEmpty()) {
                continue;
            }
            // digits glued to a word ("sanctions12") count only when they name a footnote of this page
            List<Marker> candidates = new ArrayList<>(entry.getValue().stream()
                    .filter(m -> m.strength() > 0 || numbers.contains(m.digits())).toList());
            if (candidates.size() > numbers.size()) {
                List<Marker> weakestFirst = new ArrayList<>(candidates);
                weakestFirst.sort(Comparator.comparingInt((Marker m) -> m.strength())
                        .thenComparing(m -> m.digits() != null && numbers.contains(m.digits()) ? 1 : 0));
                for (int k = 0; k < candidates.size() - numbers.size(); k++) {
                    Marker drop = weakestFirst.get(k);
                    candidates.removeIf(m -> m == drop);
                }
            }
            int next = 0;
            for (int c = 0; c < candidates.size() && next < numbers.size(); c++) {
                Marker marker = candidates.get(c);
                int remaining = candidates.size() - c;
                if (marker.digits() != null) {
                    int at = numbers.indexOf(marker.digits());
                    if (at >= next && numbers.size() - at >= remaining) {
                        next = at;
                    }
                }
                result.put(marker, numbers.get(next));
                next++;
            }
        }
        return result;
    }

    // ---- sentences ----------------------------------------------------------------------------------------------

    private static List<SentenceDraft> sentences(String text, Paragraph paragraph, Map<Marker, Integer> numbers) {
        StringBuilder masked = new StringBuilder(paragraph.virtual);
        for (Marker marker : paragraph.markers) {
            if (marker.strength() == 0 && !numbers.containsKey(marker)) {
                continue;
            }
            for (int p = marker.start(); p < marker.end(); p++) {
                masked.setCharAt(p, ' ');
            }
        }
        List<int[]> ranges = SentenceSplitter.split(masked);
        List<List<Integer>> footnotes = new ArrayList<>();
        ranges.forEach(r -> footnotes.add(new ArrayList<>()));
        for (Marker marker : paragraph.markers) {
            Integer number = numbers.get(marker);
            if (number == null || ranges.isEmpty()) {
                continue;
            }
            int owner = 0;
            for (int s = 0; s < ranges.size(); s++) {
                if (ranges.get(s)[0] <= marker.start()) {
                    owner = s;
                }
            }
            if (!footnotes.get(owner).contains(number)) {
                footnotes.get(owner).add(number);
            }
        }
        List<SentenceDraft> drafts = new ArrayList<>();
        for (int s = 0; s < ranges.size(); s++) {
            int[] range = ranges.get(s);
            List<Sentence.Segment> segments = new ArrayList<>();
            for (int[] piece : paragraph.pieces) {
                int pieceStart = piece[2];
                int pieceEnd = pieceStart + (piece[1] - piece[0]);
                int from = Math.max(range[0], pieceStart);
                int to = Math.min(range[1], pieceEnd);
                while (from < to && Character.isWhitespace(masked.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(masked.charAt(to - 1))) {
                    to--;
                }
                if (from >= to) {
                    continue;
                }
                int docStart = piece[0] + (from - pieceStart);
                int docEnd = piece[0] + (to - pieceStart);
                segments.add(new Sentence.Segment(docStart, docEnd));
            }
            if (!segments.isEmpty()) {
                drafts.add(new SentenceDraft(segments, Sentence.joined(text, segments), List.copyOf(footnotes.get(s))));
            }
        }
        return drafts;
    }

    // ---- footnotes --------------------------------------------------------------------------------------------

    private static List<Footnote> footnotes(String text, List<Draft> drafts) {
        List<Footnote> footnotes = new ArrayList<>();
        for (Draft draft : drafts) {
            StringBuilder joined = new StringBuilder();
            for (int[] piece : draft.pieces) {
                if (!joined.isEmpty()) {
                    joined.append(' ');
                }
                joined.append(text, piece[0], piece[1]);
            }
            String footnoteText = joined.toString();
            footnotes.add(new Footnote(draft.number, draft.pieces.get(0)[0],
                    draft.pieces.get(draft.pieces.size() - 1)[1], footnoteText, Citations.sources(footnoteText)));
        }
        return footnotes;
    }

    // ---- assembly ---------------------------------------------------------------------------------------------

    private static ParsedDocument assemble(RawDocument document, List<Unit> headings, List<SentenceDraft> drafts,
                                           List<Footnote> footnotes) {
        String id = document.id();
        int textLength = document.text().length();
        // candidate sections: one per heading, plus a leading one for text before the first heading
        List<int[]> bounds = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        int firstSentence = drafts.isEmpty() ? textLength : drafts.get(0).segments().get(0).start();
        if (headings.isEmpty() || firstSentence < headings.get(0).start) {
            bounds.add(new int[]{0});
            titles.add(document.title() == null ? "" : document.title());
        }
        for (Unit heading : headings) {
            bounds.add(new int[]{heading.start});
            titles.add(heading.headingTitle);
        }
        // which candidate each sentence falls in; sections without sentences are dropped
        int[] owner = new int[drafts.size()];
        TreeSet<Integer> used = new TreeSet<>();
        int candidate = 0;
        for (int s = 0; s < drafts.size(); s++) {
            int start = drafts.get(s).segments().get(0).start();
            while (candidate + 1 < bounds.size() && bounds.get(candidate + 1)[0] <= start) {
                candidate++;
            }
            owner[s] = candidate;
            used.add(candidate);
        }
        List<Section> sections = new ArrayList<>();
        Map<Integer, Section> sectionOf = new LinkedHashMap<>();
        List<Integer> kept = new ArrayList<>(used);
        for (int k = 0; k < kept.size(); k++) {
            int bound = kept.get(k);
            int start = bounds.get(bound)[0];
            int end = k + 1 < kept.size() ? bounds.get(kept.get(k + 1))[0] : textLength;
            Section section = new Section(id + ":sec" + k, k, titles.get(bound), start, end);
            sections.add(section);
            sectionOf.put(bound, section);
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < drafts.size(); s++) {
            SentenceDraft draft = drafts.get(s);
            List<Sentence.Segment> segments = List.copyOf(draft.segments());
            sentences.add(new Sentence(id + ":s" + s, sectionOf.get(owner[s]).id(), s, segments.get(0).start(),
                    segments.get(segments.size() - 1).end(), draft.text(), segments, draft.footnotes()));
        }
        return new ParsedDocument(document, List.copyOf(sections), List.copyOf(sentences), List.copyOf(footnotes));
    }
}
