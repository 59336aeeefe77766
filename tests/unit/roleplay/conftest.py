"""Scenes shared by the role-play tests."""

from __future__ import annotations

import pytest

from bot.roleplay import RolePlay, Scene, start


@pytest.fixture
def hard_scene() -> Scene:
    return Scene(partner="your sister", setting="in the kitchen after dinner",
                 goal="ask her to help on weekdays", kind="hard_conversation")


@pytest.fixture
def starting_scene() -> Scene:
    return Scene(partner="someone at the book club", setting=None, goal=None,
                 kind="starting_conversation")


@pytest.fixture
def hard_play(hard_scene: Scene) -> RolePlay:
    return start(hard_scene)


@pytest.fixture
def starting_play(starting_scene: Scene) -> RolePlay:
    return start(starting_scene)
