"""Tidy chat-style text and parse it once.

People type to the bot the way they text: "u", "dont", "your always late", no capitals. The
small English model parses those badly, and a bad parse hides the very patterns we look for, so we
repair the most common shorthands first. The analysis and the rephrasing both parse the same text;
a small cache means it is parsed only once per message.
"""

from __future__ import annotations

import functools
import re

from spacy.tokens import Doc

from bot.language import english

#: Longer messages are cut: feedback is about one exchange, and the CPU is shared.
MAX_CHARS = 3000

_SHORTHAND: dict[str, str] = {
    "u": "you", "yu": "you", "youre": "you're", "ur": "your", "urself": "yourself",
    "im": "I'm", "ive": "I've", "i": "I", "i'm": "I'm", "i've": "I've", "i'd": "I'd",
    "i'll": "I'll", "dont": "don't", "doesnt": "doesn't", "dosent": "doesn't",
    "dosnt": "doesn't", "didnt": "didn't", "cant": "can't", "wont": "won't", "isnt": "isn't",
    "arent": "aren't", "wasnt": "wasn't", "werent": "weren't", "havent": "haven't",
    "hasnt": "hasn't", "shouldnt": "shouldn't", "couldnt": "couldn't", "wouldnt": "wouldn't",
    "thats": "that's", "whats": "what's", "theres": "there's", "hes": "he's", "shes": "she's",
    "theyre": "they're", "pls": "please", "plz": "please", "plse": "please",
    "cuz": "because", "coz": "because", "cos": "because", "bc": "because", "becuase": "because",
    "becasue": "because", "wanna": "want to", "gonna": "going to", "gotta": "have to",
    "allways": "always", "alwasy": "always", "alwys": "always",
    "nevr": "never", "neva": "never", "nver": "never", "realy": "really", "rly": "really",
    "feelin": "feeling", "tho": "though", "thx": "thanks", "ty": "thank you", "r": "are",
    "n": "and", "wat": "what", "wot": "what", "abt": "about", "bout": "about", "nothin": "nothing",
    "somethin": "something", "evrything": "everything", "everytime": "every time",
    "alot": "a lot", "ppl": "people", "tmrw": "tomorrow", "tmr": "tomorrow", "tonite": "tonight",
}
# "your always late": "your" followed by a word that cannot start a noun phrase means "you're".
_YOUR_AS_YOURE = re.compile(
    r"\b(your|ur)\s+(?=(always|never|so|being|not|such|just|really|a|an|the|too|constantly|"
    r"completely|totally|literally|wrong|selfish|lazy|useless|unbelievable|"
    r"impossible|ridiculous|pathetic|kidding|joking|welcome|the worst)\b)",
    re.IGNORECASE,
)
# "its really annoying": "its" before a word that cannot follow a possessive means "it's".
_ITS_AS_ITS = re.compile(
    r"\bits\s+(?=(really|so|not|just|fine|ok|okay|too|very|a|an|the|like|always|never|been|"
    r"getting|hard|true|nothing|all|over|late|annoying|frustrating|hurtful|upsetting|"
    r"ridiculous|unfair|exhausting)\b)",
    re.IGNORECASE,
)
# "you should of asked": a common spelling of "should've".
_MODAL_OF = re.compile(r"\b(should|could|would|must|might)\s+of\b", re.IGNORECASE)
_WORD = re.compile(r"[A-Za-z']+|[^\sA-Za-z']+|\s+")


def normalise(text: str) -> str:
    """Return ``text`` with texting shorthand expanded and whitespace collapsed."""
    text = (text or "")[:MAX_CHARS]
    text = text.replace("\u2019", "'").replace("\u2018", "'").replace("`", "'")
    text = _YOUR_AS_YOURE.sub("you're ", text)
    text = _ITS_AS_ITS.sub("it's ", text)
    text = _MODAL_OF.sub(r"\1 have", text)
    parts = []
    for piece in _WORD.findall(text):
        replacement = _SHORTHAND.get(piece.lower())
        parts.append(replacement if replacement is not None else piece)
    return re.sub(r"\s+", " ", "".join(parts)).strip()


@functools.lru_cache(maxsize=64)
def parse(text: str) -> Doc:
    """Parse the normalised ``text`` with the shared English pipeline (cached per text)."""
    return english()(normalise(text))
