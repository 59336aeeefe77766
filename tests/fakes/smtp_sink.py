"""An SMTP server on 127.0.0.1 (aiosmtpd) that keeps every message it accepts.

Replies are switchable, to exercise the worker's handling of SMTP's permanent (5xx) and
temporary (4xx) failures: `reject_recipients("550 ...")`, `reject_data("451 ...")`. With
`credentials=(user, password)` it offers AUTH without TLS (for testing only) and records
the login of each message.
"""

from __future__ import annotations

import email
import email.policy
import socket
import threading
import time
from dataclasses import dataclass
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


@dataclass
class ReceivedMail:
    mail_from: str
    rcpt_tos: list[str]
    message: EmailMessage
    received_at: float
    login: str | None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class SmtpSink:
    def __init__(self, credentials: tuple[str, str] | None = None) -> None:
        self.port = _free_port()
        self.host = "127.0.0.1"
        self._credentials = credentials
        self._mails: list[ReceivedMail] = []
        self._lock = threading.Lock()
        self.rcpt_reply: str | None = None
        self.data_reply: str | None = None
        options: dict[str, Any] = {}
        if credentials is not None:
            options = {
                "auth_require_tls": False,
                "authenticator": self._authenticate,
            }
        self._controller = Controller(self, hostname=self.host, port=self.port, **options)

    def start(self) -> SmtpSink:
        self._controller.start()
        return self

    def stop(self) -> None:
        self._controller.stop()

    def __enter__(self) -> SmtpSink:
        return self.start()

    def __exit__(self, *_exc: object) -> None:
        self.stop()

    def mails(self) -> list[ReceivedMail]:
        with self._lock:
            return list(self._mails)

    def reject_recipients(self, reply: str | None) -> None:
        self.rcpt_reply = reply

    def reject_data(self, reply: str | None) -> None:
        self.data_reply = reply

    # -- aiosmtpd handler hooks ------------------------------------------------------------

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options) -> str:  # noqa: N802
        if self.rcpt_reply:
            return self.rcpt_reply
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope) -> str:  # noqa: N802
        if self.data_reply:
            return self.data_reply
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        login = session.auth_data.login.decode() if session.auth_data else None
        with self._lock:
            self._mails.append(
                ReceivedMail(
                    mail_from=envelope.mail_from,
                    rcpt_tos=list(envelope.rcpt_tos),
                    message=message,  # type: ignore[arg-type]
                    received_at=time.time(),
                    login=login,
                )
            )
        return "250 Message accepted for delivery"

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if not isinstance(auth_data, LoginPassword) or self._credentials is None:
            return AuthResult(success=False, handled=False)
        user, password = self._credentials
        ok = auth_data.login.decode() == user and auth_data.password.decode() == password
        return AuthResult(success=ok, handled=False, auth_data=auth_data if ok else None)
