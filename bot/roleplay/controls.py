"""Tell apart what the participant says in the role and what they say to steer the rehearsal.

The two share a chat box, and mistaking one for the other is costly both ways: answering "pause"
in character ("Mm. Okay.") ignores someone who wanted out; stepping out of role at "I can't wait
to see you" or "stop shouting at me" breaks a rehearsal that was going well. So a message is a
control only when the *whole* message is one of the phrases below (give or take "okay", "please",
"can we", punctuation and emoji), never because a control word appears inside a sentence.
Likewise a turn is a closing only when it ends with a farewell and is short.
"""

from __future__ import annotations

import re
from enum import Enum


class Control(str, Enum):
    """What the participant can ask for instead of taking a turn."""

    PAUSE = "pause"
    RESUME = "resume"
    RESTART = "restart"
    COACH = "coach"
    END = "end"

    def __str__(self) -> str:
        return self.value


#: Whole messages (after tidying) that steer the rehearsal. "help" / "help me" are left out on
#: purpose: they may be a call for real help, which the safety layer must see.
CONTROL_PHRASES: dict[Control, frozenset[str]] = {
    Control.PAUSE: frozenset({
        "pause", "pause it", "pause the role play", "pause the roleplay", "pause this",
        "hold on", "hang on", "wait", "wait a sec", "wait a second", "wait a moment",
        "wait a minute", "just a sec", "just a moment", "just a minute", "one sec",
        "one second", "one moment", "time out", "timeout", "let me think", "break",
    }),
    Control.RESUME: frozenset({
        "resume", "continue", "carry on", "go on", "keep going", "back to it",
        "back to the role play", "unpause", "ready", "i'm ready", "go back in",
        "let me carry on", "continue the role play",
    }),
    Control.RESTART: frozenset({
        "restart", "restart it", "restart the role play", "restart the roleplay",
        "start again", "start over", "start from the beginning", "start from the top",
        "from the top", "from the beginning", "let me try again", "can i try again",
        "try again", "let me start again", "let me start over", "begin again", "reset",
        "redo", "do over", "again from the start", "take it from the top",
    }),
    Control.COACH: frozenset({
        "coach me", "coach", "coaching", "help me say it", "help me say this",
        "help me word it", "help me phrase it", "what should i say", "what do i say",
        "what can i say", "what should i say now", "give me feedback", "feedback",
        "switch to coaching", "switch to coach", "tips", "any tips", "give me a tip",
        "give me some tips", "a tip", "hint", "give me a hint", "how should i say it",
        "how do i say it", "how do i say this", "how did i do", "how am i doing",
        "i'm stuck", "im stuck", "i don't know what to say", "i dont know what to say",
    }),
    Control.END: frozenset({
        "end", "end it", "end this", "end the role play", "end the roleplay", "end role play",
        "end roleplay", "end practice", "finish", "finish it", "finish the role play",
        "i'm done", "im done", "i am done", "done", "that's enough", "thats enough",
        "stop", "stop it here", "stop the role play", "stop the roleplay",
        "stop role play", "stop the practice", "quit", "exit", "i'm finished",
        "i am finished", "finished", "we can stop", "end here", "i want to end it",
    }),
}
#: Politeness around a control that does not change it ("okay, can we pause please?").
_LEADING_FILLER = re.compile(
    r"^(?:(?:ok|okay|ok so|okay so|um+|uh+|hm+|right|sorry|actually|please|so|can we|could we|"
    r"let's|lets|i want to|i'd like to|i wanna|i need to|i think i want to)\s+)+"
)
_TRAILING_FILLER = re.compile(
    r"(?:\s+(?:please|pls|now|here|then|thanks|thank you|for a sec|for a second|for a moment|"
    r"for a minute|a sec|a moment|a minute|for now|for today|now please|ok|okay))+$"
)
#: A control is a few words; anything longer is a sentence, whatever it contains.
MAX_CONTROL_CHARS = 60

#: The last clause of a short message that closes the conversation.
_FAREWELL = re.compile(
    r"^(?:(?:ok|okay|well|right|alright|anyway|so|and|thanks|thank you|cheers|yeah)\s+)*"
    r"(?:bye(?: bye)?|goodbye|good bye|bye for now|see you(?: [a-z']+){0,3}|see ya|"
    r"(?:talk|speak) (?:to you )?(?:later|soon|tomorrow)|take care|good ?night|"
    r"catch you later|(?:i've |i have |i )?(?:got|have|need) to go|gotta go|"
    r"i'd better go|i better go|nice (?:talking|chatting|speaking)(?: to you| with you)?|"
    r"(?:it was |it's been )?(?:nice|good|lovely|great) (?:to meet you|to see you|"
    r"meeting you|talking to you|chatting)|thanks for listening|thank you for listening|"
    r"thanks for hearing me out|thank you for hearing me out|that's all i wanted to say)"
    r"(?: (?:then|now|for now|bye|x+))*$"
)
MAX_CLOSING_WORDS = 15


def parse_control(text: str) -> Control | None:
    """The control the whole message asks for, or None when it is a turn in the role."""
    if not isinstance(text, str) or len(text.strip()) > MAX_CONTROL_CHARS:
        return None
    phrase = _tidy(text.strip().lstrip("/"))
    phrase = _TRAILING_FILLER.sub("", _LEADING_FILLER.sub("", phrase)).strip()
    for control, phrases in CONTROL_PHRASES.items():
        if phrase in phrases:
            return control
    return None


def is_closing(text: str) -> bool:
    """True when a short turn ends the conversation ("okay, thanks for listening, bye")."""
    if not isinstance(text, str):
        return False
    words = _tidy(text).split()
    if not words or len(words) > MAX_CLOSING_WORDS:
        return False
    clauses = [c for c in (_tidy(part) for part in re.split(r"[,.;!?\n]+", text)) if c]
    return bool(clauses) and _FAREWELL.match(clauses[-1]) is not None


def _tidy(text: str) -> str:
    """Lower case, words only: punctuation, emoji and markup around the words do not count."""
    lowered = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("-", " ")
    return " ".join(re.findall(r"[a-z]+(?:'[a-z]+)?", lowered))
