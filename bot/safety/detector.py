"""Screen participants' messages for suicide, self-harm, violence and abuse risk.

The cue tables come first: every level they give can be traced to the words that caused it,
clinicians can review them, and they read negation, whose words they are and whether it is
over. Under them a crisis-language classifier reads what no cue matched, because people at
risk say it in more ways than any table holds; it can only add a ``concern`` (``high`` after
suicidal talk earlier). Both behave the same on every run. It is a safety net in front of a
human clinician, not a diagnosis; see docs/safety-detector.md for its limits.

How a message is screened:

1. normalise the text (text-speak, missing apostrophes, stretched letters, caps);
2. split it cheaply into sentences and run every cue (regular expression) over all of it;
3. score the sentences no cue matched with the classifier (one batch for all messages);
4. parse only the sentences whose matches need grammar (negation, subject, tense), up to a
   budget, and confirm or drop each match;
5. screen the earlier messages the same way but without parsing or classifier, and combine
   everything into a level with human-readable reasons.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc

from bot.language import english
from bot.safety.assessment import assess
from bot.safety.conversation import QUIET, Conversation, recent, summarise
from bot.safety.evidence import Evidence, Match, confirm, find_matches
from bot.safety.levels import RiskLevel
from bot.safety.normalise import Sentence, for_parser, normalise, split_sentences
from bot.safety.semantic.classifier import CrisisLanguageClassifier, shared_classifier
from bot.safety.semantic.encoder import EncoderUnavailable
from bot.safety.signals import Signal

logger = logging.getLogger(__name__)

# Parsing is the expensive step: at most this many characters of sentences per message.
MAX_PARSED_CHARS = 6_000
_PIPES_NOT_NEEDED = frozenset({"ner", "textcat", "textcat_multilabel", "entity_linker"})
_BATCH_SIZE = 256


@dataclass(frozen=True)
class Screening:
    """The detector's verdict on one message."""

    risk: RiskLevel
    reasons: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, object]:
        return {"risk": self.risk.value, "reasons": list(self.reasons)}


SAFE = Screening(RiskLevel.NONE, ())

# If a bug ever stops a message being screened, say so rather than call it safe.
UNSCREENED = Screening(
    RiskLevel.CONCERN, ("could not be screened automatically (internal error); please read it",)
)


@dataclass
class _Draft:
    """A message after the cheap lexical pass, waiting for the parses it asked for."""

    text: str
    sentences: list[Sentence]
    matches: list[Match]
    earlier: Conversation
    to_parse: list[int]
    judged: set[int]  # sentences where a risk cue matched, whatever the grammar then said
    docs: dict[int, Doc] = field(default_factory=dict)
    reads_like_crisis: bool = False

    def unjudged_text(self) -> str:
        """The message without the sentences the cue tables have already judged.

        The classifier cannot read negation, idiom or whose words they are ("I'd never kill
        myself", "kill the lights", "my friend wants to die"); the cues' grammar can. So the
        classifier reads only what no cue had anything to say about.
        """
        return " ".join(s.text for i, s in enumerate(self.sentences) if i not in self.judged)


class SafetyDetector:
    """Screens messages; construct once per process and reuse (it holds the parser)."""

    def __init__(
        self,
        nlp: Language | None = None,
        classifier: CrisisLanguageClassifier | None = None,
        *,
        semantic: bool = True,
    ) -> None:
        self._nlp = nlp if nlp is not None else english()
        self._pipes = [
            pipe for name, pipe in self._nlp.pipeline if name not in _PIPES_NOT_NEEDED
        ]
        self._classifier = classifier
        if self._classifier is None and semantic:
            try:
                self._classifier = shared_classifier()
            except (EncoderUnavailable, OSError, ValueError):
                # The cue tables still screen every message; say loudly that half is missing.
                logger.exception(
                    "the crisis-language classifier could not be loaded: screening with the "
                    "cue tables only. Run the set-up (make setup) to install the encoder."
                )

    def screen(self, text: str, context: Sequence[str] = ()) -> Screening:
        return self.screen_many([(text, context)])[0]

    def screen_many(self, items: Iterable[tuple[str, Sequence[str]]]) -> list[Screening]:
        """Screen a batch; parses of all messages go through the pipeline together."""
        drafts = [self._guarded_draft(text, context) for text, context in _safe_items(items)]
        self._read_language(drafts)
        jobs = [(draft, index) for draft in drafts if draft for index in draft.to_parse]
        texts = [for_parser(draft.sentences[index].text) for draft, index in jobs]
        try:
            for (draft, index), doc in zip(jobs, self._parse(texts), strict=True):
                draft.docs[index] = doc
        except Exception:  # without parses, the word-window reading still works
            logger.exception("parsing failed; screening %d sentences without the parser", len(jobs))
            for draft, _ in jobs:
                draft.docs.clear()
        return [self._guarded_finish(draft) for draft in drafts]

    def unjudged_texts(self, texts: Iterable[str]) -> list[str]:
        """What the crisis-language classifier reads of each text: the sentences no cue
        matched (used to train it on exactly what it will see)."""
        return [self._draft(text, ()).unjudged_text() for text in texts]

    def _guarded_draft(self, text: object, context: object) -> _Draft | None:
        try:
            return self._draft(text, context)
        except Exception:  # a safety check must answer, never crash the bot
            logger.exception("safety screening failed while reading a message")
            return None

    def _read_language(self, drafts: list[_Draft | None]) -> None:
        """Score every message with the classifier in one batch (the encoder likes batches)."""
        if self._classifier is None:
            return
        unjudged = [(draft, draft.unjudged_text()) for draft in drafts if draft is not None]
        unjudged = [(draft, text) for draft, text in unjudged if text.strip()]
        if not unjudged:
            return
        texts = [draft for draft, _ in unjudged]
        try:
            scores = self._classifier.scores([text for _, text in unjudged])
        except Exception:  # the cue tables have still read every message
            logger.exception("the crisis-language classifier failed on %d messages", len(texts))
            return
        threshold = self._classifier.threshold
        for draft, score in zip(texts, scores, strict=True):
            draft.reads_like_crisis = score >= threshold

    def _guarded_finish(self, draft: _Draft | None) -> Screening:
        if draft is None:
            return UNSCREENED
        try:
            return self._finish(draft)
        except Exception:
            logger.exception("safety screening failed while weighing a message")
            return UNSCREENED

    def _draft(self, text: object, context: object) -> _Draft:
        clean = normalise(text) if isinstance(text, str) else ""
        sentences = split_sentences(clean)
        judged: set[int] = set()
        matches = find_matches(clean, sentences, excluded=judged)
        judged.update(m.sentence for m in matches if _judges(m))
        earlier = self._earlier(context)
        return _Draft(
            clean, sentences, matches, earlier, _parse_budget(matches, sentences), judged
        )

    def _earlier(self, context: object) -> Conversation:
        if not context or not isinstance(context, (list, tuple, str)):
            return QUIET
        evidence: list[Evidence] = []
        for message in recent(context):  # type: ignore[arg-type]
            clean = normalise(message)
            sentences = split_sentences(clean)
            for match in find_matches(clean, sentences):
                item = confirm(match, sentences[match.sentence], clean, None)
                if item is not None:
                    evidence.append(item)
        return summarise(evidence)

    def _finish(self, draft: _Draft) -> Screening:
        if not draft.matches and not draft.reads_like_crisis:
            return SAFE
        evidence = []
        for match in draft.matches:
            item = confirm(
                match, draft.sentences[match.sentence], draft.text, draft.docs.get(match.sentence)
            )
            if item is not None:
                evidence.append(item)
        level, reasons = assess(
            evidence, [s.text for s in draft.sentences], draft.earlier, draft.reads_like_crisis
        )
        return Screening(level, reasons)

    def _parse(self, texts: list[str]) -> Iterator[Doc]:
        """Run the pipeline minus the components we do not read (NER is the costly one)."""
        docs: Iterator[Doc] = (self._nlp.make_doc(t) for t in texts)
        for pipe in self._pipes:
            docs = _through(pipe, docs)
        return docs


def _judges(match: Match) -> bool:
    """Whether a cue's match means the cue tables have weighed that sentence for risk. Modifiers
    do not: a sentence that only names a means or a time ("the bridge on my way home has been
    calling to me lately") is left for the classifier to read (measured: the
    same false alarms, 1-2 points more recall on held-out chat)."""
    return isinstance(match.cue.kind, Signal)


def _through(pipe: Callable[[Doc], Doc], docs: Iterator[Doc]) -> Iterator[Doc]:
    if hasattr(pipe, "pipe"):
        return pipe.pipe(docs, batch_size=_BATCH_SIZE)  # type: ignore[no-any-return]
    return (pipe(doc) for doc in docs)


def _parse_budget(matches: list[Match], sentences: list[Sentence]) -> list[int]:
    """Sentences worth parsing, most serious first, until the character budget runs out."""
    wanted: dict[int, int] = {}
    for match in matches:
        if match.needs_parse:
            rank = _rank(match)
            wanted[match.sentence] = max(wanted.get(match.sentence, -1), rank)
    chosen: list[int] = []
    spent = 0
    for index in sorted(wanted, key=lambda i: (-wanted[i], i)):
        size = len(sentences[index].text)
        if spent + size > MAX_PARSED_CHARS:
            continue
        chosen.append(index)
        spent += size
    return sorted(chosen)


def _rank(match: Match) -> int:
    cue = match.cue
    if cue.level is not None:
        return cue.level.rank
    return cue.kind.level.rank if isinstance(cue.kind, Signal) else RiskLevel.NONE.rank


def _safe_items(items: Iterable[tuple[str, Sequence[str]]]) -> Iterator[tuple[object, object]]:
    """Tolerate malformed items: a safety check must answer, not crash."""
    for item in items:
        if isinstance(item, tuple) and len(item) == 2:
            yield item[0], item[1]
        elif isinstance(item, str):
            yield item, ()
        else:
            yield "", ()
