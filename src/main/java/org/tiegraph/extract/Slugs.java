package org.tiegraph.extract;

import java.text.Normalizer;

/** Stable lowercase ids from names: the same name gives the same id in every document. */
final class Slugs {

    private Slugs() {
    }

    static String of(String name) {
        String folded = NormalizedText.fold(name);
        String ascii = Normalizer.normalize(folded, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.replace("'", "").replace("\"", "").replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.isEmpty() ? "x" : slug.length() > 120 ? slug.substring(0, 120).replaceAll("-+$", "") : slug;
    }
}
