"""The JSON-lines screening command: one output line per input line, in order, never a crash."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

from bot.safety.screen_cli import run

ROOT = Path(__file__).resolve().parents[3]


def screen_lines(*lines: str) -> tuple[list[dict[str, object]], int]:
    stdout = io.StringIO()
    status = run(io.StringIO("".join(line + "\n" for line in lines)), stdout)
    return [json.loads(line) for line in stdout.getvalue().splitlines()], status


def test_each_line_gets_its_text_risk_and_reasons() -> None:
    records, _ = screen_lines(json.dumps({"text": "I want to kill myself"}))
    assert records == [
        {"text": "I want to kill myself", "risk": "high", "reasons": ["active suicidal ideation"]}
    ]


def test_outputs_come_back_in_input_order() -> None:
    texts = ["hello there", "I want to kill myself", "my feet are killing me", "kms"]
    records, _ = screen_lines(*(json.dumps({"text": t}) for t in texts))
    assert [r["text"] for r in records] == texts


def test_risks_line_up_with_their_inputs() -> None:
    texts = ["hello there", "I want to kill myself", "my feet are killing me", "kms"]
    records, _ = screen_lines(*(json.dumps({"text": t}) for t in texts))
    assert [r["risk"] for r in records] == ["none", "high", "none", "high"]


def test_the_context_field_is_used() -> None:
    line = json.dumps(
        {"text": "what's the tallest bridge in town?", "context": ["I lost my job, I can't go on"]}
    )
    records, _ = screen_lines(line)
    assert records[0]["risk"] == "high"


def test_context_is_optional() -> None:
    records, _ = screen_lines(json.dumps({"text": "what's the tallest bridge in town?"}))
    assert records[0]["risk"] == "none"


def test_a_blank_line_gives_an_error_line_in_its_place() -> None:
    records, _ = screen_lines(json.dumps({"text": "hi"}), "", json.dumps({"text": "kms"}))
    assert records[1]["line"] == 2 and "blank" in str(records[1]["error"])


def test_invalid_json_gives_an_error_line() -> None:
    records, _ = screen_lines("{not json")
    assert records[0]["line"] == 1 and "invalid JSON" in str(records[0]["error"])


def test_a_missing_text_gives_an_error_line() -> None:
    records, _ = screen_lines(json.dumps({"context": ["hello"]}))
    assert records == [{"error": 'missing "text" field', "line": 1}]


def test_a_text_that_is_not_a_string_gives_an_error_line() -> None:
    records, _ = screen_lines(json.dumps({"text": 42}))
    assert records[0]["error"] == '"text" must be a string, got number'


def test_a_context_that_is_not_a_list_of_strings_gives_an_error_line() -> None:
    records, _ = screen_lines(json.dumps({"text": "hi", "context": "earlier"}))
    assert "context" in str(records[0]["error"])


def test_a_json_value_that_is_not_an_object_gives_an_error_line() -> None:
    records, _ = screen_lines("[1, 2, 3]")
    assert "JSON object" in str(records[0]["error"])


def test_error_lines_do_not_shift_the_lines_after_them() -> None:
    records, _ = screen_lines("oops", json.dumps({"text": "I want to die"}))
    assert records[1]["text"] == "I want to die"


def test_the_exit_status_is_zero_when_every_line_was_screened() -> None:
    _, status = screen_lines(json.dumps({"text": "hello"}))
    assert status == 0


def test_the_exit_status_is_one_when_a_line_could_not_be_read() -> None:
    _, status = screen_lines(json.dumps({"text": "hello"}), "oops")
    assert status == 1


def test_empty_input_gives_empty_output() -> None:
    stdout = io.StringIO()
    assert run(io.StringIO(""), stdout) == 0 and stdout.getvalue() == ""


def test_non_ascii_text_is_written_back_unchanged() -> None:
    records, _ = screen_lines(json.dumps({"text": "ça va 😀"}, ensure_ascii=False))
    assert records[0]["text"] == "ça va 😀"


def test_windows_line_endings_are_accepted() -> None:
    stdout = io.StringIO()
    run(io.StringIO(json.dumps({"text": "kms"}) + "\r\n"), stdout)
    assert json.loads(stdout.getvalue())["risk"] == "high"


def test_more_lines_than_a_batch_all_come_back_in_order() -> None:
    texts = [f"message number {n}" for n in range(1200)]
    records, _ = screen_lines(*(json.dumps({"text": t}) for t in texts))
    assert [r["text"] for r in records] == texts


def test_it_runs_as_a_module() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "bot.safety.screen_cli"],
        input=json.dumps({"text": "I am going to kill myself tonight"}) + "\n",
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
        check=False,
    )
    assert json.loads(result.stdout)["risk"] == "imminent"
