#!/usr/bin/env bash
# The one test command (README, .ci/run): set-up if needed, then the whole ladder.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/bootstrap.sh
export RASA_TELEMETRY_ENABLED=false SQLALCHEMY_SILENCE_UBER_WARNING=1
.venv/bin/ipt-companion setup

echo "== rasa data validate (fails on any warning; see bot/data_validation.py)"
.venv/bin/python -m bot.data_validation

echo "== rasa test stories"
model=$(.venv/bin/python -c 'from bot.model_training import model_path; print(model_path())')
.venv/bin/rasa test core --model "$model" --stories tests/dialogue \
    --fail-on-prediction-errors --out var/test-results/core

echo "== pytest"
# Exit code 5 (no tests collected) is a failure like any other non-zero code.
.venv/bin/python -m pytest "$@"
