#!/usr/bin/env bash
# Executes notebooks/explore.ipynb headless against a running tiegraph server and fails on any cell error.
#   TIEGRAPH_URL            the server (default http://localhost:8080)
#   TIEGRAPH_NOTEBOOK_OUT   where the executed notebook and its figure go (default target/notebook)
#   PYTHON                  a Python with nbconvert, ipykernel, requests, pandas, networkx, matplotlib
#                           (default: Debian's /usr/bin/python3 when present, so a pyenv/venv shim does not hide them)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
export PYDEVD_DISABLE_FILE_VALIDATION=1  # quiets a debugger warning the kernel prints at start
export TIEGRAPH_URL="${TIEGRAPH_URL:-http://localhost:8080}"
out="${TIEGRAPH_NOTEBOOK_OUT:-$here/../target/notebook}"
mkdir -p "$out"
export TIEGRAPH_NOTEBOOK_OUT="$(cd "$out" && pwd)"
if [[ -z "${PYTHON:-}" ]]; then
  if [[ -x /usr/bin/python3 ]]; then PYTHON=/usr/bin/python3; else PYTHON=python3; fi
fi

missing="$("$PYTHON" - <<'PY'
import importlib.util
needed = ["nbconvert", "ipykernel", "requests", "pandas", "networkx", "matplotlib"]
print(" ".join(m for m in needed if importlib.util.find_spec(m) is None))
PY
)"
if [[ -n "$missing" ]]; then
  echo "run.sh: $PYTHON lacks: $missing (Debian: apt-get install python3-nbconvert python3-ipykernel" \
       "python3-requests python3-pandas python3-networkx python3-matplotlib)" >&2
  exit 2
fi

if ! "$PYTHON" -c "import sys, urllib.request; urllib.request.urlopen(sys.argv[1] + '/api/health', timeout=10)" \
     "${TIEGRAPH_URL%/}" 2>/dev/null; then
  echo "run.sh: no tiegraph API answers at $TIEGRAPH_URL/api/health (start the server or set TIEGRAPH_URL)" >&2
  exit 3
fi

# nbconvert stops at the first failing cell and exits non-zero; the executed copy keeps every output.
"$PYTHON" -m nbconvert --to notebook --execute \
  --ExecutePreprocessor.timeout=600 --ExecutePreprocessor.kernel_name=python3 \
  --output-dir "$TIEGRAPH_NOTEBOOK_OUT" --output explore.executed.ipynb "$here/explore.ipynb"
echo "run.sh: executed notebook and figure in $TIEGRAPH_NOTEBOOK_OUT"
