package org.tiegraph.api.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tiegraph.query.EdgeView;
import org.tiegraph.query.EvidenceView;
import org.tiegraph.query.GraphView;
import org.tiegraph.query.InvalidParameterException;
import org.tiegraph.query.NodeView;
import org.tiegraph.query.SentenceDetail;
import org.tiegraph.query.SourceRef;

/** Format negotiation, CSV escaping and GraphML safety. */
class GraphFormatTest {

    @Test
    void formatParameterWinsOverAccept() {
        assertThat(GraphFormat.negotiate("graphml", "text/csv")).isEqualTo(GraphFormat.GRAPHML);
        assertThat(GraphFormat.negotiate(null, "text/csv;q=0.9")).isEqualTo(GraphFormat.CSV);
        assertThat(GraphFormat.negotiate(null, "*/*")).isEqualTo(GraphFormat.JSON);
        assertThat(GraphFormat.negotiate(null, null)).isEqualTo(GraphFormat.JSON);
        assertThat(GraphFormat.negotiate("Node-Link", null)).isEqualTo(GraphFormat.NODE_LINK);
        assertThatThrownBy(() -> GraphFormat.negotiate("pdf", null)).isInstanceOf(InvalidParameterException.class)
                .hasMessageContaining("graphml");
    }

    @Test
    void csvFieldsAreQuotedOnlyWhenNeeded() {
        assertThat(CsvWriter.field("plain")).isEqualTo("plain");
        assertThat(CsvWriter.field("a, b")).isEqualTo("\"a, b\"");
        assertThat(CsvWriter.field("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
        assertThat(CsvWriter.field("two\nlines")).isEqualTo("\"two\nlines\"");
        assertThat(CsvWriter.field(" padded")).isEqualTo("\" padded\"");
        assertThat(CsvWriter.field(null)).isEmpty();
    }

    @Test
    void edgeRowsCarryTheBestEvidenceWithItsSegmentsAndEndpointNames() {
        EvidenceView ev = new EvidenceView("ev1", "d", "d:s1", "A, \"quoted\"\nline", 3, 20,
                List.of(new SentenceDetail.Segment(3, 8), new SentenceDetail.Segment(12, 20)), null, "asserted", null,
                null, 0.9, "r", List.of(new SourceRef("s", "T", "https://a.example/x", 1),
                new SourceRef("s2", "U", "https://b.example/y", 2)));
        GraphView g = new GraphView(List.of(new NodeView("a", "Alpha", "State", List.of("A1", "A2"), false),
                new NodeView("b", "Beta", "Item", List.of(), true)),
                List.of(new EdgeView("e1", "SUPPLIES", "a", "b", "asserted", null, 2024, List.of(2024), 0.9, 1, List.of(ev))));
        String csv = CsvWriter.write(g, CsvWriter.Part.EDGES);
        assertThat(csv).startsWith(String.join(",", CsvWriter.EDGE_COLUMNS) + "\r\n");
        assertThat(csv).contains("e1,SUPPLIES,a,b,Alpha,Beta,asserted,,2024,0.9,1,\"A, \"\"quoted\"\"\nline\",d,d:s1,3,20,"
                + "3-8 12-20,https://a.example/x https://b.example/y\r\n");
        assertThat(GraphMlWriter.write(g)).contains("<data key=\"segments\">3-8 12-20</data>");
        assertThat(CsvWriter.write(g, CsvWriter.Part.NODES)).contains("a,Alpha,State,A1 | A2,false\r\n");
        assertThat(CsvWriter.Part.of(null)).isEqualTo(CsvWriter.Part.EDGES);
        assertThatThrownBy(() -> CsvWriter.Part.of("rows")).isInstanceOf(InvalidParameterException.class);
    }

    @Test
    void graphMlDropsCharactersXmlCannotCarry() {
        assertThat(GraphMlWriter.xmlSafe("a\u0001b\u000Cc\td")).isEqualTo("abc\td");
        GraphView g = new GraphView(List.of(new NodeView("a", "Al\u0002pha & <co>", "State", List.of(), false)), List.of());
        assertThat(GraphMlWriter.write(g)).contains("Alpha &amp; &lt;co&gt;");
    }
}
