"""Grief reflection: the relationship with the person who died, good and hard sides, and a way
back towards people.

IPT's grief work reconstructs the relationship as it was (an idealised picture keeps mourning
stuck), goes through the time around the death, makes room for what was never said (the
unsent letter) and ends with one small step towards other people. Each step can be skipped or
paused; a wish to join the person who died is taken by the safety layer before it reaches here.
"""

from __future__ import annotations

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec

GRIEF = ExerciseSpec(
    form="grief_form",
    kind="grief_reflection",
    title="grief reflection",
    steps=(
        "grief_who",
        "grief_good",
        "grief_hard",
        "grief_circumstances",
        "grief_miss",
        "grief_letter",
        "grief_dates",
        "grief_reconnect",
        "grief_homework",
    ),
    homework_step="grief_homework",
    person_step="grief_who",
)


class ValidateGriefForm(ExerciseFormValidation):
    spec = GRIEF
