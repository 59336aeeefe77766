"""Which inventory row a mentioned person is, or none when it cannot be told."""

from __future__ import annotations

from dataclasses import dataclass
from types import SimpleNamespace

import pytest

from bot.inventory.linking import link_to_inventory, normalise_relationship
from bot.inventory.person_mentions import PersonMention, find_person_mentions
from tests.unit.inventory.test_person_mentions import ALL_FOUND, EVERYDAY_MESSAGES


@dataclass(frozen=True)
class Row:
    """An inventory row as the store might load it."""

    name: str | None
    relationship: str | None


def mention(label: str, relationship: str | None = None, name: str | None = None,
            group: str = "other") -> PersonMention:
    return PersonMention(label, relationship, name, group, 0, len(label))  # type: ignore[arg-type]


ANNA = Row("Anna", "sister")
MARIA = Row("Maria", "sister")
BOSS = Row(None, "boss")
MUM = Row(None, "Mum")
TOM = Row("Tom", "friend")
INVENTORY = [ANNA, BOSS, MUM, TOM]


def test_a_name_finds_the_row_with_that_name_whatever_the_case() -> None:
    assert link_to_inventory(mention("Anna", name="anna"), INVENTORY) is ANNA


def test_a_name_with_one_typing_slip_finds_the_row() -> None:
    anna = Row("Anna", None)
    assert link_to_inventory(mention("Anan", name="Anan"), [anna, TOM]) is anna


@pytest.mark.parametrize(
    ("typed", "entered"),
    [("Jonh", "John"), ("Johnn", "John"), ("Sarh", "Sarah"), ("Jahn", "John")],
)
def test_one_slip_is_a_swap_an_extra_a_missing_or_a_changed_letter(
    typed: str, entered: str
) -> None:
    row = Row(entered, None)
    assert link_to_inventory(mention(typed, name=typed), [row]) is row


def test_two_slips_are_a_different_name() -> None:
    assert link_to_inventory(mention("Jhno", name="Jhno"), [Row("John", None)]) is None


def test_a_short_name_must_be_typed_exactly() -> None:
    assert link_to_inventory(mention("Tim", name="Tim"), [TOM]) is None


def test_an_exact_name_wins_over_a_name_one_slip_away() -> None:
    anne = Row("Anne", "friend")
    assert link_to_inventory(mention("Anne", name="Anne"), [ANNA, anne]) is anne


def test_a_first_name_finds_a_row_entered_with_a_surname() -> None:
    smith = Row("Anna Smith", None)
    assert link_to_inventory(mention("Anna", name="Anna"), [smith, TOM]) is smith


def test_accents_do_not_make_a_different_person() -> None:
    zoe = Row("Zoë", "friend")
    assert link_to_inventory(mention("Zoe", name="Zoe"), [zoe]) is zoe


def test_two_people_with_the_name_are_told_apart_by_the_relationship() -> None:
    friend_anna = Row("Anna", "friend")
    found = link_to_inventory(mention("Anna", "sister", "Anna"), [friend_anna, ANNA])
    assert found is ANNA


def test_two_people_with_the_name_and_no_relationship_link_to_nobody() -> None:
    assert link_to_inventory(mention("Anna", name="Anna"), [Row("Anna", "friend"), ANNA]) is None


def test_a_relationship_finds_the_only_row_with_that_relationship() -> None:
    assert link_to_inventory(mention("your sister", "sister"), INVENTORY) is ANNA


def test_two_rows_with_the_relationship_link_to_nobody() -> None:
    assert link_to_inventory(mention("your sister", "sister"), [ANNA, MARIA, BOSS]) is None


def test_an_unknown_name_links_to_an_unnamed_row_with_the_relationship() -> None:
    unnamed = Row(None, "sister")
    assert link_to_inventory(mention("Lola", "sister", "Lola"), [unnamed, BOSS]) is unnamed


def test_an_unknown_name_never_links_to_someone_else_with_the_relationship() -> None:
    assert link_to_inventory(mention("Lola", "sister", "Lola"), [ANNA, BOSS]) is None


def test_a_name_nobody_has_and_no_relationship_links_to_nobody() -> None:
    assert link_to_inventory(mention("Kevin", name="Kevin"), INVENTORY) is None


@pytest.mark.parametrize(
    ("said", "entered"),
    [
        ("mother", "Mum"),
        ("mother", "mom"),
        ("mother", "my mother"),
        ("sister", "sis"),
        ("sister", "older sister"),
        ("husband", "hubby"),
        ("boyfriend", "bf"),
        ("mother-in-law", "MIL"),
        ("mother-in-law", "husband's mother"),
        ("ex", "ex-husband"),
        ("boss", "line manager"),
        ("colleague", "co-worker"),
        ("flatmate", "roommate"),
        ("grandmother", "Nan"),
        ("stepfather", "step dad"),
        ("friend", "best friend"),
    ],
)
def test_the_same_relationship_typed_differently_links(said: str, entered: str) -> None:
    row = Row(None, entered)
    other = TOM if said == "sister" else ANNA
    assert link_to_inventory(mention(f"your {said}", said), [row, other]) is row


def test_my_friend_and_two_friends_in_the_inventory_link_to_nobody() -> None:
    rows = [Row(None, "best friend"), TOM]
    assert link_to_inventory(mention("your friend", "friend"), rows) is None


def test_a_specific_partner_word_finds_a_row_entered_as_partner() -> None:
    partner = Row("Sam", "partner")
    assert link_to_inventory(mention("your husband", "husband"), [partner, BOSS]) is partner


def test_partner_finds_a_row_entered_as_husband() -> None:
    husband = Row("Sam", "husband")
    assert link_to_inventory(mention("your partner", "partner"), [husband, BOSS]) is husband


def test_a_brother_is_never_linked_to_the_only_sister() -> None:
    assert link_to_inventory(mention("your brother", "brother"), [ANNA, BOSS]) is None


def test_an_ex_is_not_the_current_partner() -> None:
    assert link_to_inventory(mention("your ex", "ex"), [Row("Sam", "husband")]) is None


def test_a_group_links_only_to_a_row_for_the_group() -> None:
    parents = Row(None, "parents")
    assert link_to_inventory(mention("your parents", "parents"), [MUM, parents]) is parents
    assert link_to_inventory(mention("your parents", "parents"), [MUM]) is None


def test_rows_may_be_dictionaries() -> None:
    rows = [{"name": "Anna", "relationship": "sister"}, {"name": None, "relationship": "boss"}]
    assert link_to_inventory(mention("your boss", "boss"), rows) is rows[1]


def test_rows_may_be_any_object_with_the_two_attributes() -> None:
    row = SimpleNamespace(name="Tom", relationship=None, closeness="inner")
    assert link_to_inventory(mention("Tom", name="Tom"), [row]) is row


def test_rows_with_blank_or_missing_fields_are_skipped_quietly() -> None:
    rows = [{"name": "  "}, {"relationship": ""}, SimpleNamespace(), {"name": "Tom"}]
    assert link_to_inventory(mention("Tom", name="tom"), rows) is rows[3]


def test_an_empty_inventory_links_to_nobody() -> None:
    assert link_to_inventory(mention("your sister", "sister"), []) is None


@pytest.mark.parametrize(
    "text",
    [text for text, _ in ALL_FOUND] + [text for text, _ in EVERYDAY_MESSAGES]
    + ["my parents' friend visited", "my friends mum is nice", "my ex-husband's new wife"],
)
def test_a_found_relationship_is_already_in_its_canonical_form(text: str) -> None:
    for found in find_person_mentions(text):
        if found.relationship is not None:
            assert normalise_relationship(found.relationship) == found.relationship


def test_someone_elses_relative_is_not_linked_to_the_participants_own() -> None:
    (friends_mum,) = find_person_mentions("my friend's mum died")
    assert link_to_inventory(friends_mum, [MUM, TOM]) is None


def test_a_found_mention_links_to_the_row_end_to_end() -> None:
    (sister,) = find_person_mentions("me and my sis had a massive row")
    (anna,) = find_person_mentions("anna said I was selfish")
    (mother_in_law,) = find_person_mentions("my husbands mother hates me")
    inventory = [ANNA, BOSS, Row("Joan", "mother in law")]
    assert link_to_inventory(sister, inventory) is ANNA
    assert link_to_inventory(anna, inventory) is ANNA
    assert link_to_inventory(mother_in_law, inventory) is inventory[2]


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("Mum", "mother"),
        ("my mom", "mother"),
        ("sister (older)", "sister"),
        ("step mum", "stepmother"),
        ("half-sister", "half-sister"),
        ("twin", "twin"),
        ("twin sister", "sister"),
        ("work friend", "friend"),
        ("ex husband", "ex"),
        ("ex boss", "ex-boss"),
        ("Mother-in-law", "mother-in-law"),
        ("husband\u2019s mum", "mother-in-law"),
        ("friend's mother", "friend's mother"),
        ("in-laws", "in-laws"),
        ("the kids", "children"),
        ("Grandma (dad's side)", "grandmother"),
        ("wife's family", "in-laws"),
        ("parents' friend", "parents' friend"),
        ("Mentor", "mentor"),
        ("", None),
        (None, None),
        ("   ", None),
    ],
)
def test_a_typed_relationship_has_one_canonical_form(typed: str | None,
                                                     canonical: str | None) -> None:
    assert normalise_relationship(typed) == canonical
