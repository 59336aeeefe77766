"""The benchmark script reads levelled and binary labels and prints the figures."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from bot.safety.levels import RiskLevel

SCRIPT = Path(__file__).resolve().parents[3] / "benchmarks" / "safety_eval.py"


def load_script():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("safety_eval", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while being built
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("raw", "level"),
    [("0", RiskLevel.NONE), ("1", RiskLevel.CONCERN), (" High ", RiskLevel.HIGH)],
)
def test_labels_are_read_as_levels(raw: str, level: RiskLevel) -> None:
    assert load_script().parse_label(raw) is level


def test_the_report_covers_flags_levels_groups_and_throughput(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "mini.csv"
    csv_file.write_text(
        "text,label,source\n"
        "I want to kill myself,high,a\n"
        "this traffic is killing me,none,a\n"
        "I'm going to kill myself tonight,imminent,b\n"
        "lovely weather today,none,b\n",
        encoding="utf-8",
    )
    assert load_script().main([str(csv_file)]) == 0
    printed = capsys.readouterr().out
    assert all(
        part in printed
        for part in ("flag (>= concern): recall 1.000", "at or above imminent", "[source]",
                     "lines/min")
    )


def test_the_cue_tables_can_be_measured_alone(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    csv_file = tmp_path / "mini.csv"
    csv_file.write_text("text,label\nI want to kill myself,1\nlovely weather today,0\n")
    assert load_script().main([str(csv_file), "--cues-only"]) == 0
    printed = capsys.readouterr().out
    assert "(cue tables only)" in printed
    assert "recall 1.000" in printed
