package org.tiegraph.ingest;
// TEMPORARY placeholder so main compiles until the helper branch that owns this file is merged; replaced by it.
import java.nio.file.*; import java.util.*;
public class DocumentReader { public RawDocument read(Path p) { try { String t=Files.readString(p); String id=p.getFileName().toString().replaceAll("\\.[a-z]+$",""); return new RawDocument(id,p.toString(),"txt",id,Map.of(),t,Integer.toHexString(t.hashCode())); } catch(Exception e){throw new RuntimeException(e);} } }
