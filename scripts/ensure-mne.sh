#!/usr/bin/env bash
# python/export_trials.py and its test use MNE-Python. PyPI is not reachable here, and the
# Keras virtualenv (.venv/) has NumPy 2, which MNE 1.3 does not support; so the EEG exporter
# runs on the system Python with Debian's python3-mne (MNE 1.3.0 with Debian's NumPy 1.24).
# Installs it when missing (root, as on this project's machines and CI).
set -euo pipefail
if /usr/bin/python3 -c "import mne" >/dev/null 2>&1; then exit 0; fi
if [ "$(id -u)" != 0 ]; then
  echo "MNE-Python is missing: run 'sudo apt-get install -y python3-mne' (or pip install mne in your own environment)." >&2
  exit 1
fi
echo "Installing Debian's python3-mne ..."
apt-get update -qq
DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends python3-mne >/dev/null
/usr/bin/python3 -c "import mne; print('MNE', mne.__version__)"
