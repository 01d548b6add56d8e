package org.tiegraph.ingest;
// TEMPORARY placeholder so main compiles until the helper branch that owns this file is merged; replaced by it.
import java.nio.file.*; import java.util.*;
public class DocumentFinder { public List<Path> find(List<Path> p) { try { List<Path> out=new ArrayList<>(); for (Path x: p) { if (Files.isDirectory(x)) try (var s=Files.walk(x)) { s.filter(f->f.toString().endsWith(".txt")).sorted().forEach(out::add);} else out.add(x);} return out;} catch(Exception e){throw new RuntimeException(e);} } }
