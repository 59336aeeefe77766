"""Where alerts go: Telegram, e-mail and an HTTP webhook, one module each.

Every target has the same small contract (contract.py): `send(alert, audience)` returns when
the service has accepted the alert, or raises TemporaryFailure (try again later) or
PermanentFailure (retrying cannot help). The outbox decides what happens next.
"""
