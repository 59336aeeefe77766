"""`rasa data validate --fail-on-warnings`, with one blind spot of Rasa's validator closed.

Rasa's validator only sees responses used in stories and rules, so it warns about every
response a custom action or a form sends (utter_ask_* questions, texts chosen by actions).
Here those warnings are dropped only for responses that the action code or a form really
sends, and for one notice Rasa prints for every domain. Any other warning (an unused
response included) fails the run: stricter than Rasa's own command, which never fails on
an unused response.
"""

from __future__ import annotations

import re
import sys
import warnings
from pathlib import Path

import yaml

from bot.config import PROJECT_ROOT

_UNUSED = re.compile(r"The utterance '(?P<name>[^']+)' is not used in any story or rule\.")
_SENT_BY_CODE = re.compile(r"""["'](?P<name>utter_[a-z0-9_]+)["']""")
# Rasa 3.6 prints this on every domain load, whatever the domain holds (slot_mappings.py).
_ALWAYS_PRINTED = ("Slot auto-fill has been removed in 3.0",)
# Intents that only the worker triggers (Rasa's EXTERNAL_ convention) have no NLU examples.
_EXTERNAL = re.compile(r"The intent 'EXTERNAL_\w+' is listed in the domain file, but is not found")


def responses_sent_by_code(root: Path = PROJECT_ROOT) -> set[str]:
    names: set[str] = set()
    sources = [*(root / "actions").rglob("*.py"), *(root / "bot").rglob("*.py")]
    for source in sources:
        names.update(m.group("name") for m in _SENT_BY_CODE.finditer(source.read_text()))
    domain = yaml.safe_load((root / "domain.yml").read_text())
    for form_name, form in (domain.get("forms") or {}).items():
        slots = form.get("required_slots", [])
        names.update(f"utter_ask_{slot}" for slot in slots)
        # actions/exercise_form.py answers "why are you asking?" with utter_why_<slot>, or
        # utter_why_<form> when a step has none: both are sent by code, by name.
        names.update(f"utter_why_{slot}" for slot in slots)
        names.add(f"utter_why_{form_name}")
    return names


def main() -> int:
    from rasa.cli.utils import validate_files
    from rasa.shared.importers.importer import TrainingDataImporter

    importer = TrainingDataImporter.load_from_config(
        domain_path=str(PROJECT_ROOT / "domain.yml"),
        training_data_paths=[str(PROJECT_ROOT / "data")],
        config_path=str(PROJECT_ROOT / "config.yml"),
    )
    sent = responses_sent_by_code()
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        # Warnings are judged below (all fail, but the two known false ones); errors exit here.
        validate_files(fail_on_warnings=False, max_history=None, importer=importer)
    problems = []
    for warning in caught:
        if issubclass(warning.category, DeprecationWarning):
            continue  # libraries' own deprecations, not our data
        message = str(warning.message)
        if message.startswith(_ALWAYS_PRINTED) or _EXTERNAL.search(message):
            continue
        unused = _UNUSED.search(message)
        if unused and unused.group("name") in sent:
            continue
        problems.append(message)
    for problem in problems:
        print(f"WARNING: {problem}", file=sys.stderr)
    if problems:
        print(f"data validation: {len(problems)} warning(s)", file=sys.stderr)
        return 1
    print("data validation: no warnings")
    return 0


if __name__ == "__main__":
    sys.exit(main())
