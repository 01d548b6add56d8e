package org.tiegraph.extract;

import org.tiegraph.catalogue.Modality;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.extract.Fixture.edge;
import static org.tiegraph.extract.Fixture.entity;
import static org.tiegraph.extract.Fixture.extract;

import org.junit.jupiter.api.Test;

/**
 * Short texts in the styles the explorer will meet besides the seed testimony (a sanctions notice, a vessel incident
 * note, an exercise briefing), written for these tests: each must still give a sensible, grounded graph.
 */
class UnseenTextsTest {

    @Test
    void sanctionsNotice() {
        Extraction x = extract("On March 12, 2025, the U.S. Department of the Treasury’s Office of Foreign Assets Control "
                + "(OFAC) sanctioned six entities and two individuals for supplying Iran’s drone program. Among them is "
                + "Hong Kong-based Jade Falcon Logistics Ltd., which shipped engines and electronic components to Iran. "
                + "OFAC also designated Dmitri Orlov, a Russian national who arranged payments through Kyrgyz banks. "
                + "The Department of Commerce added three Chinese firms in Shenzhen to the Entity List.");
        Fixture.assertGrounded(x);
        edge(x, "ofac", "PART_OF", "us-treasury");
        edge(x, "jade-falcon-logistics-ltd", "BASED_IN", "hong-kong");
        assertThat(edge(x, "ofac", "SANCTIONED", "dmitri-orlov").evidence().modality()).isEqualTo(Modality.ASSERTED);
        edge(x, "chinese-firms-in-shenzhen", "BASED_IN", "shenzhen");
        edge(x, "chinese-firms-in-shenzhen", "BASED_IN", "china");
        edge(x, "kyrgyz-banks", "BASED_IN", "kyrgyzstan");
        assertThat(Fixture.triples(x)).noneMatch(t -> t.startsWith("ofac SANCTIONED") && !t.endsWith("dmitri-orlov"));
    }

    @Test
    void vesselIncidentNote() {
        Extraction x = extract("On December 25, 2024, the Eagle S, a Cook Islands-flagged tanker carrying Russian oil, "
                + "damaged the Estlink 2 power cable in the Gulf of Finland. Finnish authorities seized the vessel. "
                + "The tanker had left the Russian port of Ust-Luga.");
        Fixture.assertGrounded(x);
        assertThat(entity(x, "eagle-s").type()).isEqualTo("Vessel");
        assertThat(edge(x, "eagle-s", "FLAGGED_IN", "cook-islands").evidence().year()).isEqualTo("2024");
        edge(x, "russian-port", "LOCATED_IN", "russia");
        assertThat(Fixture.triples(x)).noneMatch(t -> t.startsWith("gulf-of-finland LOCATED_IN"));
    }

    @Test
    void exerciseBriefing() {
        Extraction x = extract("China and Russia held the Joint Sea-2024 naval exercise near Zhanjiang in July 2024. "
                + "The drills involved destroyers from the PLA Navy and the Russian Pacific Fleet. Iran observed the "
                + "exercise. Both countries plan to conduct joint bomber patrols over the Sea of Japan next year.");
        Fixture.assertGrounded(x);
        edge(x, "china", "CONDUCTED", "joint-sea-2024");
        edge(x, "russia", "CONDUCTED", "joint-sea-2024");
        edge(x, "joint-sea-2024", "HELD_IN", "zhanjiang");
        edge(x, "iran", "OBSERVED", "joint-sea-2024");
        assertThat(edge(x, "russia", "CONDUCTED", "joint-air-patrols").evidence().modality())
                .isEqualTo(Modality.PLANNED);
        assertThat(Fixture.triples(x)).doesNotContain("iran CONDUCTED joint-air-patrols");
    }

    @Test
    void armsTransferResearchNote() {
        Extraction x = extract("North Korea has shipped more than 10,000 containers of munitions to Russia since August "
                + "2023, according to the South Korean Ministry of National Defense. In return, Moscow is believed to "
                + "have provided Pyongyang with air defense systems.");
        Fixture.assertGrounded(x);
        Evidence shipped = edge(x, "north-korea", "SUPPLIES", "ammunition").evidence();
        assertThat(shipped.modality()).isEqualTo(Modality.REPORTED);
        assertThat(shipped.attribution()).isEqualTo("South Korean Ministry of National Defense");
        assertThat(shipped.year()).isEqualTo("2023");
        edge(x, "ammunition", "SUPPLIED_TO", "russia");
        Evidence provided = edge(x, "air-defense-systems", "SUPPLIED_TO", "north-korea").evidence();
        assertThat(provided.modality()).isEqualTo(Modality.REPORTED);
        assertThat(provided.attribution()).isNull();
    }

    @Test
    void sanctionsPackageBriefing() {
        Extraction x = extract("The EU’s 14th sanctions package, adopted in June 2024, targeted 19 Chinese entities, "
                + "including Shenzhen-based companies that supply microelectronics to Russian defense manufacturers. "
                + "Beijing condemned the measures.");
        Fixture.assertGrounded(x);
        edge(x, "chinese-entities", "BASED_IN", "china");
        edge(x, "russian-defense-manufacturers", "BASED_IN", "russia");
        assertThat(Fixture.triples(x)).noneMatch(t -> t.contains("ATTACKED"));
    }

    @Test
    void treatyNewsItem() {
        Extraction x = extract("Russia and Iran signed a comprehensive strategic partnership treaty in Moscow on January "
                + "17, 2025. The treaty commits both sides to expand military cooperation. Iranian President Masoud "
                + "Pezeshkian called it a turning point, while Kremlin spokesman Dmitry Peskov said it was not directed "
                + "against third countries. Iran has supplied Shahed drones to Russia since 2022, according to US "
                + "officials, and Russia has reportedly delivered Su-35 fighter jets to Tehran.");
        Fixture.assertGrounded(x);
        String treaty = "comprehensive-strategic-partnership-treaty";
        assertThat(edge(x, "iran", "SIGNED", treaty).evidence().year()).isEqualTo("2025");
        edge(x, "russia", "SIGNED", treaty);
        edge(x, "masoud-pezeshkian", "HEADS", "iran");
        edge(x, "dmitry-peskov", "SPOKESPERSON_FOR", "russia");
        Evidence drones = edge(x, "iran", "SUPPLIES", "shahed-136").evidence();
        assertThat(drones.attribution()).isEqualTo("US officials");
        assertThat(drones.modality()).isEqualTo(Modality.REPORTED);
        assertThat(drones.year()).isEqualTo("2022");
    }
}
