"""The crisis-language classifier: the safety net under the cue tables.

It reads what no cue judged, with a sentence encoder and a model fitted to our own text
(bot/safety/semantic). These tests pin what it is for: risk said in words no cue knows is
flagged, everyday messages are not, it never overrules the cues' reading of negation, idiom or
whose words they are, it is at most a concern on its own, and a broken or missing model leaves
the cue tables screening, loudly. Every phrase here was written for these tests; none is in the
training data (checked below) or in the evaluation sets.
"""

from __future__ import annotations

import csv
import logging
from pathlib import Path

import numpy as np
import pytest

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel
from bot.safety.semantic import classifier as classifier_module
from bot.safety.semantic.classifier import (
    MAX_WINDOWS,
    STRIDE,
    WINDOW,
    CrisisLanguageClassifier,
    Parameters,
    shared_classifier,
    split_windows,
)
from bot.safety.semantic.encoder import DIMENSIONS, EncoderUnavailable, shared_encoder
from bot.safety.semantic.train import examples, fingerprint
from tests.unit.safety.phrasing import CONCERN, HIGH, NONE

MODEL_REASON = "reads like messages from people at risk (language model)"

# Risk in words the cue tables do not know (checked below: the cues alone say none for each).
UNKNOWN_TO_THE_CUES = [
    "nobody would even notice the empty chair at dinner if i was gone for good",
    "i've sorted out who gets my records and my guitar, it all feels settled now",
    "i just want to close my eyes and not have to open them again",
    "the world would keep turning fine without me in it",
    "there's a calm in knowing i won't have to do another winter",
    "i can't see any reason to wake up tomorrow",
    "honestly i think my family would have an easier life if i just faded out",
    "i've stopped answering my mum because soon it won't matter",
    "i have been giving my things to my little brother one by one",
    "i wrote my sister a long message telling her none of this is her fault",
    "tonight feels like the night i finally stop",
]
# Ordinary things participants say between sessions; the cues let them pass, and so must it.
EVERYDAY = [
    "my sister's wedding is in june and i still haven't found a dress",
    "i had a row with my dad about the washing up again",
    "work was long today but the new manager seems nice",
    "i miss my nan, she would have loved the garden this spring",
    "feeling a bit flat this week, probably the weather",
    "can you remind me what my homework was?",
    "we went to the beach on saturday and the dog loved it",
    "i'm nervous about my driving test on friday",
    "i finally told my flatmate how i feel about the bills",
    "my mum's birthday is coming up and i want to plan something",
]


@pytest.fixture(scope="module")
def rules_only() -> SafetyDetector:
    return SafetyDetector(semantic=False)


# --- what it is for ---------------------------------------------------------------------------


def test_these_phrases_are_unknown_to_the_cue_tables(rules_only: SafetyDetector) -> None:
    assert [rules_only.screen(t).risk for t in UNKNOWN_TO_THE_CUES] == [NONE] * len(
        UNKNOWN_TO_THE_CUES
    )


def test_most_risk_in_words_no_cue_knows_is_flagged(detector: SafetyDetector) -> None:
    flagged = [t for t in UNKNOWN_TO_THE_CUES if detector.screen(t).risk >= CONCERN]
    # Measured: 7 of these 11. A model is a net, not a rule: most, not all, is the promise.
    assert len(flagged) >= 6, f"only {len(flagged)} flagged: {flagged}"


def test_the_reason_says_it_was_the_language_model(detector: SafetyDetector) -> None:
    reasons = [detector.screen(t).reasons for t in UNKNOWN_TO_THE_CUES]
    assert (MODEL_REASON,) in reasons


def test_everyday_messages_are_not_flagged(detector: SafetyDetector) -> None:
    assert [detector.screen(t).risk for t in EVERYDAY] == [NONE] * len(EVERYDAY)


def test_a_sentence_that_only_names_a_means_is_still_read_by_the_model(
    detector: SafetyDetector, rules_only: SafetyDetector
) -> None:
    # The cues note the rope (a modifier) but find no risk signal; the model reads the rest.
    text = "i keep the rope in my car now, just in case it gets too much"
    assert rules_only.screen(text).risk == NONE
    assert detector.screen(text).reasons == (MODEL_REASON,)


@pytest.mark.parametrize(
    "text",
    [
        "I sharpened all the kitchen knives today",
        "can I take ibuprofen with my sertraline?",
        "the bridge is closed for repairs again",
        "I forgot to take my pills this morning",
        "my dad keeps his hunting rifle in a locked cabinet",
    ],
)
def test_everyday_sentences_naming_means_are_not_flagged(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


def test_on_its_own_it_is_a_concern_not_high(detector: SafetyDetector) -> None:
    levels = {detector.screen(t).risk for t in UNKNOWN_TO_THE_CUES} - {NONE}
    assert levels == {CONCERN}


def test_after_suicidal_talk_earlier_it_is_high(detector: SafetyDetector) -> None:
    text = next(t for t in UNKNOWN_TO_THE_CUES if detector.screen(t).risk == CONCERN)
    assert detector.screen(text, ["I've been thinking about killing myself"]).risk == HIGH


def test_windows_after_the_first_are_read(detector: SafetyDetector) -> None:
    # Two windows of everyday talk, then a window's worth in words no cue knows. (One short
    # sentence in a window of everyday talk can be drowned out: a known limit; the cues, which
    # read every sentence, are the net for explicit words there.)
    flagged = [t for t in UNKNOWN_TO_THE_CUES if detector.screen(t).risk == CONCERN]
    filler = ". ".join(EVERYDAY * 5) + "."
    crisis = ". ".join(flagged * 2) + "."
    assert detector.screen(filler).risk == NONE
    assert detector.screen(f"{filler} {crisis}").risk >= CONCERN


# --- it never overrules the cue tables ----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I would never kill myself, I just needed to say how rough today was",
        "my friend says she wants to die and I don't know how to help her",
        "I'm not suicidal, only exhausted by the move",
        "kill the engine before you fill up",
    ],
)
def test_sentences_a_cue_has_judged_are_not_read_again(
    detector: SafetyDetector, rules_only: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == rules_only.screen(text).risk


def test_it_does_not_change_what_the_cues_flag(detector: SafetyDetector) -> None:
    assert detector.screen("I'm going to kill myself tonight").risk == RiskLevel.IMMINENT


# --- measured on held-out text (written by other people than the training data) --------------

HELD_OUT = Path(__file__).resolve().parents[3] / "benchmarks" / "data"


def _held_out(name: str, label: str) -> list[str]:
    with (HELD_OUT / name).open(newline="", encoding="utf-8") as handle:
        return [row["text"] for row in csv.DictReader(handle) if row["label"] == label]


def _flag_rate(detector: SafetyDetector, texts: list[str]) -> float:
    screenings = detector.screen_many((text, ()) for text in texts)
    return sum(s.risk >= CONCERN for s in screenings) / len(texts)


@pytest.fixture(scope="module")
def held_out_chat_at_risk() -> list[str]:
    return _held_out("own_ipt_chat_holdout.csv", "1") + _held_out("own_chat_holdout.csv", "1")


def test_on_held_out_chat_it_finds_many_more_people_at_risk_than_the_cues(
    detector: SafetyDetector, rules_only: SafetyDetector, held_out_chat_at_risk: list[str]
) -> None:
    # Measured when fitted: cues alone 0.50, with the classifier 0.78 (350 messages).
    with_model = _flag_rate(detector, held_out_chat_at_risk)
    cues_alone = _flag_rate(rules_only, held_out_chat_at_risk)
    assert with_model >= cues_alone + 0.15


def test_on_held_out_everyday_programme_chat_false_alarms_stay_under_four_percent(
    detector: SafetyDetector,
) -> None:
    # Role-play lines, grief letters, check-ins, thanks (550): measured 0.036 with the
    # classifier, 0.009 with the cues alone. The price of the recall above.
    assert _flag_rate(detector, _held_out("own_ipt_chat_holdout.csv", "0")) <= 0.04


def test_on_held_out_forum_posts_nearly_everyone_at_risk_is_found(
    detector: SafetyDetector,
) -> None:
    # 260 posts: measured 0.91 (cues alone 0.58).
    assert _flag_rate(detector, _held_out("own_sw_holdout.csv", "1")) >= 0.88


def test_on_held_out_everyday_forums_and_prompts_false_alarms_stay_rare(
    detector: SafetyDetector,
) -> None:
    # Measured 0.020 and 0.005, the same as the cues alone.
    assert _flag_rate(detector, _held_out("own_neg_forums_holdout.csv", "0")) <= 0.03
    assert _flag_rate(detector, _held_out("own_harmless_prompts_holdout.csv", "0")) <= 0.02


# --- failures are loud, and the cues go on --------------------------------------------------


def test_a_missing_model_leaves_the_cues_screening_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def missing() -> CrisisLanguageClassifier:
        raise EncoderUnavailable("not installed")

    monkeypatch.setattr("bot.safety.detector.shared_classifier", missing)
    with caplog.at_level(logging.ERROR):
        detector = SafetyDetector()
    assert "cue tables only" in caplog.text
    assert detector.screen("I want to kill myself").risk == HIGH


def test_a_failure_while_scoring_leaves_the_cues_verdict(
    caplog: pytest.LogCaptureFixture,
) -> None:
    class Broken(CrisisLanguageClassifier):
        def scores(self, texts):  # type: ignore[no-untyped-def]
            raise RuntimeError("boom")

    broken = Broken(shared_encoder(), shared_classifier().parameters)
    detector = SafetyDetector(classifier=broken)
    with caplog.at_level(logging.ERROR):
        screenings = detector.screen_many(
            [("I want to kill myself", ()), (UNKNOWN_TO_THE_CUES[0], ())]
        )
    assert [s.risk for s in screenings] == [HIGH, NONE]
    assert "classifier failed" in caplog.text


def test_empty_and_odd_input_is_screened_without_error(detector: SafetyDetector) -> None:
    for text in ["", "   ", "🙂🙂🙂", "a" * 50_000, "¿qué tal?"]:
        assert detector.screen(text).risk in set(RiskLevel)


# --- the parts ----------------------------------------------------------------------------------


def test_the_encoder_gives_unit_vectors() -> None:
    vectors = shared_encoder().embed(["hello there", "a much longer sentence " * 200])
    assert vectors.shape == (2, DIMENSIONS)
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)


def test_the_encoder_places_like_meanings_together() -> None:
    a, b, c = shared_encoder().embed(
        [
            "I want to end my life",
            "I'm thinking of taking my own life",
            "I want to end my phone contract",
        ]
    )
    assert float(a @ b) > float(a @ c)


def test_windows_cover_every_word_piece_with_overlap() -> None:
    sequence = list(range(1000))
    windows = split_windows(sequence)
    assert all(len(w) <= WINDOW for w in windows)
    assert sorted({i for w in windows for i in w}) == sequence
    assert windows[1][0] == STRIDE


def test_very_long_texts_keep_their_first_and_last_windows() -> None:
    sequence = list(range(WINDOW * 100))
    windows = split_windows(sequence)
    assert len(windows) == MAX_WINDOWS
    assert windows[0][0] == 0 and windows[-1][-1] == sequence[-1]


def test_an_empty_text_has_no_windows_and_scores_lowest() -> None:
    assert split_windows([]) == []
    assert shared_classifier().scores([""]) == [float("-inf")]


def test_the_stored_model_was_fitted_to_the_current_training_data() -> None:
    stored = Parameters.load().fingerprint
    assert stored == fingerprint(examples()), (
        "the training data changed since the classifier was fitted: run "
        "`.venv/bin/python -m bot.safety.semantic.train` and commit classifier.json/.npz"
    )


def test_no_phrase_in_these_tests_is_training_data() -> None:
    trained = {e.text.strip().lower() for e in examples()}
    for text in UNKNOWN_TO_THE_CUES + EVERYDAY:
        assert text.lower() not in trained


def test_the_model_file_sits_beside_its_threshold() -> None:
    assert classifier_module.PARAMETERS.with_suffix(".npz").exists()
