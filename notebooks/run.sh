#!/usr/bin/env bash
# Executes notebooks/explore.ipynb headless against a running tiegraph server and fails on any cell error, or when the
# executed notebook shows no figure inline.
#   TIEGRAPH_URL            the server (default http://localhost:8080); run.sh waits until its documents are loaded
#   TIEGRAPH_NOTEBOOK_OUT   where the executed notebook and its figure go (default target/notebook, ignored by git)
#   PYTHON                  a Python with the packages in notebooks/requirements.txt; unset, the first of
#                           .venv/bin/python, python3 on PATH, /usr/bin/python3 that has them all is used
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PYDEVD_DISABLE_FILE_VALIDATION=1  # quiets a debugger warning the kernel prints at start
export TIEGRAPH_URL="${TIEGRAPH_URL:-http://localhost:8080}"
out="${TIEGRAPH_NOTEBOOK_OUT:-$here/../target/notebook}"
mkdir -p "$out"
export TIEGRAPH_NOTEBOOK_OUT="$(cd "$out" && pwd)"

# prints the packages of requirements.txt that python $1 lacks (all of them when it does not run)
lacks() {
  "$1" - "$here/requirements.txt" 2>/dev/null <<'PY' || sed -n 's/^\([a-z]\)/\1/p' "$here/requirements.txt" | tr '\n' ' '
import importlib.util, sys
needed = [l.strip() for l in open(sys.argv[1]) if l.strip() and not l.startswith("#")]
print(" ".join(m for m in needed if importlib.util.find_spec(m) is None))
PY
}

if [[ -n "${PYTHON:-}" ]]; then
  candidates=("$PYTHON")
else
  candidates=("$here/../.venv/bin/python" "$(command -v python3 || true)" /usr/bin/python3)
fi
chosen=""
report=""
for candidate in "${candidates[@]}"; do
  [[ -n "$candidate" && -x "$candidate" ]] || continue
  missing="$(lacks "$candidate")"
  if [[ -z "${missing// /}" ]]; then chosen="$candidate"; break; fi
  report+="  $candidate lacks: $missing"$'\n'
done
if [[ -z "$chosen" ]]; then
  echo "run.sh: no Python with the notebook's packages was found:" >&2
  printf '%s' "$report" >&2
  echo "Get them with Debian's packages: apt-get install python3-nbconvert python3-ipykernel python3-requests" \
       "python3-pandas python3-networkx python3-matplotlib" >&2
  echo "or in a virtual environment: python3 -m venv .venv && .venv/bin/pip install -r notebooks/requirements.txt" \
       "(run.sh finds .venv by itself; PYTHON=... picks another)" >&2
  exit 2
fi

# the server answers before its documents are loaded: wait (at most 15 minutes) until health says they are
if ! "$chosen" - "${TIEGRAPH_URL%/}" <<'PY'
import json, sys, time, urllib.error, urllib.request
url, deadline, last = sys.argv[1] + "/api/health", time.monotonic() + 900, None
while time.monotonic() < deadline:
    try:
        with urllib.request.urlopen(url, timeout=10) as reply:
            loading = json.load(reply).get("loading") or {"complete": True}
    except urllib.error.HTTPError as e:  # 503 while the database starts
        loading = json.load(e).get("loading") or {"phase": "database unavailable"}
    except OSError as e:
        sys.exit(f"run.sh: no tiegraph API answers at {url} ({e}); start the server or set TIEGRAPH_URL")
    if loading.get("complete"):
        sys.exit(0)
    now = f"{loading.get('phase')} {loading.get('done', 0)}/{loading.get('total', 0)}"
    if now != last:
        print(f"run.sh: waiting for the server: {now}", file=sys.stderr)
        last = now
    time.sleep(2)
sys.exit(f"run.sh: the server at {url} was still loading after 15 minutes")
PY
then
  exit 3
fi

# nbconvert stops at the first failing cell and exits non-zero; the executed copy keeps every output.
"$chosen" -m nbconvert --to notebook --execute \
  --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=python3 \
  --output-dir "$TIEGRAPH_NOTEBOOK_OUT" --output explore.executed.ipynb "$here/explore.ipynb"
if ! grep -q '"image/png"' "$TIEGRAPH_NOTEBOOK_OUT/explore.executed.ipynb"; then
  echo "run.sh: the executed notebook shows no inline figure" >&2
  exit 4
fi
echo "run.sh: executed notebook (figure inline) and figure file in $TIEGRAPH_NOTEBOOK_OUT"
