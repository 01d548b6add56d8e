#!/usr/bin/env bash
# Proves docker-compose.yml and Dockerfile without a Docker engine: Debian's docker-compose renders and
# validates the file (`config`), dclint checks it against the Compose Specification schema, a short policy
# check holds the security promises of the README, and dockerfile-utils lints the Dockerfile.
# Usage: .ci/validate-compose.sh [PROJECT_DIR]   (default: this repository). Installs what it needs.
set -euo pipefail

ROOT="$(cd "${1:-"$(dirname "$0")/.."}" && pwd)"
TOOLS="${TIEGRAPH_CI_TOOLS:-"${XDG_CACHE_HOME:-"$HOME/.cache"}/tiegraph-ci-tools"}"
DCLINT_VERSION=3.1.0
DOCKERFILE_UTILS_VERSION=0.16.3
SENTINEL_PASSWORD=validate-compose-sentinel

WORK="$(mktemp -d)"
trap 'rm -rf "$WORK"' EXIT

fail() { echo "validate-compose: FAIL: $*" >&2; exit 1; }

install_tools() {
    if ! command -v docker-compose >/dev/null || ! /usr/bin/python3 -c 'import yaml' 2>/dev/null; then
        [ "$(id -u)" = 0 ] || fail "docker-compose is missing: run as root or 'apt-get install docker-compose'"
        { apt-get -o DPkg::Lock::Timeout=600 update -qq \
            && DEBIAN_FRONTEND=noninteractive apt-get -o DPkg::Lock::Timeout=600 install -y -qq \
                --no-install-recommends docker-compose python3-yaml; } >"$WORK/apt.log" 2>&1 \
            || fail "apt-get install docker-compose:"$'\n'"$(tail -n 20 "$WORK/apt.log")"
    fi
    local installed
    installed="$(cd "$TOOLS" 2>/dev/null && node -p \
        "require('dclint/package.json').version + ' ' + require('dockerfile-utils/package.json').version" 2>/dev/null || true)"
    if [ "$installed" != "$DCLINT_VERSION $DOCKERFILE_UTILS_VERSION" ]; then
        command -v npm >/dev/null || fail "npm is missing (needed for dclint and dockerfile-utils)"
        mkdir -p "$TOOLS"
        npm install --prefix "$TOOLS" --no-audit --no-fund --silent \
            "dclint@$DCLINT_VERSION" "dockerfile-utils@$DOCKERFILE_UTILS_VERSION" >"$WORK/npm.log" 2>&1 \
            || fail "npm install:"$'\n'"$(tail -n 20 "$WORK/npm.log")"
    fi
}

# docker-compose with only the given variables: neither the caller's environment nor a local .env leaks in.
compose() {
    printf '%s\n' "$@" >"$WORK/env"
    env -u NEO4J_PASSWORD -u NEO4J_USER -u NEO4J_DATABASE -u COMPOSE_FILE -u COMPOSE_PROJECT_NAME \
        docker-compose --project-directory "$ROOT" --env-file "$WORK/env" -f "$ROOT/docker-compose.yml" config
}

validate_compose() {
    local rendered errors
    [ -f "$ROOT/docker-compose.yml" ] || fail "no docker-compose.yml in $ROOT"
    rendered="$(compose "NEO4J_PASSWORD=$SENTINEL_PASSWORD" 2>"$WORK/config-errors")" \
        || fail "docker-compose config rejected docker-compose.yml:"$'\n'"$(cat "$WORK/config-errors")"

    errors="$(compose 2>&1 >/dev/null)" && fail "docker-compose.yml renders without NEO4J_PASSWORD set"
    grep -q 'NEO4J_PASSWORD' <<<"$errors" || fail "unexpected error without NEO4J_PASSWORD:"$'\n'"$errors"

    "$TOOLS/node_modules/.bin/dclint" "$ROOT/docker-compose.yml" --no-color --max-warnings 0 \
        --disable-rule require-project-name-field >"$WORK/dclint" 2>&1 \
        || fail "dclint docker-compose.yml:"$'\n'"$(cat "$WORK/dclint")"

    RENDERED="$rendered" SENTINEL_PASSWORD="$SENTINEL_PASSWORD" /usr/bin/python3 - <<'PY' || fail "compose policy"
import os, re, sys, yaml

config = yaml.safe_load(os.environ["RENDERED"])
services = config.get("services", {})
problems = []

def check(condition, message):
    if not condition:
        problems.append(message)

neo4j, app = services.get("neo4j"), services.get("app")
check(neo4j is not None and app is not None, "services 'neo4j' and 'app' are both required")
if neo4j and app:
    password = os.environ["SENTINEL_PASSWORD"]
    check(re.fullmatch(r"neo4j:(5\.[\w.-]*|20\d\d\.[\w.-]*)community[\w.-]*", neo4j.get("image", "")),
          "neo4j must use an official Community image tagged 5.x or 20xx.x")
    check(neo4j.get("environment", {}).get("NEO4J_AUTH") == f"neo4j/{password}",
          "NEO4J_AUTH must be neo4j/${NEO4J_PASSWORD}")
    check("test" in neo4j.get("healthcheck", {}), "neo4j needs a healthcheck")
    check(any(str(v).startswith("neo4j-data:/data") for v in neo4j.get("volumes", [])),
          "neo4j /data must live in the named volume neo4j-data")
    check(app.get("depends_on", {}).get("neo4j", {}).get("condition") == "service_healthy",
          "app must wait for neo4j to be healthy")
    environment = app.get("environment", {})
    check(environment.get("NEO4J_URI") == "bolt://neo4j:7687", "app NEO4J_URI must be bolt://neo4j:7687")
    check(environment.get("NEO4J_PASSWORD") == password, "app NEO4J_PASSWORD must come from the environment")
    check({"NEO4J_USER", "NEO4J_DATABASE"} <= environment.keys(), "app needs NEO4J_USER and NEO4J_DATABASE")
    check(str(app.get("user", "0")).split(":")[0] not in ("0", "root"), "app must run as a non-root user")
    check(app.get("read_only") is True, "app root filesystem must be read-only")
    for name, service in services.items():
        check("no-new-privileges:true" in service.get("security_opt", []), f"{name}: no-new-privileges")
        check("ALL" in service.get("cap_drop", []), f"{name}: cap_drop ALL")
        for port in service.get("ports", []):
            check(str(port).startswith("127.0.0.1:"), f"{name}: port {port} must be published on loopback")

for problem in problems:
    print(f"validate-compose: {problem}", file=sys.stderr)
sys.exit(1 if problems else 0)
PY
}

validate_dockerfile() {
    local report source
    [ -f "$ROOT/Dockerfile" ] || fail "no Dockerfile in $ROOT"
    report="$("$TOOLS/node_modules/.bin/dockerfile-utils" lint "$ROOT/Dockerfile" 2>&1)" && [ -z "$report" ] \
        || fail "dockerfile-utils lint Dockerfile:"$'\n'"$report"
    # every COPY from the build context must exist there, and secrets must stay out of it
    while read -r source; do
        [ -e "$ROOT/$source" ] || fail "Dockerfile copies $source, which does not exist"
    done < <(awk 'toupper($1) == "COPY" && $2 !~ /^--from=/ { for (i = 2; i < NF; i++) if ($i !~ /^--/) print $i }' \
        "$ROOT/Dockerfile")
    grep -qFx '.env' "$ROOT/.dockerignore" 2>/dev/null || fail ".dockerignore must exclude .env"
    grep -qE '^ENV JDK_JAVA_OPTIONS=.*-Xmx[0-9]+[gm]' "$ROOT/Dockerfile" \
        || fail "the Dockerfile must give the JVM a fixed heap (ENV JDK_JAVA_OPTIONS=-Xmx...)"
}

install_tools
validate_compose
validate_dockerfile
echo "validate-compose: OK (docker-compose config, dclint $DCLINT_VERSION, policy, dockerfile-utils $DOCKERFILE_UTILS_VERSION)"
