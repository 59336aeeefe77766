"""Measure the safety detector on a labelled CSV and print the figures.

    python benchmarks/safety_eval.py FILE.csv [--text-col text] [--label-col label]
                                              [--group-col COL ...] [--cues-only]

Labels are either the detector's levels (none/concern/high/imminent) or binary 0/1, where 1
means "at risk" (any level at or above concern). The script prints recall, precision and
false-positive rate for the binary flag and, for levelled labels, for "at or above" each
level; extra columns are reported as groups (flag rate, recall and FPR per value). It only
prints figures: thresholds belong in a review, not in a benchmark.
"""

from __future__ import annotations

import argparse
import csv
import sys
import time
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bot.safety.detector import SafetyDetector  # noqa: E402
from bot.safety.levels import RiskLevel  # noqa: E402

_BINARY = {"0": RiskLevel.NONE, "1": RiskLevel.CONCERN}
_MAX_GROUP_VALUES = 60
csv.field_size_limit(10_000_000)


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    tn: int = 0

    def add(self, gold: bool, predicted: bool) -> None:
        if gold and predicted:
            self.tp += 1
        elif predicted:
            self.fp += 1
        elif gold:
            self.fn += 1
        else:
            self.tn += 1

    @property
    def total(self) -> int:
        return self.tp + self.fp + self.fn + self.tn

    def line(self) -> str:
        return (
            f"recall {_ratio(self.tp, self.tp + self.fn)}  "
            f"precision {_ratio(self.tp, self.tp + self.fp)}  "
            f"FPR {_ratio(self.fp, self.fp + self.tn)}  "
            f"(tp {self.tp}, fp {self.fp}, fn {self.fn}, tn {self.tn})"
        )


def _ratio(numerator: int, denominator: int) -> str:
    return f"{numerator / denominator:.3f}" if denominator else "  n/a"


def parse_label(raw: str) -> RiskLevel:
    value = raw.strip().lower()
    if value in _BINARY:
        return _BINARY[value]
    return RiskLevel(value)


def read_rows(
    path: Path, text_col: str, label_col: str
) -> tuple[list[dict[str, str]], list[str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        reader = csv.DictReader(handle)
        rows = list(reader)
        columns = list(reader.fieldnames or [])
    for column in (text_col, label_col):
        if column not in columns:
            raise SystemExit(f"{path}: no column {column!r} (columns: {', '.join(columns)})")
    return rows, columns


def report(
    rows: Sequence[dict[str, str]],
    predicted: Sequence[RiskLevel],
    label_col: str,
    groups: Iterable[str],
) -> None:
    gold = [parse_label(row[label_col]) for row in rows]
    levelled = any(row[label_col].strip().lower() not in _BINARY for row in rows)
    flag = Counts()
    for g, p in zip(gold, predicted, strict=True):
        flag.add(g >= RiskLevel.CONCERN, p >= RiskLevel.CONCERN)
    print(f"rows: {len(rows)}  at risk (gold): {sum(g >= RiskLevel.CONCERN for g in gold)}")
    print(f"flag (>= concern): {flag.line()}")
    if levelled:
        for level in (RiskLevel.CONCERN, RiskLevel.HIGH, RiskLevel.IMMINENT):
            counts = Counts()
            for g, p in zip(gold, predicted, strict=True):
                counts.add(g >= level, p >= level)
            print(f"at or above {level.value:9s}: {counts.line()}")
    print("predicted levels: " + ", ".join(
        f"{level.value} {sum(p == level for p in predicted)}" for level in RiskLevel
    ))
    for column in groups:
        values = sorted({row.get(column, "") for row in rows})
        if len(values) > _MAX_GROUP_VALUES:
            print(f"\n[{column}] skipped: {len(values)} distinct values")
            continue
        print(f"\n[{column}]  flag rate / recall / FPR per value")
        for value in values:
            counts = Counts()
            for row, g, p in zip(rows, gold, predicted, strict=True):
                if row.get(column, "") == value:
                    counts.add(g >= RiskLevel.CONCERN, p >= RiskLevel.CONCERN)
            rate = _ratio(counts.tp + counts.fp, counts.total)
            print(
                f"  {value[:28]:28s} n={counts.total:5d}  flag rate {rate}  "
                f"recall {_ratio(counts.tp, counts.tp + counts.fn)}  "
                f"FPR {_ratio(counts.fp, counts.fp + counts.tn)}"
            )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("file", type=Path)
    parser.add_argument("--text-col", default="text")
    parser.add_argument("--label-col", default="label")
    parser.add_argument(
        "--group-col", action="append", default=None,
        help="column to break results down by (repeatable; default: every other column)",
    )
    parser.add_argument(
        "--cues-only", action="store_true",
        help="screen with the cue tables alone, without the crisis-language classifier",
    )
    parser.add_argument(
        "--show-errors", type=int, default=0, metavar="N",
        help="also print up to N misses and N false alarms (for development only)",
    )
    args = parser.parse_args(argv)

    rows, columns = read_rows(args.file, args.text_col, args.label_col)
    groups = args.group_col
    if groups is None:
        groups = [c for c in columns if c not in {args.text_col, args.label_col}]

    started = time.perf_counter()
    detector = SafetyDetector(semantic=not args.cues_only)
    detector.screen("warm up")
    loaded = time.perf_counter()
    texts = [row[args.text_col] or "" for row in rows]
    screenings = detector.screen_many((text, ()) for text in texts)
    finished = time.perf_counter()

    predicted = [s.risk for s in screenings]
    print(f"== {args.file.name}" + (" (cue tables only)" if args.cues_only else ""))
    report(rows, predicted, args.label_col, groups)
    elapsed = finished - loaded
    chars = sum(len(t) for t in texts)
    print(
        f"\nthroughput: {len(texts) / elapsed * 60:,.0f} lines/min "
        f"({len(texts)} lines, {chars / max(len(texts), 1):.0f} chars/line on average, "
        f"{elapsed:.1f} s; model load and warm-up {loaded - started:.1f} s)"
    )
    if args.show_errors:
        _show_errors(rows, screenings, args.text_col, args.label_col, args.show_errors)
    return 0


def _show_errors(rows, screenings, text_col, label_col, limit) -> None:  # type: ignore[no-untyped-def]
    misses = defaultdict(list)
    for row, screening in zip(rows, screenings, strict=True):
        gold = parse_label(row[label_col]) >= RiskLevel.CONCERN
        flagged = screening.risk >= RiskLevel.CONCERN
        if gold != flagged:
            misses["missed" if gold else "false alarm"].append((row, screening))
    for kind, items in misses.items():
        print(f"\n-- {kind} ({len(items)})")
        for row, screening in items[:limit]:
            print(f"[{screening.risk.value}] {screening.reasons} :: {row[text_col][:300]!r}")


if __name__ == "__main__":
    try:
        raise SystemExit(main())
    except BrokenPipeError:  # piped into `head`: stop quietly
        sys.stderr.close()
        raise SystemExit(0) from None
