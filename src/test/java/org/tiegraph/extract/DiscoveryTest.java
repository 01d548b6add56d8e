package org.tiegraph.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tiegraph.extract.Fixture.edge;
import static org.tiegraph.extract.Fixture.entity;
import static org.tiegraph.extract.Fixture.extract;
import static org.tiegraph.extract.Fixture.triples;

import org.junit.jupiter.api.Test;

/** Entities the catalogue lacks: names typed by head word or cue, short forms, groups and regions, and no junk. */
class DiscoveryTest {

    @Test
    void typesCapitalisedNamesByTheirHeadWord() {
        Extraction x = extract("Troops trained near Lake Khanka in the Zabaikalsky Krai under the Eastern Logistics "
                + "Command and the Ministry of Emergency Situations.");
        assertThat(entity(x, "zabaikalsky-krai").type()).isEqualTo("Place");
        assertThat(entity(x, "eastern-logistics-command").type()).isEqualTo("MilitaryForce");
        assertThat(entity(x, "ministry-of-emergency-situations").type()).isEqualTo("GovernmentBody");
        assertThat(entity(x, "zabaikalsky-krai").discovered()).isTrue();
    }

    @Test
    void aNameWithOfIsTypedByTheWordBeforeOfAndAKnownOwnerEndsAName() {
        Extraction x = extract("The U.S. Treasury Department’s Office of Foreign Assets Control sanctioned the "
                + "Kazakh Ministry of Industry and Energy Logistics and the Aral Aviation Organization.");
        assertThat(entity(x, "kazakh-ministry-of-industry-and-energy-logistics").type()).isEqualTo("GovernmentBody");
        assertThat(entity(x, "aral-aviation-organization").type()).isEqualTo("Organization");
        edge(x, "ofac", "SANCTIONED", "aral-aviation-organization");
        edge(x, "ofac", "PART_OF", "us-treasury");
    }

    @Test
    void aCompanyWordAfterAndContinuesANameWhoseFirstWordsNameNothing() {
        Extraction x = extract("OFAC designated Caspian Gas and Petroleum Company Limited (CGPC).");
        assertThat(entity(x, "caspian-gas-and-petroleum-company-limited").aliases()).contains("CGPC");
        edge(x, "ofac", "SANCTIONED", "caspian-gas-and-petroleum-company-limited");
    }

    @Test
    void theStatesBeforeATreatyOrExerciseNameAreItsParties() {
        Extraction x = extract("The 1997 Sino-Mongolian Treaty of Friendship was renewed. India hosted the "
                + "India-Japan-Vietnam Naval Exercises.");
        edge(x, "mongolia", "PARTY_TO", "sino-mongolian-treaty-of-friendship");
        edge(x, "china", "PARTY_TO", "sino-mongolian-treaty-of-friendship");
        edge(x, "vietnam", "PARTICIPATED_IN", "india-japan-vietnam-naval-exercises");
    }

    @Test
    void aSingleNameIsTypedByTheAppositionThatDescribesIt() {
        Extraction x = extract("Petrel, a Russian agricultural drone manufacturer, has supplied drones to Belarus. "
                + "Kestrel, a Belarusian drone maker, builds the Orlan-10.");
        assertThat(entity(x, "petrel").type()).isEqualTo("Company");
        assertThat(entity(x, "kestrel").type()).isEqualTo("Company");
        edge(x, "petrel", "SUPPLIES", "drones");
    }

    @Test
    void anItemWordBeforeAnotherNamesAMoreSpecificItem() {
        Extraction x = extract("Orion Ltd offered rifles and mortar shells to Belarus.");
        assertThat(entity(x, "mortar-shell").type()).isEqualTo("Item");
        edge(x, "mortar-shell", "SUPPLIED_TO", "belarus");
    }

    @Test
    void theIslamicRepublicIsIranButTheIslamicRepublicOfAfghanistanIsNot() {
        Extraction x = extract("The Islamic Republic sold drones to the Islamic Republic of Afghanistan.");
        edge(x, "iran", "SUPPLIES", "drones");
        edge(x, "drones", "SUPPLIED_TO", "afghanistan");
    }

    @Test
    void findsCompaniesWithLegalSuffixesAndGroupsQualifiedByAPlace() {
        Extraction x = extract("Treasury designated Shenzhen Blue Sky Trading Co., Ltd. for shipping chips. Officials "
                + "listed two companies in southeastern China and Chinese firms in Xinjiang.");
        assertThat(entity(x, "shenzhen-blue-sky-trading-co-ltd").type()).isEqualTo("Company");
        edge(x, "us-treasury", "SANCTIONED", "shenzhen-blue-sky-trading-co-ltd");
        Entity firms = entity(x, "chinese-firms-in-xinjiang");
        assertThat(firms.type()).isEqualTo("Company");
        assertThat(firms.properties()).containsEntry("generic", true);
        edge(x, "chinese-firms-in-xinjiang", "BASED_IN", "china");
        edge(x, "chinese-firms-in-xinjiang", "BASED_IN", "xinjiang");
        assertThat(entity(x, "southeastern-china").type()).isEqualTo("Place");
        edge(x, "southeastern-china", "LOCATED_IN", "china");
        edge(x, "companies-in-southeastern-china", "BASED_IN", "southeastern-china");
    }

    @Test
    void namesListedAfterADashTakeTheTypeOfTheNounBefore() {
        Extraction x = extract("Two tankers owned by Orion Ltd – the Ivan Petrov and the Elena – were also blocked.");
        assertThat(entity(x, "ivan-petrov").type()).isEqualTo("Vessel");
        assertThat(entity(x, "elena").type()).isEqualTo("Vessel");
    }

    @Test
    void findsTreatiesExercisesAndDesignators() {
        Extraction x = extract("The 1996 Treaty of Deep Friendship was renewed. Russia's OKEAN-24 naval exercise "
                + "followed. Their agreement covered the Garpiya-3 long-range attack drone.");
        assertThat(entity(x, "treaty-of-deep-friendship").type()).isEqualTo("Treaty");
        assertThat(entity(x, "okean-24").type()).isEqualTo("Exercise");
        assertThat(entity(x, "garpiya-3").type()).isEqualTo("Item");
        edge(x, "russia", "CONDUCTED", "okean-24");
    }

    @Test
    void findsPeopleBesideTitlesAndSplitsTheTitleOff() {
        Extraction x = extract("Admiral Igor Kasatonov met spokesman Guo Jiakun. Later, Li Wei, the leading Chinese "
                + "economist, disagreed.");
        assertThat(entity(x, "igor-kasatonov").type()).isEqualTo("Person");
        assertThat(entity(x, "guo-jiakun").type()).isEqualTo("Person");
        assertThat(entity(x, "li-wei").type()).isEqualTo("Person");
    }

    @Test
    void vesselsByTheirCueOrIdentifierWithTheImoNumber() {
        Extraction x = extract("The cable was cut by the Eastern Star 7, a Panama-flagged vessel that left port. "
                + "OFAC identified the Russia-flagged vessel NEPTUN (IMO 8404991).");
        assertThat(entity(x, "eastern-star-7").type()).isEqualTo("Vessel");
        edge(x, "eastern-star-7", "FLAGGED_IN", "panama");
        Entity neptun = entity(x, "neptun");
        assertThat(neptun.type()).isEqualTo("Vessel");
        assertThat(neptun.properties()).containsEntry("imo", "8404991");
        edge(x, "neptun", "FLAGGED_IN", "russia");
    }

    @Test
    void bracketedShortFormsAreAliasesAndSurnamesAreMatchedInTheDocumentOnly() {
        Extraction x = extract("Rafael Anatolyevich Gazaryan (Gazaryan) worked with Ashot Mkrtychev. Gazaryan is the "
                + "owner of Russia-based Rafort Limited Liability Company. Mkrtychev arranged the payments.");
        Entity gazaryan = entity(x, "rafael-anatolyevich-gazaryan");
        assertThat(gazaryan.aliases()).contains("Gazaryan");
        assertThat(entity(x, "ashot-mkrtychev").aliases()).doesNotContain("Mkrtychev");
        edge(x, "rafael-anatolyevich-gazaryan", "OWNS", "rafort-limited-liability-company");
        edge(x, "rafort-limited-liability-company", "BASED_IN", "russia");
        assertThat(x.mentions()).anyMatch(m -> m.entityId().equals("ashot-mkrtychev") && m.surface().equals("Mkrtychev"));
    }

    @Test
    void givesTheSameIdToTheSameNameInAnotherDocument() {
        String a = entity(extract("Chinese firms in Xinjiang sold drones."), "chinese-firms-in-xinjiang").id();
        String b = entity(extract("Officials named Chinese firms in Xinjiang again."), "chinese-firms-in-xinjiang").id();
        assertThat(a).isEqualTo(b);
    }

    @Test
    void aCatalogueNameIsNotSwallowedByTheWordsAroundIt() {
        Extraction x = extract("General Valery Gerasimov, Chief of the Russian General Staff, spoke. The US Treasury and "
                + "US Department of Commerce acted.");
        entity(x, "russian-general-staff");
        entity(x, "us-treasury");
        entity(x, "us-department-of-commerce");
        assertThat(x.entities()).noneMatch(e -> e.name().contains(" and ") || e.name().startsWith("Chief"));
    }

    @Test
    void headlinesGiveNoEntities() {
        Extraction x = extract("Treasury Targets Shadow Network Facilitators Across Three Continents\n\nOfficials cited "
                + "the Blue Horizon Doctrine.");
        assertThat(entity(x, "blue-horizon-doctrine").type()).isEqualTo("Initiative");
        assertThat(x.entities()).noneMatch(e -> e.name().contains("Shadow") || e.name().contains("Continents"));
        assertThat(triples(x)).isEmpty();
    }

    @Test
    void runsOfStatesAndLoneNamesWithoutContextAreNoEntities() {
        Extraction x = extract("Beijing disavowed any knowledge about Russia-North Korea defense cooperation during "
                + "the Sino-Russian talks. Vladivostok would thus be Haishenwai.");
        assertThat(x.entities()).extracting(Entity::id)
                .doesNotContain("russia-north-korea", "sino-russian", "haishenwai");
        Edge cooperation = edge(x, "north-korea", "COOPERATES_WITH", "russia");
        assertThat(cooperation.evidence().modality()).as("a denial of knowledge does not deny the cooperation")
                .isEqualTo(org.tiegraph.catalogue.Modality.ASSERTED);
    }

    @Test
    void aPossessiveInsideANameKeepsItWholeUnlessAKnownNameOwnsWhatFollows() {
        Extraction x = extract("Moscow recognised the Donetsk People's Republic. Russia's Ministry of Defense met them.");
        assertThat(entity(x, "donetsk-peoples-republic").type()).isEqualTo("Place");
        assertThat(x.entities()).extracting(Entity::id).contains("russian-ministry-of-defense")
                .doesNotContain("republic", "russias-ministry-of-defense");
    }
}
