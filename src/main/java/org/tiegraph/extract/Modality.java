package org.tiegraph.extract;

/** How certain the text is about a fact, strongest first. */
public enum Modality {
    ASSERTED, REPORTED, PLANNED, DENIED;

    public String wire() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
