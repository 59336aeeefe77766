"""The person extractor as Rasa runs it: entities on the message, never a lost message."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import pytest
from rasa.core.channels.channel import UserMessage
from rasa.engine.graph import ExecutionContext, GraphSchema
from rasa.engine.recipes.default_recipe import DefaultV1Recipe
from rasa.engine.runner.dask import DaskGraphRunner
from rasa.engine.storage.local_model_storage import LocalModelStorage
from rasa.engine.storage.resource import Resource
from rasa.shared.data import TrainingType
from rasa.shared.nlu.constants import ENTITIES, TEXT
from rasa.shared.nlu.training_data.message import Message
from rasa.shared.nlu.training_data.training_data import TrainingData

import bot.nlu.person_extractor as person_extractor
from bot.nlu.person_extractor import PersonMentionExtractor

COMPONENT_PATH = "bot.nlu.person_extractor.PersonMentionExtractor"


@pytest.fixture
def extractor(tmp_path: Path) -> PersonMentionExtractor:
    """Created the way Rasa's graph creates a component that is not trained."""
    return PersonMentionExtractor.create(
        PersonMentionExtractor.get_default_config(),
        LocalModelStorage(tmp_path),
        Resource("person_extractor"),
        ExecutionContext(GraphSchema({}), "test-model"),
    )


def run(extractor: PersonMentionExtractor, text: Any, **data: Any) -> Message:
    message = Message(data={TEXT: text, **data})
    (processed,) = extractor.process([message])
    return processed


def test_the_component_is_registered_as_an_entity_extractor_that_is_not_trained() -> None:
    registered = DefaultV1Recipe._from_registry(COMPONENT_PATH)
    assert registered.clazz is PersonMentionExtractor
    assert registered.types == {DefaultV1Recipe.ComponentType.ENTITY_EXTRACTOR}
    assert registered.is_trainable is False


def test_a_person_becomes_one_person_entity(extractor: PersonMentionExtractor) -> None:
    message = run(extractor, "I had a row with my sister")
    assert message.get(ENTITIES) == [{
        "entity": "person",
        "value": "your sister",
        "start": 17,
        "end": 26,
        "extractor": "PersonMentionExtractor",
        "confidence_entity": 1.0,
    }]


def test_the_value_is_the_name_when_a_name_comes_with_the_relationship(
    extractor: PersonMentionExtractor,
) -> None:
    (entity,) = run(extractor, "my sister Anna never calls").get(ENTITIES)
    assert entity["value"] == "Anna"


def test_start_and_end_cover_what_the_participant_wrote(
    extractor: PersonMentionExtractor,
) -> None:
    text = "honestly my ex-husband and anna drive me mad"
    entities = run(extractor, text).get(ENTITIES)
    assert [text[e["start"] : e["end"]] for e in entities] == ["my ex-husband", "anna"]
    assert [e["value"] for e in entities] == ["your ex-husband", "Anna"]


def test_entities_from_earlier_components_are_kept(extractor: PersonMentionExtractor) -> None:
    earlier = {"entity": "time", "value": "tomorrow", "start": 19, "end": 27,
               "extractor": "RegexEntityExtractor"}
    message = run(extractor, "talk to my boss on tomorrow", entities=[dict(earlier)])
    assert message.get(ENTITIES)[0] == earlier
    assert [e["entity"] for e in message.get(ENTITIES)] == ["time", "person"]


def test_the_entities_are_part_of_the_parse_result(extractor: PersonMentionExtractor) -> None:
    message = run(extractor, "my mum said no")
    assert message.as_dict_nlu()[ENTITIES][0]["value"] == "your mum"


@pytest.mark.parametrize("payload", ["/affirm", '/inform{"person": "my sister"}', "  /stop"])
def test_a_button_payload_is_left_alone(extractor: PersonMentionExtractor, payload: str) -> None:
    assert run(extractor, payload).get(ENTITIES) is None


@pytest.mark.parametrize("text", ["I feel a bit better today", "oh my god", "my job sucks"])
def test_a_message_without_people_gets_no_entities(
    extractor: PersonMentionExtractor, text: str
) -> None:
    assert not run(extractor, text).get(ENTITIES)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        None,
        42,
        "😡😡😡",
        "🙄",
        "x" * 10_000,
        "my sister never helps " * 460,
        "Tu ne m'écoutes jamais",
        "Mi hermana nunca me llama",
        "你从来不听我说话",
        "أنت لا تستمع إلي أبدا",
        "\x00\x01\x02",
        "\ud800",
    ],
)
def test_odd_input_never_raises(extractor: PersonMentionExtractor, text: Any) -> None:
    message = run(extractor, text)
    for entity in message.get(ENTITIES) or []:
        assert entity["entity"] == "person"


def test_a_failure_leaves_the_message_without_people_and_logs_no_text(
    extractor: PersonMentionExtractor,
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    def broken(text: str) -> list[Any]:
        raise ValueError(f"cannot parse {text}")

    monkeypatch.setattr(person_extractor, "find_person_mentions", broken)
    with caplog.at_level(logging.DEBUG, logger="bot.nlu.person_extractor"):
        message = run(extractor, "my sister Anna hurt me")
    assert message.get(ENTITIES) is None
    assert "ValueError" in caplog.text
    assert "Anna" not in caplog.text and "sister" not in caplog.text


def test_every_message_of_a_batch_is_processed(extractor: PersonMentionExtractor) -> None:
    messages = [Message(data={TEXT: t}) for t in ["my boss", "/greet", "tom said no"]]
    processed = extractor.process(messages)
    assert [[e["value"] for e in m.get(ENTITIES) or []] for m in processed] == [
        ["your boss"], [], ["Tom"]
    ]


def test_training_data_passes_through_unchanged(extractor: PersonMentionExtractor) -> None:
    data = TrainingData([Message(data={TEXT: "my sister", "intent": "share_conflict"})])
    assert extractor.process_training_data(data) is data


def test_rasa_runs_the_component_before_the_safety_screen_in_a_real_graph(
    tmp_path: Path,
) -> None:
    config = {
        "recipe": "default.v1",
        "language": "en",
        "pipeline": [
            {"name": "WhitespaceTokenizer"},
            {"name": COMPONENT_PATH},
            {"name": "bot.nlu.safety_screen.SafetyScreen"},
        ],
    }
    graph = DefaultV1Recipe().graph_config_for_recipe(config, {}, TrainingType.NLU)
    assert not any("PersonMentionExtractor" in node for node in graph.train_schema.nodes)
    runner = DaskGraphRunner(
        graph.predict_schema,
        LocalModelStorage(tmp_path),
        ExecutionContext(graph.predict_schema, "test-model"),
    )
    outputs = runner.run(
        inputs={"__message__": [UserMessage("my husband's mother hates me")]},
        targets=[graph.nlu_target],
    )
    (message,) = outputs[graph.nlu_target]
    assert [e["value"] for e in message.get(ENTITIES)] == ["your husband's mother"]
    assert message.get("risk") is not None
