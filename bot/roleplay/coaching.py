"""Step out of the role and coach: what worked in their last turn, and one other way to say it.

In a hard conversation the coaching is the communication analysis itself: the reviewed feedback
from ``bot.analysis.feedback`` and one alternative in the participant's own words from
``bot.analysis.rephrase``, introduced plainly so it reads as an idea, not a script. When starting
a conversation with someone new, "When ___ happens, I feel ___" is the wrong tool (nothing has
happened yet), so unless the opener sounded like blame, the coaching is about what makes an
opener easy to answer: a hello, a question about something shared, a little about oneself, a
small suggestion.
"""

from __future__ import annotations

import logging
import re

from bot.analysis.communication import CommunicationAnalysis, analyse
from bot.analysis.feedback import feedback_for
from bot.analysis.rephrase import BLANK, suggest_rephrasing
from bot.analysis.role_play import Stance
from bot.roleplay.lines import load_coach_lines
from bot.roleplay.scene import Kind
from bot.roleplay.stance import stance_for

log = logging.getLogger(__name__)

#: Feedback quotes the participant's words; a 10 000-letter "word" must not fill the screen.
MAX_QUOTED_TOKEN = 40
#: A phrasing longer than this is no longer something to say in one breath (a pasted essay can
#: make the rephrasing reuse hundreds of words); the fill-in shape is offered instead.
MAX_REPHRASING_CHARS = 240
#: The shape the rephrasing takes when none of their words can be reused.
BLANK_SHAPE = f"When {BLANK} happens, I feel {BLANK}. Could you {BLANK}?"
#: A strength and the most useful idea: coaching mid-rehearsal has to be quick to take in.
MAX_FEEDBACK_LINES = 2
_QUESTION_START = re.compile(
    r"^\W*(?:hi|hello|hey|excuse me|sorry)?\W*(how|what|where|when|who|why|which|do|does|did|is|"
    r"are|was|were|have|has|would|could|can|shall|will|may|mind|fancy|want)\b",
    re.IGNORECASE,
)
_GREETING = re.compile(r"\b(hi|hello|hey|hiya|morning|good morning|good evening|afternoon)\b",
                       re.IGNORECASE)
_ABOUT_SELF = re.compile(r"\b(i|i'm|im|i am|i've|i'd|my|me)\b", re.IGNORECASE)


def coaching(text: str | None, kind: Kind = "hard_conversation") -> list[str]:
    """A few lines of coaching on ``text`` (the participant's last turn), ending with an
    invitation to try again. Never raises; without a readable turn it gives a general tip."""
    coach = load_coach_lines()
    closing = coach["controls"]["back_to_it"]
    nothing_yet = coach["coaching"]["nothing_yet"].get(kind, coach["coaching"]["nothing_yet"][
        "hard_conversation"])
    text = text if isinstance(text, str) else ""
    if not re.search(r"\w", text):
        return [nothing_yet, closing]
    try:
        analysis = analyse(text)
        if kind == "starting_conversation" and stance_for(analysis) is not Stance.DEFENSIVE:
            lines = _starting_tips(text, analysis)
        else:
            lines = [_shorten(line) for line in feedback_for(analysis)[:MAX_FEEDBACK_LINES]]
            lines.append(_alternative(text, analysis))
    except Exception as exc:  # noqa: BLE001 - coaching must not break the rehearsal
        log.warning("role-play coaching fell back to a general tip (%s)", type(exc).__name__)
        return [nothing_yet, closing]
    return [*lines, closing]


def _alternative(text: str, analysis: CommunicationAnalysis) -> str:
    texts = load_coach_lines()["coaching"]
    rephrasing = _shorten(suggest_rephrasing(text, analysis))
    if len(rephrasing) > MAX_REPHRASING_CHARS:
        rephrasing = BLANK_SHAPE
    if BLANK in rephrasing:
        template = texts["try_this_with_gaps"]
    elif stance_for(analysis) is Stance.OPEN:
        template = texts["another_way"]
    else:
        template = texts["try_this"]
    return template.format(rephrasing=rephrasing)


def _starting_tips(text: str, analysis: CommunicationAnalysis) -> list[str]:
    """One or two strengths, then the one idea most likely to help the opener along."""
    tips = load_coach_lines()["coaching"]["starting"]
    asked = "?" in text or _QUESTION_START.search(text) is not None
    about_self = analysis.names_feeling or _ABOUT_SELF.search(text) is not None
    suggested = analysis.makes_request
    lines: list[str] = []
    if _GREETING.search(text) and not asked:
        lines.append(tips["said_hello"])
    if asked:
        lines.append(tips["asked_question"])
    if about_self:
        lines.append(tips["shared_self"])
    if not asked:
        lines += [tips["no_question"], tips["example_question"].format(
            example=_example(tips["questions"], text))]
    elif not suggested:
        lines += [tips["no_suggestion"], tips["example_suggestion"].format(
            example=_example(tips["suggestions"], text))]
    else:
        lines.append(tips["all_clear"])
    return lines


def _example(examples: list[str], text: str) -> str:
    """Vary the example with the turn, so asking twice need not show the same one."""
    return examples[len(text) % len(examples)]


def _shorten(line: str) -> str:
    return re.sub(rf"\w{{{MAX_QUOTED_TOKEN + 1},}}",
                  lambda match: match.group(0)[:MAX_QUOTED_TOKEN] + "...", line)
