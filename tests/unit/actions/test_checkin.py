from sqlalchemy import select

from actions.checkin import ActionSaveCheckin, ActionShowMoodTrend, ValidateCheckinForm
from bot.store.clinic import clinic_db
from bot.store.database import session_scope
from bot.store.models import MoodCheckin
from bot.store.participants import enrol
from tests.unit.actions.conftest import make_tracker, responses


def _enrolled(url):
    db = clinic_db()
    with session_scope(url) as session:
        enrol(session, conversation_id="conv-1", channel="rest", cipher=db.cipher,
              country="GB", display_name=None)


async def test_a_completed_checkin_is_stored_with_its_encrypted_note(
    clinic_env, dispatcher, domain
):
    _enrolled(clinic_env)
    tracker = make_tracker(slots={"mood_score": 4.0, "mood_person": "my sister called"})
    await ActionSaveCheckin().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        row = session.execute(select(MoodCheckin)).scalar_one()
        assert row.score == 4
        assert "sister" not in row.relationship_note_enc
    assert responses(dispatcher) == ["utter_checkin_saved_mid"]


async def test_an_abandoned_checkin_stores_nothing(clinic_env, dispatcher, domain):
    _enrolled(clinic_env)
    tracker = make_tracker(slots={"mood_score": None, "checkin_abandoned": True})
    await ActionSaveCheckin().run(dispatcher, tracker, domain)
    with session_scope(clinic_env) as session:
        assert session.execute(select(MoodCheckin)).all() == []


async def test_a_low_mood_gets_a_caring_acknowledgement(clinic_env, dispatcher, domain):
    _enrolled(clinic_env)
    await ActionSaveCheckin().run(dispatcher, make_tracker(slots={"mood_score": 2.0}), domain)
    assert responses(dispatcher) == ["utter_checkin_saved_low"]


def test_a_mood_in_words_is_accepted(dispatcher, domain):
    result = ValidateCheckinForm().validate_mood_score(
        "pretty bad", dispatcher, make_tracker(text="pretty bad"), domain
    )
    assert result["mood_score"] == 3.0


def test_bad_mood_answers_are_reasked_twice_then_the_checkin_ends(dispatcher, domain):
    form = ValidateCheckinForm()
    attempts = 0.0
    outcomes = []
    for _ in range(3):
        tracker = make_tracker(text="banana", slots={"checkin_failed_attempts": attempts})
        result = form.validate_mood_score("banana", dispatcher, tracker, domain)
        attempts = result.get("checkin_failed_attempts", attempts)
        outcomes.append(result)
    assert responses(dispatcher) == [
        "utter_mood_not_understood", "utter_mood_not_understood", "utter_checkin_abandoned"
    ]
    assert outcomes[-1]["checkin_abandoned"] is True
    assert all(o["mood_score"] is None for o in outcomes)


def test_the_person_question_can_be_skipped(dispatcher, domain):
    result = ValidateCheckinForm().validate_mood_person(
        "/skip", dispatcher, make_tracker(text="/skip", intent="skip"), domain
    )
    assert result == {"mood_person": ""}


def test_going_back_from_the_person_question_asks_the_mood_again(dispatcher, domain):
    result = ValidateCheckinForm().validate_mood_person(
        "go back", dispatcher, make_tracker(text="go back", intent="go_back"), domain
    )
    assert result == {"mood_score": None, "mood_person": None}


def test_a_huge_person_answer_is_asked_to_be_shorter(dispatcher, domain):
    huge = "word " * 2000
    result = ValidateCheckinForm().validate_mood_person(
        huge, dispatcher, make_tracker(text=huge), domain
    )
    assert result["mood_person"] is None
    assert responses(dispatcher) == ["utter_mood_person_too_long"]


async def test_the_trend_shows_recent_checkins(clinic_env, dispatcher, domain):
    _enrolled(clinic_env)
    for score in (3, 5, 7):
        await ActionSaveCheckin().run(
            dispatcher, make_tracker(slots={"mood_score": float(score)}), domain
        )
    dispatcher.messages.clear()
    await ActionShowMoodTrend().run(dispatcher, make_tracker(), domain)
    trend = responses(dispatcher)[0]
    assert "3/10" in trend and "7/10" in trend
    assert "going up" in trend


async def test_the_trend_without_checkins_invites_one(clinic_env, dispatcher, domain):
    _enrolled(clinic_env)
    await ActionShowMoodTrend().run(dispatcher, make_tracker(), domain)
    assert "haven't done a check-in" in responses(dispatcher)[0]
