package org.tiegraph.query;

import java.util.Map;

/** A footnote source cited by the sentence an evidence comes from: title, (repaired) url and footnote number. */
public record SourceRef(String id, String title, String url, Integer footnote) {

    static SourceRef of(Map<String, Object> m) {
        return new SourceRef(Values.string(m, "id"), Values.string(m, "title"), Values.string(m, "url"),
                Values.integer(m, "footnote"));
    }
}
