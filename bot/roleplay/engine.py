"""The role-play rehearsal: the bot plays the other person for up to five rounds.

IPT rehearses a hard conversation (or, for loneliness, starting one) so the participant can feel
the difference a phrasing makes before the real thing. Each turn is read by the communication
analysis and answered with a written, reviewed line for the matching stance: defensive to blame,
quiet to vagueness, open to a calm "I feel ... could you ...".

The engine is pure: state in, state and messages out, no Rasa, no storage, no logging of what
the participant wrote. The state is a small JSON-able dict for a Rasa slot and deliberately holds
no turn text (only which stance each reply took and which scripted line was used), because the
transcript is stored elsewhere, encrypted. A garbled slot must not end a rehearsal with an error,
so ``RolePlay.from_dict`` falls back to a fresh state instead of raising.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from typing import Any, Literal, get_args

from bot.analysis.communication import analyse
from bot.analysis.role_play import Stance
from bot.roleplay.coaching import coaching
from bot.roleplay.controls import Control, is_closing, parse_control
from bot.roleplay.lines import KindLines, load_coach_lines, load_partner_lines
from bot.roleplay.scene import DEFAULT_PARTNER, Kind, Scene
from bot.roleplay.stance import stance_for

__all__ = [
    "MAX_ROUNDS", "Control", "EndReason", "RolePlay", "Round", "Scene", "Stance", "TurnResult",
    "coaching", "end", "is_closing", "opening", "parse_control", "reflection",
    "reflection_prompts", "restart", "stance_for", "start", "take_turn",
]

log = logging.getLogger(__name__)

MAX_ROUNDS = 5
STATE_VERSION = 1
#: Restarts counted in the state; the count only varies which lines come first.
MAX_ATTEMPTS = 1000
EndReason = Literal["rounds", "closing", "participant"]
END_REASONS: tuple[EndReason, ...] = get_args(EndReason)
#: How far each restart moves the first line picked per stance, so a second try sounds fresh.
ATTEMPT_OFFSET = 3


@dataclass(frozen=True)
class Round:
    """One partner reply: the stance it took and which scripted line (index in its stance list)."""

    stance: Stance
    line: int


@dataclass(frozen=True)
class RolePlay:
    """Where a rehearsal stands. Holds no participant words, by design."""

    scene: Scene
    rounds: tuple[Round, ...] = ()
    finished: bool = False
    ended_by: EndReason | None = None
    paused: bool = False
    """Out of role for a moment (pause or coaching); the next turn goes back in."""
    attempt: int = 0
    """How many times the participant restarted this scene."""

    @property
    def rounds_played(self) -> int:
        return len(self.rounds)

    @property
    def stances(self) -> tuple[Stance, ...]:
        return tuple(r.stance for r in self.rounds)

    def to_dict(self) -> dict[str, Any]:
        """Plain JSON types only, for a Rasa slot."""
        return {
            "version": STATE_VERSION,
            "scene": self.scene.to_dict(),
            "rounds": [{"stance": r.stance.value, "line": r.line} for r in self.rounds],
            "finished": self.finished,
            "ended_by": self.ended_by,
            "paused": self.paused,
            "attempt": self.attempt,
        }

    @classmethod
    def from_dict(cls, data: object) -> RolePlay:
        """The state ``to_dict`` produced; anything missing or garbled gives a fresh state
        (for the same scene when the scene itself is readable). Never raises."""
        try:
            scene = Scene.from_dict(data.get("scene") if isinstance(data, dict) else None)
        except ValueError:
            return cls(scene=Scene(partner=DEFAULT_PARTNER))
        try:
            return _state_from(data, scene)  # type: ignore[arg-type]
        except (ValueError, TypeError, KeyError, AttributeError):
            return cls(scene=scene)


@dataclass(frozen=True)
class TurnResult:
    """What one message from the participant leads to."""

    state: RolePlay
    messages: tuple[str, ...]
    """To send in order: partner lines already labelled ("Your sister: ..."), then any out-of-role
    lines."""
    stance: Stance | None = None
    """The partner's stance, when the message was an in-character turn that got a stance reply."""
    partner_line: str | None = None
    """The partner's words without the label, for channels that format them themselves."""
    control: Control | None = None
    """The control the message was, when it was not a turn."""

    @property
    def finished(self) -> bool:
        return self.state.finished


# --- starting and restarting -------------------------------------------------------------------


def start(scene: Scene) -> RolePlay:
    """A new play for ``scene``; send ``opening(scene)`` with it."""
    return RolePlay(scene=scene)


def opening(scene: Scene, *, attempt: int = 0) -> list[str]:
    """The set-up out of role (who the bot plays, that it is practice, how to steer it), then
    the partner's first line in character or, when the participant is to start, an invitation.
    After a restart (``attempt`` > 0) the set-up shrinks to one line: they have heard it."""
    texts = load_partner_lines()
    kind_lines = texts.kinds[scene.kind]
    values = _values(scene)
    if attempt > 0:
        messages = [texts.set_up["retry"].format(**values)]
    else:
        intro = [texts.set_up["intro"]]
        if scene.setting:
            intro.append(texts.set_up["scene"])
        if scene.goal:
            intro.append(texts.set_up["goal"])
        messages = [
            " ".join(intro).format(**values),
            texts.set_up["practice"].format(**values),
            texts.set_up["controls"].format(**values),
        ]
    return [*messages, _first_move(scene, kind_lines, attempt)]


def restart(state: RolePlay) -> RolePlay:
    """The same scene from the top; the attempt count moves on so the lines vary."""
    return RolePlay(scene=state.scene, attempt=min(state.attempt + 1, MAX_ATTEMPTS))


# --- turns -------------------------------------------------------------------------------------


def take_turn(state: RolePlay, text: str, *, last_turn: str | None = None) -> TurnResult:
    """Answer one message: a control (pause, carry on, restart, coach me, end) is handled out of
    role; anything else is a turn in the role, answered by the partner.

    ``last_turn`` is the participant's previous in-character turn, from the caller's transcript;
    it is only used when this message asks for coaching (the state keeps no words). Never raises.
    """
    text = text if isinstance(text, str) else ""
    control = parse_control(text)
    if control is not None:
        return _control(state, control, last_turn)
    if state.finished:
        return TurnResult(state, (_coach_text("controls", "finished", state.scene),))
    if is_closing(text):
        return _close(state)
    stance = _stance(text)
    kind_lines = load_partner_lines().kinds[state.scene.kind]
    index = _next_line(state, stance, len(kind_lines.stances[stance]))
    line = kind_lines.stances[stance][index]
    rounds = (*state.rounds, Round(stance, index))
    messages = [_in_character(state.scene, line)]
    finished = len(rounds) >= MAX_ROUNDS
    if finished:
        messages += _out_of_role(state.scene, "rounds")
    new_state = replace(state, rounds=rounds, paused=False, finished=finished,
                        ended_by="rounds" if finished else None)
    return TurnResult(new_state, tuple(messages), stance=stance, partner_line=line)


def end(state: RolePlay) -> TurnResult:
    """The participant ends the play: step out of role at once, whatever round it is."""
    if state.finished:
        return TurnResult(state, (_coach_text("controls", "finished", state.scene),),
                          control=Control.END)
    new_state = replace(state, finished=True, ended_by="participant", paused=False)
    return TurnResult(new_state, tuple(_out_of_role(state.scene, "participant")),
                      control=Control.END)


def _control(state: RolePlay, control: Control, last_turn: str | None) -> TurnResult:
    scene = state.scene
    if control is Control.RESTART:
        new_state = restart(state)
        return TurnResult(new_state, tuple(opening(scene, attempt=new_state.attempt)),
                          control=control)
    if control is Control.END:
        return end(state)
    if control is Control.COACH:
        messages = tuple(coaching(last_turn, scene.kind))
        paused = replace(state, paused=not state.finished)
        return TurnResult(paused, messages, control=control)
    if state.finished:
        return TurnResult(state, (_coach_text("controls", "finished", scene),), control=control)
    if control is Control.PAUSE:
        return TurnResult(replace(state, paused=True),
                          (_coach_text("controls", "paused", scene),), control=control)
    # RESUME: back in role, with the partner's last words so they know where they were.
    return TurnResult(replace(state, paused=False),
                      (_coach_text("controls", "resumed", scene), _where_we_were(state)),
                      control=control)


def _close(state: RolePlay) -> TurnResult:
    """They said goodbye: the partner says goodbye too, then the bot steps out of role."""
    farewells = load_partner_lines().kinds[state.scene.kind].farewells
    line = farewells[(state.attempt + len(state.rounds)) % len(farewells)]
    messages = (_in_character(state.scene, line), *_out_of_role(state.scene, "closing"))
    new_state = replace(state, finished=True, ended_by="closing", paused=False)
    return TurnResult(new_state, messages, partner_line=line)


def _stance(text: str) -> Stance:
    """A neutral reply is always a fair answer, so an analysis failure never ends a rehearsal."""
    try:
        return stance_for(analyse(text))
    except Exception as exc:  # noqa: BLE001 - the partner must always answer
        log.warning("role-play turn analysis failed (%s); partner answers neutrally",
                    type(exc).__name__)
        return Stance.NEUTRAL


def _next_line(state: RolePlay, stance: Stance, count: int) -> int:
    """The first line of this stance not yet used in this play, starting at a place that moves
    with each restart; if all were used (a shorter list after an edit), the least recent one."""
    used = [r.line for r in state.rounds if r.stance is stance]
    start_at = (state.attempt * ATTEMPT_OFFSET) % count
    for step in range(count):
        index = (start_at + step) % count
        if index not in used:
            return index
    return next((i for i in used if 0 <= i < count), start_at)


# --- reflection --------------------------------------------------------------------------------


def reflection_prompts(kind: Kind = "hard_conversation") -> list[str]:
    """The questions for after the play (what worked, what to try), to ask one at a time."""
    return list(load_coach_lines()["reflection"][kind]["prompts"])


def reflection(state: RolePlay) -> list[str]:
    """One observation about how the partner responded, crediting what the participant did,
    then the reflection questions."""
    texts = load_coach_lines()["reflection"][state.scene.kind]
    key = _observation_key(state.stances)
    return [texts[key].format(**_values(state.scene)), *reflection_prompts(state.scene.kind)]


def _observation_key(stances: tuple[Stance, ...]) -> str:
    if not stances:
        return "nothing"
    if Stance.OPEN in stances:
        before = stances[: stances.index(Stance.OPEN)]
        resisted = Stance.DEFENSIVE in before or Stance.SILENT in before
        return "opened_after_resistance" if resisted else "opened"
    counts = {s: stances.count(s) for s in (Stance.DEFENSIVE, Stance.SILENT, Stance.NEUTRAL)}
    return max(counts, key=lambda s: counts[s]).value  # ties: defensive, then silent


# --- wording -----------------------------------------------------------------------------------


def _values(scene: Scene) -> dict[str, Any]:
    return {"partner": scene.partner, "Partner": scene.partner_capitalised,
            "setting": scene.setting or "", "goal": scene.goal or "", "max_rounds": MAX_ROUNDS}


def _in_character(scene: Scene, line: str) -> str:
    return load_partner_lines().in_character.format(line=line, **_values(scene))


def _first_move(scene: Scene, kind_lines: KindLines, attempt: int) -> str:
    if kind_lines.partner_opens:
        line = kind_lines.first_lines[attempt % len(kind_lines.first_lines)]
        return _in_character(scene, line)
    return (kind_lines.invitation or "").format(**_values(scene))


def _where_we_were(state: RolePlay) -> str:
    kind_lines = load_partner_lines().kinds[state.scene.kind]
    if state.rounds:
        last = state.rounds[-1]
        lines = kind_lines.stances[last.stance]
        if 0 <= last.line < len(lines):
            return _in_character(state.scene, lines[last.line])
    return _first_move(state.scene, kind_lines, state.attempt)


def _out_of_role(scene: Scene, reason: EndReason) -> list[str]:
    texts = load_partner_lines().out_of_role
    key = {"rounds": "rounds", "closing": "closing", "participant": "ended"}[reason]
    return [texts[key].format(**_values(scene)), texts["step_out"].format(**_values(scene))]


def _coach_text(section: str, key: str, scene: Scene) -> str:
    return load_coach_lines()[section][key].format(**_values(scene))


# --- state from a slot -------------------------------------------------------------------------


def _state_from(data: dict[str, Any], scene: Scene) -> RolePlay:
    """Strict reading: any value of the wrong shape raises, and the caller starts fresh."""
    if data.get("version", STATE_VERSION) != STATE_VERSION:
        raise ValueError("unknown state version")
    raw_rounds = data.get("rounds", [])
    if not isinstance(raw_rounds, list) or len(raw_rounds) > MAX_ROUNDS:
        raise ValueError("rounds")
    rounds = tuple(Round(Stance(r["stance"]), _int(r["line"], 0, 10_000)) for r in raw_rounds)
    finished, paused = data.get("finished", False), data.get("paused", False)
    ended_by = data.get("ended_by")
    if not isinstance(finished, bool) or not isinstance(paused, bool):
        raise ValueError("flags")
    if ended_by is not None and ended_by not in END_REASONS:
        raise ValueError("ended_by")
    if finished != (ended_by is not None) or (len(rounds) == MAX_ROUNDS and not finished):
        raise ValueError("finished flag disagrees with the rounds")
    return RolePlay(scene=scene, rounds=rounds, finished=finished, ended_by=ended_by,
                    paused=paused, attempt=_int(data.get("attempt", 0), 0, MAX_ATTEMPTS))


def _int(value: object, low: int, high: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValueError("not an integer in range")
    return value
