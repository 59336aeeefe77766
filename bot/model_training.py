"""Train the Rasa model only when its inputs changed.

The model file is named after a fingerprint of domain, config and training data, so "is it
up to date?" is a file lookup, and `rasa train` (minutes on two cores) runs only when needed.
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
from pathlib import Path

from bot.config import PROJECT_ROOT

TRAINING_INPUTS = ("domain.yml", "config.yml", "data")
KEEP_MODELS = 3


def training_fingerprint(root: Path = PROJECT_ROOT) -> str:
    digest = hashlib.sha256()
    for name in TRAINING_INPUTS:
        path = root / name
        files = sorted(p for p in path.rglob("*.yml")) if path.is_dir() else [path]
        for file in files:
            digest.update(str(file.relative_to(root)).encode())
            digest.update(file.read_bytes())
    return digest.hexdigest()[:16]


def model_path(root: Path = PROJECT_ROOT) -> Path:
    return root / "models" / f"ipt-{training_fingerprint(root)}.tar.gz"


def ensure_model(root: Path = PROJECT_ROOT) -> Path:
    """Return the current model, training it first if the data or config changed."""
    target = model_path(root)
    if target.is_file():
        return target
    print(f"set-up: training the model ({target.name}); this takes a few minutes", flush=True)
    rasa = Path(sys.executable).with_name("rasa")
    subprocess.run(
        [
            str(rasa), "train",
            "--domain", "domain.yml", "--config", "config.yml", "--data", "data",
            "--out", "models", "--fixed-model-name", target.name.removesuffix(".tar.gz"),
        ],
        cwd=root,
        check=True,
    )
    prune_old_models(root / "models", keep=KEEP_MODELS)
    return target


def prune_old_models(models_dir: Path, keep: int) -> list[Path]:
    """Each data change trains a new model (~30 MB); keep only the newest few."""
    models = sorted(models_dir.glob("ipt-*.tar.gz"), key=lambda p: p.stat().st_mtime, reverse=True)
    removed = models[keep:]
    for old in removed:
        old.unlink(missing_ok=True)
    return removed
