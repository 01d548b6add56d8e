package org.tiegraph.app;

/** Entry point placeholder while dependencies resolve. */
public final class Main {
    public static void main(String[] args) {
    }
}
