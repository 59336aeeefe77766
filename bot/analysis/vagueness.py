"""Decide whether a message gives the other person anything to respond to.

"Whatever", "fine" or "you know what you did" close a conversation rather than open it: the
other person cannot tell what is wrong or what would help. Messages with no English words at all
(only emoji, another language) are treated the same way here, because the analysis cannot say
anything useful about them and must not pretend to.
"""

from __future__ import annotations

import re

from spacy.lang.de.stop_words import STOP_WORDS as GERMAN
from spacy.lang.en.stop_words import STOP_WORDS as ENGLISH
from spacy.lang.es.stop_words import STOP_WORDS as SPANISH
from spacy.lang.fr.stop_words import STOP_WORDS as FRENCH
from spacy.lang.it.stop_words import STOP_WORDS as ITALIAN
from spacy.lang.nl.stop_words import STOP_WORDS as DUTCH
from spacy.lang.pt.stop_words import STOP_WORDS as PORTUGUESE
from spacy.tokens import Doc

from bot.analysis import lexicon
from bot.analysis.patterns import Evidence, Pattern
from bot.analysis.syntax import phrase_spans

#: Patterns that give the other person something to respond to, even in two words.
CONTENT_PATTERNS = frozenset(
    {
        Pattern.REQUEST, Pattern.DEMAND, Pattern.FEELING_NAMED, Pattern.ATTACK_ON_PERSON,
        Pattern.ALWAYS_NEVER_BLAME, Pattern.MIND_READING, Pattern.I_STATEMENT,
    }
)
#: Pointed-but-empty phrases are vague at any length; generic brush-offs only in short messages.
ALWAYS_VAGUE = tuple(p for p in lexicon.VAGUE_PHRASES if p.startswith(("you", "as if", "don't",
                                                                       "figure")))
SHORT_MESSAGE_WORDS = 6
TOO_SHORT_WORDS = 3
_LATIN_WORD = re.compile(r"^[a-z'\u00c0-\u024f]+$")
#: Function words of other common languages that are not also English words.
FOREIGN_FUNCTION_WORDS = (GERMAN | SPANISH | FRENCH | ITALIAN | DUTCH | PORTUGUESE) - ENGLISH - (
    set(lexicon.FEELING_WORDS) | lexicon.INSULT_ADJECTIVES | {"die", "come", "son", "via", "pure",
                                                              "fine", "solo", "ha", "era"}
)


def find_vagueness(doc: Doc, found: set[Pattern]) -> list[Evidence]:
    """Evidence that ``doc`` is too short or unclear to respond to (empty when it is clear)."""
    words = [t.lower_ for t in doc if t.is_alpha or "'" in t.text and not t.is_punct]
    if not words:
        return [Evidence(Pattern.VAGUE, "no words")]
    if not _looks_english(words):
        return [Evidence(Pattern.VAGUE, "not in English")]
    message = " ".join(re.findall(r"[a-z']+|\.\.\.", doc.text.lower()))
    if message in lexicon.VAGUE_MESSAGES:
        return [Evidence(Pattern.VAGUE, doc.text.strip())]
    for span in phrase_spans(doc, ALWAYS_VAGUE):
        return [Evidence(Pattern.VAGUE, span.text)]
    if len(words) <= SHORT_MESSAGE_WORDS:
        for span in phrase_spans(doc, lexicon.VAGUE_PHRASES):
            return [Evidence(Pattern.VAGUE, span.text)]
    if len(words) <= TOO_SHORT_WORDS and not found & CONTENT_PATTERNS:
        return [Evidence(Pattern.VAGUE, doc.text.strip())]
    return []


def _looks_english(words: list[str]) -> bool:
    """Other scripts are not English; other Latin-script languages give themselves away by
    their function words ("tu ne m'écoutes jamais", "nunca me ayudas")."""
    latin = [w for w in words if _LATIN_WORD.match(w)]
    if len(latin) < len(words) / 2:
        return False
    parts = [p for w in latin for p in re.split(r"'", w) if p]
    foreign = sum(p in FOREIGN_FUNCTION_WORDS for p in parts)
    english = sum(p in ENGLISH for p in parts)
    return not (foreign >= 2 and foreign > english)
