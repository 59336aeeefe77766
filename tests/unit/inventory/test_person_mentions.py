"""Who a message is about: the people that must be found, and the words that must not be."""

from __future__ import annotations

import dataclasses

import pytest

from bot.inventory.person_mentions import MAX_CHARS, PersonMention, find_person_mentions

#: (label, relationship, name, group) of each mention the message must yield, in order.
Expected = list[tuple[str, str | None, str | None, str]]


def found(text: str) -> Expected:
    return [(m.label, m.relationship, m.name, m.group) for m in find_person_mentions(text)]


POSSESSIVE_RELATIONSHIPS: list[tuple[str, Expected]] = [
    ("my sister never listens to me", [("your sister", "sister", None, "family")]),
    ("my boss yelled at me in front of everyone", [("your boss", "boss", None, "work")]),
    ("me and my sister argued again", [("your sister", "sister", None, "family")]),
    ("our son is struggling at school", [("your son", "son", None, "family")]),
    ("Is it normal that my mom reads my texts?", [("your mom", "mother", None, "family")]),
    ("my partner works nights so I'm always alone", [("your partner", "partner", None,
                                                      "partner")]),
    ("my flatmate never cleans", [("your flatmate", "flatmate", None, "other")]),
    ("my roommate is so loud", [("your roommate", "flatmate", None, "other")]),
    ("my grandma is in hospital", [("your grandma", "grandmother", None, "family")]),
    ("my nan died last year", [("your nan", "grandmother", None, "family")]),
    ("my auntie raised me", [("your auntie", "aunt", None, "family")]),
    ("my stepdad is strict", [("your stepdad", "stepfather", None, "family")]),
    ("my step mum ignores me", [("your step mum", "stepmother", None, "family")]),
    ("my co-worker took credit for my idea", [("your co-worker", "colleague", None, "work")]),
    ("my coworker is a nightmare", [("your coworker", "colleague", None, "work")]),
    ("I spoke to my line manager", [("your line manager", "boss", None, "work")]),
    ("ugh my manager again", [("your manager", "boss", None, "work")]),
    ("I argued with my supervisor about my thesis", [("your supervisor", "boss", None,
                                                      "work")]),
    ("My teacher hates me", [("your teacher", "teacher", None, "work")]),
    ("my daughter won't answer my calls", [("your daughter", "daughter", None, "family")]),
    ("my ex keeps posting about me", [("your ex", "ex", None, "partner")]),
    ("my mother-in-law criticises everything", [("your mother-in-law", "mother-in-law", None,
                                                 "family")]),
    ("my mother in law is visiting", [("your mother in law", "mother-in-law", None,
                                       "family")]),
    ("My sister-in-law and I don't get on", [("your sister-in-law", "sister-in-law", None,
                                              "family")]),
    ("my other half is away", [("your other half", "partner", None, "partner")]),
    ("I'm going to talk to my boss on Monday", [("your boss", "boss", None, "work")]),
    ("my therapist told me to talk to my sister", [("your sister", "sister", None,
                                                    "family")]),
]

MODIFIERS: list[tuple[str, Expected]] = [
    ("My older brother and I had a fight", [("your older brother", "brother", None,
                                             "family")]),
    ("my younger sister stopped talking to me", [("your younger sister", "sister", None,
                                                  "family")]),
    ("my best friend moved away", [("your best friend", "friend", None, "friend")]),
    ("My late husband loved gardening", [("your late husband", "husband", None, "partner")]),
    ("my new boss is nice", [("your new boss", "boss", None, "work")]),
    ("I'm angry at my stupid boss", [("your boss", "boss", None, "work")]),
    ("my own mum doesn't believe me", [("your mum", "mother", None, "family")]),
    ("my 16-year-old son won't talk to me", [("your son", "son", None, "family")]),
    ("my work friend covered for me", [("your work friend", "friend", None, "friend")]),
]

FORMER_PARTNERS: list[tuple[str, Expected]] = [
    ("my ex-husband keeps texting me", [("your ex-husband", "ex", None, "partner")]),
    ("my ex wife took the kids", [("your ex-wife", "ex", None, "partner")]),
    ("my exhusband is a liar", [("your ex-husband", "ex", None, "partner")]),
    ("my ex girlfriend keeps posting about me", [("your ex-girlfriend", "ex", None,
                                                  "partner")]),
    ("my ex boss was awful", [("your ex-boss", "ex-boss", None, "work")]),
]

TEXT_SPEAK: list[tuple[str, Expected]] = [
    ("i hate my sis", [("your sister", "sister", None, "family")]),
    ("my bro never calls", [("your brother", "brother", None, "family")]),
    ("my bf forgot my birthday", [("your boyfriend", "boyfriend", None, "partner")]),
    ("my gf wants space", [("your girlfriend", "girlfriend", None, "partner")]),
    ("my MIL is a nightmare", [("your mother-in-law", "mother-in-law", None, "family")]),
    ("my bff is ignoring me", [("your best friend", "friend", None, "friend")]),
    ("my freind lied to me", [("your friend", "friend", None, "friend")]),
    ("my collegue is taking credit", [("your colleague", "colleague", None, "work")]),
]

OWN_WORDS_KEPT: list[tuple[str, Expected]] = [
    ("My hubby is lovely", [("your hubby", "husband", None, "partner")]),
    ("i told my mam i was struggling", [("your mam", "mother", None, "family")]),
    ("me and my bestie fell out", [("your bestie", "friend", None, "friend")]),
    ("my flat mate brings people round", [("your flat mate", "flatmate", None, "other")]),
]

IN_LAWS_AND_CHAINS: list[tuple[str, Expected]] = [
    ("my husband's mother hates me", [("your husband's mother", "mother-in-law", None,
                                       "family")]),
    ("my husbands mother hates me", [("your husband's mother", "mother-in-law", None,
                                      "family")]),
    ("my wife's brother borrowed money", [("your wife's brother", "brother-in-law", None,
                                           "family")]),
    ("my brother's wife is lovely", [("your brother's wife", "sister-in-law", None,
                                      "family")]),
    ("my mum's sister is my favourite", [("your mum's sister", "aunt", None, "family")]),
    ("my friend's mum died", [("your friend's mum", "friend's mother", None, "other")]),
    ("my son's teacher called me in again", [("your son's teacher", "son's teacher", None,
                                              "other")]),
    ("my in-laws hate me", [("your in-laws", "in-laws", None, "family")]),
]

SEVERAL_PEOPLE: list[tuple[str, Expected]] = [
    ("my mum and dad are divorcing", [("your mum", "mother", None, "family"),
                                      ("your dad", "father", None, "family")]),
    ("my dad and my stepmum never ask how I am", [("your dad", "father", None, "family"),
                                                  ("your stepmum", "stepmother", None,
                                                   "family")]),
    ("my wife and kids", [("your wife", "wife", None, "partner"),
                          ("your kids", "children", None, "family")]),
    ("my partner and my best friend", [("your partner", "partner", None, "partner"),
                                       ("your best friend", "friend", None, "friend")]),
    ("my granny and grandpa are both in care now", [("your granny", "grandmother", None,
                                                     "family"),
                                                    ("your grandpa", "grandfather", None,
                                                     "family")]),
    ("my new boss is nice but my coworker is not", [("your new boss", "boss", None, "work"),
                                                    ("your coworker", "colleague", None,
                                                     "work")]),
    ("I met Sarah and Tom at the pub", [("Sarah", None, "Sarah", "other"),
                                        ("Tom", None, "Tom", "other")]),
    ("I told my mum Anna was sick", [("your mum", "mother", None, "family"),
                                     ("Anna", None, "Anna", "other")]),
]

GROUPS_OF_PEOPLE: list[tuple[str, Expected]] = [
    ("my parents don't understand me", [("your parents", "parents", None, "family")]),
    ("my kids are driving me mad", [("your kids", "children", None, "family")]),
    ("work is awful, my colleagues ignore me", [("your colleagues", "colleagues", None,
                                                 "work")]),
    ("Leeds is boring without my mates", [("your mates", "friends", None, "friend")]),
    ("I use Instagram to talk to my cousins", [("your cousins", "cousins", None, "family")]),
]

BARE_PARENT_WORDS: list[tuple[str, Expected]] = [
    ("Mum said no", [("your mum", "mother", None, "family")]),
    ("I miss you dad", [("your dad", "father", None, "family")]),
    ("me mam is poorly", [("your mam", "mother", None, "family")]),
    ("Since Mum died Christmas is unbearable", [("your mum", "mother", None, "family")]),
    ("I wish I could talk to Grandad again", [("your grandad", "grandfather", None,
                                               "family")]),
    ("i wish i could talk to grandad again", [("your grandad", "grandfather", None,
                                               "family")]),
    ("Sunday dinners with Nana were the best", [("your nana", "grandmother", None,
                                                 "family")]),
]

LOWER_CASE_NAMES: list[tuple[str, Expected]] = [
    ("anna said I was selfish", [("Anna", None, "Anna", "other")]),
    ("I talked to tom yesterday", [("Tom", None, "Tom", "other")]),
    ("i broke up with jake last week", [("Jake", None, "Jake", "other")]),
    ("i cant stop thinking about jake", [("Jake", None, "Jake", "other")]),
    ("went to london with dave", [("Dave", None, "Dave", "other")]),
    ("jamie and i split up", [("Jamie", None, "Jamie", "other")]),
]

CAPITALISED_NAMES: list[tuple[str, Expected]] = [
    ("I went to Paris with John", [("John", None, "John", "other")]),
    ("I had a chat with Chloe", [("Chloe", None, "Chloe", "other")]),
    ("Priya and me fought", [("Priya", None, "Priya", "other")]),
    ("I texted Josh but he ignored me", [("Josh", None, "Josh", "other")]),
    ("Tom and I broke up", [("Tom", None, "Tom", "other")]),
    ("Me and Sarah are not talking", [("Sarah", None, "Sarah", "other")]),
    ("I argued with Bartholomew again", [("Bartholomew", None, "Bartholomew", "other")]),
    ("Zoltan said I was lazy", [("Zoltan", None, "Zoltan", "other")]),
    ("Bartek never listens", [("Bartek", None, "Bartek", "other")]),
    ("Ayesha texted me", [("Ayesha", None, "Ayesha", "other")]),
    ("I told Zoltan everything", [("Zoltan", None, "Zoltan", "other")]),
    ("Yesterday John shouted at me", [("John", None, "John", "other")]),
    ("I can't forgive Kevin", [("Kevin", None, "Kevin", "other")]),
    ("I asked Mark for help", [("Mark", None, "Mark", "other")]),
    ("I hope Jack is ok", [("Jack", None, "Jack", "other")]),
    ("Lucy from work invited me out", [("Lucy", None, "Lucy", "other")]),
    ("Had a row with Dan last night", [("Dan", None, "Dan", "other")]),
    ("I want to call Sophie but I'm scared", [("Sophie", None, "Sophie", "other")]),
    ("I messaged Ali on WhatsApp", [("Ali", None, "Ali", "other")]),
    ("Mrs Jones next door was kind", [("Mrs Jones", None, "Mrs Jones", "other")]),
    ("I told June about it", [("June", None, "June", "other")]),
    ("Anna Smith is kind to me", [("Anna", None, "Anna", "other")]),
]

NAME_WITH_RELATIONSHIP: list[tuple[str, Expected]] = [
    ("my sister Anna and I fought", [("Anna", "sister", "Anna", "family")]),
    ("Anna, my sister, never calls", [("Anna", "sister", "Anna", "family")]),
    ("my little sister, Maria, is ill", [("Maria", "sister", "Maria", "family")]),
    ("Sarah, my boss, yelled at me", [("Sarah", "boss", "Sarah", "work")]),
    ("My girlfriend Emma left me", [("Emma", "girlfriend", "Emma", "partner")]),
    ("I haven't spoken to my brother Chris in years", [("Chris", "brother", "Chris",
                                                        "family")]),
    ("my cousin Jess didn't invite me", [("Jess", "cousin", "Jess", "family")]),
    ("My best mate Kev moved to Australia", [("Kev", "friend", "Kev", "friend")]),
    ("Rachel my neighbour helps me with shopping", [("Rachel", "neighbour", "Rachel",
                                                     "other")]),
    ("Kwame is my best mate", [("Kwame", "friend", "Kwame", "friend")]),
    ("Tom was my best friend", [("Tom", "friend", "Tom", "friend")]),
    ("I have a friend called Tom", [("Tom", "friend", "Tom", "friend")]),
    ("I have a sister named Lola", [("Lola", "sister", "Lola", "family")]),
    ("my neighbour Mrs Jones checks on me", [("Mrs Jones", "neighbour", "Mrs Jones",
                                              "other")]),
    ("MY SISTER ANNA IS AWFUL", [("Anna", "sister", "Anna", "family")]),
]

ALL_FOUND = (
    POSSESSIVE_RELATIONSHIPS + MODIFIERS + FORMER_PARTNERS + TEXT_SPEAK + OWN_WORDS_KEPT
    + IN_LAWS_AND_CHAINS + SEVERAL_PEOPLE + GROUPS_OF_PEOPLE + BARE_PARENT_WORDS
    + LOWER_CASE_NAMES + CAPITALISED_NAMES + NAME_WITH_RELATIONSHIP
)

#: Messages written the way participants write, with only the labels the bot would say back.
EVERYDAY_MESSAGES: list[tuple[str, list[str]]] = [
    ("my mum keeps comparing me to my cousin", ["your mum", "your cousin"]),
    ("I feel like my girlfriend doesn't get me", ["your girlfriend"]),
    ("since the funeral my uncle won't speak to anyone", ["your uncle"]),
    ("omg my boss is the worst", ["your boss"]),
    ("i invited amy to lunch and she cancelled", ["Amy"]),
    ("Charlotte and I used to be close", ["Charlotte"]),
    ("my brother in law keeps borrowing money", ["your brother in law"]),
    ("my wife's family never accepted me", ["your wife's family"]),
    ("my daughter Ella just left for uni", ["Ella"]),
    ("my neighbors are so noisy", ["your neighbors"]),
    ("we had a huge argument, me and hubby", ["your hubby"]),
    ("my twin brother moved abroad", ["your twin brother"]),
    ("Can I talk about my father?", ["your father"]),
    ("I texted Megan but she left me on read", ["Megan"]),
    ("my son and daughter don't visit", ["your son", "your daughter"]),
    ("my old friend from school found me on Facebook", ["your old friend"]),
    ("nobody understands, not even my husband", ["your husband"]),
    ("my mom and stepdad argue constantly", ["your mom", "your stepdad"]),
    ("Dad never said he was proud of me", ["your dad"]),
    ("Olivia from the office keeps undermining me", ["Olivia"]),
    ("my fiancé called off the wedding", ["your fiancé"]),
    ("my sister's kids are staying with us", ["your sister's kids"]),
    ("My boyfriend Sam is jealous of my friends", ["Sam", "your friends"]),
    ("I live with my aunt and uncle", ["your aunt", "your uncle"]),
    ("My partner's ex keeps messaging him", ["your partner's ex"]),
    ("I told my therapist about my dad", ["your dad"]),
    ("my boss Gary shouted at me", ["Gary"]),
    ("my manager Priya keeps giving me extra work", ["Priya"]),
    ("mum and i had words again", ["your mum"]),
    ("my eldest daughter is pregnant", ["your eldest daughter"]),
    ("We moved to Bristol for my husband's job", ["your husband"]),
    ("my step-sister is getting married in June", ["your step-sister"]),
    ("my mate Dave lent me money", ["Dave"]),
    ("Natalie unfriended me", ["Natalie"]),
    ("Grandma would know what to do", ["your grandma"]),
    ("my niece and nephew are visiting", ["your niece", "your nephew"]),
    ("my ex-boyfriend's new girlfriend messaged me", ["your ex-boyfriend's new girlfriend"]),
    ("my wife Sarah and I are separating", ["Sarah"]),
    ("My mother-in-law Linda is controlling", ["Linda"]),
    ("my dad's best friend Tom died", ["Tom"]),
    ("my mum's new partner is creepy", ["your mum's new partner"]),
    ("my husband's always late", ["your husband"]),
]

#: Messages in which nobody must be found.
NOBODY: list[str] = [
    "oh my god",
    "Oh my God I can't do this",
    "oh my days I'm so tired",
    "My Lord",
    "I did it myself",
    "I hate myself",
    "my self esteem is low",
    "my job is killing me",
    "I love my job",
    "my life is a mess",
    "I can't get it out of my mind",
    "he never listens and she always shouts",
    "they don't care about me",
    "you are a good bot",
    "I talked to Rasa yesterday",
    "Siri is useless",
    "Google says it's normal",
    "I called Vodafone",
    "Spotify keeps playing our song",
    "I had lunch with Apple people",
    "I live in Jordan",
    "I moved to Leeds last year",
    "Leeds is boring",
    "Paris was beautiful",
    "I moved to Manchester in September and I don't know anyone",
    "June was a hard month",
    "see you in June",
    "It happened on the 3rd of May",
    "I retired in March and now I feel useless",
    "May I ask something?",
    "Will you help me?",
    "I will call him tomorrow",
    "Hope is all I have left",
    "Mark my words",
    "Spoke to Dr Patel about my meds",
    "my doctor says I'm depressed",
    "my dog died",
    "my cat hates me",
    "the kids are driving me mad",
    "being a mum is hard",
    "I feel like a bad dad",
    "dad jokes are the worst",
    "mum jeans are back",
    "his wife is nice",
    "your mum would be ashamed of you",
    "thanks bro",
    "love you sis",
    "Christmas with my family is hard",
    "i feel like a burden to my family",
    "nobody at uni talks to me",
    "i have no friends here",
    "I'm lonely since my divorce",
    "I got promoted and now my old team resent me",
    "The Queen died",
    "Michael Jackson songs make me cry",
    "Honestly I don't know",
    "Everything is falling apart",
    "Brexit ruined everything",
    "Fine, whatever",
    "Cheers",
    "I started a new job in April and feel out of place",
    "My counsellor suggested I write a letter",
    "It was my birthday on Friday and nobody came",
    "i miss having friends",
    "i feel invisible at work",
    "Sunday is always hard",
    "Alexa, play something sad",
    "The new guy at work is rude",
    "Tuesday was awful",
    "oh my gosh this week",
    "I want to make friends at the gym",
    "we went to Georgia for a holiday",
    "I moved to Charlotte last year",
]


def _ids(cases: list[tuple[str, Expected]]) -> list[str]:
    return [text for text, _ in cases]


@pytest.mark.parametrize(("text", "expected"), POSSESSIVE_RELATIONSHIPS,
                         ids=_ids(POSSESSIVE_RELATIONSHIPS))
def test_a_possessive_relationship_word_is_a_person(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), MODIFIERS, ids=_ids(MODIFIERS))
def test_modifiers_that_tell_people_apart_stay_in_the_label_and_others_are_dropped(
    text: str, expected: Expected
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), FORMER_PARTNERS, ids=_ids(FORMER_PARTNERS))
def test_a_former_partner_is_an_ex_whatever_the_spelling(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), TEXT_SPEAK, ids=_ids(TEXT_SPEAK))
def test_text_speak_and_typos_are_written_out_in_the_label(
    text: str, expected: Expected
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), OWN_WORDS_KEPT, ids=_ids(OWN_WORDS_KEPT))
def test_the_participants_own_word_is_kept_in_the_label(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), IN_LAWS_AND_CHAINS,
                         ids=_ids(IN_LAWS_AND_CHAINS))
def test_a_relative_of_a_relative_is_named_by_the_chain(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), SEVERAL_PEOPLE, ids=_ids(SEVERAL_PEOPLE))
def test_several_people_in_one_message_are_all_found(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), GROUPS_OF_PEOPLE, ids=_ids(GROUPS_OF_PEOPLE))
def test_a_group_of_people_has_a_plural_relationship(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), BARE_PARENT_WORDS, ids=_ids(BARE_PARENT_WORDS))
def test_a_parent_word_used_like_a_name_is_the_participants_parent(
    text: str, expected: Expected
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), LOWER_CASE_NAMES, ids=_ids(LOWER_CASE_NAMES))
def test_a_first_name_typed_in_lower_case_is_found_with_its_capital(
    text: str, expected: Expected
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), CAPITALISED_NAMES, ids=_ids(CAPITALISED_NAMES))
def test_a_capitalised_name_after_a_cue_or_as_the_subject_is_found(
    text: str, expected: Expected
) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "expected"), NAME_WITH_RELATIONSHIP,
                         ids=_ids(NAME_WITH_RELATIONSHIP))
def test_a_name_given_with_a_relationship_is_one_person(text: str, expected: Expected) -> None:
    assert found(text) == expected


@pytest.mark.parametrize(("text", "labels"), EVERYDAY_MESSAGES,
                         ids=[text for text, _ in EVERYDAY_MESSAGES])
def test_the_people_in_everyday_messages_are_found(text: str, labels: list[str]) -> None:
    assert [m.label for m in find_person_mentions(text)] == labels


@pytest.mark.parametrize("text", NOBODY)
def test_nobody_is_found_in_words_that_only_look_like_people(text: str) -> None:
    assert found(text) == []


def test_a_month_is_not_a_name_but_the_parent_in_the_same_sentence_is() -> None:
    assert found("my dad died in May") == [("your dad", "father", None, "family")]


def test_a_brand_next_to_a_person_is_left_out() -> None:
    assert found("Netflix and chill with my gf") == [
        ("your girlfriend", "girlfriend", None, "partner")
    ]


def test_a_place_next_to_a_person_is_left_out() -> None:
    assert found("I moved to Leeds with my bf") == [
        ("your boyfriend", "boyfriend", None, "partner")
    ]


def test_a_name_before_a_possessive_is_not_someone_elses_relative() -> None:
    assert found("Tom's mum is nice") == [("Tom", None, "Tom", "other")]


def test_the_phoning_called_does_not_make_the_friend_and_the_name_one_person() -> None:
    assert found("my friend called Tom back") == [
        ("your friend", "friend", None, "friend"), ("Tom", None, "Tom", "other")
    ]


@pytest.mark.parametrize(
    ("text", "surface"),
    [
        ("Honestly, my older brother is awful", "my older brother"),
        ("we think my ex-husband lied", "my ex-husband"),
        ("I saw Anna, my sister, today", "Anna, my sister"),
        ("yesterday anna said no", "anna"),
        ("oh and Mum rang", "Mum"),
        ("\u2018my husband\u2019s mother\u2019 is coming", "my husband\u2019s mother"),
        ("ok so 😡 my boss", "my boss"),
    ],
)
def test_the_offsets_point_at_the_participants_own_words(text: str, surface: str) -> None:
    (mention,) = find_person_mentions(text)
    assert text[mention.start : mention.end] == surface


def test_mentions_come_in_the_order_of_the_message() -> None:
    mentions = find_person_mentions("Tom said my sister and my boss were right, and Mum agreed")
    assert [m.label for m in mentions] == ["Tom", "your sister", "your boss", "your mum"]
    assert [m.start for m in mentions] == sorted(m.start for m in mentions)


def test_a_person_mentioned_twice_is_returned_once_at_the_first_mention() -> None:
    mentions = find_person_mentions("my sister is mad. my sister is always mad at Tom and tom")
    assert [(m.label, m.start) for m in mentions] == [("your sister", 0), ("Tom", 45)]


def test_a_shouted_message_is_read_like_a_normal_one() -> None:
    assert found("ANNA WONT TALK TO ME AND MY MUM DOESNT CARE") == [
        ("Anna", None, "Anna", "other"), ("your mum", "mother", None, "family")
    ]


@pytest.mark.parametrize(
    "text",
    [
        "",
        "   ",
        "\n\n\t",
        "😡😡😡",
        "12345",
        "?!?!",
        "my",
        "my my my",
        "my sister's",
        "'s",
        "- - -",
        "Mrs",
        "Mrs.",
        "called",
        "my ex-",
        "Tu ne m'écoutes jamais",
        "Mi hermana nunca me llama",
        "Du hilfst nie mit den Kindern",
        "Ты никогда меня не слушаешь",
        "我的妹妹不跟我说话",
        "أنت لا تستمع إلي أبدا",
        "<script>alert('my sister')</script>",
        "my sister never helps " * 460,
        "x" * 10_000,
        "Anna " * 2000,
        "my husband's " * 800,
        "\u0130stanbul my sister \u0130",
    ],
)
def test_odd_input_gives_a_list_without_raising(text: str) -> None:
    mentions = find_person_mentions(text)
    assert isinstance(mentions, list)
    for mention in mentions:
        assert 0 <= mention.start < mention.end <= len(text)


def test_people_after_the_length_cap_are_not_looked_for() -> None:
    text = "x " * (MAX_CHARS // 2) + "my sister"
    assert find_person_mentions(text) == []


def test_a_mention_cannot_be_changed_once_found() -> None:
    (mention,) = find_person_mentions("my sister")
    with pytest.raises(dataclasses.FrozenInstanceError):
        mention.label = "your brother"  # type: ignore[misc]


def test_the_result_is_a_fresh_list_each_time() -> None:
    first = find_person_mentions("my sister and my boss")
    first.clear()
    assert len(find_person_mentions("my sister and my boss")) == 2


def test_a_mention_is_a_plain_value() -> None:
    assert find_person_mentions("my boss") == [
        PersonMention("your boss", "boss", None, "work", 0, 7)
    ]
