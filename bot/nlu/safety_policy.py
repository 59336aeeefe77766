"""A dialogue policy for the two safety decisions that need the whole conversation.

1. Context: the NLU screen sees one message at a time. Here the latest message is screened
   again with the participant's earlier messages, so "what's the tallest bridge near me?" after
   "I can't go on" starts the crisis path even though the question alone is harmless.
2. After the crisis response: the screening, once per episode, whatever started the path.
3. Takeover: while a clinician has taken over (`human_takeover` slot), the bot says nothing,
   except the crisis path, which no takeover may silence.

It outranks every other policy (priority 7 > RulePolicy's 6) and its predictions count as
"no user" predictions, so even an active form cannot hold a person in crisis.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.core.policies.policy import Policy, PolicyPrediction, SupportedData
from rasa.engine.graph import ExecutionContext
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.shared.core.constants import ACTION_LISTEN_NAME
from rasa.shared.core.domain import Domain
from rasa.shared.core.events import ActionExecuted, SlotSet, UserUttered
from rasa.shared.core.generator import TrackerWithCachedStates
from rasa.shared.core.trackers import DialogueStateTracker

from bot.safety.detector import SafetyDetector
from bot.safety.levels import RiskLevel

logger = logging.getLogger(__name__)

CRISIS_ACTION = "action_crisis_response"
CRISIS_INTENT = "crisis"
SCREENING_FORM = "safety_screening_form"
CONTEXT_MESSAGES = 10


def awaiting_bot_turn(tracker: DialogueStateTracker) -> bool:
    """A user message came in and no action has answered it yet.

    Not just "the last action was action_listen": messages pushed through the HTTP API
    (a clinician's words, reminders) leave another action last.
    """
    for event in reversed(tracker.events):
        if isinstance(event, UserUttered):
            return True
        if isinstance(event, ActionExecuted):
            return False
    return False


def earlier_user_texts(tracker: DialogueStateTracker, limit: int = CONTEXT_MESSAGES) -> list[str]:
    """The participant's earlier messages in this conversation, oldest first (not the latest)."""
    texts = [
        e.text for e in tracker.events if isinstance(e, UserUttered) and e.text
    ]
    return [t for t in texts[:-1] if not t.startswith("/")][-limit:]


@DefaultV1Recipe.register(
    DefaultV1Recipe.ComponentType.POLICY_WITHOUT_END_TO_END_SUPPORT, is_trainable=True
)
class SafetyPolicy(Policy):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {"priority": 7}

    @staticmethod
    def supported_data() -> SupportedData:
        return SupportedData.ML_AND_RULE_DATA

    def __init__(
        self,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
        featurizer: Any = None,
        detector: SafetyDetector | None = None,
    ) -> None:
        super().__init__(config, model_storage, resource, execution_context, featurizer)
        self._detector = detector

    @property
    def detector(self) -> SafetyDetector:
        if self._detector is None:
            self._detector = SafetyDetector()
        return self._detector

    def train(
        self, training_trackers: list[TrackerWithCachedStates], domain: Domain, **kwargs: Any
    ) -> Resource:
        return self._resource

    def _predict(
        self, action: str, domain: Domain, optional_events: list | None = None
    ) -> PolicyPrediction:
        probabilities = self._default_predictions(domain)
        probabilities[domain.index_for_action(action)] = 1.0
        return self._prediction(
            probabilities, optional_events=optional_events, is_no_user_prediction=True
        )

    def _abstain(self, domain: Domain) -> PolicyPrediction:
        return self._prediction(self._default_predictions(domain))

    def predict_action_probabilities(
        self,
        tracker: DialogueStateTracker,
        domain: Domain,
        rule_only_data: dict[str, Any] | None = None,
        **kwargs: Any,
    ) -> PolicyPrediction:
        if tracker.latest_action_name == CRISIS_ACTION:
            # Screen once per crisis episode; afterwards the bot listens and keeps talking.
            if tracker.get_slot("screening_done") or tracker.active_loop_name:
                return self._predict(ACTION_LISTEN_NAME, domain)
            return self._predict(SCREENING_FORM, domain)
        if not awaiting_bot_turn(tracker):
            return self._abstain(domain)
        latest = tracker.latest_message
        if latest is None or not latest.text or tracker.active_loop_name == SCREENING_FORM:
            return self._abstain(domain)
        if latest.intent.get("name") == CRISIS_INTENT:
            # Rules route it too, but no form may hold a person in crisis: this covers every
            # form, including ones added later without their own crisis rule.
            return self._predict(CRISIS_ACTION, domain)

        if not latest.text.startswith("/"):
            context = earlier_user_texts(tracker)
            if context:
                screening = self.detector.screen(latest.text, context)
                if screening.risk >= RiskLevel.CONCERN:
                    return self._predict(
                        CRISIS_ACTION,
                        domain,
                        optional_events=[
                            SlotSet("risk_level", screening.risk.value),
                            SlotSet("risk_reasons", list(screening.reasons)),
                        ],
                    )
        if tracker.get_slot("human_takeover"):
            return self._predict(ACTION_LISTEN_NAME, domain)
        return self._abstain(domain)
