"""The interpersonal inventory: who the participant talks about, and which row that person is."""

from bot.inventory.linking import link_to_inventory, normalise_relationship
from bot.inventory.person_mentions import PersonMention, find_person_mentions

__all__ = ["PersonMention", "find_person_mentions", "link_to_inventory", "normalise_relationship"]
