#!/usr/bin/env bash
# Run the whole test suite: ruff, mypy, then pytest, whose integration tests start a real
# Dovecot IMAP server and a real SMTP server on loopback. Works from any directory.
#
#   ./scripts/test.sh                 # everything
#   ./scripts/test.sh -k idle -x      # extra arguments go to pytest
#
# Creates .venv when missing, installs the project with its test extras, and installs
# Dovecot (dovecot-imapd) and Chromium (chromium, chromium-driver: the console's browser
# tests) with apt-get when they are missing (as root, or with sudo).
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

say() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

# -- Python 3.11+ and the virtualenv ---------------------------------------------------
if [[ ! -x .venv/bin/python ]]; then
  python=""
  for candidate in "${PYTHON:-}" python3 python3.13 python3.12 python3.11; do
    [[ -n "$candidate" ]] && command -v "$candidate" >/dev/null 2>&1 || continue
    if "$candidate" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
      python="$candidate"
      break
    fi
  done
  [[ -n "$python" ]] || die "Python 3.11 or newer is needed (set PYTHON=/path/to/python3.11)"
  say "creating .venv with $("$python" --version)"
  "$python" -m venv .venv
fi

say "installing responder and its test tools into .venv"
.venv/bin/python -m pip install --quiet --disable-pip-version-check -e '.[test]'

# -- Dovecot, the IMAP server the integration tests run ---------------------------------
have_dovecot() {
  command -v dovecot >/dev/null 2>&1 || [[ -x /usr/sbin/dovecot ]] || [[ -x /usr/local/sbin/dovecot ]]
}

# apt_install WHAT HOW PACKAGE...: install Debian packages as root or with sudo, or say how.
apt_install() {
  local what="$1" how="$2"; shift 2
  command -v apt-get >/dev/null 2>&1 || die "$what is not installed. $how"
  local sudo=()
  if [[ "$(id -u)" -ne 0 ]]; then
    command -v sudo >/dev/null 2>&1 || die "$what is not installed and neither root nor sudo is available. $how"
    sudo=(sudo)
  fi
  say "installing $what ($*) with apt-get"
  ${sudo[@]+"${sudo[@]}"} apt-get update -qq
  ${sudo[@]+"${sudo[@]}"} env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null
}

if ! have_dovecot; then
  how="Install Dovecot 2.3 and run this again: 'sudo apt-get install -y --no-install-recommends dovecot-imapd' (Debian/Ubuntu), 'sudo dnf install -y dovecot' (Fedora), 'brew install dovecot' (macOS)."
  apt_install Dovecot "$how" --no-install-recommends dovecot-imapd
  have_dovecot || die "dovecot-imapd was installed but no dovecot binary was found. $how"
fi

# -- Chromium, the browser the staff console's tests drive (through Playwright) ----------
# Debian's own build at /usr/bin/chromium: Playwright never downloads a browser here.
if [[ ! -x /usr/bin/chromium ]]; then
  how="Install Chromium and run this again: 'sudo apt-get install -y chromium chromium-driver' (Debian/Ubuntu)."
  apt_install Chromium "$how" chromium chromium-driver
  [[ -x /usr/bin/chromium ]] || die "chromium was installed but /usr/bin/chromium is missing. $how"
fi

# -- the checks --------------------------------------------------------------------------
say "ruff"
.venv/bin/ruff check responder tests benchmarks scripts

say "mypy"
.venv/bin/mypy

say "pytest"
# python -m puts the repository root on sys.path, so tests can import tests.conftest.
.venv/bin/python -m pytest "$@"
