"""Closing: what changed and what the participant did to make it happen, then a
relapse-prevention plan (early warning signs, people to reach, what helped).

IPT treats the ending as a change in itself and credits the person's competence, not the
program's: the review asks what *they* did.
"""

from __future__ import annotations

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec

CLOSING = ExerciseSpec(
    form="closing_form",
    kind="closing_review",
    title="review and relapse-prevention plan",
    steps=("cl_changes", "cl_you_did", "cl_warning_signs", "cl_people", "cl_helped", "cl_next"),
    homework_step="cl_next",
)


class ValidateClosingForm(ExerciseFormValidation):
    spec = CLOSING
