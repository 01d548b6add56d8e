package org.tiegraph.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the works a footnote cites: splits it on semicolons, repairs the URLs OCR broke across lines, hyphenated or
 * spaced ({@code beijings-\nukrainian-battle-lab/}, {@code 2649 665393}), and takes a title from a quoted
 * “…” title or the capitalised title before the date.
 */
final class Citations {

    private static final Pattern URL_START = Pattern.compile("(?i)\\b(?:https?://|www\\.)");
    private static final Pattern MONTH_DATE = Pattern.compile(
            "\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\\.?\\s+(?:\\d{1,2},?\\s+)?(?:19|20)\\d{2}\\b");
    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"]\\s*(.+?)\\s*(?:([”\"])|$)", Pattern.DOTALL);
    /** What follows a cited work's quoted title: a date or a URL. */
    private static final Pattern CITED_AFTER = Pattern.compile("[,.]?\\s*(?:" + MONTH_DATE.pattern()
            + "|https?://|www\\.)");
    private static final Pattern DATE_OR_NO_DATE = Pattern.compile(MONTH_DATE.pattern() + "|\\b(?:19|20)\\d{2}\\b|\\bn\\.d\\.?");
    private static final String URL_CHARS = "-._~:/?#[]@!$&'()*+,;=%{}";
    private static final String URL_BREAK_ENDS = "-/_=&%?#";
    private static final Pattern FILE_SUFFIX = Pattern.compile("(?i)(?:html?|pdf|php|aspx?|jsp|cfm|shtml)\\b.*");
    private static final Pattern SMALL_WORDS = Pattern.compile(
            "(?i)a|an|the|of|and|or|in|on|at|to|for|from|by|with|as|vs|is|are|its|their|how|why|what|new|not|s");

    private Citations() {
    }

    /** A URL found in a text: where it starts and ends there, and its repaired form. */
    record UrlMatch(int start, int end, String url) {
    }

    /**
     * The sources cited in a footnote's text, in order, without duplicates: one per URL (titled by the text before it)
     * and one per cited work named without a URL.
     */
    static List<Source> sources(String footnoteText) {
        List<Source> sources = new ArrayList<>();
        for (String part : splitCitations(footnoteText)) {
            int contextStart = 0;
            for (UrlMatch url : urls(part)) {
                add(sources, title(part.substring(contextStart, url.start())), url.url());
                contextStart = url.end();
            }
            String rest = part.substring(contextStart);
            if (contextStart == 0 || rest.strip().length() > 12) {
                String title = title(rest);
                if (!title.isEmpty()) {
                    add(sources, title, null);
                }
            }
        }
        return sources;
    }

    private static void add(List<Source> sources, String title, String url) {
        Source source = new Source(sourceId(url, title), title, url);
        if (sources.stream().noneMatch(s -> s.id().equals(source.id()))) {
            sources.add(source);
        }
    }

    /** A stable id: a hash of the normalised URL, or of the title when there is no URL. */
    static String sourceId(String url, String title) {
        String key = url != null
                ? url.toLowerCase(Locale.ROOT).replaceFirst("^https?://(www\\.)?", "").replaceAll("[/.]+$", "")
                : "title:" + title.toLowerCase(Locale.ROOT).replaceAll("\\W+", " ").strip();
        return "src-" + DocumentReader.sha256(key).substring(0, 16);
    }

    /** Splits on semicolons that separate citations (not those inside URLs or parentheses). */
    static List<String> splitCitations(String text) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '(') {
                depth++;
            } else if (c == ')' && depth > 0) {
                depth--;
            } else if (c == ';' && depth == 0 && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
                parts.add(text.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(text.substring(start));
        return parts.stream().map(String::strip).filter(p -> !p.isEmpty()).toList();
    }

    /** Every URL in the text, repaired. */
    static List<UrlMatch> urls(String text) {
        List<UrlMatch> urls = new ArrayList<>();
        Matcher start = URL_START.matcher(text);
        int from = 0;
        while (from < text.length() && start.find(from)) {
            UrlMatch url = repairUrl(text, start.start());
            urls.add(url);
            from = Math.max(url.end(), start.start() + 1);
        }
        return urls;
    }

    /** Reads the URL starting at {@code from}, following it across line breaks and OCR spaces. */
    static UrlMatch repairUrl(String text, int from) {
        StringBuilder url = new StringBuilder();
        int i = from;
        int n = text.length();
        while (true) {
            while (i < n && isUrlChar(text.charAt(i))) {
                url.append(normalizeUrlChar(text.charAt(i)));
                i++;
            }
            if (i >= n || !Character.isWhitespace(text.charAt(i))) {
                break;
            }
            int next = i;
            while (next < n && Character.isWhitespace(text.charAt(next))) {
                next++;
            }
            int tokenEnd = next;
            while (tokenEnd < n && isUrlChar(text.charAt(tokenEnd))) {
                tokenEnd++;
            }
            String gap = text.substring(i, next);
            String token = text.substring(next, tokenEnd);
            String joiner = joiner(url, gap, token);
            if (joiner == null) {
                break;
            }
            url.append(joiner);
            i = next;
        }
        String repaired = url.toString().replaceAll("[.,;:)\\]”’\"]+$", "");
        if (repaired.startsWith("www.")) {
            repaired = "https://" + repaired;
        }
        return new UrlMatch(from, i, repaired);
    }

    /** What replaces the whitespace between two URL pieces ("" or "_"), or null when the URL ended before it. */
    private static String joiner(CharSequence url, String gap, String token) {
        if (token.isEmpty() || url.isEmpty() || URL_START.matcher(token).lookingAt()) {
            return null;
        }
        char last = url.charAt(url.length() - 1);
        String trimmed = token.replaceAll("[.,;:)\\]”’\"]+$", "");
        if (trimmed.isEmpty()) {
            return null;
        }
        boolean urlish = trimmed.chars().anyMatch(c -> "/_=&%?#".indexOf(c) >= 0)
                || trimmed.matches(".*[a-z0-9]-[a-z0-9].*") && !trimmed.matches("\\p{Lu}.*")
                || trimmed.matches(".*\\d.*\\.\\d.*") || trimmed.matches("(?i).*\\.(?:html?|pdf|php|aspx?)");
        if (last == '-') {
            // a break after a hyphen: the URL goes on unless an ordinary capitalised word follows
            return trimmed.matches("\\p{Lu}\\p{Ll}*") ? null : "";
        }
        if (URL_BREAK_ENDS.indexOf(last) >= 0) {
            // after a slash or a query character: URL-like pieces, or a lowercase piece on the next line, go on
            boolean nextLineLowercase = gap.contains("\n") && !Character.isUpperCase(trimmed.charAt(0));
            return urlish || nextLineLowercase ? "" : null;
        }
        if (last == '.') {
            // "ukraine. html?auth": a file extension split off by OCR
            return FILE_SUFFIX.matcher(trimmed).matches() ? "" : null;
        }
        if (!Character.isLetterOrDigit(last)) {
            return null;
        }
        if (gap.contains("\n")) {
            // a line break inside a word of the URL: "Competition.p\ndf."
            String tail = url.toString().replaceAll(".*[/.]", "");
            return urlish || (tail.length() <= 3 && trimmed.matches("[a-z]{1,4}") && url.toString().matches(".*\\.[a-z]{1,3}"))
                    ? "" : null;
        }
        if (!urlish) {
            return null;
        }
        // an OCR space inside a path segment: "3 1/north" was "31", "2649 665393" was "2649_665393"
        String leftPart = url.toString().replaceAll(".*[/._\\-=%]", "");
        String rightPart = trimmed.replaceAll("[/._\\-=%?#].*", "");
        return leftPart.length() <= 1 || rightPart.length() <= 1 ? "" : "_";
    }

    private static boolean isUrlChar(char c) {
        return c < 128 && (Character.isLetterOrDigit(c) || URL_CHARS.indexOf(c) >= 0) || c == '¢';
    }

    private static char normalizeUrlChar(char c) {
        return c == '¢' ? 'c' : c;
    }

    /** The cited work's title: a quoted “title”, else the capitalised phrase before the date; "" when none. */
    static String title(String citation) {
        String text = citation.replaceAll("-\\s*\\n\\s*", "-").replaceAll("\\s+", " ").strip();
        int orphanClose = text.indexOf('”');
        Matcher quoted = QUOTED_TITLE.matcher(text);
        String quotedTitle = null;
        while (quoted.find()) {
            if (orphanClose >= 0 && quoted.start() > orphanClose && quotedTitle == null) {
                break;
            }
            String title = quoted.group(1);
            if (quoted.group(2) == null) {
                // no closing quote: the title runs to the date or the end
                title = title.replaceFirst(",\\s*" + MONTH_DATE.pattern() + ".*$", "");
            }
            title = title.replaceAll("[,.;:\\s]+$", "").strip();
            boolean citedWork = CITED_AFTER.matcher(text).region(quoted.end(), text.length()).lookingAt();
            if (title.split("\\s+").length >= 2 || citedWork && !title.isEmpty()) {
                quotedTitle = title;
            }
        }
        if (quotedTitle != null) {
            return quotedTitle;
        }
        int cut = text.length();
        if (orphanClose >= 0) {
            cut = orphanClose;
        }
        Matcher date = DATE_OR_NO_DATE.matcher(text);
        if (date.find() && date.start() < cut) {
            cut = date.start();
        }
        String head = text.substring(0, cut).replaceAll("\\([^)]*\\)?", " ");
        head = head.replaceFirst("^(?:(?:For|On)\\b[^,]*,\\s*)?(?:(?:[Ss]ee|Cited in|Quoted in|Also see)\\b,?\\s*)", "");
        head = head.replaceFirst("^.*\\b(?:[Ss]ee|Cited in|Quoted in)\\b,?\\s*", "");
        String best = "";
        int bestScore = 0;
        for (String piece : head.split(",")) {
            String candidate = piece.strip().replaceAll("[.:;”“\"]+$", "").replaceAll("^[“\"]", "").strip();
            int score = titleScore(candidate);
            if (score > bestScore) {
                best = candidate;
                bestScore = score;
            }
        }
        return best;
    }

    /**
     * How much a phrase looks like a work's title (0 = not at all): three or more words or a colon, nearly all
     * capitalised, no initials (which mark a person); small words and colons make it likelier.
     */
    private static int titleScore(String candidate) {
        String[] words = candidate.split("\\s+");
        if ((words.length < 3 && !candidate.contains(":")) || words.length > 30
                || candidate.matches("(?:and|with|by|in|at)\\b.*") || candidate.matches("(?:.*\\s)?\\p{Lu}\\.(?:\\s.*|$)")) {
            return 0;
        }
        int significant = 0;
        int capitalised = 0;
        for (String word : words) {
            if (SMALL_WORDS.matcher(word).matches()) {
                continue;
            }
            significant++;
            if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                capitalised++;
            }
        }
        if (significant < 2 || capitalised * 4 < significant * 3) {
            return 0;
        }
        return words.length + (significant < words.length ? 3 : 0) + (candidate.contains(":") ? 3 : 0);
    }
}
