"""Every exercise form can be started, finished and left (check-in, a person, a crisis; "stop"
is read inside the form, actions/exercise_form.py, and ends it as a pause)."""

from pathlib import Path

import pytest
import yaml

from actions.programme import SPECS
from bot.config import PROJECT_ROOT


def _rules() -> list[dict]:
    rules = []
    for path in sorted((PROJECT_ROOT / "data" / "rules").glob("*.yml")):
        rules += yaml.safe_load(Path(path).read_text()).get("rules", [])
    return rules


def _leaves(form: str, intent: str) -> list[dict]:
    return [
        r for r in _rules()
        if {"active_loop": form} in (r.get("condition") or [])
        and r["steps"][0] == {"intent": intent}
    ]


@pytest.mark.parametrize("form", sorted(SPECS))
@pytest.mark.parametrize("intent", ["start_checkin", "request_human", "crisis"])
def test_each_form_can_be_left_from_any_step(form, intent):
    assert len(_leaves(form, intent)) == 1


@pytest.mark.parametrize("form", sorted(SPECS))
def test_each_form_is_started_by_the_router_and_stored_when_it_ends(form):
    starts = [r for r in _rules() if r["steps"][:3] == [
        {"action": "action_start_exercise"}, {"slot_was_set": [{"next_form": form}]},
        {"action": form},
    ]]
    ends = [r for r in _rules() if {"active_loop": form} in (r.get("condition") or [])
            and {"action": "action_finish_exercise"} in r["steps"]]
    assert len(starts) == 1 and ends


def test_a_crisis_in_a_form_pauses_the_exercise_and_starts_the_crisis_path():
    for form in SPECS:
        rule = _leaves(form, "crisis")[0]
        assert rule["steps"][1] == {"action": "action_crisis_response"}
