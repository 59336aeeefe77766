"""Role transition: the old role and what is lost, the new role and what it asks, one step.

IPT's aims here are to mourn the old role, see the new one in a more balanced light and regain
confidence by mastering what it needs; the questions follow that order.
"""

from __future__ import annotations

from actions.exercise_form import ExerciseFormValidation, ExerciseSpec

TRANSITION = ExerciseSpec(
    form="transition_form",
    kind="role_transition",
    title="life-change reflection",
    steps=(
        "tr_change",
        "tr_old_good",
        "tr_old_hard",
        "tr_lost",
        "tr_new_demands",
        "tr_new_chances",
        "tr_skills_support",
        "tr_homework",
    ),
    homework_step="tr_homework",
)


class ValidateTransitionForm(ExerciseFormValidation):
    spec = TRANSITION
