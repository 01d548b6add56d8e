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
        Evidence good = new Evidence("doc", "doc:s1", start, end, TEXT.substring(start, end), "2018", Modality.ASSERTED,
                null, "test", 0.9, "sold");
        Evidence shifted = new Evidence("doc", "doc:s1", start + 1, end, TEXT.substring(start, end), null,
                Modality.ASSERTED, null, "test", 0.9, null);
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

    private static Entity entity(String id, String type) {
        return new Entity(id, type, id, Set.of(id), Map.of(), false);
    }
}
