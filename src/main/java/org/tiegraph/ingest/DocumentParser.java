package org.tiegraph.ingest;
// TEMPORARY placeholder so main compiles until the helper branch that owns this file is merged; replaced by it.
import java.util.*;
public class DocumentParser { public ParsedDocument parse(RawDocument d) { List<Sentence> s=new ArrayList<>(); var m=java.util.regex.Pattern.compile("[^.\\n][^.]*\\.").matcher(d.text()); int i=0; while(m.find()) { s.add(new Sentence(d.id()+":s"+i, d.id()+":sec0", i, m.start(), m.end(), m.group(), List.of(new Sentence.Segment(m.start(), m.end())), List.of())); i++; } return new ParsedDocument(d, List.of(new Section(d.id()+":sec0",0,"",0,d.text().length())), s, List.of()); } }
