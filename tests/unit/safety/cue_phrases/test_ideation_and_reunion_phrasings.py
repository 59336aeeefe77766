"""Ordinary ways of saying one wants to die, to join someone who died, or fears harming others.

Each idea is tested in both directions: the phrasings that must be flagged (with their minimum
level) and everyday uses of the same words that must stay `none`. Every phrase here was
written for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from tests.unit.safety.phrasing import CONCERN, HIGH, NONE

# --- Slang verbs and euphemisms, in every form ------------------------------------------------

SLANG_FOR_KILLING_ONESELF = [
    "honestly i keep thinking about offing myself",
    "I nearly offed myself last weekend",
    "been seriously considering topping myself",
    "some nights I think about doing myself in",
    "i want to unalive so badly",
    "can't stop thinking about unaliving",
    "I can't wait to be six feet under",
    "i just want to be pushing up daisies already",
    "i want to quit life, no more levels",
    "thinking a lot about logging off from life",
]

SLANG_WORDS_IN_EVERYDAY_USE = [
    "I'm topping myself up with another coffee before the meeting",
    "Logging off social media for good was the best decision I made this year",
    "I'm logging off instagram for good, it's making me anxious about my looks",
    "Grandad says he wants to be buried, not cremated",
    "I want to quit my job in the summer and travel",
    "We're catching the bus to the match at noon",
    "I'll kick the bucket list off with a trip to Iceland",
]


@pytest.mark.parametrize("text", SLANG_FOR_KILLING_ONESELF)
def test_slang_for_killing_oneself_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", SLANG_WORDS_IN_EVERYDAY_USE)
def test_slang_words_in_everyday_use_are_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


def test_logging_off_for_good_alone_is_a_goodbye_for_a_clinician(
    detector: SafetyDetector,
) -> None:
    assert detector.screen("think i'm ready to log off for good").risk == CONCERN


def test_a_euphemism_marked_as_one_is_high(detector: SafetyDetector) -> None:
    text = "been thinking about catching the bus. not the actual bus, you know what i mean"
    assert detector.screen(text).risk >= HIGH


# --- Preoccupation and being close to acting ------------------------------------------------

PREOCCUPATION_WITH_ENDING_IT = [
    "every thought I have lately is about ending my life",
    "Every waking hour goes on thinking about ending it",
    "all I can think about anymore is killing myself",
    "all i think about lately is ways to die",
    "suicide is all I think about",
    "how do you keep going when every single thought is about ending your life",
    "the only thing I think about these days is ending it all",
    "half my thoughts are about killing myself",
]

PREOCCUPATION_WITH_OTHER_THINGS = [
    "every thought I have is about the exam on Monday",
    "all I think about is food when I'm dieting",
    "all I can think about is my thesis on suicide prevention policy",
    "The character's every thought is about ending the war",
    "every day is about ending the project on time",
]


@pytest.mark.parametrize("text", PREOCCUPATION_WITH_ENDING_IT)
def test_preoccupation_with_ending_it_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", PREOCCUPATION_WITH_OTHER_THINGS)
def test_preoccupation_with_other_things_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


CLOSE_TO_ACTING = [
    "I'm getting really close to ending it",
    "so close to ending things right now",
    "dangerously close to acting on the urges tonight",
    "I came close to killing myself on Sunday",
    "I feel closer and closer to ending my life",
    "honestly I'm way too close to taking my own life",
    "Scarily close to suicide this week",
    "part of me wants to end it and that part is louder every day",
]

CLOSE_TO_ENDING_SOMETHING_ELSE = [
    "I'm close to ending things with my boyfriend",
    "We're close to ending things, the marriage has been dead for years",
    "close to ending the contract with our supplier",
    "The team is close to ending the season unbeaten",
    "I'm so close to finishing my degree",
]


@pytest.mark.parametrize("text", CLOSE_TO_ACTING)
def test_being_close_to_acting_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", CLOSE_TO_ENDING_SOMETHING_ELSE)
def test_being_close_to_ending_something_else_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


# --- Hoping to die without doing it ---------------------------------------------------------

HOPING_TO_DIE_BY_CHANCE = [
    "I pray every single night that I won't wake up",
    "I lowkey hope my flight crashes on Friday",
    "anyone else quietly wish the plane goes down when they fly?",
    "some days I hope a driver doesn't stop when I'm on the crossing",
    "I hope a lorry hits me on my walk to work",
    "every night I ask that the good Lord takes me in my sleep",
    "I'm hoping god takes me soon",
    "I honestly hope the biopsy is malignant",
    "wishing a meteor would hit me",
    "i really hope cancer takes me early",
    "Part of me hopes I don't survive the operation",
    "I keep hoping I'll develop something terminal",
    "I hope my heart gives out in my sleep",
]

HOPES_ABOUT_JOURNEYS_AND_HEALTH = [
    "I hope the plane lands safely, I hate turbulence",
    "I hope my flight goes down to Malaga on time",
    "praying every night for my nan's recovery",
    "I hope the bus doesn't stop at every single village",
    "I hope a taxi takes me home after the party",
    "I hope the biopsy is benign",
    "She hopes the plane crashes in her novel's final chapter",
    "I pray god takes me to a better place in my career",
    "I hope my heart stops racing before the interview",
    "I hope I'll get cancer research funding next year",
    "I hope I survive the exam season",
    "I hope I don't get cancer like my dad did",
]


@pytest.mark.parametrize("text", HOPING_TO_DIE_BY_CHANCE)
def test_hoping_to_die_by_chance_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", HOPES_ABOUT_JOURNEYS_AND_HEALTH)
def test_hopes_about_journeys_and_health_are_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


RELIEF_AT_A_CHANCE_DEATH = [
    "if a train hit me on the way home I'd honestly feel relieved",
    "I wouldn't be sad if I never woke up",
    "i wouldn't care if a car ran me over",
    "if my plane went down it would be a relief",
    "if I got a terminal illness I think I'd be glad",
    "it wouldn't be the worst thing if I died in my sleep",
    "if something happened to me I wouldn't fight it",
    "if I crashed on the motorway it'd be a blessing",
    "If I don't wake up tomorrow, that's fine by me",
    "if I die, so be it",
    "I'd be relieved if I didn't wake up tomorrow",
]

ACCEPTING_DEATH_SOME_DAY = [
    "if I died tomorrow I'd be happy with the life I've lived",
    "if I die I'd be glad to donate my organs",
    "if I died in my sleep at a ripe old age I wouldn't mind",
    "I wouldn't mind if my train got cancelled tomorrow",
    "if something happened to me I'd want my sister to raise the kids",
    "if a car hit me I'd be dead, so I always use the crossing",
    "If I fail the resit, so be it",
    "If my team loses tonight, that's fine with me",
]


@pytest.mark.parametrize("text", RELIEF_AT_A_CHANCE_DEATH)
def test_relief_at_a_chance_death_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", ACCEPTING_DEATH_SOME_DAY)
def test_accepting_death_some_day_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


BETTER_IF_I_DIED = [
    "it would be easier if I died in a crash",
    "things would be simpler if I got hit by a bus",
    "it would be better for everyone if I just wasn't here",
    "it would be kinder if I just never woke up",
    "It'd be best if I got some illness and died",
    "everything would be easier if I didn't exist",
    "it would be for the best if I was gone",
    "my family would be better if I was dead",
]

BETTER_IF_I_WERE_ELSEWHERE = [
    "it would be better if I wasn't there when they sign the papers",
    "it would be easier if I was gone for the weekend",
    "It would be better if I died my hair darker",
    "it would be simpler if I wasn't here tomorrow, the plumber can let himself in",
    "It wouldn't be better if I died, my therapist helped me see that",
]


@pytest.mark.parametrize("text", BETTER_IF_I_DIED)
def test_better_if_i_died_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", BETTER_IF_I_WERE_ELSEWHERE)
def test_better_if_i_were_elsewhere_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


DISAPPOINTED_TO_WAKE_UP = [
    "I'm disappointed every time I wake up",
    "I always feel gutted when I wake up and I'm still alive",
    "is anyone else devastated when they wake up every morning?",
    "I get so disappointed that I'm still here",
    "I was angry that I survived.",
    "crushed to wake up again",
    "I wake up annoyed that I'm still breathing",
    "honestly disappointed I didn't die",
]

DISAPPOINTED_BY_A_MORNING = [
    "I was disappointed when I woke up late and missed my train",
    "gutted when I woke up and it wasn't snowing",
    "my son is upset when he wakes up every morning, he hates school",
    "I'm annoyed that I woke up at 5am with a headache",
    "disappointed that I survived the first round but lost the final",
    "I was disappointed to wake up and find the cake was gone",
]


@pytest.mark.parametrize("text", DISAPPOINTED_TO_WAKE_UP)
def test_disappointment_at_waking_up_alive_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", DISAPPOINTED_BY_A_MORNING)
def test_disappointment_with_a_morning_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


A_BUTTON_TO_STOP_EXISTING = [
    "if there was a button to stop existing I'd press it right now",
    "if I could push a button and not exist, I'd do it",
    "I'd flip a switch and just cease to exist if I could",
    "if there was a pill that would let me die peacefully I'd take it",
    "if I had a button that made me disappear forever I'd hit it",
    "give me a button to never have existed",
    "if there was a lever to end it all I'd pull it",
    "if there were a switch that made me stop being, I'd use it",
]

A_BUTTON_FOR_SOMETHING_ELSE = [
    "I wish there was a button to make the anxiety disappear",
    "if there was a pill to make the cravings stop I'd take it",
    "press the button and the page will disappear",
    "there was a switch that made the lights disappear",
    "I'd press a button to make the ads disappear",
]


@pytest.mark.parametrize("text", A_BUTTON_TO_STOP_EXISTING)
def test_a_button_to_stop_existing_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", A_BUTTON_FOR_SOMETHING_ELSE)
def test_a_button_for_something_else_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


INDIFFERENCE_TO_DYING = [
    "I wouldn't mind dying",
    "honestly I'd be okay with dying tonight",
    "I'm fine with not waking up.",
    "tbh I wouldn't mind not existing at all",
    "I'd be totally fine with death at this point",
    "I don't mind dying, if I'm honest",
    "I'm completely ok with never waking up",
    "I think I'd be happy with dying soon",
]

INDIFFERENCE_TO_SOMETHING_ELSE = [
    "I wouldn't mind dying my hair blue for the summer",
    "I'd be okay with dying of old age in my own bed",
    "I'm at peace with dying since the diagnosis, the hospice team is wonderful",
    "I'm fine with death as a topic for my philosophy essay",
    "I don't mind dying in video games, I just respawn",
    "I'm happy with death metal, my brother prefers jazz",
]


@pytest.mark.parametrize("text", INDIFFERENCE_TO_DYING)
def test_indifference_to_dying_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", INDIFFERENCE_TO_SOMETHING_ELSE)
def test_indifference_to_something_else_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


NOBODY_WOULD_CARE_HOW_I_WENT = [
    "if I walked into traffic nobody would care",
    "if I jumped, no one would even notice",
    "if I overdosed nobody would come looking",
    "nobody would care if I never came home",
    "no one would notice if I vanished",
    "if I never woke up nobody would notice for days",
    "who would even care if I ended it",
    "if I ended it, nothing would change",
]


@pytest.mark.parametrize("text", NOBODY_WOULD_CARE_HOW_I_WENT)
def test_nobody_caring_if_i_were_gone_is_flagged(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= CONCERN


# --- "I don't want to be here" ---------------------------------------------------------------

NOT_WANTING_TO_BE_HERE = [
    "I don't want to be here.",
    "i just dont want to be here",
    "Honestly I don't want to be here",
    "I really don't want to be around.",
    "i don't want to be here and i can't explain why",
    "I don't want to be here, I'm so tired",
    "I seriously do not want to be here!",
    "and I just don't want to be here",
]

NOT_WANTING_TO_BE_SOMEWHERE = [
    "I don't want to be here at this party",
    "I don't want to be here in this job for another year",
    "I don't want to be here when he gets back",
    "I don't want to be here in this country after Brexit",
    "my students don't want to be here.",
    "I don't want to be around people tonight",
    "I don't want to be here on my birthday, let's go out",
]


@pytest.mark.parametrize("text", NOT_WANTING_TO_BE_HERE)
def test_not_wanting_to_be_here_is_at_least_concern(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= CONCERN


@pytest.mark.parametrize("text", NOT_WANTING_TO_BE_SOMEWHERE)
def test_not_wanting_to_be_somewhere_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


# --- Suicide as a figure of speech or a name -------------------------------------------------

FIGURATIVE_SUICIDE = [
    "my plants keep committing suicide no matter what I do",
    "my laptop battery is suicidal, it dies at 40 percent",
    "Would it be academic suicide for me to change my topic now?",
    "it would be career suicide for me to turn down the promotion",
    "How many suicide sprints should I run before the game?",
    "I was taught the suicide squeeze in little league",
    "How did the Suicide Act change things for people like my great-uncle?",
    "we called mixing every flavour at the soda fountain a 'suicide'",
    "I ordered the suicide wings and regretted it",
    "is it social suicide for me to skip prom?",
]


@pytest.mark.parametrize("text", FIGURATIVE_SUICIDE)
def test_suicide_as_a_figure_of_speech_or_a_name_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


SUICIDE_SAID_PLAINLY_NEAR_THE_SAME_WORDS = [
    "my plants died and I am suicidal",
    "I keep thinking about suicide since I failed my exams",
    "I want to commit suicide",
    "I've been thinking about suicide before every training run",
    "I called the suicide line last night",
]


@pytest.mark.parametrize("text", SUICIDE_SAID_PLAINLY_NEAR_THE_SAME_WORDS)
def test_suicide_said_plainly_is_still_flagged(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= CONCERN


SUICIDE_AS_A_SUBJECT_OF_STUDY = [
    "I'm teaching the play to year 10 and the double suicide at the end worries me",
    "My essay argues Ophelia's death was not a suicide, I keep rereading the scene",
    "I keep reading about Roman generals choosing suicide after defeat, was it a norm?",
    "Was the poet's death really suicide? I've just finished the biography",
    "My school is doing a suicide prevention assembly, should I talk to my son first?",
    "How does the coroner decide the manner of death, I'm curious after a documentary",
    "I think the cause of death is the medical reason and manner is the circumstances",
    "Was suicide ever a crime in England? My history teacher mentioned it",
    "My teacher says the usual reading is Hamlet contemplating suicide",
]


@pytest.mark.parametrize("text", SUICIDE_AS_A_SUBJECT_OF_STUDY)
def test_suicide_as_a_subject_of_study_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


SOMEONE_CLOSE_QUOTED_WANTING_TO_DIE = [
    'My son told me "I want to die" after school and I am so worried',
    'my daughter texted me "i wish i was dead" last night',
    'My best friend said "I want to kill myself" and then went quiet',
    'my husband keeps saying "I don\'t want to be here" when he is drunk',
    'my teenager screamed "I want to die" and slammed the door',
    'Our girl wrote "I hate being alive" in her diary',
    'My partner said, "I should just die", after losing his job',
    'my student told me "I want to die" during the lesson',
]

SOMEONE_QUOTED_IN_JEST = [
    'My daughter said "I literally want to die" when I showed her boyfriend her baby photos, '
    "we were all laughing",
    'my son said "I want to die" because I sang in front of his friends, so embarrassed lol',
    'Kids say "I want to die" about every pop quiz, it is just dramatic',
    'My sister said "I want to die" as a joke when she saw the bill',
    'my friend keeps saying "i want to die" at every cringe scene in the show',
]


@pytest.mark.parametrize("text", SOMEONE_CLOSE_QUOTED_WANTING_TO_DIE)
def test_someone_close_quoted_wanting_to_die_is_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk >= CONCERN


@pytest.mark.parametrize("text", SOMEONE_QUOTED_IN_JEST)
def test_someone_quoted_wanting_to_die_in_jest_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


def test_the_speaker_quoting_themselves_is_still_high(detector: SafetyDetector) -> None:
    assert detector.screen('I told my mum "I want to die" and she ignored me').risk >= HIGH


def test_a_wish_to_disappear_explained_as_a_holiday_is_none(detector: SafetyDetector) -> None:
    text = "dont worry, when i said i want to disappear i just meant go away for a bit"
    assert detector.screen(text).risk == NONE


# --- Grief: wanting to join someone who died -------------------------------------------------

WISH_TO_JOIN_THE_DEAD = [
    "My husband died in a car crash last year. I want to go where he is.",
    "Our daughter was stillborn and I want to go and be with her",
    "I lost my twin in March. I just want to go be with him",
    "Dad passed in the spring. I'd rather be in the ground with him than up here without him",
    "Mum died at Christmas and I want to go with her.",
    "My wife was killed in a crash and I don't want to be here without her",
    "since losing my son all I want is to be with him again",
    "we lost her three months ago and I want to see her again so badly",
    "I wish I had died in the car with him. He was killed instantly.",
    "why am I still here when she isn't? She died at 19.",
    "I want to go wherever my boy is now",
    "Every day I sit at her grave and tell her I'll be with you soon",
    "My brother was killed in action and I'm just waiting to go be with him",
    "My son died last year. I'd give anything to be with him again",
]

WISH_TO_BE_WITH_SOMEONE_ALIVE = [
    "My girlfriend moved to Berlin and I want to go where she is.",
    "I want to go with her to the cemetery on Sunday to lay flowers",
    "My dad passed his driving test so I want to go with him.",
    "I wish I'd been on the plane with her, the trip looked amazing",
    "I'm so scared of losing my mum, I want to be with her",
    "I want to be with him again, we broke up in May",
    "I want to go wherever she is travelling next year",
    "I'd rather be up there with him on the mountain than down here in the office",
    "I'd give anything to see her again, we haven't spoken since college",
]


@pytest.mark.parametrize("text", WISH_TO_JOIN_THE_DEAD)
def test_wish_to_join_someone_who_died_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", WISH_TO_BE_WITH_SOMEONE_ALIVE)
def test_wish_to_be_with_someone_alive_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


# --- Harming others: fear of it, intrusive thoughts, taking others with them -----------------

FEAR_OF_HARMING_ONES_CHILD = [
    "I'm terrified I'll hurt my baby",
    "I'm so scared I might smother my newborn",
    "I'm afraid I'm going to snap and hurt my kids",
    "worried I'll shake the baby when he screams",
    "I keep getting intrusive thoughts about drowning my daughter",
    "horrible images of stabbing my toddler won't leave me",
    "I have unwanted urges of hurting my little one",
    "I'm petrified that I could harm my son",
]

FEARS_FOR_A_CHILD_NOT_OF_HARMING_THEM = [
    "I'm afraid I'll hurt her feelings if I cancel",
    "I'm scared I'll drop the baby, he's so wriggly",
    "I'm worried my genes will hurt my kids' chances",
    "I'm scared of hurting my daughter's feelings by moving away",
    "my sister has intrusive thoughts about hurting her baby",
    "I'm worried the car seat will hurt my baby's back",
]


@pytest.mark.parametrize("text", FEAR_OF_HARMING_ONES_CHILD)
def test_fear_of_harming_ones_child_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", FEARS_FOR_A_CHILD_NOT_OF_HARMING_THEM)
def test_fears_for_a_child_not_of_harming_them_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


def test_fear_that_someone_else_will_hurt_the_children_is_high(
    detector: SafetyDetector,
) -> None:
    assert detector.screen("I'm scared he'll hurt my kids when he's drunk").risk >= HIGH


TAKING_OTHERS_WITH_THEM = [
    "I have thoughts about taking my children with me if I go. I'd never.",
    "I've thought about taking my wife with me when I die",
    "what if I take the kids with me when I do it",
    "I imagine shooting them all and then myself",
    "sometimes I picture hurting the boys who torment me and then ending it",
    "thoughts of killing my family and then killing myself scare me",
    "I think about stabbing him and then myself",
    "I would never, but the thought of taking my baby with me when I go won't stop",
]

TAKING_OTHERS_ALONG = [
    "I'd take my kids with me if I go to the festival",
    "I want to take my family with me when I go to the wedding",
    "I'll bring her with me when I go shopping",
    "I'm taking them all with me to Cornwall",
    "He was killed in the game and then I quit",
]


@pytest.mark.parametrize("text", TAKING_OTHERS_WITH_THEM)
def test_thoughts_of_taking_others_with_them_are_high(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", TAKING_OTHERS_ALONG)
def test_taking_others_along_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


PET_PEEVE_HYPERBOLE = [
    "I want to strangle my coworker, he chews so loudly",
    "I could kill my flatmate, she keeps eating my yoghurts",
    "I'm going to murder my brother if he spoils the finale",
    "I want to strangle whoever hits reply-all",
    "I'll kill him, he used my charger again",
    "I'm furious at my sister",
    "I could strangle him honestly, he ruined the barrel",
    "I could kill my brother - he invited my ex to his wedding",
]

ANGER_WITH_A_PURPOSE = [
    "I could kill him and nobody would ever know",
    "I want to strangle my coworker and I've thought about how",
]


@pytest.mark.parametrize("text", ANGER_WITH_A_PURPOSE)
def test_anger_that_goes_past_the_figure_of_speech_is_flagged(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk >= CONCERN


@pytest.mark.parametrize("text", PET_PEEVE_HYPERBOLE)
def test_exasperation_at_a_pet_peeve_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


# --- Abuse said other ways ------------------------------------------------------------------

ABUSE_SAID_OTHER_WAYS = [
    "he pushed me down the stairs last night",
    "my girlfriend throws plates at me when she's angry",
    "my dad grabbed me by the throat",
    "she slammed me against the wall",
    "my stepmum pulled my hair until I cried",
    "my ex keeps showing up at my work and threatening me",
    "my husband threatens me every night",
    "I'm being groomed by an older guy online",
    "he keeps stalking me and I'm scared",
]

ORDINARY_PUSHES_THROWS_AND_THREATS = [
    "my coach pushed me to apply for the trials",
    "he grabbed me a coffee on the way in",
    "my brother threw a ball at me during the game",
    "my friend pushed me into signing up for the marathon",
    "my landlord keeps threatening me with eviction",
    "my ex keeps threatening to dump my stuff on the lawn",
    "he called threatening me with a lawsuit over the fence",
]


@pytest.mark.parametrize("text", ABUSE_SAID_OTHER_WAYS)
def test_abuse_said_other_ways_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", ORDINARY_PUSHES_THROWS_AND_THREATS)
def test_ordinary_pushes_throws_and_threats_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


SIGNS_OF_ABUSE_WORTH_A_LOOK = [
    "my stepdad comes into my room at night",
    "my uncle gets into my bed when everyone is asleep",
    "I have bruises from where he grabbed me",
    "I'm afraid of what he'll do when he finds out",
    "I'm terrified of what my husband will do to me",
    "my husband controls all my money and won't let me see my friends",
    "my partner won't let me see my family",
    "she won't let me have any money of my own",
]

ORDINARY_NIGHTS_BRUISES_AND_RULES = [
    "my dad comes into my room at night to say goodnight",
    "my toddler comes into our bed at night after nightmares",
    "I have bruises from where I fell at the gym",
    "I'm scared of what my dad will do when he sees my grades",
    "I'm afraid of what she'll think",
    "my mum won't let me have my phone after 10",
    "my boss won't let me leave early",
]


@pytest.mark.parametrize("text", SIGNS_OF_ABUSE_WORTH_A_LOOK)
def test_signs_of_abuse_are_at_least_concern(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= CONCERN


@pytest.mark.parametrize("text", ORDINARY_NIGHTS_BRUISES_AND_RULES)
def test_ordinary_nights_bruises_and_rules_are_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE


I_LL_HURT_THEM = [
    "if he touches my sister again I'll kill him",
    "I'll stab him when he gets home",
    "we'll hurt them if they come back",
    "I'll strangle her",
    "I'll beat him up so badly he won't walk",
    "next time I see him I'll kill him",
    "I'll shoot them all",
    "I'll murder the guy who did this",
]


@pytest.mark.parametrize("text", I_LL_HURT_THEM)
def test_ill_hurt_them_is_at_least_concern(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= CONCERN


def test_ill_kill_him_said_meaning_it_is_high(detector: SafetyDetector) -> None:
    assert detector.screen("I'll kill him, I mean it").risk >= HIGH


FEAR_OF_HARMING_ANYONE = [
    "I'm scared I'll hurt someone",
    "I'm terrified I might kill someone",
    "always afraid I'm going to snap and hurt people",
    "I'm worried I could attack my flatmate",
    "I'm so scared I'll hurt my wife",
    "I'm frightened I'll strangle him in his sleep",
    "I'm petrified I might harm others",
    "I'm afraid of hurting somebody",
]

FEAR_OF_HURTING_FEELINGS_OR_BY_ACCIDENT = [
    "I'm scared I'll hurt someone if I drive this tired",
    "I'm afraid I'll hurt him if I tell him the truth",
    "I'm worried I'll hurt my back lifting boxes",
    "I'm scared of hurting her by breaking up with her",
    "I'm afraid I might hurt someone in rugby training",
]


@pytest.mark.parametrize("text", FEAR_OF_HARMING_ANYONE)
def test_fear_of_harming_anyone_is_concern(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= CONCERN


@pytest.mark.parametrize("text", FEAR_OF_HURTING_FEELINGS_OR_BY_ACCIDENT)
def test_fear_of_hurting_feelings_or_by_accident_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


# --- Fragments, fantasies, envy of the dead -------------------------------------------------

WISHES_AND_FRAGMENTS = [
    "Suicidal again.",
    "suicidal af tonight",
    "Suicidal. Again. Nothing helps.",
    "Wish I'd never existed",
    "I wish I'd never been born honestly",
    "can't stop fantasising about being dead",
    "I keep daydreaming about not existing",
    "I've been romanticising my own death",
]

LOOKALIKES_OF_WISHES_AND_FRAGMENTS = [
    "I wish I'd never met him",
    "I dreamt about dying last night and woke up sweating",
    "Suicidal ideation is a symptom the course covers next week",
    "the novel's hero keeps fantasising about death",
    "I'm longing for the weekend",
]


@pytest.mark.parametrize("text", WISHES_AND_FRAGMENTS)
def test_fragments_and_fantasies_of_being_dead_are_high(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", LOOKALIKES_OF_WISHES_AND_FRAGMENTS)
def test_lookalikes_of_wishes_and_fragments_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert detector.screen(text).risk == NONE


ENVYING_SOMEONE_WHO_DIED = [
    "my cousin killed himself last month and I keep thinking he had the right idea",
    "Since my brother took his own life I think he had the right idea.",
    "My mum died in March. I envy her, she's at peace",
    "my friend died of an overdose and honestly I'm jealous of him",
    "She died in her sleep last week and I envy her so much",
    "my dad passed last year. I envy him sometimes",
    "He died in a crash in June. I'm so jealous of him because he's free",
    "since she died I keep thinking she had the right idea",
]

ENVYING_SOMEONE_ALIVE = [
    "he had the right idea leaving the party early",
    "I'm so jealous of her, she got the job",
    "I envy him, he's in Spain all summer",
    "they had the right idea booking early",
    "she has the right idea about savings",
]


@pytest.mark.parametrize("text", ENVYING_SOMEONE_WHO_DIED)
def test_envying_someone_who_died_is_high(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk >= HIGH


@pytest.mark.parametrize("text", ENVYING_SOMEONE_ALIVE)
def test_envying_someone_alive_is_none(detector: SafetyDetector, text: str) -> None:
    assert detector.screen(text).risk == NONE
