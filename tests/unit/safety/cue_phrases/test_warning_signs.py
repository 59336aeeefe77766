"""Warning signs short of saying "suicide": what must be a concern or more, and what must not.

These are the ways people at risk often talk (hopelessness, entrapment, feeling a burden, being
worn out by living, preoccupation with death, doubting they can stay safe; C-SSRS and
clinical risk-assessment practice), in plain text, all caps, without punctuation and in
text-speak, next to the everyday sentences that share their words. Every phrase here was
written for these tests; none comes from the evaluation sets.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from tests.unit.safety.phrasing import CONCERN, HIGH, NONE, risk

# --- tired of living ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I'm tired of living",
        "I'M SO TIRED OF LIVING",
        "im sooo tired of livin",
        "honestly just tired of being alive",
        "I'm exhausted from being alive",
        "worn out from existing every single day",
    ],
)
def test_being_tired_of_living_itself_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I'm tired of this traffic",
        "I'm exhausted from work this week",
        "I'm worn out from the move",
        "I'm drained from living out of a suitcase",
        "I've had enough of this traffic",
        "I'm not tired of living, just tired of my job",
    ],
)
def test_being_tired_of_a_day_a_job_or_traffic_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- no reason to keep going ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I have no reason to keep going",
        "there's no reason left to stay",
        "I don't have anything left to live for",
        "what am I even living for",
        "what do i have to live for",
        "idk why i keep going",
        "idk how much longer i can do this",
        "everyone wud be better off without me",
        "I don't know why I'm still here",
    ],
)
def test_having_no_reason_to_go_on_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "there's no reason to stay in this flat",
        "I don't know why I keep going to that gym",
        "I know exactly what I'm living for: my kids",
        "I don't know how much longer I can keep going at this job",
    ],
)
def test_reasons_about_places_and_habits_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- what's the point -------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "what's the point of anything anymore",
        "whats the point anymore",
        "WHAT'S THE POINT OF IT ALL",
        "what's the point of even trying if I'm going to fail",
        "no point in anything anymore",
    ],
)
def test_asking_whats_the_point_of_anything_is_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "What's the point of this meeting?",
        "What's the point of voting anymore?",
        "what's the point of anything if you won't even read the report",
        "there's no point in arguing with him",
    ],
)
def test_whats_the_point_of_a_meeting_or_a_vote_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- a burden ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to be a burden anymore",
        "I'm so tired of being a burden",
        "i feel like such a burden to my family",
    ],
)
def test_feeling_a_burden_is_a_concern(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "everyone would be relieved if I was gone",
        "I'd be doing everyone a favour by disappearing",
        "they'd be better off if I wasn't around",
        "my family would be happier if i was dead",
    ],
)
def test_others_being_better_off_without_them_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I don't want to be a burden on my kids when I'm older",
        "everyone would be relieved if I was gone for the weekend, the flat is tiny",
        "they'd be better off if I wasn't around their dog, I'm allergic",
    ],
)
def test_ordinary_worries_about_being_in_the_way_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- trapped, given up, beyond help -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "there's no way out for me",
        "I feel trapped and there's no way out",
        "I've given up on ever getting better",
        "i've given up on myself",
        "I'm a lost cause",
        "nobody can help me anymore",
        "I don't want to be saved",
        "I'm done fighting",
        "I don't have the strength to keep going",
        "living is torture",
        "my life has no meaning",
        "I'm in a really dark place",
        "the dark thoughts are back",
        "been having dark thoughts again",
    ],
)
def test_entrapment_and_giving_up_are_a_concern(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "there's no way out of the contract",
        "I've given up on the diet",
        "I've given up sugar for Lent",
        "I'm a lost cause at maths",
        "nobody can help me with my refund",
        "I'm done fighting with my landlord",
        "I don't have the energy to keep going to the gym",
        "my commute is torture",
        "I'm reading a book with dark thoughts in it",
        "I'm in a dark room developing photos",
        "I'm not a lost cause",
        "my partner and I are at breaking point with all the arguing",
        "I've had enough of his lies",
        "I decided I have had enough and booked a detox",
    ],
)
def test_giving_up_on_a_diet_or_a_landlord_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


def test_a_dark_place_that_is_over_is_none(detector: SafetyDetector) -> None:
    text = "A year ago I was in a dark place, but I'm doing a lot better now"
    assert risk(detector, text) == NONE


def test_having_simply_had_enough_is_a_concern(detector: SafetyDetector) -> None:
    assert risk(detector, "I've had enough.") == CONCERN


@pytest.mark.parametrize("text", ["I've had enough of this", "I've had enough, I'm leaving him"])
def test_having_had_enough_of_this_counts_only_after_distress(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE
    assert risk(detector, text, ("I feel so hopeless and alone",)) >= CONCERN


@pytest.mark.parametrize("text", ["I just want out", "i just wanna go."])
def test_wanting_out_or_to_go_counts_only_after_suicidal_talk(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE
    assert risk(detector, text, ("my marriage is falling apart and I'm devastated",)) == NONE
    assert risk(detector, text, ("I don't want to be alive",)) >= HIGH


def test_wanting_out_alongside_suicidal_thoughts_is_high(detector: SafetyDetector) -> None:
    assert risk(detector, "I want to die. I just want out.") >= HIGH


def test_wanting_to_go_or_stay_in_a_marriage_is_none(detector: SafetyDetector) -> None:
    text = "I'm devastated and torn. I want to go, but I also want to stay for the kids."
    assert risk(detector, text) == NONE


# --- wanting to disappear ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    ["I want to disappear", "I wish I could just vanish", "i wish i could disappear"],
)
def test_wanting_to_disappear_is_a_concern(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I want to disappear for the weekend",
        "I wish I could vanish into my duvet until Monday",
        "I'd never want to disappear on my kids",
    ],
)
def test_wanting_to_get_away_for_a_while_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- preoccupation with death -----------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I keep thinking about dying",
        "i think about death all the time",
        "I wonder what it would be like to not exist",
        "I keep imagining my own funeral",
        "I'm just waiting to die",
        "what if i just didnt wake up",
    ],
)
def test_preoccupation_with_death_is_a_concern(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I keep thinking about her death",
        "I don't think about dying",
        "We studied what the Stoics thought about death in class",
        "We're planning my funeral with the solicitor since the diagnosis",
        "I'm just waiting to die on hold to the bank lol",
        "what if I didn't wake up for my alarm",
    ],
)
def test_grief_philosophy_and_idioms_about_death_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- keeping safe -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I can't keep myself safe tonight",
        "I'm not safe right now",
        "i dont trust myself right now",
        "I'm scared of what I might do to myself",
        "I'm scared I'll act on these thoughts",
        "I DON'T TRUST MYSELF AROUND THE PILLS",
        "please i need someone to talk to im scared ill do something",
    ],
)
def test_doubting_they_can_keep_safe_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I don't trust myself with chocolate in the house",
        "I'm not safe to drive after two glasses",
        "I'm scared I'll do something stupid in the interview",
        "I'm safe, I can keep myself safe",
        "I can't trust myself to pick a name for the business.",
        "I can't trust myself.",
    ],
)
def test_not_trusting_oneself_with_cake_or_the_car_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- someone talking them out of it -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "give me one reason not to kill myself",
        "everyone keeps trying to talk me out of killing myself",
        "people keep trying to convince me not to end my life",
        "Can anyone give me a reason not to end it",
    ],
)
def test_being_argued_out_of_suicide_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


def test_an_opinion_about_talking_people_out_of_suicide_is_a_concern(
    detector: SafetyDetector,
) -> None:
    text = "I'm sick of people guilt tripping others into not committing suicide"
    assert risk(detector, text) == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I have so many reasons not to kill myself",
        "my kids are the reason I would never kill myself",
    ],
)
def test_stated_reasons_for_living_are_protective(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- command hallucinations -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the voices keep telling me to hurt myself",
        "a voice in my head says I should jump",
        "I hear a voice telling me to crash the car",
        "THE VOICES ARE TELLING ME TO HURT MY MUM",
    ],
)
def test_voices_ordering_harm_are_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


def test_voices_that_stopped_long_ago_are_history(detector: SafetyDetector) -> None:
    text = "the voices used to tell me to kill myself when I was 19 but they stopped years ago"
    assert risk(detector, text) == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "a little voice in my head told me to let go of the past",
        "the voice of reason told me to quit while I was ahead",
        "the sat nav voice told me to turn left into the car park",
        "the voices in my head tell me to eat more cake lol",
        "the voices don't tell me to do anything bad",
    ],
)
def test_voices_of_reason_and_sat_navs_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- a car as the means -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I want to crash my car into a wall",
        "I keep thinking about driving into oncoming traffic",
        "sometimes i want to let go of the wheel on the motorway",
        "I hope I get into a car crash on the way home",
    ],
)
def test_wanting_to_crash_the_car_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I nearly crashed my car into a wall on the ice",
        "My instructor made me drive into the car park backwards",
        "I would never drive into oncoming traffic",
    ],
)
def test_driving_mishaps_and_lessons_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- plans and goodbyes -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I've been researching painless ways to die",
        "I looked up lethal doses of my meds",
        "tonight is my last night on earth",
        "I've written letters to my kids to say goodbye",
        "i want to pay someone to strangle me",
    ],
)
def test_looking_for_a_way_and_saying_goodbye_are_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


def test_doing_something_stupid_tonight_is_a_concern(detector: SafetyDetector) -> None:
    assert risk(detector, "I'm going to do something stupid tonight") == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I've been researching painless ways to put my old dog down",
        "I'm researching suicide methods for my thesis on prevention",
        "Today is my last day at work",
        "This is my last night in London",
        "I wrote a letter to my late dad to say goodbye",
        "I'm going to do something stupid like dye my hair blue",
    ],
)
def test_research_last_days_at_work_and_grief_letters_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- someone close at risk --------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "A friend of mine is threatening to kill himself",
        "someone I love is planning to end their life",
        "my dad told me the only reason he's still alive is me",
        "how do you cope knowing someone you love is going to commit suicide",
    ],
)
def test_someone_close_in_danger_is_a_concern(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "If someone you love is suicidal, call a helpline",
        "A friend is going to die of cancer and I'm heartbroken",
        "a friend of mine is going to jump out of a plane for charity",
        "my friend from school is going to end it with her boyfriend",
        "The only reason the plant is still alive is my neighbour",
        "A friend of the victim said he had been threatening to kill himself",
    ],
)
def test_advice_illness_and_other_peoples_plans_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- several signs of severe distress ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "I was sectioned last month and I hate myself",
        "if I tell my therapist they'll lock me up, and I feel so empty",
        "I'm the stupidest person alive and I can't do anything right",
    ],
)
def test_an_admission_or_self_hatred_with_another_sign_is_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I was sectioned in March",
        "Years ago I was on a psych ward. I have the odd panic attack",
        "my brother was sectioned last year and I'm worried",
        "I'm the worst cook in the world lol",
        "I can't do anything until the court date",
    ],
)
def test_one_sign_alone_or_someone_elses_admission_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- reasons ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("the voices keep telling me to crash the car on the motorway", {"motorway", "keep"}),
        ("I can't keep myself safe around the paracetamol", {"paracetamol"}),
        ("A friend of mine called Priya is threatening to kill herself", {"priya"}),
    ],
)
def test_reasons_name_the_category_not_the_participants_words(
    detector: SafetyDetector, text: str, words: set[str]
) -> None:
    reasons = " ".join(detector.screen(text).reasons).lower()
    assert reasons and not any(word in reasons for word in words)
