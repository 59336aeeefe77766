"""Find candidate phrases in a message and keep the ones the grammar confirms.

Finding is a pure regular-expression pass over the whole (normalised) text, so it is cheap
and never misses a crisis sentence at the end of a long post. Confirming uses a parse when
one is available for the sentence and the word-window reading otherwise.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc

from bot.safety import grammar
from bot.safety.cues import ALL, Check, Cue, Modifier
from bot.safety.levels import RiskLevel
from bot.safety.normalise import Sentence
from bot.safety.signals import DEMOTED, Signal

_WINDOW = 80  # characters of sentence either side that the exclusion patterns look at
# A cue repeated hundreds of times adds nothing; keep the first and last few of each.
_MAX_PER_CUE = 40
_LEAD = 30  # characters before a match kept for the assessment
_IDEATION = frozenset({Signal.ACTIVE_IDEATION, Signal.PASSIVE_IDEATION})
_NEEDS_PARSE = frozenset(
    {Check.NEGATION, Check.OTHER_SUBJECT, Check.PERSON_SUBJECT, Check.PAST, Check.PERSON_OR_SELF,
     Check.GONE_IF_PAST}
)


@dataclass(frozen=True)
class Match:
    """A cue that matched, before the grammar has had its say."""

    cue: Cue
    cue_index: int
    sentence: int  # index into the message's sentences
    start: int  # the anchor (group ``v``), as offsets into the normalised message
    end: int
    span_start: int  # the whole match
    span_end: int

    @property
    def needs_parse(self) -> bool:
        return bool(self.cue.checks & _NEEDS_PARSE)


@dataclass(frozen=True)
class Evidence:
    """A confirmed piece of evidence, as the assessment sees it."""

    kind: Signal | Modifier
    level: RiskLevel
    sentence: int
    span_start: int
    span_end: int
    snippet: str
    past_tense: bool = False  # the clause is in a past tense (whether or not long ago)
    cue_index: int = -1  # which cue found it (to count different kinds of the same evidence)
    lead: str = ""  # the words just before it in its sentence ("going to" + "kill myself")


def find_matches(
    text: str,
    sentences: Sequence[Sentence],
    cues: Sequence[Cue] = ALL,
    excluded: set[int] | None = None,
) -> list[Match]:
    """Every cue occurrence that survives its own lexical exclusions.

    ``excluded``, when given, collects the sentences where a risk cue matched but one of its
    lexical exclusions ruled it out ("kill the lights", "cut my hair"): the cue tables have
    judged those words, and the crisis-language classifier should not judge them again.
    """
    if not sentences:
        return []
    text = lower_same_length(text)
    starts = [s.start for s in sentences]
    matches: list[Match] = []
    for cue_index, cue in enumerate(cues):
        if not cue.may_match(text):
            continue
        for found in _bounded(cue.pattern.finditer(text)):
            index = _sentence_of(starts, found.start())
            sentence = sentences[index]
            anchor_start, anchor_end = found.span("v") if "v" in cue.pattern.groupindex else (
                found.span()
            )
            if anchor_start < 0:
                anchor_start, anchor_end = found.span()
            if _excluded(cue, text, sentence, found.start(), found.end()):
                if excluded is not None and (
                    isinstance(cue.kind, Signal)
                    or cue.kind in (Modifier.MEANS_AT_HAND, Modifier.METHOD)
                ):
                    excluded.add(index)
                continue
            matches.append(
                Match(cue, cue_index, index, anchor_start, anchor_end, found.start(), found.end())
            )
    return matches


def confirm(
    match: Match, sentence: Sentence, message: str, doc: Doc | None
) -> Evidence | None:
    """Apply the cue's grammar checks; return the evidence, demoted if it is in the past."""
    cue = match.cue
    kind = cue.kind
    level = cue.level if cue.level is not None else _default_level(kind)
    snippet = message[match.span_start : match.span_end]
    if Check.FIRST_PERSON in cue.checks and not grammar.mentions_first_person(sentence.text):
        return None
    if Check.NOT_FICTION in cue.checks and grammar.is_fiction_or_game(sentence.text):
        return None
    if not match.needs_parse:
        return Evidence(kind, level, match.sentence, match.span_start, match.span_end, snippet,
                        cue_index=match.cue_index)

    start = match.start - sentence.start
    end = match.end - sentence.start
    reading = grammar.read_parsed(doc, start, end, sentence.text) if doc is not None else None
    if reading is None:
        reading = grammar.read_lexical(sentence.text, start, end)
    dissuaded, of_speaker = grammar.dissuasion(sentence.text, start)
    if dissuaded:
        reading = replace(
            reading, negated=False, lapsed=False,
            other_subject=reading.other_subject and not of_speaker,
        )
        # "Guilt-tripping people into not killing themselves": suicide as the topic of an
        # opinion, worth a look, but not the speaker's stated wish.
        if not of_speaker and kind in _IDEATION:
            kind, level = Signal.SUICIDE_TALK, min(level, Signal.SUICIDE_TALK.level)

    if Check.NEGATION in cue.checks and reading.negated:
        return None
    if Check.OTHER_SUBJECT in cue.checks and reading.other_subject:
        return None
    if Check.PERSON_OR_SELF in cue.checks and reading.thing_subject:
        return None
    if Check.PERSON_SUBJECT in cue.checks and not reading.person_subject:
        return None
    # "I was in a dark place a year ago, I'm fine now": over, and not a risk in itself.
    if (
        Check.GONE_IF_PAST in cue.checks
        and reading.past
        and grammar.is_distant_past(sentence.text, message)
    ):
        return None
    # "I don't cut anymore" is history, not safety; "I self-harmed years ago" likewise.
    demote = (Check.NEGATION in cue.checks and reading.lapsed) or (
        Check.PAST in cue.checks
        and (
            (reading.past and grammar.is_distant_past(sentence.text, message))
            or grammar.is_framed_as_over(sentence.text, start)
        )
    )
    if demote and isinstance(kind, Signal) and kind in DEMOTED:
        kind = DEMOTED[kind]
        level = min(level, kind.level)
    elif demote:
        return None
    lead = message[max(sentence.start, match.span_start - _LEAD) : match.span_start]
    return Evidence(
        kind, level, match.sentence, match.span_start, match.span_end, snippet, reading.past,
        match.cue_index, lead,
    )


def lower_same_length(text: str) -> str:
    """Lower-case ``text`` without changing any offsets (a few characters grow when lowered)."""
    lowered = text.lower()
    if len(lowered) == len(text):
        return lowered
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _bounded(found: Iterator[re.Match[str]]) -> list[re.Match[str]]:
    matches = [m for m in found if m.end() > m.start()]
    if len(matches) <= _MAX_PER_CUE:
        return matches
    half = _MAX_PER_CUE // 2
    return matches[:half] + matches[-half:]


def _default_level(kind: Signal | Modifier) -> RiskLevel:
    return kind.level if isinstance(kind, Signal) else RiskLevel.NONE


def _sentence_of(starts: list[int], position: int) -> int:
    low, high = 0, len(starts) - 1
    while low < high:
        middle = (low + high + 1) // 2
        if starts[middle] <= position:
            low = middle
        else:
            high = middle - 1
    return low


def _excluded(cue: Cue, text: str, sentence: Sentence, start: int, end: int) -> bool:
    if cue.not_before is not None:
        before = text[max(sentence.start, start - _WINDOW) : start]
        if cue.not_before.search(before):
            return True
    if cue.not_after is not None:
        after = text[end : min(max(sentence.end, end), end + _WINDOW)]
        if cue.not_after.match(after):
            return True
    return cue.not_in is not None and bool(cue.not_in.search(text[sentence.start : sentence.end]))
