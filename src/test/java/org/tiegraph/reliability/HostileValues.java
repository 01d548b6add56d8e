package org.tiegraph.reliability;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A seeded generator of malformed and hostile request values: Cypher-injection attempts, odd unicode, control
 * characters, very long strings, out-of-range and non-numbers, unknown formats, broken JSON. Same seed, same values.
 */
final class HostileValues {

    static final List<String> INJECTIONS = List.of(
            "x}) DETACH DELETE n //", "china'}) DETACH DELETE n //", "china\"}) MATCH (n) DETACH DELETE n //",
            "`) MATCH (n) DETACH DELETE n //", "china` DETACH DELETE n //", "$param", "$id", "${id}", "{id}",
            "/* */ MATCH (n) DETACH DELETE n", "*/ MATCH (n) DELETE n /*", "// comment", "CALL dbms.shutdown()",
            "CALL dbms.components() YIELD name RETURN name", "CALL db.clearQueryCaches()",
            "' OR 1=1 //", "1 OR 1=1", "china' UNION MATCH (n) RETURN n //", "russia\\' DETACH DELETE n //",
            "CREATE (x:Pwned)", "MERGE (x:Pwned {id: 1})", "LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l",
            "china}]->(x) SET x.pwned = true //", "State`:Company", "State:`china`", "Company|State", "Pwned:china",
            "State:china>[BASED_IN|`DELETE`]>*", "]>*>[", ">>>", "*>*>*>*>*>*>*>*>*", "[", "[]", "State:>", ":",
            "State:china>[BASED_IN]>*>[PRODUCES|SUPPLIES]>Item:drones>State:russia>[x}) DETACH DELETE n //]>*",
            "apoc.cypher.runWrite('MATCH (n) DETACH DELETE n', {})", "${jndi:ldap://127.0.0.1/x}", "{{7*7}}",
            "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "../../../../etc/passwd",
            "..%2F..%2Fetc%2Fpasswd", "C:\\Windows\\win.ini", "\\\\server\\share", "china\r\nX-Injected: 1",
            "china\"; filename=\"evil.exe", "a\u0000b", "\u0000", "%00", "%", "%%", "+", " ", "\t", "null",
            "undefined", "true", "[object Object]", "{}", "[]", "\"\"", "''");

    static final List<String> UNICODE = List.of(
            "中国", "Россия", "إيران", "북한", "🚀🛸", "\u202Echina", "chi\u200Bna", "china\u0301", "Ｃｈｉｎａ", "ǅ",
            "\uFEFFchina", "\uFFFD", "\uD83D", "\uDC00x", "ß", "İ", "ﬀ", "\u0085", "\u2028", "a\u0007b", "\u001B[31m");

    static final List<String> NUMBERS = List.of(
            "-1", "0", "-0", "1", "2", "3", "4", "6", "7", "99", "100", "101", "999", "1000", "1001", "1000000",
            "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775808",
            "99999999999999999999999999999", "NaN", "-NaN", "Infinity", "-Infinity", "1e3", "1E400", "0x10", "010",
            "1.5", "+5", " 7 ", "7 ", "٣", "१०", "1_000", "1,000", "0b11", "--1", "five", "");

    static final List<String> FORMATS = List.of(
            "json", "node-link", "cytoscape", "graphml", "csv", "JSON", "GraphML", "xml", "yaml", "pdf", "csv;drop",
            "json,csv", "*", "*/*", "text/csv", "../json", "cytoscape ", "\u0000");

    static final List<String> ACCEPTS = List.of(
            "*/*", "application/json", "application/xml", "text/html", "text/csv", "text/csv;q=0",
            "application/graphml+xml", "application/vnd.tiegraph.node-link+json", "application/vnd.tiegraph.cytoscape+json",
            "image/png", "application/json;q=abc", ";;;,,,", "text/*, application/*;q=0.1", "x/y; charset=\"");

    private final SplittableRandom random;

    HostileValues(long seed) {
        this.random = new SplittableRandom(seed);
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }

    /** Any hostile string, weighted toward injections. */
    String string() {
        return switch (random.nextInt(10)) {
            case 0, 1, 2, 3 -> pick(INJECTIONS);
            case 4, 5 -> pick(UNICODE);
            case 6 -> pick(NUMBERS);
            case 7 -> randomText(1 + random.nextInt(40));
            case 8 -> pick(INJECTIONS) + pick(UNICODE) + pick(INJECTIONS);
            default -> longValue();
        };
    }

    /** A long value: usually a few KB, sometimes up to 2 MB (servers may refuse those as 414/431). */
    String longValue() {
        int length = random.nextInt(20) == 0 ? 100_000 + random.nextInt(2_000_000) : 1_000 + random.nextInt(20_000);
        String unit = pick(List.of("a", "china,", "中", "x}) DETACH DELETE n //", "%", "*>"));
        return unit.repeat(Math.max(1, length / unit.length()));
    }

    /** Random code points from all planes, controls included. */
    String randomText(int length) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < length; i++) {
            int cp = switch (random.nextInt(4)) {
                case 0 -> random.nextInt(0x20);
                case 1 -> 0x20 + random.nextInt(0x5F);
                case 2 -> 0xA0 + random.nextInt(0xD7FF - 0xA0);
                default -> 0xE000 + random.nextInt(0x10FFFF - 0xE000);
            };
            sb.appendCodePoint(cp);
        }
        return sb.toString();
    }

    /** A request body for a JSON endpoint: broken, wrongly typed, deeply nested, huge, or hostile but well-formed. */
    byte[] jsonBody() {
        String body = switch (random.nextInt(14)) {
            case 0 -> "";
            case 1 -> "{";
            case 2 -> "null";
            case 3 -> "[]";
            case 4 -> "{\"pattern\": " + quote(string()) + "}";
            case 5 -> "{\"steps\": [{\"type\": " + quote(string()) + ", \"id\": " + quote(string()) + "}], \"limit\": "
                    + pick(NUMBERS).replaceAll("[^0-9eE.+-]", "") + "1}";
            case 6 -> "{\"steps\": \"State\"}";
            case 7 -> "[".repeat(5_000) + "]".repeat(5_000);
            case 8 -> "{\"pattern\": \"State:china>*>State:russia\", \"limit\": 1e400}";
            case 9 -> "{\"pattern\": \"State:china>*\", \"edgeTypes\": [" + quote(string()) + "], \"modality\": ["
                    + quote(string()) + "], \"since\": \"" + pick(NUMBERS) + "\"}";
            case 10 -> "{\"unknown\": 1}";
            case 11 -> "{\"steps\": [null, {\"type\": null}, 3], \"hops\": [null, {\"edgeTypes\": [1, null]}]}";
            case 12 -> "{\"pattern\": \"" + "State>".repeat(2_000) + "State\"}";
            default -> randomText(1 + random.nextInt(200));
        };
        return body.getBytes(StandardCharsets.UTF_8);
    }

    /** A JSON string literal, escaped. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        s.codePoints().forEach(cp -> {
            if (cp == '"' || cp == '\\') {
                sb.append('\\').appendCodePoint(cp);
            } else if (cp < 0x20) {
                sb.append(String.format("\\u%04x", cp));
            } else {
                sb.appendCodePoint(cp);
            }
        });
        return sb.append('"').toString();
    }
}
