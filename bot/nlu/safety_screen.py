"""The safety screen inside Rasa's NLU pipeline: every message passes through it.

It runs last, after the intent classifier and the fallback classifier, so nothing after it can
undo its decision. At `concern` or above it makes `crisis` the intent with confidence 1.0 and
keeps the classifier's ranking below it. The classifier's own `crisis` guess is a second net:
confident, it counts as `concern`; unsure, it becomes a request to rephrase, never a silent miss
and never a crisis path started by a guess alone.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.classifiers.classifier import IntentClassifier
from rasa.shared.nlu.constants import INTENT, INTENT_RANKING_KEY, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.safety.detector import SafetyDetector, Screening
from bot.safety.levels import RiskLevel

logger = logging.getLogger(__name__)

CRISIS_INTENT = "crisis"
RISK_KEY = "risk"
CLASSIFIER_CONFIDENT = 0.8


def apply_screening(
    message: Message, screening: Screening, crisis_intent: str = CRISIS_INTENT
) -> Message:
    """Put the screening on the message and route it to the crisis intent when needed."""
    intent = message.get(INTENT) or {"name": None, "confidence": 0.0}
    ranking = list(message.get(INTENT_RANKING_KEY) or [])
    risk, reasons = screening.risk, list(screening.reasons)

    if intent.get("name") == crisis_intent and risk < RiskLevel.CONCERN:
        if intent.get("confidence", 0.0) >= CLASSIFIER_CONFIDENT:
            risk = RiskLevel.CONCERN
            reasons.append("the intent classifier recognised a possible crisis")
        else:
            intent = {"name": "nlu_fallback", "confidence": intent.get("confidence", 0.0)}
            ranking = [r for r in ranking if r.get("name") != crisis_intent]

    if risk >= RiskLevel.CONCERN:
        ranking = [{"name": crisis_intent, "confidence": 1.0}] + [
            r for r in ranking if r.get("name") != crisis_intent
        ]
        intent = {"name": crisis_intent, "confidence": 1.0}

    message.set(INTENT, intent, add_to_output=True)
    message.set(INTENT_RANKING_KEY, ranking, add_to_output=True)
    message.set(RISK_KEY, {"risk": risk.value, "reasons": reasons}, add_to_output=True)
    return message


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.INTENT_CLASSIFIER], is_trainable=False
)
class SafetyScreen(GraphComponent, IntentClassifier):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"crisis_intent": CRISIS_INTENT}

    def __init__(self, config: dict[str, Any], detector: SafetyDetector | None = None) -> None:
        self._config = config
        self._detector = detector

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> SafetyScreen:
        return cls(config)

    @property
    def detector(self) -> SafetyDetector:
        if self._detector is None:
            self._detector = SafetyDetector()
        return self._detector

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT) or ""
            try:
                screening = self.detector.screen(text)
            except Exception:  # never let screening failure drop a message
                logger.exception("Safety screening failed; treating the message as a concern.")
                screening = Screening(
                    risk=RiskLevel.CONCERN, reasons=("safety screening failed; check by a person",)
                )
            apply_screening(message, screening, self._config["crisis_intent"])
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
