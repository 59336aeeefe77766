"""Alerts as e-mail, through the clinic's SMTP server (stdlib smtplib, in a thread).

The Message-ID is derived from the notification's idempotency key, so a mail sent twice
after a crash is recognisably the same message (many clients and servers fold duplicates).
SMTP's own classes of reply decide retrying: 5xx is permanent, 4xx and lost connections are
temporary.
"""

from __future__ import annotations

import asyncio
import smtplib
import ssl
from collections.abc import Mapping
from email.message import EmailMessage
from email.utils import formatdate

from bot.worker.messages import Alert
from bot.worker.targets.contract import PermanentFailure, TemporaryFailure, recipient

DEFAULT_PORT = 25
FALLBACK_DOMAIN = "ipt-companion.invalid"
TRUE_WORDS = frozenset({"1", "true", "yes", "on"})


def message_id(idempotency_key: str, sender: str) -> str:
    domain = sender.rpartition("@")[2].strip(" >") or FALLBACK_DOMAIN
    return f"<{idempotency_key}@{domain}>"


def build_message(alert: Alert, sender: str, to: str) -> EmailMessage:
    message = EmailMessage()
    message["Subject"] = alert.subject
    message["From"] = sender
    message["To"] = to
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = message_id(alert.idempotency_key, sender)
    message["X-IPT-Idempotency-Key"] = alert.idempotency_key
    message["Auto-Submitted"] = "auto-generated"
    message.set_content(alert.text)
    return message


class EmailTarget:
    name = "email"

    def __init__(self, environ: Mapping[str, str], timeout: float) -> None:
        self._environ = environ
        self._host = environ.get("SMTP_HOST", "").strip()
        self._port = int(environ.get("SMTP_PORT", "").strip() or DEFAULT_PORT)
        self._sender = environ.get("SMTP_FROM", "").strip()
        self._user = environ.get("SMTP_USER", "").strip()
        self._password = environ.get("SMTP_PASSWORD", "")
        self._starttls = environ.get("SMTP_STARTTLS", "").strip().lower() in TRUE_WORDS
        self._timeout = timeout

    async def send(self, alert: Alert, audience: str) -> None:
        to = recipient(self.name, audience, self._environ)
        if not self._host:
            raise TemporaryFailure("SMTP_HOST is not set for the worker")
        if not self._sender:
            raise TemporaryFailure("SMTP_FROM is not set for the worker")
        await asyncio.to_thread(self._send, build_message(alert, self._sender, to))

    async def close(self) -> None:
        return None

    def _send(self, message: EmailMessage) -> None:
        try:
            with smtplib.SMTP(self._host, self._port, timeout=self._timeout) as smtp:
                if self._starttls:
                    smtp.starttls(context=ssl.create_default_context())
                if self._user:
                    smtp.login(self._user, self._password)
                smtp.send_message(message)
        except smtplib.SMTPRecipientsRefused as exc:
            codes = sorted({code for code, _ in exc.recipients.values()})
            failure = PermanentFailure if all(c >= 500 for c in codes) else TemporaryFailure
            raise failure(f"SMTP refused the recipient ({', '.join(map(str, codes))})") from None
        except smtplib.SMTPResponseException as exc:
            failure = PermanentFailure if exc.smtp_code >= 500 else TemporaryFailure
            raise failure(f"SMTP {exc.smtp_code}: {_text(exc.smtp_error)}") from None
        except smtplib.SMTPNotSupportedError:
            raise PermanentFailure("SMTP server does not support STARTTLS or AUTH") from None
        except (smtplib.SMTPException, OSError) as exc:
            raise TemporaryFailure(f"SMTP server unreachable ({type(exc).__name__})") from None


def _text(reply: bytes | str) -> str:
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else str(reply)
    return " ".join(text.split())[:200]
