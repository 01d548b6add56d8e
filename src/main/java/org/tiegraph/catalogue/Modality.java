package org.tiegraph.catalogue;

/**
 * How certain the text is about a fact: stated as fact, attributed to a source that claims it, only possible ("may",
 * "likely"), planned or proposed, or denied and negated.
 */
public enum Modality {
    ASSERTED, REPORTED, POSSIBLE, PLANNED, DENIED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
