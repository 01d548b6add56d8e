package org.tiegraph.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiegraph.catalogue.Catalogue;
import org.tiegraph.extract.Edge;
import org.tiegraph.extract.Entity;
import org.tiegraph.extract.Evidence;
import org.tiegraph.extract.Extraction;
import org.tiegraph.catalogue.Modality;
import org.tiegraph.ingest.ParsedDocument;
import org.tiegraph.ingest.RawDocument;
import org.tiegraph.ingest.Section;
import org.tiegraph.ingest.Sentence;

/** The loader keeps only edges whose quote is verbatim at its offsets and whose type and ends the catalogue allows. */
class GroundingTest {

    private static final String TEXT = "Intro. China sold S-400 systems to Russia in 2018. The end.";

    @Test
    void refusesEdgesThatAreNotGroundedOrNotInTheVocabulary() {
        RawDocument raw = new RawDocument("doc", "doc.txt", "txt", "Doc", Map.of(), TEXT, "x");
        int start = TEXT.indexOf("China");
        int end = TEXT.indexOf(" The end");
        Sentence sentence = new Sentence("doc:s1", "doc:sec0", 1, start, end, TEXT.substring(start, end),
                List.of(new Sentence.Segment(start, end)), List.of());
        ParsedDocument parsed = new ParsedDocument(raw, List.of(new Section("doc:sec0", 0, "", 0, TEXT.length())),
                List.of(sentence), List.of());
        List<Entity> entities = List.of(entity("china", "State"), entity("russia", "State"), entity("s-400", "Item"));
        Evidence good = new Evidence("doc", "doc:s1", List.of(new Sentence.Segment(start, end)),
                TEXT.substring(start, end), "2018", Modality.ASSERTED, null, "test", 0.9, "sold");
        Evidence shifted = new Evidence("doc", "doc:s1", List.of(new Sentence.Segment(start + 1, end)),
                TEXT.substring(start, end), null, Modality.ASSERTED, null, "test", 0.9, null);
        List<Edge> edges = List.of(
                new Edge("china", "SUPPLIES", "s-400", good),
                new Edge("s-400", "SUPPLIED_TO", "russia", shifted),
                new Edge("china", "SELLS_SECRETLY", "russia", good),
                new Edge("china", "SIGNED", "russia", good),
                new Edge("china", "SUPPLIES", "nowhere", good));
        Extraction extraction = new Extraction(parsed, entities, List.of(), edges, List.of(), List.of());

        List<LoadReport.RejectedEdge> rejected = new ArrayList<>();
        List<Edge> kept = new LoadService(null, "neo4j", Catalogue.load()).ground(raw, extraction, rejected);

        assertThat(kept).extracting(Edge::type).containsExactly("SUPPLIES");
        assertThat(rejected).extracting(LoadReport.RejectedEdge::reason).containsExactly(
                "quote not found verbatim at its offsets in the document",
                "edge type SELLS_SECRETLY is not in the catalogue",
                "SIGNED does not allow State -> State",
                "an endpoint is not among the document's entities");
    }

    /** A sentence cut by a footnote block: its quote is kept only when each segment is verbatim at its offsets. */
    @Test
    void aQuoteAcrossAPageBreakIsKeptOnlyWhenEverySegmentIsVerbatim() {
        String before = "China sold S-400 systems";
        String text = before + "\n12 A footnote about the sale.\n to Russia in 2018.";
        int second = text.indexOf("to Russia");
        List<Sentence.Segment> segments = List.of(new Sentence.Segment(0, before.length()),
                new Sentence.Segment(second, text.length()));
        String quote = before + " to Russia in 2018.";
        RawDocument raw = new RawDocument("doc", "doc.txt", "txt", "Doc", Map.of(), text, "x");
        Sentence sentence = new Sentence("doc:s0", "doc:sec0", 0, 0, text.length(), quote, segments, List.of());
        ParsedDocument parsed = new ParsedDocument(raw, List.of(new Section("doc:sec0", 0, "", 0, text.length())),
                List.of(sentence), List.of());
        Evidence whole = new Evidence("doc", "doc:s0", segments, quote, "2018", Modality.ASSERTED, null, "test", 0.9,
                "sold");
        Evidence joinedAsOneStretch = new Evidence("doc", "doc:s0", List.of(new Sentence.Segment(0, text.length())),
                quote, "2018", Modality.ASSERTED, null, "test", 0.9, "sold");
        Evidence secondSegmentShifted = new Evidence("doc", "doc:s0", List.of(segments.get(0),
                new Sentence.Segment(second - 1, text.length() - 1)), quote, "2018", Modality.ASSERTED, null, "test",
                0.9, "sold");
        Evidence segmentsOutOfOrder = new Evidence("doc", "doc:s0", List.of(segments.get(1), segments.get(0)),
                "to Russia in 2018. " + before, "2018", Modality.ASSERTED, null, "test", 0.9, "sold");
        List<Edge> edges = List.of(new Edge("china", "SUPPLIES", "s-400", whole),
                new Edge("s-400", "SUPPLIED_TO", "russia", joinedAsOneStretch),
                new Edge("s-400", "SUPPLIED_TO", "russia", secondSegmentShifted),
                new Edge("s-400", "SUPPLIED_TO", "russia", segmentsOutOfOrder));
        List<Entity> entities = List.of(entity("china", "State"), entity("russia", "State"), entity("s-400", "Item"));
        Extraction extraction = new Extraction(parsed, entities, List.of(), edges, List.of(), List.of());

        List<LoadReport.RejectedEdge> rejected = new ArrayList<>();
        List<Edge> kept = new LoadService(null, "neo4j", Catalogue.load()).ground(raw, extraction, rejected);

        assertThat(kept).extracting(Edge::evidence).containsExactly(whole);
        assertThat(rejected).extracting(LoadReport.RejectedEdge::reason)
                .containsOnly("quote not found verbatim at its offsets in the document").hasSize(3);
    }

    private static Entity entity(String id, String type) {
        return new Entity(id, type, id, Set.of(id), Map.of(), false);
    }
}
