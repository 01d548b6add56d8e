package org.tiegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.extract.Fixture.edge;
import static org.tiegraph.extract.Fixture.extract;
import static org.tiegraph.extract.Fixture.triples;

import org.junit.jupiter.api.Test;

/** Each relation pattern on a small text. */
class RelationRulesTest {

    @Test
    void verbFrameWithObjectAndRecipientReifiesTheSupplyThroughTheItem() {
        Extraction x = extract("China sent drone parts to Iran.");
        edge(x, "china", "SUPPLIES", "drone-parts");
        edge(x, "drone-parts", "SUPPLIED_TO", "iran");
    }

    @Test
    void coordinatedSubjectsGiveOneEdgeEach() {
        Extraction x = extract("China, Russia, and Iran have participated in the Maritime Security Belt since 2019.");
        for (String s : new String[]{"china", "russia", "iran"}) {
            assertThat(edge(x, s, "PARTICIPATED_IN", "maritime-security-belt").evidence().year()).isEqualTo("2019");
        }
    }

    @Test
    void sanctionGivesASanctionNodeADirectEdgeAndTheReasonsFrame() {
        Extraction x = extract("In October 2024, the US sanctioned two companies in southeastern China for producing "
                + "drones for Russia.");
        Edge sanctioned = edge(x, "united-states", "SANCTIONED", "two-companies-in-southeastern-china");
        assertThat(sanctioned.evidence().year()).isEqualTo("2024");
        edge(x, "two-companies-in-southeastern-china", "PRODUCES", "drones");
        edge(x, "drones", "SUPPLIED_TO", "russia");
        edge(x, "two-companies-in-southeastern-china", "BASED_IN", "china");
        String sanction = "us-sanctions-on-two-companies-in-southeastern-china";
        edge(x, sanction, "ISSUED_BY", "united-states");
        edge(x, sanction, "TARGETS", "two-companies-in-southeastern-china");
    }

    @Test
    void appositionTitleMakesThePersonHeadOfTheBody() {
        Extraction x = extract("General Valery Gerasimov, Chief of the Russian General Staff, reported that North "
                + "Korea participated as an observer in Russia’s OKEAN-24 naval exercise in September 2024.");
        edge(x, "valery-gerasimov", "HEADS", "russian-general-staff");
        edge(x, "north-korea", "OBSERVED", "okean-24");
        edge(x, "russia", "CONDUCTED", "okean-24");
        edge(x, "valery-gerasimov", "REPORTED_ON", "okean-24");
        edge(x, "russian-general-staff", "PART_OF", "russia");
    }

    @Test
    void vesselAppositionGivesTheFlagAndTheRouteItSails() {
        Extraction x = extract("The damage was blamed on the NewNewPolarBear, a Hong Kong-flagged vessel that sails the "
                + "Northern Sea Route.");
        edge(x, "newnewpolarbear", "FLAGGED_IN", "hong-kong");
        edge(x, "newnewpolarbear", "OPERATES_ON", "northern-sea-route");
    }

    @Test
    void compoundsAndBetweenPhrasesLinkTheParties() {
        Extraction x = extract("China-Russia military cooperation grew. Talks on cooperation between Iran and Russia "
                + "followed.");
        edge(x, "china", "COOPERATES_WITH", "russia");
        edge(x, "iran", "COOPERATES_WITH", "russia");
    }

    @Test
    void locativesChainPlacesAndNearTheBorderMeansBorders() {
        Extraction x = extract("The troops trained at the Sergeevka military base in Primorskii Krai in the Russian Far "
                + "East, near the North Korean border.");
        edge(x, "sergeevka", "LOCATED_IN", "primorsky-krai");
        edge(x, "primorsky-krai", "LOCATED_IN", "russian-far-east");
        assertThat(triples(x)).anyMatch(t -> t.contains("BORDERS") && t.contains("primorsky-krai"));
    }

    @Test
    void passiveWithoutAgentKeepsThePatientAsSubject() {
        Extraction x = extract("There was a report that one of the North Korean vessels was serviced in a Chinese port.");
        Edge e = edge(x, "north-korean-vessels", "SERVICED_IN", "chinese-port");
        assertThat(e.evidence().modality()).isEqualTo(Modality.REPORTED);
        edge(x, "chinese-port", "LOCATED_IN", "china");
    }

    @Test
    void nominalSalesAndCopulaSuppliersAreSupplyChains() {
        Extraction x = extract("Russian arms sales to China were crucial. Iran is the fourth largest supplier of oil "
                + "to China.");
        edge(x, "russia", "SUPPLIES", "russian-arms");
        edge(x, "russian-arms", "SUPPLIED_TO", "china");
        edge(x, "russian-arms", "KIND_OF", "weapons");
        edge(x, "iran", "SUPPLIES", "oil");
        edge(x, "oil", "SUPPLIED_TO", "china");
    }

    @Test
    void anaphoraResolvesTheTwoCountriesAndTheTreaty() {
        Extraction x = extract("China gave Iran access to the BeiDou Navigation Satellite System. In March, the two "
                + "countries signed a 25-year strategic partnership agreement. The agreement was controversial.");
        edge(x, "china", "PROVIDES_ACCESS_TO", "beidou");
        edge(x, "beidou", "SUPPLIED_TO", "iran");
        edge(x, "china", "SIGNED", "25-year-strategic-partnership-agreement");
        edge(x, "iran", "SIGNED", "25-year-strategic-partnership-agreement");
    }

    @Test
    void aClearVerbWithoutATypedFrameGivesRelatedToWithThePredicate() {
        Extraction x = extract("Iran courted Venezuela.");
        assertThat(edge(x, "iran", "RELATED_TO", "venezuela").evidence().predicate()).isEqualTo("courted");
    }

    @Test
    void bareCoOccurrenceGivesNoEdge() {
        Extraction x = extract("China, Russia. Iran; Venezuela.");
        assertThat(x.edges()).isEmpty();
    }

    @Test
    void edgesTheCatalogueRefusesAreReportedWithTheReason() {
        Extraction x = extract("Iran sabotaged the Korean War.");
        assertThat(x.rejected()).anyMatch(r -> r.type().equals("DAMAGED") && r.reason().contains("does not allow"));
        assertThat(triples(x)).doesNotContain("iran DAMAGED korean-war");
    }

    @Test
    void theSameFactInTwoSentencesIsTwoEvidenceOfOneTriple() {
        Extraction x = extract("China sent drones to Russia. Later, China sent drones to Russia again.");
        assertThat(x.edges().stream().filter(e -> e.sourceId().equals("china") && e.type().equals("SUPPLIES")))
                .hasSize(2).extracting(e -> e.evidence().sentenceId()).doesNotHaveDuplicates();
    }
}
