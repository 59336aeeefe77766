import pytest

from bot.store.crypto import MissingKeyError, TextCipher, new_key


def test_text_round_trips_and_is_not_stored_in_clear():
    cipher = TextCipher([new_key()])
    token = cipher.encrypt("my sister Anna")
    assert "Anna" not in token
    assert cipher.decrypt(token) == "my sister Anna"


def test_old_key_still_decrypts_after_rotation():
    old, new = new_key(), new_key()
    token = TextCipher([old]).encrypt("before rotation")
    assert TextCipher([new, old]).decrypt(token) == "before rotation"


def test_no_key_refuses_to_run():
    with pytest.raises(MissingKeyError):
        TextCipher([])


def test_a_wrong_key_fails_loudly_not_silently():
    token = TextCipher([new_key()]).encrypt("secret")
    with pytest.raises(ValueError):
        TextCipher([new_key()]).decrypt(token)
