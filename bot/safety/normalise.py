"""Turn what people actually type into text the patterns can rely on.

People in crisis rarely write tidy English: no apostrophes ("im", "dont"), text-speak
("wanna", "2nite", "kms"), stretched words ("pleaseeee"), all caps, pasted HTML entities and
invisible characters. Normalising once, up front, keeps every pattern simple. The output keeps
the writer's letter case (the parser needs it for names), and every step is a plain string
transformation, so it can never raise.
"""

from __future__ import annotations

import html
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass

# Enough for any chat message or forum post; a pasted book is scanned up to here.
MAX_SCAN_CHARS = 200_000

# Sentences longer than this (no punctuation at all) are cut into pieces for the parser.
MAX_SENTENCE_CHARS = 400

_ZERO_WIDTH_SPACE = re.compile(r"[\u200b\u2060\ufeff]")
_INVISIBLE = re.compile(r"[\u200c-\u200f\u202a-\u202e\u2061-\u2064\u00ad]")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u02bc": "'", "\u201c": '"',
                         "\u201d": '"', "\u2013": "-", "\u2014": "-", "\u2026": "..."})
_ELONGATED_VOWEL = re.compile(r"([aeiouy])\1{2,}", re.IGNORECASE)
_ELONGATED_CONSONANT = re.compile(r"([b-df-hj-np-tv-z])\1{2,}", re.IGNORECASE)
_SPACES = re.compile(r"[ \t\r\f\v]+")

# Apostrophe-less contractions and text-speak, as (pattern, replacement). Order matters where
# one rule's output feeds another (e.g. "wanna" before the "want 2" rule).
_REWRITES: tuple[tuple[str, str], ...] = (
    (r"\bim\b", "I'm"),
    (r"\bive\b", "I've"),
    (r"\bi(?:d)\s+(?=(?:rather|never|just|be|love|like|kill|want|do|go|die)\b)", "I'd "),
    (r"\bill\s+(?=(?:kill|do|end|be|never|just|go|die|jump|take|make|try|hang|finally)\b)",
     "I'll "),
    (r"\b(do|does|did|is|was|are|were|would|could|should|have|has|had|ai)nt\b", r"\1n't"),
    (r"\bcant\b", "can't"),
    (r"\bwont\b", "won't"),
    (r"\bwanna\b", "want to"),
    (r"\bwana\b", "want to"),
    (r"\bgonna\b|\bgunna\b|\bfinna\b", "going to"),
    (r"\btryna\b", "trying to"),
    (r"\bgotta\b", "got to"),
    (r"\b(want|going|have|need|got|ready|wish|trying|deserve)\s+2\b", r"\1 to"),
    (r"\b2\s+(die|live|kill|end)\b", r"to \1"),
    (r"\b(?:2nite|2night|tonite)\b", "tonight"),
    (r"\b2day\b", "today"),
    (r"\b(?:2moro|2morrow|2morow|tmrw|tmr|tmrow|tomoz)\b", "tomorrow"),
    (r"(?-i:\brn\b)", "right now"),
    (r"\bidc\b", "I don't care"),
    (r"\bidk\b", "I don't know"),
    (r"\bidgaf\b", "I don't care"),
    (r"(?-i:\bu\b)", "you"),
    (r"(?-i:\bur\b)", "your"),
    (r"\bcuz\b|\bcoz\b", "because"),
    (r"\bmy\s?sel(?:f|ve)\b(?![ -]?(?:esteem|worth|confidence|image|care|control|respect|"
     r"hatred|loathing|harm|destructi|awareness|identity|expression|love|doubt|pity|talk|"
     r"belief|discipline|sabotag|medicat|isolat|conscious|help|improvement|compassion))|"
     r"\bmyslef\b|\bmysefl?\b|\bmeself\b|\bmyselfe\b", "myself"),
    (r"\bsewer\s?slide\b|\bsewerslide\b|\bsu[i1!]c[i1!]de\b|\bs[u\*]{1,2}[i1\*]c[i1\*]de\b",
     "suicide"),
    (r"\bsu(?:i|ii)?(?:c|s|ss|cc)i?d(e|es|al|ally)\b", r"suicid\1"),
    (r"\bsu(?:i|ii)?(?:c|s|ss|cc)i?d\b", "suicide"),
    (r"\bwann\b", "want"),
    (r"\bunaliv(?:e|ing|ed)\s+myself\b", "kill myself"),
    (r"\bctb\b", "kill myself"),
    (r"\bkms\b", "kill myself"),
    (r"\bdeath\s+wish\b", "death wish"),
)
_COMPILED_REWRITES = tuple((re.compile(p, re.IGNORECASE), r) for p, r in _REWRITES)

# Rarer text-speak. Each rule runs only when one of its key strings is in the text: most posts
# contain none, and a substring test is much cheaper than a case-insensitive pass.
_DROPPED_G = ("liv", "dy", "kill", "cutt", "hurt", "hang", "end", "wak", "exist", "breath",
              "try", "go", "do", "noth", "everyth", "feel", "think", "want", "wish")
_WORDS = {
    "wud": "would", "cud": "could", "shud": "should", "ppl": "people", "every1": "everyone",
    "no1": "no one", "any1": "anyone", "some1": "someone", "theyre": "they're",
    "youre": "you're",
}
_MISSING_APOSTROPHE = ("there", "that", "what", "where", "he", "she", "who")
_Replacement = str | Callable[[re.Match[str]], str]
_GUARDED_REWRITES: tuple[tuple[tuple[str, ...], re.Pattern[str], _Replacement], ...] = (
    # Dropped g's on the verbs the cues are built from: "tired of livin", "nothin left".
    (
        tuple(f"{stem}in" for stem in _DROPPED_G),
        re.compile(r"\b(" + "|".join(_DROPPED_G) + r")in\b", re.IGNORECASE),
        r"\1ing",
    ),
    (
        tuple(_WORDS),
        re.compile(r"\b(?:" + "|".join(_WORDS) + r")\b", re.IGNORECASE),
        lambda m: _WORDS[m.group(0).lower()],
    ),
    # "theres no way out", "shes gone": only before words that make the contraction certain.
    (
        tuple(f"{word}s " for word in _MISSING_APOSTROPHE),
        re.compile(r"\b(" + "|".join(_MISSING_APOSTROPHE) + r")s\b(?=\s+(?:no|not|nothing|"
                   r"nobody|no one|just|going|gonna|been|got|the|a|so|never|always|too|really|"
                   r"all)\b)", re.IGNORECASE),
        r"\1's",
    ),
)

# "kys" is "kill yourself": said to someone else it is abuse, said of oneself ("I might just
# kys") it is ideation. A first-person word shortly before it decides which.
_KYS = re.compile(r"\bkys\b", re.IGNORECASE)
_FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:i|i'm|im|me|i'll|i'd|i've|myself)\b[^.!?\n]{0,30}$", re.IGNORECASE
)
_SECOND_PERSON_BEFORE = re.compile(r"\b(?:you|u|ya|go|just go)\b[^.!?\n]{0,12}$", re.IGNORECASE)
# "might kys", "gonna kys": a modal with no subject of its own is the speaker's.
_SUBJECTLESS_MODAL_BEFORE = re.compile(
    r"(?:^|[.!?\n,]\s*|\b(?:honestly|tbh|ngl|lol|fr|just|literally|so|and)\s+)(?:\w+\s+)?"
    r"(?:might|gonna|going to|want to|wanna|should|about to|finna|bout to|gotta|will|"
    r"need to|could|ready to)\s+(?:just\s+|finally\s+|actually\s+)?$",
    re.IGNORECASE,
)


def normalise(text: str, limit: int = MAX_SCAN_CHARS) -> str:
    """Return ``text`` cleaned for matching: same meaning, predictable spelling."""
    if not isinstance(text, str):
        return ""
    text = text[:limit]
    if "&" in text:
        text = html.unescape(html.unescape(text))
    text = unicodedata.normalize("NFKC", text)
    text = text.translate(_QUOTES)
    text = _ZERO_WIDTH_SPACE.sub(" ", text)
    text = _INVISIBLE.sub("", text)
    text = _CONTROL.sub(" ", text)
    text = _ELONGATED_VOWEL.sub(r"\1", text)
    text = _ELONGATED_CONSONANT.sub(r"\1\1", text)
    text = _KYS.sub(_expand_kys, text)
    for pattern, replacement in _COMPILED_REWRITES:
        text = pattern.sub(replacement, text)
    lowered = text.lower()
    for keys, pattern, replacement in _GUARDED_REWRITES:
        if any(key in lowered for key in keys):
            text = pattern.sub(replacement, text)
    text = _SPACES.sub(" ", text)
    return text.strip()


def _expand_kys(match: re.Match[str]) -> str:
    before = match.string[max(0, match.start() - 40) : match.start()]
    if _SECOND_PERSON_BEFORE.search(before):
        return "kill yourself"
    if _FIRST_PERSON_BEFORE.search(before) or _SUBJECTLESS_MODAL_BEFORE.search(before):
        return "kill myself"
    return "kill yourself"


@dataclass(frozen=True)
class Sentence:
    """A stretch of the normalised text, with its offsets so matches can be placed in it."""

    start: int
    end: int
    text: str


_BOUNDARY = re.compile(r"(?<=[.!?])[\"')\]]*\s+|\n+|(?<=[.!?])(?=[A-Z])")


def split_sentences(text: str, max_chars: int = MAX_SENTENCE_CHARS) -> list[Sentence]:
    """Split cheaply on punctuation and line breaks; long runs are cut at word boundaries.

    This is deliberately cruder than the parser's sentence splitter: it runs over the whole
    text, however long, and only decides which stretch a match belongs to.
    """
    sentences: list[Sentence] = []
    position = 0
    for boundary in [*_BOUNDARY.finditer(text), None]:
        end = boundary.start() if boundary else len(text)
        _append_pieces(text, position, end, max_chars, sentences)
        position = boundary.end() if boundary else len(text)
    return sentences


def _append_pieces(
    text: str, start: int, end: int, max_chars: int, out: list[Sentence]
) -> None:
    while start < end:
        while start < end and text[start].isspace():
            start += 1
        if start >= end:
            return
        stop = end
        if stop - start > max_chars:
            cut = text.rfind(" ", start + max_chars // 2, start + max_chars)
            stop = cut if cut > start else start + max_chars
        piece = text[start:stop].rstrip()
        if piece:
            out.append(Sentence(start, start + len(piece), piece))
        start = stop


def for_parser(sentence: str) -> str:
    """Lower-case shouted sentences (the tagger reads all caps as proper nouns).

    Characters whose lower case is longer than one character are left alone so offsets into
    the sentence stay valid.
    """
    letters = [c for c in sentence if c.isalpha()]
    if len(letters) < 8 or sum(c.isupper() for c in letters) < 0.7 * len(letters):
        return sentence
    lowered = "".join(c.lower() if len(c.lower()) == 1 else c for c in sentence)
    return re.sub(r"\bi\b", "I", lowered)
