"""Role play in the chat: the scene is set, the partner answers by the analysis, five rounds."""

from actions.role_play import ValidateRolePlayForm, role_play_record
from bot.roleplay import RolePlay, Scene, start
from tests.unit.actions.conftest import make_tracker

SCENE = {"rp_partner": "my sister", "rp_setting": "at home", "rp_kind": "hard_conversation"}


def _state(rounds: int = 0) -> dict:
    state = start(Scene(partner="your sister", kind="hard_conversation"))
    return RolePlay.from_dict({**state.to_dict(), "rounds": [
        {"stance": "neutral", "line": i} for i in range(rounds)
    ]}).to_dict()


def _turn(text, dispatcher, domain, state=None, turns=None):
    tracker = make_tracker(text=text, slots={**SCENE, "rp_state": state or _state(),
                                              "rp_turns": turns or []})
    return ValidateRolePlayForm().validate_rp_turn(text, dispatcher, tracker, domain)


def test_setting_the_goal_steps_into_the_role(dispatcher, domain):
    tracker = make_tracker(text="ask for help on weekdays", slots=SCENE)
    result = ValidateRolePlayForm().validate_rp_goal("ask for help on weekdays", dispatcher,
                                                     tracker, domain)
    assert result["rp_state"]["rounds"] == []
    texts = [m["text"] for m in dispatcher.messages]
    assert any("your sister" in t.lower() for t in texts)


def test_blame_gets_a_defensive_partner_and_the_play_goes_on(dispatcher, domain):
    result = _turn("You never help me with anything", dispatcher, domain)
    assert result["rp_turn"] is None
    assert RolePlay.from_dict(result["rp_state"]).stances[-1].value == "defensive"
    assert result["rp_turns"] == ["You never help me with anything"]


def test_a_calm_request_gets_an_open_partner(dispatcher, domain):
    text = "I feel overwhelmed when the dishes pile up. Could you do them on weekdays?"
    result = _turn(text, dispatcher, domain)
    assert RolePlay.from_dict(result["rp_state"]).stances[-1].value == "open"


def test_the_play_ends_after_five_rounds_with_an_observation(dispatcher, domain):
    result = _turn("Could we talk about the weekend?", dispatcher, domain, state=_state(4))
    assert result["rp_turn"] == "done"
    assert len(dispatcher.messages) >= 2


def test_a_control_is_not_stored_as_a_turn(dispatcher, domain):
    result = _turn("pause", dispatcher, domain, turns=["hi"])
    assert result["rp_turns"] == ["hi"] and result["rp_turn"] is None


def test_a_huge_turn_is_asked_again(dispatcher, domain):
    result = _turn("x " * 2000, dispatcher, domain)
    assert result == {"rp_turn": None}


def test_the_record_keeps_the_turns_and_the_partners_reactions():
    tracker = make_tracker(slots={**SCENE, "rp_state": _state(2), "rp_turns": ["a", "b"]})
    record = role_play_record(tracker)
    assert record["rp_turns"] == ["a", "b"]
    assert record["rp_partner_stances"] == ["neutral", "neutral"]


def test_restarting_the_play_forgets_the_earlier_attempts_turns(dispatcher, domain):
    result = _turn("start again", dispatcher, domain, state=_state(2), turns=["a", "b"])
    assert result["rp_turns"] == []
    assert RolePlay.from_dict(result["rp_state"]).rounds == ()
