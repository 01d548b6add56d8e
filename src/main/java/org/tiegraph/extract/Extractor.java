package org.tiegraph.extract;
// TEMPORARY placeholder so main compiles until the helper branch that owns this file is merged; replaced by it.
import java.util.*; import org.tiegraph.ingest.*;
public class Extractor { private final Catalogue c; public Extractor(Catalogue c){this.c=c;}
 public Extraction extract(ParsedDocument p) { List<Entity> es=new ArrayList<>(); List<Mention> ms=new ArrayList<>(); List<Edge> ed=new ArrayList<>();
  for (var k: c.entities()) es.add(new Entity(k.id(),k.type(),k.name(),new LinkedHashSet<>(k.aliases()),k.properties(),false));
  for (var s: p.sentences()) { if (s.text().contains("China") && s.text().contains("Russia")) { ms.add(new Mention("china", s.id(), s.start(), s.start()+1, "x")); ed.add(new Edge("china","COOPERATES_WITH","russia", new Evidence(p.document().id(), s.id(), s.start(), s.end(), s.text(), null, Modality.ASSERTED, null, "placeholder", 0.5, null))); } }
  return new Extraction(p, es, ms, ed, List.of(), List.of()); } }
