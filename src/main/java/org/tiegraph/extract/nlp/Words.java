package org.tiegraph.extract.nlp;

import java.util.List;

/** A sentence's text and its tokens, whether only tagged or also parsed. */
public interface Words {

    String text();

    List<Token> tokens();
}
