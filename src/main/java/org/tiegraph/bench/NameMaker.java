package org.tiegraph.bench;

import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Invented, pronounceable names for synthetic entities, shaped by entity type (a company has a suffix such as
 * "Holdings", an item a model number and a kind). Words are built from syllables, so names are realistic for a
 * full-text index: several tokens, shared suffixes, occasional collisions, no real-world names.
 */
final class NameMaker {

    private static final String[] ONSETS = {"b", "d", "g", "k", "l", "m", "n", "p", "r", "s", "t", "v", "z", "br", "dr",
            "kr", "st", "tr", "sh", "ch"};
    private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ai", "ou", "ia"};
    private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "k", "m"};

    private static final List<String> COMPANY_SUFFIXES = List.of("Industries", "Holdings", "Group", "Trading",
            "Logistics", "Technologies", "Shipping", "Corporation", "Electronics", "Machinery", "Energy", "Aerospace");
    private static final List<String> ITEM_KINDS = List.of("drone", "missile", "radar", "engine", "microchip", "rifle",
            "artillery shell", "turbine", "satellite", "sensor", "tank", "machine tool", "ball bearing", "crude oil");
    private static final List<String> PLACE_KINDS = List.of("Province", "Port", "Strait", "Oblast", "District", "Bay",
            "Island", "Region", "City");
    private static final List<String> BODY_KINDS = List.of("Ministry of Defence", "Customs Service", "Export Agency",
            "State Council", "Security Service", "Trade Office");
    private static final List<String> FORCE_KINDS = List.of("Navy", "Air Force", "Coast Guard", "Army", "Rocket Force");
    private static final List<String> INFRA_KINDS = List.of("Pipeline", "Railway", "Naval Base", "Terminal", "Corridor");
    private static final List<String> TREATY_KINDS = List.of("Agreement", "Roadmap", "Treaty", "Memorandum");
    private static final List<String> EVENT_KINDS = List.of("Summit", "Crisis", "Conference", "Incident", "Forum");
    private static final List<String> INITIATIVE_KINDS = List.of("Initiative", "Programme", "Partnership Plan");

    private NameMaker() {
    }

    /** A capitalised invented word of two or three syllables. */
    static String word(SplittableRandom rng) {
        int syllables = 2 + rng.nextInt(2);
        StringBuilder w = new StringBuilder();
        for (int i = 0; i < syllables; i++) {
            w.append(pick(ONSETS, rng)).append(pick(VOWELS, rng));
        }
        w.append(pick(CODAS, rng));
        return Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }

    /** A name for an entity of the given catalogue type. */
    static String name(String type, SplittableRandom rng) {
        return switch (type) {
            case "State" -> word(rng) + (rng.nextBoolean() ? "ia" : "stan");
            case "Company" -> word(rng) + " " + word(rng) + " " + pick(COMPANY_SUFFIXES, rng);
            case "Item" -> word(rng) + "-" + (1 + rng.nextInt(99)) + " " + pick(ITEM_KINDS, rng);
            case "Place" -> word(rng) + " " + pick(PLACE_KINDS, rng);
            case "Person" -> word(rng) + " " + word(rng);
            case "GovernmentBody" -> word(rng) + " " + pick(BODY_KINDS, rng);
            case "MilitaryForce" -> word(rng) + " " + pick(FORCE_KINDS, rng);
            case "InternationalOrganization" -> word(rng) + " " + word(rng) + " Organisation";
            case "Vessel" -> (rng.nextBoolean() ? "MV " : "") + word(rng) + " " + word(rng);
            case "Infrastructure" -> word(rng) + " " + pick(INFRA_KINDS, rng);
            case "Treaty" -> word(rng) + " " + pick(TREATY_KINDS, rng);
            case "Sanction" -> word(rng) + " Sanctions Programme " + (1 + rng.nextInt(30));
            case "Exercise" -> word(rng) + " " + word(rng) + " " + (2000 + rng.nextInt(26));
            case "Event" -> word(rng) + " " + pick(EVENT_KINDS, rng);
            case "Initiative" -> word(rng) + " " + pick(INITIATIVE_KINDS, rng);
            default -> word(rng) + " " + word(rng);
        };
    }

    /** An alias: the initials of a multi-word name, or the name with its last word dropped; null when neither fits. */
    static String alias(String name, SplittableRandom rng) {
        String[] words = name.split(" ");
        if (words.length < 2) {
            return null;
        }
        if (rng.nextBoolean()) {
            StringBuilder initials = new StringBuilder();
            for (String w : words) {
                if (Character.isLetter(w.charAt(0))) {
                    initials.append(Character.toUpperCase(w.charAt(0)));
                }
            }
            return initials.length() >= 2 ? initials.toString() : null;
        }
        return String.join(" ", java.util.Arrays.copyOf(words, words.length - 1));
    }

    /** The lowercase slug of a name: letters and digits, runs of anything else as one hyphen. */
    static String slug(String name) {
        String s = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("(^-+|-+$)", "");
    }

    private static String pick(String[] options, SplittableRandom rng) {
        return options[rng.nextInt(options.length)];
    }

    private static String pick(List<String> options, SplittableRandom rng) {
        return options.get(rng.nextInt(options.size()));
    }
}
