package org.tiegraph.query;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.neo4j.driver.Record;

/** A document read as text: the sentences around one of them with the facts drawn from each, and its footnotes. */
public final class PassageService {

    private final CypherRunner cypher;

    public PassageService(CypherRunner cypher) {
        this.cypher = cypher;
    }

    /**
     * The sentences of the same kind (body or footnote prose) within {@code window} of {@code around} (null: from
     * the document's first sentence); 404 naming {@code id} or {@code around} when either is unknown.
     */
    public Passage around(String documentId, String around, int window) {
        Limits.check("window", window, 0, Limits.PASSAGE_WINDOW_MAX);
        if (around != null && around.length() > Limits.ID_MAX_LENGTH) {
            throw new InvalidParameterException("around", "around is a sentence id of at most " + Limits.ID_MAX_LENGTH
                    + " characters, as GET /api/documents/{id}/passage gives it");
        }
        Map<String, Object> at = new HashMap<>();
        at.put("documentId", documentId);
        at.put("around", around);
        List<Record> position = cypher.read("document_sentence_at", at);
        if (position.isEmpty()) {
            throw new NotFoundException("id", "no document with id '" + documentId + "'");
        }
        Record p = position.getFirst();
        if (p.get("index").isNull()) {
            if (around != null) {
                throw new NotFoundException("around", "document '" + documentId + "' has no sentence '" + around + "'");
            }
            return new Passage(documentId, null, window, false, false, false, List.of());
        }
        int index = p.get("index").asInt();
        int from = Math.max(p.get("first").asInt(), index - window);
        int to = Math.min(p.get("last").asInt(), index + window);
        boolean inFootnotes = p.get("inFootnotes").asBoolean();
        List<Passage.Line> lines = cypher.read("document_sentences", Map.of("documentId", documentId, "from", from,
                "to", to, "inFootnotes", inFootnotes)).stream().map(PassageService::line).toList();
        String anchor = around != null ? around : lines.isEmpty() ? null : lines.getFirst().id();
        return new Passage(documentId, anchor, window, inFootnotes, from > p.get("first").asInt(),
                to < p.get("last").asInt(), lines);
    }

    /** The document's footnotes with the sources each cites; 404 for an unknown document. */
    public FootnoteList footnotes(String documentId) {
        List<Record> document = cypher.read("document_footnotes", Map.of("id", documentId));
        if (document.isEmpty()) {
            throw new NotFoundException("id", "no document with id '" + documentId + "'");
        }
        Map<Integer, List<SourceRef>> sources = new LinkedHashMap<>();
        for (Record r : cypher.read("document_sources", Map.of("id", documentId))) {
            SourceRef source = SourceRef.of(r.get("source").asMap());
            sources.computeIfAbsent(source.footnote(), n -> new ArrayList<>()).add(source);
        }
        List<FootnoteList.Note> notes = new ArrayList<>();
        for (Map<String, Object> f : document.getFirst().get("footnotes").asList(v -> v.asMap())) {
            Integer number = Values.integer(f, "number");
            notes.add(new FootnoteList.Note(number, Values.string(f, "text"), Values.integer(f, "page"),
                    List.copyOf(sources.getOrDefault(number, List.of()))));
        }
        if (notes.isEmpty()) {
            sources.forEach((number, cited) -> notes.add(new FootnoteList.Note(number, null, null, List.copyOf(cited))));
        }
        return new FootnoteList(documentId, List.copyOf(notes));
    }

    private static Passage.Line line(Record r) {
        Map<String, Object> s = r.get("sentence").asMap();
        Map<String, Object> section = r.get("section").isNull() ? null : r.get("section").asMap();
        return new Passage.Line(Values.string(s, "id"), Values.integer(s, "index"),
                section == null ? null : new Passage.SectionRef(Values.string(section, "id"),
                        Values.integer(section, "index"), Values.string(section, "title")),
                Values.integer(s, "page"), Values.integer(s, "start"), Values.integer(s, "end"), Values.string(s, "text"),
                SentenceDetail.segments(Values.objects(s, "segments"), Values.integer(s, "start"), Values.integer(s, "end")),
                r.get("sources").asList(v -> SourceRef.of(v.asMap())),
                r.get("facts").asList(v -> fact(v.asMap())));
    }

    private static Passage.Fact fact(Map<String, Object> f) {
        Integer start = Values.integer(f, "start");
        Integer end = Values.integer(f, "end");
        return new Passage.Fact(Values.string(f, "evidenceId"), Values.string(f, "edgeId"), Values.string(f, "type"),
                entity(f.get("source")), entity(f.get("target")), Values.string(f, "quote"), start, end,
                SentenceDetail.segments(Values.objects(f, "segments"), start, end), Values.string(f, "year"),
                Values.string(f, "modality"), Values.string(f, "attribution"), Values.string(f, "rule"),
                Values.decimal(f, "confidence"), Values.string(f, "predicate"));
    }

    @SuppressWarnings("unchecked")
    private static Passage.EntityRef entity(Object value) {
        Map<String, Object> m = (Map<String, Object>) value;
        return new Passage.EntityRef(Values.string(m, "id"), Values.string(m, "name"), Values.string(m, "type"));
    }
}
