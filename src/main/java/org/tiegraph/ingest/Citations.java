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
    private static final Pattern YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern QUOTED_TITLE = Pattern.compile("[“\"]\\s*(.+?)\\s*(?:[”\"]|$)", Pattern.DOTALL);
    private static final String URL_CHARS = "-._~:/?#[]@!$&'()*+,;=%";
    private static final String URL_BREAK_ENDS = "-/_=&%?#";
    private static final Pattern FILE_SUFFIX = Pattern.compile("(?i)(?:html?|pdf|php|aspx?|jsp|cfm|shtml)\\b.*");
    private static final Pattern SMALL_WORDS = Pattern.compile(
            "(?i)a|an|the|of|and|or|in|on|at|to|for|from|by|with|as|vs|is|are|its|their|how|why|what|new|not|s");

    private Citations() {
    }

    /** The sources cited in a footnote's text, in order, without duplicates. */
    static List<Source> sources(String footnoteText) {
        List<Source> sources = new ArrayList<>();
        for (String part : splitCitations(footnoteText)) {
            String url = firstUrl(part);
            String title = title(part, url);
            if (url == null && title.isEmpty()) {
                continue;
            }
            Source source = new Source(sourceId(url, title), title, url);
            if (sources.stream().noneMatch(s -> s.id().equals(source.id()))) {
                sources.add(source);
            }
        }
        return sources;
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

    /** The first URL in the text, repaired; null when there is none. */
    static String firstUrl(String text) {
        Matcher start = URL_START.matcher(text);
        return start.find() ? repairUrl(text, start.start()) : null;
    }

    /** Reads the URL starting at {@code from}, following it across line breaks and OCR spaces. */
    static String repairUrl(String text, int from) {
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
        return repaired;
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
                || trimmed.matches(".*\\d.*\\.\\d.*");
        if (URL_BREAK_ENDS.indexOf(last) >= 0) {
            // a break after a hyphen or slash: the URL goes on if the next piece is not an ordinary capitalised word
            return Character.isUpperCase(trimmed.charAt(0)) && !urlish && !gap.contains("\n") ? null : "";
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

    /** The cited work's title: a quoted “title”, else the capitalised phrase before the date or URL. */
    static String title(String citation, String url) {
        String text = citation.replaceAll("\\s+", " ").strip();
        Matcher quoted = QUOTED_TITLE.matcher(text);
        if (quoted.find()) {
            String title = quoted.group(1).replaceAll("[,.]+$", "").strip();
            if (title.length() >= 4 && !URL_START.matcher(title).lookingAt()) {
                return title;
            }
        }
        int cut = text.length();
        Matcher urlStart = URL_START.matcher(text);
        if (urlStart.find()) {
            cut = urlStart.start();
        }
        Matcher date = MONTH_DATE.matcher(text);
        if (date.find() && date.start() < cut) {
            cut = date.start();
        } else {
            Matcher year = YEAR.matcher(text);
            if (year.find() && year.start() < cut) {
                cut = year.start();
            }
        }
        String head = text.substring(0, cut).replaceAll("\\([^)]*\\)?", " ");
        head = head.replaceFirst("^(?:(?:For|On)\\b[^,]*,\\s*)?(?:(?:see|See|Cited in|Quoted in|Also see)\\b,?\\s*)", "");
        String best = "";
        for (String piece : head.split(",")) {
            String candidate = piece.strip().replaceAll("[.:;]+$", "");
            if (looksLikeTitle(candidate)) {
                best = candidate;
            }
        }
        return best;
    }

    /** Three or more words, mostly capitalised, with a small word or a colon: a work's title, not a person. */
    private static boolean looksLikeTitle(String candidate) {
        String[] words = candidate.split("\\s+");
        if (words.length < 3 || candidate.startsWith("and ") || candidate.startsWith("with ")) {
            return false;
        }
        int capitalised = 0;
        int small = 0;
        for (String word : words) {
            if (SMALL_WORDS.matcher(word).matches()) {
                small++;
            } else if (!word.isEmpty() && (Character.isUpperCase(word.charAt(0)) || Character.isDigit(word.charAt(0)))) {
                capitalised++;
            }
        }
        boolean mostlyCapitalised = capitalised * 2 >= words.length - small && capitalised >= 2;
        return mostlyCapitalised && (small > 0 || candidate.contains(":") || words.length >= 5);
    }
}
