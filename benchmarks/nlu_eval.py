#!/usr/bin/env python
"""Held-out evaluation of the IPT Companion NLU data.

What it does
------------
1. Loads every file in ``data/nlu/`` with Rasa's own reader and checks the data:
   no example may appear under two intents (compared case- and
   punctuation-insensitively), no empty intent.
2. Splits the examples deterministically and stratified per intent: within each
   intent, examples (grouped with their case/punctuation variants) are ordered
   by ``sha256(seed + normalised text)`` and the first ``round(n * holdout)``
   groups go to the test split. The side of an example does not depend on the
   other examples, so adding data does not reshuffle the existing test set.
3. Writes the train split to a temporary directory, trains an NLU-only model
   with the project's pipeline (``--config``, default ``config.yml`` at the
   repository root; if that file does not exist, a built-in fallback pipeline is
   used and announced), and parses every held-out example (never trained on).
4. Prints precision / recall / F1 per intent, macro F1, accuracy and a
   confusion table between the four IPT problem areas.
5. With ``--csv FILE --text-col text --label-col label`` it also evaluates the
   same trained model on an outside labelled CSV.

Figures only: there is no pass/fail and no time limit.

Examples::

    python benchmarks/nlu_eval.py
    python benchmarks/nlu_eval.py --holdout 0.2 --seed 13 --show-errors
    python benchmarks/nlu_eval.py --check-only
    python benchmarks/nlu_eval.py --csv outside.csv --text-col text --label-col label
"""

from __future__ import annotations

import argparse
import asyncio
import csv
import hashlib
import os
import re
import sys
import tempfile
import time
from collections import Counter, defaultdict
from pathlib import Path

# Must be set before Rasa / TensorFlow are imported.
os.environ["RASA_TELEMETRY_ENABLED"] = "false"
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ.setdefault("SQLALCHEMY_SILENCE_UBER_WARNING", "1")
os.environ.setdefault("LOG_LEVEL", "WARNING")
# The machine is shared: keep TensorFlow to a modest number of threads.
os.environ.setdefault("TF_INTRA_OP_PARALLELISM_THREADS", "2")
os.environ.setdefault("TF_INTER_OP_PARALLELISM_THREADS", "1")

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_DATA = REPO_ROOT / "data" / "nlu"
DEFAULT_CONFIG = REPO_ROOT / "config.yml"

PROBLEM_AREAS = ["share_grief", "share_conflict", "share_transition", "share_loneliness"]

# Used only while the project has no config.yml yet (or with --config fallback).
FALLBACK_CONFIG = """\
recipe: default.v1
language: en
assistant_id: ipt-companion-nlu-eval
pipeline:
  - name: WhitespaceTokenizer
  - name: RegexFeaturizer
  - name: LexicalSyntacticFeaturizer
  - name: CountVectorsFeaturizer
  - name: CountVectorsFeaturizer
    analyzer: char_wb
    min_ngram: 1
    max_ngram: 4
  - name: DIETClassifier
    epochs: 100
    constrain_similarities: true
    random_seed: 42
policies: []
"""


# --------------------------------------------------------------------------- data


def normalise(text: str) -> str:
    """Key used to detect duplicates: case, punctuation and spacing ignored."""
    text = text.casefold().replace("’", "'")
    text = re.sub(r"[^\w\s']", " ", text)
    return re.sub(r"\s+", " ", text).strip()


def load_examples(data_paths: list[Path]) -> tuple[list[tuple[str, str]], dict[str, str]]:
    """All (text, intent) pairs, read file by file with Rasa's reader.

    Also returns, for each intent, the name of the file(s) it comes from.
    """
    from rasa.shared.nlu.training_data.loading import load_data

    files: list[Path] = []
    for data_path in data_paths:
        if data_path.is_dir():
            files += sorted(
                f for f in data_path.rglob("*") if f.suffix in (".yml", ".yaml", ".json", ".md")
            )
        else:
            files.append(data_path)
    examples = []
    sources: dict[str, set[str]] = defaultdict(set)
    for file in files:
        training_data = load_data(str(file))
        for message in training_data.intent_examples:
            text = message.get("text")
            intent = message.get("intent")
            if text and intent:
                examples.append((text, intent))
                sources[intent].add(file.name)
    return examples, {i: "+".join(sorted(f)) for i, f in sources.items()}


def check_examples(examples: list[tuple[str, str]]) -> list[str]:
    """Return a list of problems (empty when the data is clean)."""
    problems = []
    by_key: dict[str, set[str]] = defaultdict(set)
    texts_by_key: dict[str, set[str]] = defaultdict(set)
    for text, intent in examples:
        key = normalise(text)
        by_key[key].add(intent)
        texts_by_key[key].add(text)
    for key, intents in sorted(by_key.items()):
        if len(intents) > 1:
            problems.append(
                f"example under several intents {sorted(intents)}: {sorted(texts_by_key[key])}"
            )
    counts = Counter(intent for _, intent in examples)
    for intent, n in sorted(counts.items()):
        if n < 2:
            problems.append(f"intent {intent} has only {n} example(s)")
    return problems


def split_examples(
    examples: list[tuple[str, str]], holdout: float, seed: int
) -> tuple[list[tuple[str, str]], list[tuple[str, str]]]:
    """Stratified, deterministic split; each intent keeps >= 1 train example.

    Variants that only differ in case or punctuation ("what is IPT?" / "what is
    ipt", "/help" / "help") form one group and always land on the same side,
    so the test split never contains a near-copy of a training example.
    """
    per_intent: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    for text, intent in examples:
        group = per_intent[intent][normalise(text)]
        if text not in group:
            group.append(text)

    def rank(key: str) -> str:
        return hashlib.sha256(f"{seed}\x00{key}".encode()).hexdigest()

    train, test = [], []
    for intent in sorted(per_intent):
        groups = per_intent[intent]
        keys = sorted(groups, key=rank)
        n_test = min(len(keys) - 1, max(1, round(len(keys) * holdout)))
        test += [(t, intent) for k in keys[:n_test] for t in groups[k]]
        train += [(t, intent) for k in keys[n_test:] for t in groups[k]]
    return train, test


def write_nlu_yaml(examples: list[tuple[str, str]], path: Path) -> None:
    from rasa.shared.nlu.training_data.formats.rasa_yaml import RasaYAMLWriter
    from rasa.shared.nlu.training_data.message import Message
    from rasa.shared.nlu.training_data.training_data import TrainingData

    messages = [Message(data={"text": t, "intent": i}) for t, i in examples]
    RasaYAMLWriter().dump(path, TrainingData(training_examples=messages))


def read_csv(path: Path, text_col: str, label_col: str) -> list[tuple[str, str]]:
    rows = []
    with path.open(newline="", encoding="utf-8-sig") as fh:
        reader = csv.DictReader(fh)
        missing = {text_col, label_col} - set(reader.fieldnames or [])
        if missing:
            sys.exit(f"{path}: missing column(s) {sorted(missing)}; has {reader.fieldnames}")
        for row in reader:
            text = (row.get(text_col) or "").strip()
            label = (row.get(label_col) or "").strip()
            if text and label:
                rows.append((text, label))
    return rows


# ------------------------------------------------------------------------ metrics


def report(
    title: str,
    gold_pred: list[tuple[str, str, str, float]],
    known_intents: list[str],
    show_errors: bool,
    sources: dict[str, str] | None = None,
) -> dict:
    """Print per-intent P/R/F1, macro F1 and the problem-area confusion table."""
    gold = [g for _, g, _, _ in gold_pred]
    pred = [p for _, _, p, _ in gold_pred]
    labels = sorted(set(gold))  # macro over intents present in the gold labels

    print(f"\n=== {title}: {len(gold_pred)} examples ===")
    print(f"{'intent':<20} {'prec':>6} {'rec':>6} {'f1':>6} {'n':>5}")
    f1s = {}
    for label in labels:
        tp = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p == label)
        fp = sum(1 for g, p in zip(gold, pred, strict=True) if g != label and p == label)
        fn = sum(1 for g, p in zip(gold, pred, strict=True) if g == label and p != label)
        prec = tp / (tp + fp) if tp + fp else 0.0
        rec = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        f1s[label] = f1
        flag = "" if label in known_intents else "  (not an intent of the model)"
        print(f"{label:<20} {prec:6.3f} {rec:6.3f} {f1:6.3f} {tp + fn:5d}{flag}")
    macro = sum(f1s.values()) / len(f1s) if f1s else 0.0
    accuracy = (
        sum(1 for g, p in zip(gold, pred, strict=True) if g == p) / len(gold) if gold else 0.0
    )
    print(f"{'macro F1':<20} {macro:6.3f}")
    print(f"{'accuracy':<20} {accuracy:6.3f}")
    if sources:
        by_file: dict[str, list[float]] = defaultdict(list)
        for label, f1 in f1s.items():
            by_file[sources.get(label, "?")].append(f1)
        if len(by_file) > 1:
            print("macro F1 by data file:")
            for file, values in sorted(by_file.items()):
                print(f"  {file:<24} {sum(values) / len(values):6.3f}  ({len(values)} intents)")

    areas = [a for a in PROBLEM_AREAS if a in gold]
    if areas:
        short = {a: a.replace("share_", "")[:10] for a in PROBLEM_AREAS}
        cols = PROBLEM_AREAS + ["other"]
        print("\nProblem-area confusion (rows = gold, columns = predicted):")
        print(f"{'':<12}" + "".join(f"{short.get(c, c):>12}" for c in cols))
        for a in areas:
            row = Counter(
                p if p in PROBLEM_AREAS else "other"
                for g, p in zip(gold, pred, strict=True)
                if g == a
            )
            print(f"{short[a]:<12}" + "".join(f"{row.get(c, 0):>12d}" for c in cols))
        area_f1 = {a: round(f1s[a], 3) for a in areas}
        print(f"problem-area F1: {area_f1}")
        print(f"problem-area macro F1: {sum(f1s[a] for a in areas) / len(areas):.3f}")

    if show_errors:
        errors = [(t, g, p, c) for t, g, p, c in gold_pred if g != p]
        print(f"\nErrors ({len(errors)}):")
        for t, g, p, c in errors:
            print(f"  gold={g:<18} pred={p:<18} conf={c:.2f}  {t!r}")
    return {"macro_f1": macro, "accuracy": accuracy, "f1": f1s}


# ------------------------------------------------------------------------- rasa


def strip_components(config: Path, names: list[str], out: Path) -> Path:
    """Write a copy of the config without the named pipeline components."""
    from rasa.shared.utils.io import read_yaml_file, write_yaml

    data = read_yaml_file(str(config))
    kept, dropped = [], []
    for component in data.get("pipeline") or []:
        name = str(component.get("name", ""))
        if name in names or name.rsplit(".", 1)[-1] in names:
            dropped.append(name)
        else:
            kept.append(component)
    missing = [n for n in names if not any(n == d or d.endswith("." + n) for d in dropped)]
    if missing:
        sys.exit(f"--without: no pipeline component named {missing} in {config}")
    data["pipeline"] = kept
    write_yaml(data, out)
    print(f"Pipeline without {dropped}")
    return out


def quiet_rasa_logging() -> None:
    """Keep Rasa's per-message debug lines out of the report."""
    import logging

    from rasa.utils.common import configure_logging_and_warnings
    from rasa.utils.log_utils import configure_structlog

    configure_logging_and_warnings(logging.WARNING)
    configure_structlog(logging.WARNING)


def train(config: Path, train_file: Path, out_dir: Path) -> str:
    from rasa.model_training import train_nlu

    model = train_nlu(
        config=str(config),
        nlu_data=str(train_file),
        output=str(out_dir),
        fixed_model_name="nlu-eval",
    )
    if not model:
        sys.exit("training failed (no model written)")
    return model


async def predict(
    model_path: str, texts: list[str], intents: list[str]
) -> list[tuple[str, float, str]]:
    """Parse each text; returns (intent, confidence, top intent ignoring nlu_fallback).

    An NLU-only model has no domain at prediction time, so Rasa's
    RegexMessageHandler would turn "/checkin" into an intent named "checkin".
    The full bot has a domain: there, "/<known intent>" is a shortcut and any
    other "/word" is classified by the pipeline. We reproduce that here by
    re-parsing unknown slash commands without the slash, which gives the same
    tokens (the tokenizer drops the "/") and hence the classifier's answer.
    """
    from rasa.core.agent import Agent

    agent = Agent.load(model_path)
    out = []
    for text in texts:
        parsed = await agent.parse_message(text)
        intent = parsed.get("intent") or {}
        name = intent.get("name")
        if text.strip().startswith("/") and name not in intents and name != "nlu_fallback":
            parsed = await agent.parse_message(text.strip()[1:])
            intent = parsed.get("intent") or {}
            name = intent.get("name")
        ranking = [r.get("name") for r in parsed.get("intent_ranking") or []]
        raw = next((r for r in ranking if r and r != "nlu_fallback"), name)
        out.append((name or "None", float(intent.get("confidence") or 0.0), raw or "None"))
    return out


def summarise_without_fallback(
    title: str, test: list[tuple[str, str]], preds: list[tuple[str, float, str]]
) -> None:
    """One line: the classifier's own top intent, as if there were no FallbackClassifier."""
    if not any(p == "nlu_fallback" for p, _, _ in preds):
        return
    gold = [g for _, g in test]
    raw = [r for _, _, r in preds]
    labels = sorted(set(gold))
    f1s = {}
    for label in labels:
        tp = sum(1 for g, r in zip(gold, raw, strict=True) if g == label and r == label)
        fp = sum(1 for g, r in zip(gold, raw, strict=True) if g != label and r == label)
        fn = sum(1 for g, r in zip(gold, raw, strict=True) if g == label and r != label)
        f1s[label] = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    n_fb = sum(1 for p, _, _ in preds if p == "nlu_fallback")
    areas = [a for a in PROBLEM_AREAS if a in f1s]
    area_txt = (
        f", problem-area macro F1 {sum(f1s[a] for a in areas) / len(areas):.3f}" if areas else ""
    )
    print(
        f"{title} without the fallback threshold ({n_fb} messages fell back): "
        f"macro F1 {sum(f1s.values()) / len(f1s):.3f}{area_txt}"
    )


# -------------------------------------------------------------------------- main


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawTextHelpFormatter)
    ap.add_argument(
        "--data",
        type=Path,
        action="append",
        help="NLU data dir or file; repeat to combine (default: data/nlu)",
    )
    ap.add_argument(
        "--config",
        default=None,
        help="Rasa config (default: config.yml at the repo root; 'fallback' or a missing "
        "default uses the built-in pipeline)",
    )
    ap.add_argument(
        "--without",
        action="append",
        default=[],
        metavar="COMPONENT",
        help="drop this pipeline component from the config for this run (repeatable; matches "
        "the name or its last dotted part), e.g. --without SafetyScreen "
        "--without FallbackClassifier to see the intent classifier alone",
    )
    ap.add_argument("--holdout", type=float, default=0.2, help="test fraction per intent")
    ap.add_argument("--seed", type=int, default=42, help="split seed")
    ap.add_argument("--csv", type=Path, help="outside labelled CSV to evaluate as well")
    ap.add_argument("--text-col", default="text")
    ap.add_argument("--label-col", default="label")
    ap.add_argument("--show-errors", action="store_true", help="list misclassified examples")
    ap.add_argument("--check-only", action="store_true", help="load + check the data, no training")
    ap.add_argument("--keep-model", type=Path, help="copy the trained model to this directory")
    args = ap.parse_args()

    if not 0 < args.holdout < 1:
        ap.error("--holdout must be between 0 and 1")

    data_paths = args.data or [DEFAULT_DATA]
    examples, sources = load_examples(data_paths)
    counts = Counter(intent for _, intent in examples)
    print(
        f"Loaded {len(examples)} examples, {len(counts)} intents from "
        f"{', '.join(str(d) for d in data_paths)}"
    )
    for intent, n in sorted(counts.items()):
        print(f"  {intent:<20} {n:4d}  {sources[intent]}")
    problems = check_examples(examples)
    for p in problems:
        print(f"DATA PROBLEM: {p}")
    if problems:
        return 1
    print("Data check: OK (Rasa reader loads it; no example shared between intents)")
    if args.check_only:
        return 0

    train_ex, test_ex = split_examples(examples, args.holdout, args.seed)
    print(
        f"Split (holdout={args.holdout}, seed={args.seed}): "
        f"{len(train_ex)} train / {len(test_ex)} test"
    )

    with tempfile.TemporaryDirectory(prefix="nlu-eval-") as tmp:
        tmp_path = Path(tmp)
        # Keep Rasa's training cache private to this run.
        os.environ["RASA_CACHE_DIRECTORY"] = str(tmp_path / "cache")

        if args.config and args.config != "fallback":
            config = Path(args.config)
            if not config.exists():
                sys.exit(f"config not found: {config}")
        elif args.config is None and DEFAULT_CONFIG.exists():
            config = DEFAULT_CONFIG
        else:
            config = tmp_path / "config.yml"
            config.write_text(FALLBACK_CONFIG)
            print("Using the built-in fallback pipeline (no project config.yml)")
        if args.without:
            config = strip_components(config, args.without, tmp_path / "config-stripped.yml")
        print(f"Config: {config}")

        train_file = tmp_path / "train" / "nlu.yml"
        train_file.parent.mkdir()
        write_nlu_yaml(train_ex, train_file)

        quiet_rasa_logging()

        # Make project components (e.g. custom classifiers) importable.
        sys.path.insert(0, str(REPO_ROOT))

        t0 = time.perf_counter()
        model_path = train(config, train_file, tmp_path / "models")
        train_secs = time.perf_counter() - t0
        print(f"Training time: {train_secs:.1f} s")

        if args.keep_model:
            import shutil

            args.keep_model.mkdir(parents=True, exist_ok=True)
            shutil.copy(model_path, args.keep_model)

        known = sorted(counts)
        t0 = time.perf_counter()
        preds = asyncio.run(predict(model_path, [t for t, _ in test_ex], known))
        pred_secs = time.perf_counter() - t0
        rows = [(t, g, p, c) for (t, g), (p, c, _) in zip(test_ex, preds, strict=True)]
        report("Held-out split", rows, known, args.show_errors, sources)
        summarise_without_fallback("Held-out split", test_ex, preds)
        print(f"Prediction time: {pred_secs:.1f} s for {len(test_ex)} messages")

        if args.csv:
            outside = read_csv(args.csv, args.text_col, args.label_col)
            preds = asyncio.run(predict(model_path, [t for t, _ in outside], known))
            rows = [(t, g, p, c) for (t, g), (p, c, _) in zip(outside, preds, strict=True)]
            report(f"Outside CSV {args.csv.name}", rows, known, args.show_errors)
            summarise_without_fallback(f"Outside CSV {args.csv.name}", outside, preds)
    return 0


if __name__ == "__main__":
    sys.exit(main())
