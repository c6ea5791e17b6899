#!/usr/bin/env bash
# The Python tests (npm run test:python) run the tutorial's Keras script in a virtualenv at the
# repo root, .venv/, so nothing is installed into the system Python. Create it when missing and
# install python/requirements.txt; pip skips what is already installed.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
venv="$root/.venv"
if [ ! -x "$venv/bin/python" ]; then
  if ! command -v python3 >/dev/null 2>&1; then
    echo "python3 not found. Install Python 3.10 or newer (Debian/Ubuntu: sudo apt-get install -y python3 python3-venv)." >&2
    exit 1
  fi
  echo "Creating the Python virtualenv at $venv ..."
  python3 -m venv "$venv"
fi
# --retries 1: without internet (CI) pip falls through to local indexes quickly instead of retrying 5 times.
"$venv/bin/python" -m pip install --quiet --retries 1 -r "$root/python/requirements.txt"
