package org.tiegraph.extract;

import java.util.List;
import java.util.Map;

/**
 * A name found in a sentence that the catalogue may lack: tokens {@code first..last} (inclusive), the name as written,
 * its type, the short forms the text defines for it ("(OFAC)") and properties read beside it (an IMO number).
 */
record Candidate(int first, int last, String name, String type, List<String> aliases, Map<String, Object> properties) {

    int length() {
        return last - first + 1;
    }
}
