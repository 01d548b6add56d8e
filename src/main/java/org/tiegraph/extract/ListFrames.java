package org.tiegraph.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tiegraph.extract.nlp.ParsedSentence;
import org.tiegraph.extract.nlp.Token;
import org.tiegraph.ingest.Sentence;

/**
 * Lists introduced by a sentence that ends with a colon ("The following vessels have also been identified by OFAC as
 * property in which Gudzon has an interest:") and continued by bullet items, one per line or several on one line
 * ("- Russia-flagged vessel NEPTUN (IMO 8404991) - Russia-flagged vessel BELLA …"). Each item stands in for the
 * frame's plural noun, so the frame's relations are read once per item.
 */
final class ListFrames {

    /** One item: the document offsets of its text. */
    record Item(int start, int end) {
    }

    private static final Pattern BULLET = Pattern.compile("^\\s*(?:[-•*–▪·]|\\(?\\d{1,3}[.)]|\\(?[a-z][.)])\\s+");
    private static final Pattern INLINE_BULLET = Pattern.compile("\\s[-•–]\\s(?=\\S)");
    private static final int MAX_ITEMS = 200;

    private ListFrames() {
    }

    /** True when the sentence introduces a list. */
    static boolean isFrame(Sentence s) {
        return s.text().strip().endsWith(":");
    }

    /** The items of the list sentence {@code frame} introduces, in the bullet sentences right after it. */
    static List<Item> items(List<Sentence> sentences, int frame, String docText) {
        List<Item> out = new ArrayList<>();
        for (int i = frame + 1; i < sentences.size() && out.size() < MAX_ITEMS; i++) {
            Sentence s = sentences.get(i);
            if (s.segments().size() != 1) {
                break;
            }
            int lineStart = docText.lastIndexOf('\n', s.start() - 1) + 1;
            String text = docText.substring(lineStart, s.end());
            Matcher bullet = BULLET.matcher(text);
            if (!bullet.find()) {
                break;
            }
            int from = Math.max(bullet.end(), s.start() - lineStart);
            int base = lineStart;
            Matcher inline = INLINE_BULLET.matcher(text);
            while (inline.find(from)) {
                out.add(new Item(base + from, base + inline.start()));
                from = inline.end();
            }
            out.add(new Item(base + from, s.end()));
        }
        return out;
    }

    /**
     * The noun the items stand for: the one "following" qualifies, else the last plural noun before the colon; -1
     * when there is none.
     */
    static int listNoun(ParsedSentence frame) {
        List<Token> t = frame.tokens();
        int last = -1;
        for (Token x : t) {
            if (x.isNoun() && !x.isProperNoun() && x.tag().endsWith("S")) {
                if (x.index() > 0 && t.get(x.index() - 1).text().toLowerCase(Locale.ROOT).equals("following")) {
                    return x.index();
                }
                last = x.index();
            }
        }
        return last;
    }
}
