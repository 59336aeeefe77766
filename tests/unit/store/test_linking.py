from datetime import timedelta

import pytest

from bot.store.crypto import TextCipher
from bot.store.database import session_scope
from bot.store.linking import create_link_code, redeem_link_code
from bot.store.migrate import upgrade
from bot.store.models import utcnow
from bot.store.participants import enrol, find_participant, latest_conversation


@pytest.fixture
def web_participant(database_url, data_key):
    upgrade(database_url)
    with session_scope(database_url) as session:
        enrol(session, conversation_id="web-1", channel="socketio", cipher=TextCipher([data_key]),
              country="GB", display_name=None)
    return database_url


def _code(url):
    with session_scope(url) as session:
        return create_link_code(session, find_participant(session, "web-1"))


def test_a_redeemed_code_joins_telegram_to_the_web_participant(web_participant):
    code = _code(web_participant)
    with session_scope(web_participant) as session:
        joined = redeem_link_code(session, code, "tg:42", "telegram")
        assert joined is not None
    with session_scope(web_participant) as session:
        assert find_participant(session, "tg:42").id == find_participant(session, "web-1").id


def test_a_code_works_once(web_participant):
    code = _code(web_participant)
    with session_scope(web_participant) as session:
        assert redeem_link_code(session, code, "tg:42", "telegram") is not None
    with session_scope(web_participant) as session:
        assert redeem_link_code(session, code, "tg:43", "telegram") is None


def test_an_expired_code_is_refused(web_participant):
    code = _code(web_participant)
    with session_scope(web_participant) as session:
        later = utcnow() + timedelta(minutes=16)
        assert redeem_link_code(session, code, "tg:42", "telegram", now=later) is None


@pytest.mark.parametrize("code", ["", "short", "WRONGCOD", "x" * 500])
def test_a_wrong_code_is_refused(web_participant, code):
    with session_scope(web_participant) as session:
        assert redeem_link_code(session, code, "tg:42", "telegram") is None


def test_codes_are_case_insensitive_and_not_stored_in_clear(web_participant):
    code = _code(web_participant)
    with session_scope(web_participant) as session:
        from sqlalchemy import select

        from bot.store.models import LinkCode

        assert code not in session.execute(select(LinkCode.code_hash)).scalar_one()
        assert redeem_link_code(session, code.lower(), "tg:42", "telegram") is not None


def test_replies_go_to_the_conversation_used_last(web_participant):
    code = _code(web_participant)
    with session_scope(web_participant) as session:
        redeem_link_code(session, code, "tg:42", "telegram")
    with session_scope(web_participant) as session:
        participant = find_participant(session, "web-1")
        assert latest_conversation(session, participant) == "tg:42"


def test_a_reply_addressed_to_a_participant_goes_to_their_latest_conversation(web_participant):
    from bot.takeover import resolve_conversation

    code = _code(web_participant)
    with session_scope(web_participant) as session:
        redeem_link_code(session, code, "tg:42", "telegram")
        public_id = find_participant(session, "web-1").public_id
    assert resolve_conversation(f"participant:{public_id}", web_participant) == "tg:42"
    assert resolve_conversation("web-1", web_participant) == "web-1"


def test_an_unknown_participant_is_a_clear_error(web_participant):
    from bot.takeover import TakeoverError, resolve_conversation

    with pytest.raises(TakeoverError):
        resolve_conversation("participant:nobody", web_participant)
