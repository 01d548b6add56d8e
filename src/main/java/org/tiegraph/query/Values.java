package org.tiegraph.query;

import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reading typed fields out of the maps the driver returns for map projections. */
final class Values {

    private Values() {
    }

    static String string(Map<String, Object> m, String key) {
        Object v = m.get(key);
        return v == null ? null : v.toString();
    }

    static Integer integer(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.intValue() : null;
    }

    static Double decimal(Map<String, Object> m, String key) {
        return m.get(key) instanceof Number n ? n.doubleValue() : null;
    }

    static List<String> strings(Map<String, Object> m, String key) {
        List<String> out = new ArrayList<>();
        if (m.get(key) instanceof List<?> list) {
            list.forEach(v -> out.add(String.valueOf(v)));
        } else if (m.get(key) != null) {
            out.add(m.get(key).toString());
        }
        return out;
    }

    static List<Object> objects(Map<String, Object> m, String key) {
        return m.get(key) instanceof List<?> list ? new ArrayList<>(list.stream().map(Values::plain).toList()) : null;
    }

    /** A driver value as plain JSON-friendly data: temporal values become ISO-8601 strings, recursively. */
    static Object plain(Object value) {
        if (value instanceof TemporalAccessor || value instanceof org.neo4j.driver.types.IsoDuration
                || value instanceof org.neo4j.driver.types.Point) {
            return value.toString();
        }
        if (value instanceof List<?> list) {
            return list.stream().map(Values::plain).toList();
        }
        if (value instanceof Map<?, ?> map) {
            Map<String, Object> out = new LinkedHashMap<>();
            map.forEach((k, v) -> out.put(String.valueOf(k), plain(v)));
            return out;
        }
        return value;
    }

    /** {@link #plain(Object)} for a map. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> plainMap(Map<String, Object> map) {
        return (Map<String, Object>) plain(map);
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> maps(Map<String, Object> m, String key) {
        List<Map<String, Object>> out = new ArrayList<>();
        if (m.get(key) instanceof List<?> list) {
            list.stream().filter(Map.class::isInstance).forEach(v -> out.add((Map<String, Object>) v));
        }
        return out;
    }
}
