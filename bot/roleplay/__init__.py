"""The role-play rehearsal engine: the bot plays the other person, the participant practises.

Pure Python, no Rasa: a Rasa action keeps ``RolePlay.to_dict()`` in a slot and calls
``opening`` / ``take_turn`` / ``reflection``. See ``engine.py`` for why the state holds no words.
"""

from bot.roleplay.engine import (
    MAX_ROUNDS,
    Control,
    EndReason,
    RolePlay,
    Round,
    Scene,
    Stance,
    TurnResult,
    coaching,
    end,
    is_closing,
    opening,
    parse_control,
    reflection,
    reflection_prompts,
    restart,
    stance_for,
    start,
    take_turn,
)
from bot.roleplay.scene import KINDS, Kind

__all__ = [
    "KINDS", "MAX_ROUNDS", "Control", "EndReason", "Kind", "RolePlay", "Round", "Scene", "Stance",
    "TurnResult", "coaching", "end", "is_closing", "opening", "parse_control", "reflection",
    "reflection_prompts", "restart", "stance_for", "start", "take_turn",
]
