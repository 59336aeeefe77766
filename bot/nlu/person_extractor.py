"""The person extractor inside Rasa's NLU pipeline: who is this message about?

Every mention found by `bot.inventory.person_mentions` becomes one entity::

    {"entity": "person", "value": "your sister", "start": 0, "end": 9,
     "extractor": "PersonMentionExtractor", "confidence_entity": 1.0}

The ``value`` is the mention's *label*: the words the bot can put straight into its own
sentence ("How did it go with {person_mentioned}?" gives "with your sister" or "with Anna").
"my" is turned into "your" and text-speak is written out ("my bf" is "your boyfriend"), but the
participant's own word is kept ("my mum" stays "your mum", not "your mother"): mirroring it is
warmer and avoids correcting them. When a name comes with a relationship ("my sister Anna"),
the value is the name. ``start``/``end`` cover what the participant wrote ("my sister Anna").
The canonical relationship and the inventory link are not put in the entity (Rasa slot mappings
only carry the value); actions get them from `find_person_mentions` on the same text and
`bot.inventory.linking.link_to_inventory`.

Button payloads ("/affirm") are not the participant's words and are left alone. The rules are
deterministic, so the confidence is 1.0. The extractor must never stop a message from reaching
the safety screen after it, so any failure leaves the message without person entities.
"""

from __future__ import annotations

import logging
from typing import Any

from rasa.engine.graph import ExecutionContext, GraphComponent
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.storage.resource import Resource
from rasa.engine.storage.storage import ModelStorage
from rasa.nlu.constants import ENTITY_ATTRIBUTE_CONFIDENCE_TYPE
from rasa.nlu.extractors.extractor import EntityExtractorMixin
from rasa.shared.nlu.constants import (
    ENTITIES,
    ENTITY_ATTRIBUTE_END,
    ENTITY_ATTRIBUTE_START,
    ENTITY_ATTRIBUTE_TYPE,
    ENTITY_ATTRIBUTE_VALUE,
    EXTRACTOR,
    TEXT,
)
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

from bot.inventory.person_mentions import PersonMention, find_person_mentions

logger = logging.getLogger(__name__)

PERSON_ENTITY = "person"


def person_entities(mentions: list[PersonMention], extractor: str) -> list[dict[str, Any]]:
    """The Rasa entity dictionaries for ``mentions``, in message order."""
    return [
        {
            ENTITY_ATTRIBUTE_TYPE: PERSON_ENTITY,
            ENTITY_ATTRIBUTE_VALUE: mention.label,
            ENTITY_ATTRIBUTE_START: mention.start,
            ENTITY_ATTRIBUTE_END: mention.end,
            EXTRACTOR: extractor,
            ENTITY_ATTRIBUTE_CONFIDENCE_TYPE: 1.0,
        }
        for mention in mentions
    ]


@DefaultV1Recipe.register(
    [DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR], is_trainable=False
)
class PersonMentionExtractor(GraphComponent, EntityExtractorMixin):
    @staticmethod
    def get_default_config() -> dict[str, Any]:
        return {}

    def __init__(self, config: dict[str, Any]) -> None:
        self._config = config

    @classmethod
    def create(
        cls,
        config: dict[str, Any],
        model_storage: ModelStorage,
        resource: Resource,
        execution_context: ExecutionContext,
    ) -> PersonMentionExtractor:
        return cls(config)

    def process(self, messages: list[Message]) -> list[Message]:
        for message in messages:
            text = message.get(TEXT)
            if not isinstance(text, str) or not text.strip() or text.lstrip().startswith("/"):
                continue
            try:
                mentions = find_person_mentions(text)
            except Exception as exc:  # a missed person must never cost the message
                # Only the type: the message text is the participant's and is never logged.
                logger.error("Person extraction failed (%s); no person entities added.",
                             type(exc).__name__)
                continue
            if not mentions:
                continue
            entities = list(message.get(ENTITIES) or [])
            entities.extend(person_entities(mentions, self.name))
            message.set(ENTITIES, entities, add_to_output=True)
        return messages

    def process_training_data(self, training_data: TrainingData) -> TrainingData:
        return training_data
