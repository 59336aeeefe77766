"""Feeling a burden, death as the way out, no future, and goodbyes that do not say goodbye.

Each idea is said many ways (contractions, "w/o", no capitals, with and without "I"), next to
the everyday sentences that share its words: stepping back from a team, a way out of a
building, a coat not needed in a warm country, a thank-you for advice, volunteering on a
crisis line. Every phrase here was written for these tests; none comes from an evaluation set.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from tests.unit.safety.phrasing import CONCERN, HIGH, NONE, risk

# --- others better off with the speaker gone ------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my husband would be so much happier without me",
        "honestly the world would be a better place w/o me",
        "life would be easier for my parents if i wasn't around",
        "everyone at home would be calmer with me gone",
        "it'd be kinder to everyone if i just wasn't here",
        "they'd all be happier once i'm dead",
        "without me around my family would be so much happier",
        "things would be simpler for everyone if i didn't exist",
        "my sister's life would be easier without me",
        "THE WORLD WOULD BE A BETTER PLACE WITHOUT ME IN IT",
        "it would be best for everyone if i disappeared",
        "they'd be better off with me out of the picture",
        "he'd be fine. better than fine, if i wasn't around anymore",
        "everyone in my life would breathe easier without me",
        "my parents would have a better life without me",
        "the people i love would be better off if i never existed",
        "i think my kids would honestly do better without me",
        "every1 wud be better off w/o me",
        "mum and dad would be better off without me",
        "u would all be happier without me",
    ],
)
def test_others_better_off_with_the_speaker_gone_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "the team would be better without me slowing everyone down on this project",
        "the world would be better without single-use plastic",
        "the kids will be fine without me for a weekend",
        "they'd be better off without me at the meeting",
        "the party would be better without me there",
        "honestly the band sounds better without me on drums",
        "my flatmates are happier when i'm gone for the weekend",
        "it'd be easier for everyone if i wasn't at the wedding",
        "the office is calmer without me in the afternoons",
        "my dog is happier when i'm gone to work",
    ],
)
def test_being_missed_from_a_place_an_event_or_a_task_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- taking oneself out of other people's lives -----------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i should just remove myself from this world",
        "i want to take myself out of everyone's lives for good",
        "maybe i'll remove myself from existence",
        "i'm going to take myself out of the picture permanently",
        "thinking about removing myself from their lives. forever",
        "it's time to take myself off this planet",
        "I keep wanting to remove myself from the world for good",
        "removing myself from everyone's life permanently is the only fix",
    ],
)
def test_removing_oneself_for_good_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "taking myself out of the picture would solve everything",
        "the kindest thing would be to remove myself from their lives",
        "it would be better for everyone if i took myself out of the equation",
        "if i removed myself from the picture my family would be better off",
        "getting myself out of their lives would make everything easier",
        "it'd be a relief for them if i took myself out of the equation",
        "removing myself from everyone's life would be the kindest thing",
        "honestly it would be fairer to everyone to remove myself from their lives",
    ],
)
def test_removing_oneself_as_the_remedy_for_others_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I removed myself from the group chat",
        "I took myself out of the running for the promotion",
        "I took myself off the rota for december",
        "I removed myself from the situation and went for a walk",
        "taking myself out of the equation, what's best for the kids?",
        "i removed myself from the mailing list",
        "I took myself out of the team photo",
    ],
)
def test_stepping_back_from_a_group_or_a_decision_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- worth more dead ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i'm worth more dead than alive",
        "honestly I'd be worth more to my kids dead",
        "i'm more use to my family dead",
        "my life insurance would do more for them than i ever could",
        "i did the maths and i'm worth more to them dead",
        "if i died at least my parents could afford the mortgage",
        "sometimes i think if i was gone they'd finally be free",
        "if i died, at least they'd stop paying for my treatment",
        "i'm worth nothing alive",
    ],
)
def test_the_speakers_death_as_a_saving_for_others_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I'm worth more than this job",
        "he's worth more dead than alive to the record label",
        "the painting is worth more now the artist is dead",
        "I'm worth more than minimum wage",
        "if i die, my wife gets the house, right?",
        "if i died would my wife get my pension",
        "if i die at least my kids get the insurance, that's why i bought the policy",
    ],
)
def test_worth_money_and_estate_questions_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- a weight on everyone ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i'm just a millstone round my parents' necks",
        "I feel like an anchor around my family's neck",
        "i've become dead weight to everyone",
        "I'm the problem my family has to deal with every single day",
        "i'm a burden my husband has to carry",
        "i'm tired of being everyone's problem",
        "I'm a full-time job everyone has to manage",
        "everybody's lives got harder because of me",
        "my family's life is on hold because of me",
        "she deserves a mum who isn't always sick",
        "he deserves a partner who isn't a full time job",
        "my wife deserves better than a husband who can't get out of bed",
        "i'm costing my parents everything",
        "no one would have to worry about me anymore",
        "i'm tired of being a problem for everyone",
        "i feel like i'm stealing oxygen from people who deserve it",
    ],
)
def test_being_a_weight_on_the_people_close_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "this mortgage is a millstone around my neck",
        "i feel like dead weight on this project",
        "the problem everyone has to deal with is the parking",
        "I'm tired of being the one who does the dishes",
        "our lives got easier because of the new bus route",
        "he deserves a wife who loves him",
        "the deadline is a weight around the team's neck",
        "i'm stealing some space in your fridge",
        "nobody would have to look after me anymore if i got my licence",
    ],
)
def test_everyday_weights_and_problems_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- others recovering from the speaker's death ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "my family would mourn for a while and then they'd move on",
        "they'd cry at first but eventually they'd be relieved",
        "mum would be sad for a bit but then she could breathe again",
        "they'd be upset for a few weeks and then they'd get their lives back",
        "everyone would grieve me for a short time then forget about me",
        "they'd grieve for a little while, then finally get to breathe",
        "my brothers would be devastated at first but then they'd be free",
        "people would be sad for a bit and then they'd be better off",
    ],
)
def test_imagining_others_relieved_after_the_speakers_death_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "she'd be sad for a bit but then she'd move on, so i'm going to break up with her",
        "my dog will be sad for a bit when i go to uni but then he'll be fine",
        "they were upset at first but eventually they were relieved the trip was cancelled",
        "the kids cried for a bit when we moved but then they got used to it",
        "the fans would be upset for a while but then they'd get over the transfer",
    ],
)
def test_others_getting_over_a_move_or_a_breakup_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- death as the way out -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "the only way out i can see is death",
        "honestly the only option left is to die",
        "the only solution left for me is suicide",
        "my only escape is dying",
        "the only thing that would stop the pain is death",
        "there's no way out except death",
        "i've tried everything but dying",
        "no escape but death now",
        "the only thing i haven't tried yet is dying",
        "the only answer is not existing",
    ],
)
def test_death_named_as_the_only_way_out_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "the only way out is through",
        "the only way out of the building is the fire escape",
        "for him the only way out was death",
        "the only option left for the dog was to put her down",
        "the only option is dying my hair back to brown",
        "the only cure for this infection is antibiotics",
        "in the game the only way out is death",
        "the only thing certain in life is death",
    ],
)
def test_ways_out_of_buildings_idioms_and_other_lives_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "there's no way out for me except one",
        "i've run out of options except the obvious one",
        "tried every medication, no options left but one",
        "the only way out is down",
        "i don't see how this could end any other way",
        "this only ends one way for me",
        "the door nobody comes back through is starting to look good",
        "there's a road no one comes back from and i keep looking at it",
        "there's only one way out of this and it's not pretty",
        "i've considered every option and there's only one left",
        "i'm stuck and the only way out i can think of is permanent",
        "the only exit is the one i keep thinking about",
        "the only way i'll ever get out of this is in a box",
    ],
)
def test_one_unnamed_way_out_left_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "there is no way out of the car park except one exit",
        "we've run out of options except one: selling the house",
        "the only way out of the cave is down the ladder",
        "i don't see how this ends any other way than divorce",
        "the only way is up from here",
        "the stock market's only way out is down",
        "this only ends one way, with the government losing the election",
        "it's a place nobody comes back from the same",
        "the only option left is to sell the car",
        "the only way out is to declare bankruptcy",
        "only one option left: small claims court",
        "the only way I'm leaving this job is in a box lol",
        "the only solution for the leak is a permanent one",
    ],
)
def test_exits_markets_and_politics_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- no future --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i can't see any future for myself",
        "I don't see a future for myself anymore",
        "i can't picture any future where i'm still alive",
        "i have nothing to look forward to anymore",
        "there's nothing ahead of me",
        "see nothing ahead but more pain",
        "i couldn't think of a single thing i'm looking forward to",
        "my therapist asked what i look forward to and i couldn't think of one thing",
        "i've stopped caring about my future",
        "i'm done waiting for things to get better",
        "i'm tired of hoping",
        "i'm sick of waiting for the depression to lift",
        "i'm 30 and it feels like my life was over before it even started",
        "there's no light at the end of the tunnel for me",
        "i can't imagine ever being happy again",
        "i don't think i'll ever get better",
        "no point planning for a future i won't be in",
        "i'm running out of reasons to stay",
        "stopped making plans past this month",
    ],
)
def test_seeing_no_future_is_at_least_a_concern(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i can't see a future for myself in this company",
        "i don't see a future for myself with him",
        "i have nothing to look forward to this weekend",
        "nothing ahead but open road",
        "i couldn't think of anything i'm looking forward to at work",
        "i've stopped worrying about the future and started living in the moment",
        "i'm done waiting for him to change",
        "i'm tired of hoping the council will fix the road",
        "i've stopped caring about the future of the party",
        "i can't imagine ever being happy again in this job",
        "i don't think i'll ever get better at maths",
        "i'm running out of reasons to stay at this job",
        "we've stopped making plans past this month until the baby arrives",
    ],
)
def test_no_future_in_a_job_a_relationship_or_a_weekend_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i know i won't make it to 25",
        "i've always felt i'd never live to see 40",
        "i was always sure i wouldn't make it past thirty",
        "honestly i doubt i'll be around for christmas",
        "don't think i'll still be here by next summer",
        "dont think ill be around for my next birthday, and i'm ok with that",
        "i can't see myself making it to 35 and that doesn't scare me",
        "i've known for years i wouldn't live to see my thirties",
        "i don't expect to see 30",
        "this time next year i won't be here",
        "by spring i'll be gone",
        "i won't be around to see how it turns out and that's ok",
        "i stopped saving for retirement because i won't need it",
        "dont think ill make it to 30 tbh",
    ],
)
def test_not_expecting_to_live_to_an_age_or_a_date_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i won't make it to 30 at this rate lol",
        "i know i won't make it to 40 without a pension",
        "i don't think i'll be around for christmas, we're going to my in-laws",
        "i won't make it to work today",
        "i don't think i'll make it to the end of the month on this budget",
        "i doubt i'll be around for my birthday, i'm working abroad",
        "i don't expect to see 30 degrees this summer",
        "this time next year i won't be here, i'm moving to canada",
        "by christmas i'll be gone from this company",
        "i won't be around to see the results, i'm on holiday next week",
        "I stopped saving for retirement because I'm paying off my student loans",
    ],
)
def test_missing_a_day_at_work_or_the_end_of_the_month_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- wanting it over with -------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "i just want it over with",
        "i just want the exam over with",
        "i just want it over with so i can relax, the interview is tomorrow",
        "want this all over with already, the move is killing me",
        "i need it over with, the dentist is at 3",
    ],
)
def test_wanting_it_over_with_alone_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i feel empty and numb, i just want it all over with",
        "everything is hopeless. i just want it over with",
        "nothing ahead of me. i want this over with",
        "i feel trapped and worthless. just want it all over with",
        "i'm dead inside, i want it over with",
    ],
)
def test_wanting_it_over_with_in_a_dark_message_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "i want my life over with",
        "i just want this life over with",
        "i wish my existence was over with",
        "honestly i want living over with",
        "I NEED MY LIFE OVER WITH",
    ],
)
def test_wanting_ones_life_over_with_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


# --- giving up the things of the future --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "won't be needing my passport anymore",
        "i won't need a new coat next winter",
        "don't think i'll be needing my glasses after this year",
        "i won't be needing any of my stuff where i'm going",
        "i won't need the car after i'm gone",
        "not going to need my winter boots this year",
        "i won't be needing my repeat prescription anymore",
        "won't need my planner next year",
        "i've cancelled all my appointments for next month, no point",
    ],
)
def test_not_needing_the_things_of_the_future_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "won't be needing a heavy coat this year since we're moving to spain",
        "i won't need my passport anymore because i got citizenship",
        "I won't be needing the course next year as I passed",
        "i won't need my glasses anymore after laser surgery",
        "i won't need any of it in the new flat",
        "i won't need any of it",
        "I cancelled my gym membership, no point paying when I never go",
        "I cancelled my streaming subscription, what's the point when there's nothing on",
    ],
)
def test_not_needing_things_for_a_reason_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- goodbyes that do not say goodbye ------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Thank you all for everything.",
        "take care of yourselves, everyone",
        "please look after yourselves",
        "I didn't want to disappear without saying goodbye",
        "i didn't want to just vanish without saying thank you",
        "this will probably be my last christmas",
        "i think this might be my last summer",
        "they don't know it's a goodbye",
        "my sister doesn't know this is our last coffee",
        "I've made my peace with what I'm going to do",
        "thanks for everything guys",
        "i'm at peace with my decision now",
        "i've been quietly saying goodbye to the places i love",
    ],
)
def test_goodbyes_without_the_word_are_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "thanks all for the advice, take care",
        "I didn't want to leave the party without saying goodbye",
        "I didn't want to disappear from the server without saying goodbye",
        "Thank you all for everything, I'm retiring after 30 years of teaching",
        "stay safe and look after yourselves in the heat",
        "I just wanted to say thank you to this sub for the advice",
        "this is my last winter in canada",
        "this will be my last christmas as a single woman",
        "she didn't know it was the last time i'd see her",
        "they don't know it's my last day at work",
        "i've made my peace with my diagnosis",
        "i'm at peace with my decision to leave teaching",
        "i've been quietly saying goodbye to my old flat before the move",
        "i'd like to thank everyone here before i go on maternity leave",
    ],
)
def test_thanks_retirements_and_last_days_at_work_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i've made my peace with it",
        "i've felt so calm since i decided",
        "i think i'm allowed to let go now",
        "i've been so much happier since i decided to leave him",
        "it's time to let go of the past",
        "i just wanted to say thanks to everyone here",
        "i wanted to thank everyone here before i go",
        "i finally feel calm now that i know how it ends",
    ],
)
def test_resignation_and_calm_alone_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "i've made my peace with it. thank you all for everything",
        "i'm so much lighter since i made my decision. i've been so depressed for years",
        "i think i'm allowed to let go now. i'm so tired of everything",
        "i feel hopeless and trapped. i've felt calm since i decided",
        "i just wanted to say thanks to everyone here. i'm so worthless and alone",
        "everything is hopeless. i wanted to thank everyone here before i go",
    ],
)
def test_resignation_and_calm_in_a_dark_message_are_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


# --- crisis lines -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "How do I become a volunteer on a crisis line?",
        "how can I get my dad's GP to refer him to the crisis team",
        "I'm doing the training to answer calls for samaritans",
        "I donated to the crisis line charity this month",
        "I work for a crisis line and the shifts are long",
        "what's the crisis number for my friend who's struggling",
        "my brother has been referred to the crisis team",
        "my daughter rang the crisis line, what happens now",
        "the crisis team said they'd call my mum back",
    ],
)
def test_crisis_lines_as_work_charity_or_help_for_someone_else_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "I called the crisis line last night",
        "i've been on the phone to samaritans for an hour",
        "i rang the crisis team for myself this morning",
        "I had to call 988 again",
        "i'm thinking of calling the crisis line",
    ],
)
def test_the_speaker_calling_a_crisis_line_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN
