"""Encryption of participants' free text at rest.

Everything a participant types (a note in a check-in, a name, an exercise answer) is health
data. It is stored as a Fernet token; MultiFernet lets a clinic rotate keys: the first key
encrypts, every listed key can still decrypt.
"""

from __future__ import annotations

from cryptography.fernet import Fernet, InvalidToken, MultiFernet


class MissingKeyError(RuntimeError):
    """No data-encryption key is configured: refuse to store free text in clear."""


class TextCipher:
    """Encrypts and decrypts short texts with the clinic's data keys."""

    def __init__(self, keys: tuple[str, ...] | list[str]) -> None:
        if not keys:
            raise MissingKeyError(
                "IPT_DATA_KEYS is not set. Run `ipt-companion setup` for a development key, "
                "or set IPT_DATA_KEYS to one or more Fernet keys (comma-separated, newest first)."
            )
        self._fernet = MultiFernet([Fernet(k.encode("ascii")) for k in keys])

    def encrypt(self, text: str | None) -> str | None:
        if text is None:
            return None
        return self._fernet.encrypt(text.encode("utf-8")).decode("ascii")

    def decrypt(self, token: str | None) -> str | None:
        if token is None:
            return None
        try:
            return self._fernet.decrypt(token.encode("ascii")).decode("utf-8")
        except (InvalidToken, ValueError) as exc:
            raise ValueError("stored text cannot be decrypted with the configured keys") from exc


def new_key() -> str:
    return Fernet.generate_key().decode("ascii")
