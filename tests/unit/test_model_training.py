"""The model is retrained exactly when its inputs change, and old models do not pile up."""

import os
import shutil

from bot.config import PROJECT_ROOT
from bot.model_training import model_path, prune_old_models, training_fingerprint


def _copy_inputs(tmp_path):
    for name in ("domain.yml", "config.yml"):
        shutil.copy(PROJECT_ROOT / name, tmp_path / name)
    shutil.copytree(PROJECT_ROOT / "data", tmp_path / "data")
    return tmp_path


def test_the_fingerprint_is_stable_while_nothing_changes(tmp_path):
    root = _copy_inputs(tmp_path)
    assert training_fingerprint(root) == training_fingerprint(root)


def test_any_change_to_training_data_changes_the_model_name(tmp_path):
    root = _copy_inputs(tmp_path)
    before = model_path(root)
    with (root / "data" / "nlu" / "basics.yml").open("a") as f:
        f.write("\n")
    assert model_path(root) != before


def test_only_the_newest_models_are_kept(tmp_path):
    for i in range(5):
        model = tmp_path / f"ipt-{i}.tar.gz"
        model.write_bytes(b"x")
        os.utime(model, (1000 + i, 1000 + i))
    removed = prune_old_models(tmp_path, keep=3)
    assert sorted(p.name for p in removed) == ["ipt-0.tar.gz", "ipt-1.tar.gz"]
    assert sorted(p.name for p in tmp_path.iterdir()) == [
        "ipt-2.tar.gz", "ipt-3.tar.gz", "ipt-4.tar.gz"
    ]
