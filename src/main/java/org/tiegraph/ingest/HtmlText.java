package org.tiegraph.ingest;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * Renders an HTML page as readable plain text: each block element on its own paragraph (separated by a blank line),
 * headings as markdown-style {@code #} lines, list items as {@code - } or {@code 3. } lines (so numbered notes keep
 * their numbers), scripts, styles and navigation dropped.
 */
final class HtmlText {

    private static final Set<String> DROPPED = Set.of("script", "style", "noscript", "template", "svg", "canvas",
            "iframe", "object", "embed", "button", "form", "nav", "head", "select", "input");
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "footer",
            "aside", "blockquote", "pre", "ul", "ol", "dl", "dt", "dd", "table", "thead", "tbody", "tfoot", "tr",
            "figure", "figcaption", "address", "details", "summary", "hr", "body", "li",
            "h1", "h2", "h3", "h4", "h5", "h6", "caption", "fieldset", "legend");

    private HtmlText() {
    }

    /** The readable text of the page's body. */
    static String render(Document page) {
        page.select(String.join(",", DROPPED)).remove();
        Renderer renderer = new Renderer();
        NodeTraversor.traverse(renderer, page.body() != null ? page.body() : page);
        renderer.endBlock();
        return renderer.out.toString().strip() + "\n";
    }

    /**
     * What the page says about itself in its head: {@code <meta>} author, date, description, keywords and their Open
     * Graph or Dublin Core forms, under the sidecar's field names (author, date, description, source, title).
     */
    static java.util.Map<String, String> metadata(Document page) {
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        String title = page.title().strip();
        if (!title.isEmpty()) {
            out.put("title", title);
        }
        for (Element meta : page.select("meta[content]")) {
            String key = (meta.hasAttr("name") ? meta.attr("name") : meta.attr("property")).toLowerCase(java.util.Locale.ROOT);
            String field = switch (key) {
                case "author", "dc.creator", "article:author" -> "author";
                case "date", "dc.date", "article:published_time", "citation_publication_date" -> "date";
                case "description", "og:description", "dc.description" -> "description";
                case "og:title", "dc.title", "citation_title" -> "title";
                case "og:url" -> "source";
                case "og:site_name", "citation_journal_title" -> "venue";
                default -> null;
            };
            String value = meta.attr("content").strip();
            if (field != null && !value.isEmpty()) {
                out.putIfAbsent(field, value);
            }
        }
        return out;
    }

    /** The page title: the {@code <title>}, else the first {@code <h1>}, else empty. */
    static String title(Document page) {
        String title = page.title().strip();
        if (!title.isEmpty()) {
            return title;
        }
        Element h1 = page.selectFirst("h1");
        return h1 == null ? "" : h1.text().strip();
    }

    private static final class Renderer implements NodeVisitor {
        private final StringBuilder out = new StringBuilder();
        private final StringBuilder block = new StringBuilder();
        private int preDepth;

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                appendText(preDepth > 0 ? text.getWholeText() : text.text());
            } else if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("br")) {
                    trimTrailingSpace();
                    block.append('\n');
                } else if (BLOCKS.contains(name)) {
                    endBlock();
                    if (name.length() == 2 && name.charAt(0) == 'h' && Character.isDigit(name.charAt(1))) {
                        block.append("#".repeat(name.charAt(1) - '0')).append(' ');
                    } else if (name.equals("li")) {
                        Element list = element.parent();
                        if (list != null && list.normalName().equals("ol")) {
                            int number = list.hasAttr("start") && list.attr("start").matches("\\d{1,4}")
                                    ? Integer.parseInt(list.attr("start")) : 1;
                            number += list.children().stream().filter(c -> c.normalName().equals("li"))
                                    .toList().indexOf(element);
                            block.append(number).append(". ");
                        } else {
                            block.append("- ");
                        }
                    }
                } else if (name.equals("td") || name.equals("th")) {
                    if (!block.isEmpty() && !Character.isWhitespace(block.charAt(block.length() - 1))) {
                        block.append(' ');
                    }
                }
                if (name.equals("pre")) {
                    preDepth++;
                }
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element) {
                String name = element.normalName();
                if (name.equals("pre")) {
                    preDepth--;
                }
                if (BLOCKS.contains(name)) {
                    endBlock();
                }
            }
        }

        private void appendText(String text) {
            if (preDepth > 0) {
                block.append(text);
                return;
            }
            String collapsed = text.replaceAll("[\\s\\u00A0]+", " ");
            if (block.isEmpty() || Character.isWhitespace(block.charAt(block.length() - 1))) {
                collapsed = collapsed.stripLeading();
            }
            block.append(collapsed);
        }

        private void trimTrailingSpace() {
            while (!block.isEmpty() && block.charAt(block.length() - 1) == ' ') {
                block.setLength(block.length() - 1);
            }
        }

        void endBlock() {
            String text = block.toString().strip();
            block.setLength(0);
            if (text.isEmpty() || text.matches("#{1,6}|-")) {
                return;
            }
            text = text.replaceAll(" *\\n *", "\n");
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(text);
        }
    }
}
