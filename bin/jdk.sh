# Sourced by the bin/ scripts: exports JAVA_HOME pointing at a JDK 21+ (JAVA_HOME itself, then /usr/lib/jvm/*,
# then the java on PATH), or explains exactly what is missing and exits.
java_major() {
  "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = \([0-9]*\).*/\1/p' | head -n1
}
pick_jdk() {
  local best="" best_major=0 candidate major
  for candidate in "${JAVA_HOME:-}" /usr/lib/jvm/* "$(dirname "$(dirname "$(readlink -f "$(command -v java 2>/dev/null || echo /nonexistent)")")")"; do
    [ -n "$candidate" ] && [ -x "$candidate/bin/java" ] && [ -x "$candidate/bin/javac" ] || continue
    major=$(java_major "$candidate/bin/java")
    [ -n "$major" ] || continue
    if [ "$candidate" = "${JAVA_HOME:-}" ] && [ "$major" -ge 21 ]; then best=$candidate; break; fi
    if [ "$major" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  if [ -z "$best" ]; then
    echo "tiegraph needs a JDK 21 or newer (Neo4j 2025+ cannot run on Java 17), and none was found in" >&2
    echo "JAVA_HOME, /usr/lib/jvm or on PATH. Install one (e.g. Temurin 25 from the Adoptium apt repository:" >&2
    echo "'apt-get install temurin-25-jdk') or set JAVA_HOME to a JDK 21+." >&2
    exit 2
  fi
  export JAVA_HOME=$best
  export PATH="$JAVA_HOME/bin:$PATH"
}
require_maven() {
  command -v mvn >/dev/null 2>&1 || { echo "Maven 3.8+ is needed to build tiegraph ('apt-get install maven')." >&2; exit 2; }
}
pick_jdk
