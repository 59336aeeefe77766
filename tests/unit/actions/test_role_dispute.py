"""Role dispute: the stage is found by a question, and the participant's own words get kind
feedback with another way to say them."""

import pytest

from actions.role_dispute import ValidateDisputeForm, dispute_stage
from tests.unit.actions.conftest import make_tracker, responses


@pytest.mark.parametrize(("text", "stage"), [
    ("renegotiation", "renegotiation"), ("we're still trying to sort it out", "renegotiation"),
    ("we argue about it every week", "renegotiation"),
    ("we've stopped talking about it", "impasse"),
    ("we just avoid the subject now", "impasse"), ("I think it's over between us", "dissolution"),
    ("we're separating", "dissolution"),
])
def test_the_stage_is_found_from_how_the_participant_describes_it(text, stage):
    assert dispute_stage(text) == stage


def test_an_unclear_stage_is_asked_again_with_the_three_choices(dispatcher, domain):
    result = ValidateDisputeForm().validate_dispute_stage("banana", dispatcher,
                                                          make_tracker(text="banana"), domain)
    assert result["dispute_stage"] is None
    assert responses(dispatcher) == ["utter_dispute_stage_unclear"]


def test_the_stage_is_reflected_back_in_plain_words(dispatcher, domain):
    result = ValidateDisputeForm().validate_dispute_stage("impasse", dispatcher,
                                                          make_tracker(text="impasse"), domain)
    assert result["dispute_stage"] == "impasse"
    assert responses(dispatcher) == ["utter_dispute_stage_impasse"]


def test_the_exchange_gets_feedback_and_an_i_statement_from_the_participants_words(
    dispatcher, domain
):
    slots = {"ca_you_said": "You never help with Dad, you just don't care",
             "ca_felt": "alone", "ca_wanted": "take Dad to his appointments on Fridays"}
    tracker = make_tracker(text="she walked out", slots=slots)
    result = ValidateDisputeForm().validate_ca_next("she walked out", dispatcher, tracker, domain)
    said = responses(dispatcher)
    assert said[0] == "utter_ca_feedback_intro"
    assert said[-1] == "utter_ca_alternative"
    feedback = " ".join(said[1:-1])
    assert "never" in feedback.lower() or "care" in feedback.lower()
    alternative = result["ca_alternative"]
    assert "alone" in alternative and "Fridays" in alternative
    assert "never" not in alternative.lower()


def test_a_skipped_exchange_gets_no_feedback(dispatcher, domain):
    tracker = make_tracker(text="/skip", intent="skip", slots={"ca_you_said": ""})
    result = ValidateDisputeForm().validate_ca_next("/skip", dispatcher, tracker, domain)
    assert result["ca_next"] == ""
    assert responses(dispatcher) == ["utter_step_skipped"]
