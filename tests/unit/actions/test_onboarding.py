from sqlalchemy import select

from actions.onboarding import ActionCompleteOnboarding, ValidateOnboardingForm, clean_name
from bot.store.database import session_scope
from bot.store.models import Participant
from tests.unit.actions.conftest import make_tracker, responses


async def test_consent_yes_enrols_the_participant_with_a_timestamp(clinic_env, dispatcher, domain):
    tracker = make_tracker(slots={"consent_given": True, "country": "GB", "preferred_name": "Sam"})
    events = await ActionCompleteOnboarding().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        participant = session.execute(select(Participant)).scalar_one()
        assert participant.consent_at is not None
        assert participant.country == "GB"
    assert {"event": "slot", "name": "onboarded", "value": True, "timestamp": None} in events
    assert "utter_offer_checkin" in responses(dispatcher)


async def test_consent_no_stores_nothing_and_shows_resources(clinic_env, dispatcher, domain):
    tracker = make_tracker(slots={"consent_given": False, "country": "US"})
    await ActionCompleteOnboarding().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        assert session.execute(select(Participant)).all() == []
    said = responses(dispatcher)
    assert said[0] == "utter_consent_declined"
    assert any("988" in line for line in said)


def test_an_unclear_consent_answer_is_asked_again(dispatcher, domain):
    tracker = make_tracker(text="what?", intent="out_of_scope")
    result = ValidateOnboardingForm().validate_consent_given("what?", dispatcher, tracker, domain)
    assert result["consent_given"] is None
    assert responses(dispatcher) == ["utter_ask_consent_again"]


def test_without_a_clear_yes_after_two_reasks_nothing_is_consented(dispatcher, domain):
    tracker = make_tracker(text="hmm", slots={"onboarding_failed_attempts": 2.0})
    result = ValidateOnboardingForm().validate_consent_given("hmm", dispatcher, tracker, domain)
    assert result == {"consent_given": False}


def test_a_typed_yes_counts_as_consent(dispatcher, domain):
    tracker = make_tracker(text="yes", intent="nlu_fallback")
    result = ValidateOnboardingForm().validate_consent_given("yes", dispatcher, tracker, domain)
    assert result["consent_given"] is True


def test_an_unknown_country_is_asked_again_then_falls_back(dispatcher, domain):
    form = ValidateOnboardingForm()
    first = form.validate_country("Narnia", dispatcher, make_tracker(text="Narnia"), domain)
    assert first["country"] is None
    later = form.validate_country(
        "Narnia", dispatcher, make_tracker(slots={"onboarding_failed_attempts": 2.0}), domain
    )
    assert later["country"] == "ZZ"


def test_the_name_can_be_skipped(dispatcher, domain):
    tracker = make_tracker(text="/skip", intent="skip")
    result = ValidateOnboardingForm().validate_preferred_name("/skip", dispatcher, tracker, domain)
    assert result == {"preferred_name": ""}


def test_names_are_cleaned_and_nonsense_is_dropped():
    assert clean_name("call me sam") == "Sam"
    assert clean_name("Mary-Jane") == "Mary-Jane"
    assert clean_name("12345") is None
    assert clean_name("x" * 200) is None
    assert clean_name("<script>") == "Script"


async def test_a_link_code_is_offered_to_an_enrolled_participant(
    clinic_env, monkeypatch, dispatcher, domain
):
    from actions.linking import ActionCreateLinkCode

    monkeypatch.setenv("TELEGRAM_BOT_USERNAME", "ipt_companion_bot")
    tracker = make_tracker(slots={"consent_given": True, "country": "GB", "preferred_name": ""})
    await ActionCompleteOnboarding().run(dispatcher, tracker, domain)
    dispatcher.messages.clear()
    await ActionCreateLinkCode().run(dispatcher, make_tracker(), domain)
    message = dispatcher.messages[0]
    assert message["response"] == "utter_link_code"
    assert message["deep_link"].startswith("https://t.me/ipt_companion_bot?start=")
    assert len(message["code"]) == 8
