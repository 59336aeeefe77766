"""Loneliness and interpersonal deficits: relationships past and present, patterns, one small
step to connect this week (then, if wanted, a role play of starting a conversation).
"""

from __future__ import annotations

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec

LONELINESS = ExerciseSpec(
    form="loneliness_form",
    kind="loneliness",
    title="connecting with people",
    steps=("lo_past", "lo_present", "lo_pattern", "lo_homework"),
    homework_step="lo_homework",
)


class ValidateLonelinessForm(ExerciseFormValidation):
    spec = LONELINESS
