"""What the communication analysis must and must not find in things people really say.

Each row is one message said to someone important (partner, parent, sibling, boss, friend,
flatmate), typed the way people type: typos, no capitals, no punctuation, long and short. The
second column lists the patterns the analysis must find, the third the ones it must not.
"""

from __future__ import annotations

import pytest

from bot.analysis.communication import CommunicationAnalysis, analyse
from bot.analysis.patterns import Pattern

# (said to, what they said, must find, must not find)
UTTERANCES: list[tuple[str, str, str, str]] = [
    # --- partner ---------------------------------------------------------------------------------
    ("partner", "You never help with the kids, you don't care about me",
     "always_never_blame absolute mind_reading no_feeling_named no_specific_request",
     "request i_statement feeling_named attack_on_person vague sarcasm"),
    ("partner", "I feel hurt when you cancel plans. Could you text me if you're running late?",
     "feeling_named i_statement request",
     "always_never_blame mind_reading attack_on_person demand no_specific_request vague "
     "no_feeling_named sarcasm"),
    ("partner", "Do the dishes now.",
     "demand no_specific_request no_feeling_named",
     "request feeling_named vague"),
    ("partner", "you're so selfish",
     "attack_on_person no_feeling_named",
     "feeling_named request vague i_statement"),
    ("partner", "Oh great, thanks a lot for nothing",
     "sarcasm no_specific_request",
     "request feeling_named attack_on_person"),
    ("partner", "whatever",
     "vague no_feeling_named no_specific_request",
     "request demand attack_on_person always_never_blame absolute"),
    ("partner", "you know what you did",
     "vague",
     "request mind_reading feeling_named"),
    ("partner", "Please call me when you're going to be late",
     "request",
     "demand no_specific_request vague"),
    ("partner", "I'd like you to call me if you're running late",
     "request i_statement",
     "demand no_specific_request mind_reading"),
    ("partner", "it really hurts me when you cancel on me last minute",
     "feeling_named i_statement",
     "always_never_blame attack_on_person no_feeling_named"),
    ("partner", "I feel like you don't care about me anymore",
     "mind_reading no_feeling_named",
     "feeling_named request"),
    ("partner", "could you be nicer",
     "request no_specific_request",
     "demand feeling_named"),
    ("partner", "You always make me laugh, I love that about you",
     "no_specific_request",
     "always_never_blame absolute attack_on_person sarcasm vague"),
    ("partner", "Would it kill you to help for once?",
     "sarcasm",
     "request feeling_named"),
    ("partner", "Let's sit down on Sunday and plan the week",
     "request",
     "demand no_specific_request vague"),
    ("partner", "i need you to listen to me right now",
     "demand",
     "vague request"),
    ("partner", "you're always on your phone when we eat",
     "always_never_blame absolute",
     "attack_on_person request"),
    ("partner", "You obviously don't respect me or my time",
     "mind_reading no_specific_request",
     "request feeling_named"),
    ("partner", "thanks for remembering my birthday, I was so touched",
     "feeling_named",
     "sarcasm attack_on_person always_never_blame"),
    ("partner", "Thanks for forgetting my birthday. Again.",
     "sarcasm",
     "feeling_named request"),
    ("partner", "fine",
     "vague",
     "request feeling_named demand"),
    ("partner", "you just want to be right all the time",
     "mind_reading absolute",
     "request feeling_named"),
    ("partner", "I miss you. Can we have dinner together on Saturday?",
     "i_statement request",
     "no_specific_request demand always_never_blame"),
    ("partner", "You're being so dramatic",
     "attack_on_person",
     "feeling_named request"),
    ("partner", "you never listen to a word I say",
     "always_never_blame absolute",
     "mind_reading request"),
    ("partner", "you never let me finish a sentence",
     "always_never_blame absolute",
     "request attack_on_person"),
    ("partner", "you never let me down, you know that?",
     "no_feeling_named",
     "always_never_blame absolute attack_on_person sarcasm"),
    ("parent", "you treat me like a child",
     "no_feeling_named",
     "attack_on_person request"),
    ("partner", "do you want to get dinner on friday?",
     "request",
     "mind_reading demand"),
    ("partner", "I was hoping you could pick me up at 6",
     "request",
     "demand no_specific_request"),
    ("partner", "you said you wanted to go to the party",
     "no_feeling_named",
     "mind_reading request"),
    ("partner", "if you want we can go tomorrow",
     "no_feeling_named",
     "mind_reading demand"),
    ("partner", "Great news about the job, well done!",
     "no_feeling_named",
     "sarcasm demand"),
    ("partner", "I'm always the one who has to apologise",
     "absolute",
     "always_never_blame request"),
    ("partner", "You don't care. You never have.",
     "mind_reading always_never_blame",
     "request feeling_named"),
    ("partner", "You're late again. Typical.",
     "sarcasm",
     "request feeling_named"),
    ("partner", "You hate me, don't you",
     "mind_reading",
     "request feeling_named"),
    ("partner", "you constantly criticise everything I cook",
     "always_never_blame absolute",
     "request feeling_named"),
    ("partner",
     "I get really anxious when you don't answer your phone. Can you send me a quick text when "
     "you get to work?",
     "feeling_named i_statement request",
     "no_specific_request demand always_never_blame"),
    ("partner", "you only ever think about yourself",
     "mind_reading",
     "request feeling_named"),
    ("partner", "Why are you such a control freak",
     "attack_on_person",
     "request"),
    ("partner", "you dont even care that im struggling",
     "mind_reading",
     "request"),
    ("partner", "Can you be more supportive",
     "request no_specific_request",
     "demand"),
    ("partner", "why do u always have to make everything about u",
     "always_never_blame absolute",
     "request feeling_named"),
    ("partner", "Your always late and I'm sick of it",
     "always_never_blame absolute feeling_named",
     "request attack_on_person"),
    ("partner",
     "I feel ignored when you're on your phone all evening. Can we put phones away after 8?",
     "feeling_named i_statement request",
     "demand no_specific_request"),
    ("partner", "I'm not angry, I'm just disappointed",
     "feeling_named i_statement",
     "attack_on_person no_feeling_named"),
    ("partner", "u never text back and its really annoying",
     "always_never_blame absolute",
     "attack_on_person request"),
    ("partner", "Can you please put your phone away at dinner?",
     "request",
     "no_specific_request demand"),
    ("partner", "I wish you'd ask me before inviting people over",
     "request i_statement",
     "demand no_specific_request"),
    ("partner", "ok",
     "vague",
     "request feeling_named"),
    ("partner", "I'm scared that you don't love me anymore",
     "feeling_named i_statement",
     "mind_reading attack_on_person"),
    ("partner", "Honestly I'm exhausted. Would you be willing to take bedtime two nights a week?",
     "feeling_named i_statement request",
     "no_specific_request demand always_never_blame"),
    ("partner", "Can we talk?",
     "request no_specific_request",
     "demand vague"),
    ("partner", "yeah right, like you care",
     "sarcasm",
     "request feeling_named"),
    ("partner", "you always do this",
     "always_never_blame absolute",
     "request feeling_named"),
    ("partner", "I need some space tonight, can we talk tomorrow after work?",
     "i_statement request",
     "no_specific_request demand"),
    ("partner", "you'd rather be out with your mates than at home with me",
     "mind_reading",
     "request feeling_named"),
    ("partner",
     "ok so basically every time i bring up money you just walk off and i end up sorting it all "
     "on my own, i feel so alone with it. could we sit down on sunday evening and go through the "
     "bills together",
     "feeling_named i_statement request absolute",
     "attack_on_person demand no_specific_request"),
    ("partner",
     "I love you but I'm really struggling with how much you're working. Could we keep Sunday free "
     "for just us?",
     "i_statement request",
     "always_never_blame attack_on_person demand no_specific_request"),
    ("partner",
     "honestly i dont even know why i bother, every time i try to talk u just roll ur eyes and "
     "walk off",
     "always_never_blame absolute",
     "request feeling_named"),
    # --- parent ----------------------------------------------------------------------------------
    ("parent", "Mum, stop telling me how to raise my kids",
     "demand",
     "request attack_on_person"),
    ("parent",
     "Dad, I felt really embarrassed when you corrected me in front of my friends. Next time "
     "could you tell me afterwards, when we're alone?",
     "feeling_named i_statement request",
     "always_never_blame attack_on_person demand no_specific_request"),
    ("parent", "you're a terrible mother",
     "attack_on_person",
     "feeling_named request"),
    ("parent", "You never once came to one of my games",
     "always_never_blame absolute",
     "request attack_on_person"),
    ("parent", "Nothing I do is ever good enough for you",
     "absolute",
     "always_never_blame request"),
    ("parent", "You're just like your father",
     "attack_on_person",
     "request feeling_named"),
    ("parent", "I'm disappointed you didn't come to mum's birthday, it meant a lot to me",
     "feeling_named i_statement",
     "attack_on_person always_never_blame"),
    ("parent", "You must apologise to my mother",
     "demand",
     "request"),
    ("parent", "I'm lonely since you moved out. Could we have a phone call every Sunday?",
     "feeling_named i_statement request",
     "no_specific_request demand"),
    ("parent", "You should of asked me first",
     "no_feeling_named",
     "request demand feeling_named"),
    # --- sibling ---------------------------------------------------------------------------------
    ("sibling", "you lazy cow",
     "attack_on_person",
     "feeling_named request"),
    ("sibling", "Get out of my room",
     "demand",
     "request"),
    ("sibling", "Shut up",
     "demand",
     "request"),
    ("sibling", "you're such a brat",
     "attack_on_person",
     "request feeling_named"),
    ("sibling", "Mum always liked you best",
     "absolute",
     "always_never_blame attack_on_person request"),
    ("sibling", "leave me alone",
     "demand",
     "request feeling_named"),
    ("sibling", "Im really hurt u didnt invite me to ur wedding",
     "feeling_named i_statement",
     "request attack_on_person"),
    ("sibling", "you think you're better than everyone",
     "mind_reading absolute",
     "request"),
    ("sibling", "ur unbelievable",
     "attack_on_person",
     "request feeling_named"),
    ("sibling", "what is wrong with you",
     "attack_on_person",
     "request feeling_named"),
    ("sibling", "Why do you always take your sister's side?",
     "always_never_blame absolute",
     "request"),
    # --- boss and colleague ----------------------------------------------------------------------
    ("boss",
     "I've asked you three times to fix the boiler. I need you to call the plumber by Friday.",
     "request i_statement",
     "demand no_specific_request"),
    ("boss",
     "I don't feel appreciated at work. Could we talk about sharing the rota more fairly next "
     "week?",
     "feeling_named i_statement request",
     "demand no_specific_request attack_on_person"),
    ("boss", "I'd appreciate it if you could give me the rota a week in advance",
     "request i_statement",
     "demand no_specific_request"),
    ("boss", "You always dump the worst shifts on me",
     "always_never_blame absolute",
     "request"),
    ("colleague", "You made me feel stupid in that meeting",
     "feeling_named",
     "i_statement request"),
    ("colleague", "you need to start pulling your weight around here",
     "demand no_specific_request",
     "request feeling_named"),
    ("colleague", "It would really help if you could do the school run on Fridays",
     "request",
     "no_specific_request demand"),
    ("colleague", "Great job embarrassing me in front of everyone",
     "sarcasm",
     "request"),
    # --- friend ----------------------------------------------------------------------------------
    ("friend", "You cancelled on me again, as usual",
     "always_never_blame absolute",
     "attack_on_person request"),
    ("friend",
     "I felt left out when everyone went without me. Could you let me know next time you're all "
     "meeting up?",
     "feeling_named i_statement request",
     "always_never_blame attack_on_person demand no_specific_request"),
    ("friend", "you are such an idiot sometimes",
     "attack_on_person",
     "request feeling_named"),
    ("friend", "Wow, you actually remembered to call. Amazing.",
     "sarcasm",
     "request"),
    ("friend", "Thank you for listening to me last night, it meant a lot",
     "no_specific_request",
     "sarcasm attack_on_person absolute demand vague"),
    ("friend", "Have a good day at work!",
     "no_feeling_named",
     "demand request sarcasm"),
    ("friend", "I hope you feel better soon",
     "i_statement",
     "request demand mind_reading"),
    ("friend", "that was a stupid idea",
     "no_feeling_named",
     "attack_on_person"),
    ("colleague", "well done for forgetting to pick up the kids",
     "sarcasm",
     "request"),
    ("friend", "idk",
     "vague",
     "request"),
    ("friend", "You're doing this on purpose to wind me up",
     "mind_reading",
     "request"),
    ("friend", "i'm worried about you, you seem really stressed lately",
     "feeling_named i_statement",
     "mind_reading attack_on_person always_never_blame"),
    ("friend", "Do you think you could pick up the kids on Thursday?",
     "request",
     "no_specific_request demand mind_reading"),
    ("friend", "I really appreciate you helping with the move last weekend",
     "i_statement",
     "sarcasm absolute attack_on_person demand"),
    # --- flatmate --------------------------------------------------------------------------------
    ("flatmate", "can u pls stop leaving ur dishes in the sink for days",
     "request",
     "demand no_specific_request attack_on_person"),
    ("flatmate", "Clean the bathroom. It's your turn.",
     "demand",
     "request"),
    ("flatmate", "Don't talk to me like that",
     "demand",
     "request"),
    ("flatmate", "can you stop shouting at me",
     "request",
     "demand no_specific_request"),
    ("flatmate", "Could you try harder?",
     "request no_specific_request",
     "demand"),
    ("flatmate", "Nobody in this house ever helps me",
     "absolute",
     "request"),
    ("flatmate", "You keep interrupting me",
     "always_never_blame",
     "request"),
    ("flatmate", "Stop being so selfish and help me for once",
     "demand attack_on_person",
     "request"),
    ("flatmate", "I'm so fed up with you leaving your stuff everywhere",
     "feeling_named i_statement",
     "attack_on_person request"),
    ("flatmate", "would you mind not smoking in the kitchen",
     "request",
     "demand no_specific_request"),
    ("flatmate", "Pick up your socks.",
     "demand",
     "request"),
    ("flatmate", "oh perfect, the boiler's broken again",
     "sarcasm",
     "request"),
    ("flatmate", "Pls can you call me back when you get this",
     "request",
     "demand no_specific_request"),
    ("flatmate", "its fine",
     "vague",
     "request feeling_named"),
    ("flatmate", "whatever, do what you want",
     "vague",
     "request mind_reading"),
    ("flatmate", "hmm",
     "vague",
     "request"),
]


def _ids() -> list[str]:
    return [f"{who}: {text[:50]}" for who, text, _, _ in UTTERANCES]


def test_there_are_at_least_sixty_utterances_each_checked_in_both_directions() -> None:
    assert len(UTTERANCES) >= 60
    assert all(must.split() and must_not.split() for _, _, must, must_not in UTTERANCES)
    assert len({text for _, text, _, _ in UTTERANCES}) == len(UTTERANCES)


@pytest.mark.parametrize(("said_to", "text", "must", "must_not"), UTTERANCES, ids=_ids())
def test_finds_the_patterns_it_must(said_to: str, text: str, must: str, must_not: str) -> None:
    found = {p.value for p in analyse(text).patterns}
    assert set(must.split()) <= found, f"missing {set(must.split()) - found} in {text!r}"


@pytest.mark.parametrize(("said_to", "text", "must", "must_not"), UTTERANCES, ids=_ids())
def test_does_not_find_the_patterns_it_must_not(
    said_to: str, text: str, must: str, must_not: str
) -> None:
    found = {p.value for p in analyse(text).patterns}
    assert not set(must_not.split()) & found, f"wrongly found {set(must_not.split()) & found}"


def test_every_pattern_name_used_in_the_table_exists() -> None:
    names = {p.value for p in Pattern}
    used = {name for _, _, must, must_not in UTTERANCES for name in (must + " " + must_not).split()}
    assert used <= names


def test_every_pattern_is_expected_somewhere_in_the_table() -> None:
    expected = {name for _, _, must, _ in UTTERANCES for name in must.split()}
    assert expected == {p.value for p in Pattern}


# --- what the analysis extracts ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "feelings"),
    [
        ("I feel hurt when you cancel plans", ("hurt",)),
        ("I'm not angry, I'm just disappointed", ("disappointed",)),
        ("I don't feel appreciated at work", ("unappreciated",)),
        ("i feel so alone with it", ("alone",)),
        ("I felt left out when everyone went without me", ("left out",)),
        ("it really hurts me when you cancel", ("hurt",)),
        ("i'm worried about you, you seem really stressed lately", ("worried",)),
        ("I'm so fed up and exhausted", ("fed up", "exhausted")),
        ("you're always angry with me", ()),
        ("I feel like you don't care", ()),
    ],
)
def test_feelings_are_the_speakers_own_in_the_order_named(
    text: str, feelings: tuple[str, ...]
) -> None:
    assert analyse(text).feelings == feelings


def test_the_request_is_kept_in_the_speakers_words() -> None:
    analysis = analyse(
        "I feel hurt when you cancel plans. Could you text me if you're running late?"
    )
    assert analysis.request_text == "Could you text me if you're running late?"
    assert analysis.request_action == "text me if you're running late"
    assert analysis.request_is_joint is False


def test_a_joint_request_is_marked_as_joint() -> None:
    analysis = analyse("Let's sit down on Sunday and plan the week")
    assert analysis.request_is_joint is True
    assert analysis.request_action == "sit down on Sunday and plan the week"


def test_there_is_no_request_text_when_nothing_is_asked() -> None:
    analysis = analyse("You never help with the kids")
    assert analysis.request_text is None
    assert analysis.request_action is None


def test_evidence_shows_the_words_that_triggered_each_pattern() -> None:
    analysis = analyse("You never help with the kids, you don't care about me")
    assert analysis.words_for(Pattern.ALWAYS_NEVER_BLAME) == ("You never",)
    assert analysis.words_for(Pattern.MIND_READING) == ("you don't care",)
    assert analysis.words_for(Pattern.ABSOLUTE) == ("never",)


def test_exactly_one_of_feeling_named_and_no_feeling_named_is_found() -> None:
    for _, text, _, _ in UTTERANCES:
        patterns = analyse(text).patterns
        assert (Pattern.FEELING_NAMED in patterns) != (Pattern.NO_FEELING_NAMED in patterns)


def test_the_analysis_is_frozen() -> None:
    analysis = analyse("could you be nicer")
    with pytest.raises(AttributeError):
        analysis.patterns = frozenset()  # type: ignore[misc]


def test_convenience_properties_agree_with_the_patterns() -> None:
    calm = analyse(
        "Honestly I'm exhausted. Would you be willing to take bedtime two nights a week?"
    )
    blaming = analyse("You never help with the kids, you don't care about me")
    assert isinstance(calm, CommunicationAnalysis)
    assert calm.names_feeling and calm.makes_request and calm.has_specific_request
    assert calm.is_calm_i_statement and not calm.is_blaming
    assert blaming.is_blaming and not blaming.is_calm_i_statement and not blaming.makes_request


def test_pattern_values_are_plain_strings_for_slots_and_the_dashboard() -> None:
    assert Pattern.ALWAYS_NEVER_BLAME == "always_never_blame"
    assert str(Pattern.VAGUE) == "vague"
