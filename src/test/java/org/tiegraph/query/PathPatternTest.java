package org.tiegraph.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tiegraph.catalogue.Catalogue;

/** Parsing typed path patterns and compiling them to parameterised Cypher. */
class PathPatternTest {

    private static final Catalogue CATALOGUE = Catalogue.load();

    @Test
    void parsesEveryStepForm() {
        PathPattern p = PathPattern.parse("State:china > * >[SUPPLIES|PRODUCES]> Item >russia", CATALOGUE);
        assertThat(p.steps()).containsExactly(new PathPattern.Step("State", "china"), new PathPattern.Step(null, null),
                new PathPattern.Step("Item", null), new PathPattern.Step(null, "russia"));
        assertThat(p.hops().get(1).edgeTypes()).containsExactly("SUPPLIES", "PRODUCES");
        assertThat(p.hops().get(0).edgeTypes()).isEmpty();
        assertThat(p.toString()).isEqualTo("State:china>*>[SUPPLIES|PRODUCES]>Item>russia");
        assertThat(PathPattern.parse(p.toString(), CATALOGUE)).isEqualTo(p);
    }

    @Test
    void errorsNameTheStepAndTheCause() {
        assertThatThrownBy(() -> PathPattern.parse("State:china>Spaceship>russia", CATALOGUE))
                .isInstanceOf(InvalidParameterException.class).hasMessageContaining("step 2")
                .hasMessageContaining("Spaceship");
        assertThatThrownBy(() -> PathPattern.parse("China>russia", CATALOGUE)).hasMessageContaining("unknown entity type");
        assertThatThrownBy(() -> PathPattern.parse("china>[LIKES]>russia", CATALOGUE)).hasMessageContaining("LIKES");
        assertThatThrownBy(() -> PathPattern.parse("china>>russia", CATALOGUE)).hasMessageContaining("step 2 is empty");
        assertThatThrownBy(() -> PathPattern.parse("china>[SUPPLIES>russia", CATALOGUE))
                .hasMessageContaining(">[TYPE|TYPE]>");
        assertThatThrownBy(() -> PathPattern.parse("china", CATALOGUE)).hasMessageContaining("at least 2 steps");
        assertThatThrownBy(() -> PathPattern.parse("a>b>c>d>e>f>g>h", CATALOGUE)).hasMessageContaining("cap is 7");
        assertThatThrownBy(() -> PathPattern.parse("china>ru$sia", CATALOGUE)).hasMessageContaining("not an entity id");
        assertThatThrownBy(() -> PathPattern.parse("*>*", CATALOGUE)).hasMessageContaining("at least one step");
        assertThatThrownBy(() -> PathPattern.parse(" ", CATALOGUE))
                .satisfies(e -> assertThat(((InvalidParameterException) e).parameter()).isEqualTo("p"));
    }

    @Test
    void compiledCypherTakesLabelsFromTheCatalogueAndEverythingElseAsParameters() {
        PathPattern p = PathPattern.parse("State:china>*>[PRODUCES|SUPPLIES]>Item:drones>State:russia", CATALOGUE);
        PatternCompiler.Compiled c = PatternCompiler.compile(p, new EdgeFilter(Set.of(), Set.of("asserted"), 2020, null),
                500, List.of("SUPPLIES", "BASED_IN", "PRODUCES"), false);
        // hops naming no type follow every catalogue type by name, so Neo4j reads only those groups of a dense node
        String any = "`BASED_IN`|`PRODUCES`|`SUPPLIES`";
        assertThat(c.cypher()).contains("(n0:Entity:`State` {id: $id0})-[r0:" + any + "]-(n1:Entity)-[r1:`PRODUCES`|`SUPPLIES`]-"
                + "(n2:Entity:`Item` {id: $id2})-[r2:" + any + "]-(n3:Entity:`State` {id: $id3})");
        assertThat(c.cypher()).contains("n0 <> n3").contains("LIMIT $rows");
        assertThat(c.cypher()).contains("USING INDEX n0:Entity(id)\nUSING INDEX n2:Entity(id)\nUSING INDEX n3:Entity(id)");
        assertThat(c.parameters()).containsEntry("id0", "china").containsEntry("id2", "drones")
                .containsEntry("id3", "russia").containsEntry("rows", 500).containsEntry("since", 2020)
                .containsEntry("modalities", List.of("asserted"));
    }

    @Test
    void aPatternWithOneNamedEndLeavesThePlanToNeo4j() {
        PathPattern p = PathPattern.parse("State:china>*>State", CATALOGUE);
        assertThat(PatternCompiler.compile(p, EdgeFilter.NONE, 10, CATALOGUE.edgeTypes().keySet(), false).cypher())
                .doesNotContain("USING");
    }

    @Test
    void userTextNeverEntersTheStatement() {
        Random random = new Random(3);
        for (int i = 0; i < 500; i++) {
            String id = "x" + Long.toHexString(random.nextLong()) + "-" + random.nextInt(1000);
            PathPattern p = PathPattern.parse("Company:" + id + ">*>" + id, CATALOGUE);
            PatternCompiler.Compiled c = PatternCompiler.compile(p, EdgeFilter.NONE, 10, CATALOGUE.edgeTypes().keySet(), false);
            assertThat(c.cypher()).doesNotContain(id);
            assertThat(c.parameters().values()).contains(id);
        }
    }

    @Test
    void globalEdgeTypesApplyToHopsNamingNone() {
        PathPattern p = PathPattern.parse("china>*>[BASED_IN]>russia", CATALOGUE);
        PatternCompiler.Compiled c = PatternCompiler.compile(p, new EdgeFilter(Set.of("SUPPLIES"), Set.of(), null, null), 5,
                CATALOGUE.edgeTypes().keySet(), false);
        assertThat(c.cypher()).contains("[r0:`SUPPLIES`]").contains("[r1:`BASED_IN`]");
        assertThat(c.parameters()).doesNotContainKey("edgeTypes");
        assertThat(c.parameters()).containsKey("modalities");
    }

    @Test
    void eachHopSkipsEdgesOutsideTheCapOfADenseEndUnlessExhaustive() {
        PathPattern p = PathPattern.parse("State:china>*>Item>State", CATALOGUE);
        String capped = PatternCompiler.compile(p, EdgeFilter.NONE, 10, CATALOGUE.edgeTypes().keySet(), false).cypher();
        assertThat(capped).contains("r0.outsideCap IS NULL").contains("r1.outsideCap IS NULL")
                .contains("r1.modality IN $modalities").contains("AS dense");
        assertThat(PatternCompiler.compile(p, EdgeFilter.NONE, 10, CATALOGUE.edgeTypes().keySet(), true).cypher())
                .doesNotContain("outsideCap");
    }
}
