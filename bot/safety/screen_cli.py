"""Screen a file of messages from the command line: JSON lines in, JSON lines out.

    ipt-companion safety screen < messages.jsonl > screened.jsonl
    python -m bot.safety.screen_cli < messages.jsonl

Each input line is ``{"text": "...", "context": ["earlier message", ...]}`` (context optional,
oldest first). Each output line, in the same order, is ``{"text", "risk", "reasons"}`` or, for
a line that cannot be read, ``{"error": "...", "line": N}``: one output line per input line,
so outputs can be pasted next to inputs. The exit status is 0 when every line was screened
and 1 when at least one line was an error.

The model loads once and lines are screened in batches (parses of a whole batch go through
spaCy together), which is what makes thousands of lines a minute possible.
"""

from __future__ import annotations

import contextlib
import json
import sys
from collections.abc import Iterable, Iterator
from typing import TextIO

from bot.safety.detector import SafetyDetector

BATCH_SIZE = 500

_Item = tuple[str, list[str]]


def run(stdin: TextIO, stdout: TextIO) -> int:
    """Screen every JSON line of ``stdin`` onto ``stdout``; 1 if any line was unreadable."""
    _tolerate_bad_bytes(stdin)
    detector = SafetyDetector()
    had_errors = False
    for batch in _batches(_numbered_lines(stdin), BATCH_SIZE):
        parsed = [(number, _parse(line)) for number, line in batch]
        items = [item for _, item in parsed if not isinstance(item, str)]
        screenings = iter(detector.screen_many(items))
        for number, item in parsed:
            if isinstance(item, str):
                had_errors = True
                record: dict[str, object] = {"error": item, "line": number}
            else:
                record = {"text": item[0], **next(screenings).to_dict()}
            stdout.write(json.dumps(record, ensure_ascii=False) + "\n")
        stdout.flush()
    return 1 if had_errors else 0


def _parse(line: str) -> _Item | str:
    """The (text, context) on a line, or a message saying what is wrong with it."""
    if not line.strip():
        return "blank line: expected a JSON object such as {\"text\": \"...\"}"
    try:
        value = json.loads(line)
    except json.JSONDecodeError as exc:
        return f"invalid JSON: {exc.msg} (column {exc.colno})"
    except RecursionError:
        return "invalid JSON: nested too deeply"
    if not isinstance(value, dict):
        return f"expected a JSON object with a \"text\" field, got {type(value).__name__}"
    if "text" not in value:
        return "missing \"text\" field"
    text = value["text"]
    if not isinstance(text, str):
        return f"\"text\" must be a string, got {_json_type(text)}"
    context = value.get("context", [])
    if context is None:
        context = []
    if not isinstance(context, list) or not all(isinstance(m, str) for m in context):
        return "\"context\" must be a list of strings (earlier messages, oldest first)"
    return text, context


def _json_type(value: object) -> str:
    names = {type(None): "null", bool: "boolean", int: "number", float: "number",
             list: "array", dict: "object"}
    return names.get(type(value), type(value).__name__)


def _numbered_lines(stream: TextIO) -> Iterator[tuple[int, str]]:
    for number, line in enumerate(stream, start=1):
        yield number, line.rstrip("\r\n")


def _batches(lines: Iterable[tuple[int, str]], size: int) -> Iterator[list[tuple[int, str]]]:
    batch: list[tuple[int, str]] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


def _tolerate_bad_bytes(stream: TextIO) -> None:
    """Undecodable bytes become U+FFFD rather than an exception halfway through a file."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        # ValueError/OSError: already reading, or not a real text stream; carry on as is.
        with contextlib.suppress(ValueError, OSError):
            reconfigure(errors="replace")


if __name__ == "__main__":
    sys.exit(run(sys.stdin, sys.stdout))
