package org.tiegraph.extract;

import org.tiegraph.catalogue.Lexicon;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.junit.jupiter.api.Test;

/** The relation rules and the lexicon are data: what ships loads, and a wrong type, slot or pattern fails the start. */
class VocabularyValidationTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private static JsonNode yaml(String text) throws Exception {
        return YAML.readTree(text);
    }

    @Test
    void theShippedRulesAndLexiconLoadAndEveryFamilyHasRules() {
        RelationRules rules = RelationRules.load(Fixture.CATALOGUE);
        assertThat(rules.rules()).hasSizeGreaterThan(50);
        assertThat(rules.rules()).extracting(RelationRules.Rule::family).contains("supply", "sanctions", "ownership",
                "vessels", "cooperation", "conflict", "treaties", "exercises", "structure", "statements", "general");
        Lexicon lexicon = Lexicon.load(Fixture.CATALOGUE);
        assertThat(lexicon.nameType("Ministry")).isEqualTo("GovernmentBody");
        assertThat(lexicon.groupHeads().get("companies").relation()).isEqualTo("BASED_IN");
    }

    @Test
    void anUnknownEdgeTypeFailsWithTheRuleNamed() throws Exception {
        JsonNode file = yaml("family: test\nrules:\n  - id: bad-type\n    pattern: '{}=trigger >nsubj {}=a >obj {}=b'\n"
                + "    edges: [a SELLS_TO b]\n");
        assertThatThrownBy(() -> RelationRules.parse(file, Fixture.CATALOGUE, "test.yaml"))
                .hasMessageContaining("bad-type").hasMessageContaining("unknown edge type SELLS_TO");
    }

    @Test
    void anEdgeNamingASlotThePatternDoesNotBindFails() throws Exception {
        JsonNode file = yaml("family: test\nrules:\n  - id: bad-slot\n    pattern: '{}=trigger >nsubj {}=a >obj {}=b'\n"
                + "    edges: [a SUPPLIES item]\n");
        assertThatThrownBy(() -> RelationRules.parse(file, Fixture.CATALOGUE, "test.yaml"))
                .hasMessageContaining("slot 'item'");
    }

    @Test
    void aPatternThatDoesNotCompileFails() throws Exception {
        JsonNode file = yaml("family: test\nrules:\n  - id: bad-pattern\n    pattern: '{}=trigger >nsubj ({}=a'\n"
                + "    edges: [a SUPPLIES a]\n");
        assertThatThrownBy(() -> RelationRules.parse(file, Fixture.CATALOGUE, "test.yaml"))
                .hasMessageContaining("does not compile");
    }

    @Test
    void anUnknownEntityTypeInSlotTypesOrTheLexiconFails() throws Exception {
        JsonNode rule = yaml("family: test\nrules:\n  - id: bad-slot-type\n    pattern: '{}=trigger >nsubj {}=a >obj {}=b'\n"
                + "    edges: [a SUPPLIES b]\n    types: {a: [Spaceship]}\n");
        assertThatThrownBy(() -> RelationRules.parse(rule, Fixture.CATALOGUE, "test.yaml"))
                .hasMessageContaining("unknown entity type Spaceship");
        JsonNode lexicon;
        try (var in = getClass().getClassLoader().getResourceAsStream("catalogue/lexicon.yaml")) {
            lexicon = YAML.readTree(in);
        }
        ((com.fasterxml.jackson.databind.node.ObjectNode) lexicon.get("nameHeads")).putArray("Spaceship").add("rocket");
        assertThatThrownBy(() -> Lexicon.parse(lexicon, Fixture.CATALOGUE))
                .hasMessageContaining("unknown entity type Spaceship");
    }
}
