package org.tiegraph.query;

import java.util.List;

/** A footnote source: title, url, how many sentences cite it and in which documents. */
public record SourceEntry(String id, String title, String url, long citations, List<String> documents) {
}
