package org.tiegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.extract.Fixture.entity;
import static org.tiegraph.extract.Fixture.extract;

import org.junit.jupiter.api.Test;

/** Discovery of entities the catalogue lacks, with stable ids and verbatim aliases. */
class DiscoveryTest {

    @Test
    void findsVesselsFromAppositions() {
        Extraction x = extract("The cable was cut by the Eastern Star 7, a Panama-flagged vessel that left port.");
        Entity v = entity(x, "eastern-star-7");
        assertThat(v.type()).isEqualTo("Vessel");
        assertThat(v.discovered()).isTrue();
    }

    @Test
    void findsCompaniesWithLegalSuffixesAndGroupsOfFirms() {
        Extraction x = extract("Treasury designated Shenzhen Blue Sky Trading Co., Ltd. for shipping chips. "
                + "Officials listed two companies in southeastern China and Chinese firms in Xinjiang.");
        assertThat(entity(x, "shenzhen-blue-sky-trading-co-ltd").type()).isEqualTo("Company");
        assertThat(entity(x, "two-companies-in-southeastern-china").aliases())
                .contains("two companies in southeastern China");
        assertThat(entity(x, "chinese-firms-in-xinjiang").type()).isEqualTo("Company");
    }

    @Test
    void findsTreatiesExercisesAndDesignators() {
        Extraction x = extract("The 1996 Treaty of Deep Friendship was renewed. Russia's OKEAN-24 naval exercise "
                + "followed. Their May 3, 2021 bilateral agreement covered the Garpiya-3 long-range attack drone.");
        assertThat(entity(x, "1996-treaty-of-deep-friendship").type()).isEqualTo("Treaty");
        assertThat(entity(x, "okean-24").type()).isEqualTo("Exercise");
        assertThat(entity(x, "may-3-2021-bilateral-agreement").type()).isEqualTo("Treaty");
        assertThat(entity(x, "garpiya-3").type()).isEqualTo("Item");
    }

    @Test
    void typesCapitalisedNamesByTheirHeadWord() {
        Extraction x = extract("Troops trained near Lake Khanka in the Zabaikalsky Krai under the Eastern Logistics "
                + "Command and the Ministry of Emergency Situations.");
        assertThat(entity(x, "zabaikalsky-krai").type()).isEqualTo("Place");
        assertThat(entity(x, "eastern-logistics-command").type()).isEqualTo("MilitaryForce");
        assertThat(entity(x, "ministry-of-emergency-situations").type()).isEqualTo("GovernmentBody");
    }

    @Test
    void findsPeopleFromTitlesAndAppositions() {
        Extraction x = extract("Admiral Igor Kasatonov met spokesman Guo Jiakun. Later, Li Wei, the leading Chinese "
                + "economist, disagreed.");
        assertThat(entity(x, "igor-kasatonov").aliases()).contains("Admiral Igor Kasatonov");
        assertThat(entity(x, "guo-jiakun").type()).isEqualTo("Person");
        assertThat(entity(x, "li-wei").type()).isEqualTo("Person");
    }

    @Test
    void findsSanctionsNamedByIssuerAndTarget() {
        Extraction x = extract("Despite supporting UN sanctions on Iran’s missile program, the country hesitated.");
        assertThat(entity(x, "un-sanctions-on-irans-missile-program").type()).isEqualTo("Sanction");
    }

    @Test
    void givesTheSameIdToTheSameNameInAnotherDocument() {
        String a = entity(extract("Chinese firms in Xinjiang sold drones."), "chinese-firms-in-xinjiang").id();
        String b = entity(extract("Officials named Chinese firms in Xinjiang again."), "chinese-firms-in-xinjiang").id();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void leavesUntypedCapitalisedNamesUnresolved() {
        Extraction x = extract("Officials cited the Blue Horizon Doctrine and mentioned Zorblat Vexin as well.");
        assertThat(x.unresolved()).contains("Zorblat Vexin");
    }
}
