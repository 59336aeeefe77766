"""Plans, preparations and means said in everyday words, and the everyday senses of those words.

People close to acting rarely say "suicide plan": they say "doing it on Friday", "just the note
left", "I gave my guitar away", "there's a gun in my dad's safe". Some of these phrasings are
risk on their own (a goodbye note, not wanting the kids to be the ones who find them); others
are shopping, pets, paperwork and walks unless distress or suicidal talk is around them, and
the assessment reads them so. Every phrase here was written for these tests.
"""

from __future__ import annotations

import pytest

from bot.safety.detector import SafetyDetector
from tests.unit.safety.phrasing import CONCERN, HIGH, IMMINENT, NONE, risk

SUICIDAL = ("I want to kill myself, I can't do this anymore",)
DISTRESSED = "I feel worthless and so alone."



# --- brief intent with a time -----------------------------------------------------------------


BRIEF_INTENT_WITH_A_TIME = [
    "Doing it on Friday.",
    "doing it tonight",
    "Doing it Friday night.",
    "ending it tomorrow.",
    "doing it after everyone goes to bed",
    "I'm doing it this weekend.",
    "Going to do it next weekend",
    "I'm going to do it when the kids are at their dad's.",
    "I'm close to doing it tonight",
]


@pytest.mark.parametrize("text", BRIEF_INTENT_WITH_A_TIME)
def test_brief_intent_with_a_time_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize("text", BRIEF_INTENT_WITH_A_TIME)
def test_brief_intent_with_a_time_after_suicidal_talk_is_imminent(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text, SUICIDAL) == IMMINENT


@pytest.mark.parametrize(
    "text",
    [
        "Doing it on Friday! Can't wait for the concert.",
        "doing it tonight, wish me luck with the presentation",
        "Going to do it next week after my exams",
        "The sale ends tomorrow.",
        "I'm going to end things with my boyfriend tonight",
        "I'll do the laundry on Friday.",
    ],
)
def test_doing_an_errand_or_an_event_at_a_time_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "I'm going to kill myself next weekend",
        "I'm going to end my life when my parents are away",
        "I'm going to kill myself at the end of the month",
        "I'm going to overdose once everyone is asleep",
        "I'll kill myself while the kids are at school",
        "planning to end my life next month",
        "I've decided to kill myself next week",
        "I'm going to take my own life at the end of the week",
    ],
)
def test_intent_with_a_later_time_is_imminent(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == IMMINENT


# --- leaving for good, planning an exit, knowing when it ends ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ready to log off for good",
        "ready to check out for good",
        "I'm going to clock out permanently",
        "time to log off for the last time",
        "I'm just going to sign off for good",
        "I'm planning my exit",
        "I've been planning my exit",
        "I know exactly when it ends.",
        "I've decided when it ends",
        "it feels like the right place for it to end",
        "I've worked out everything down to the time.",
        "I've planned every detail down to the minute",
        "I've written the whole day out in my head",
        "4 days. counting down",
    ],
)
def test_euphemisms_for_leaving_or_an_end_after_suicidal_talk_are_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text, SUICIDAL) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "planning my exit from this world",
        "I'm preparing my final exit from this life",
        "I've worked out my departure from this world",
    ],
)
def test_planning_an_exit_from_life_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "ready to log off for good, this app is toxic",
        "I'm going to sign off for good from social media",
        "planning my exit from the company",
        "I'm planning my exit strategy for the business",
        "The perfect place for it to end was the beach, the whole trip was lovely",
        "I know when the film ends.",
        "I've worked out everything down to the minute for the wedding.",
        "3 days to go! counting down to our holiday",
        "I've got a plan for the end of the month: paying off the credit card.",
    ],
)
def test_leaving_an_app_a_job_or_a_holiday_countdown_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "I have a plan now and that's the part that scares me",
        "i have a plan now and it terrifies me",
        "I've got a plan, which scares me",
        "I've made a plan and I'm scared of it",
        "I now have a plan and that frightens me",
        "I have the plan now, it scares me a bit",
        "I have a plan and it scares me so much",
        "i've got a plan now and i'm afraid",
    ],
)
def test_a_plan_that_frightens_the_person_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I have a plan for my business and it scares me",
        "I have a plan for the weekend and it's exciting",
        "I have a plan to move abroad and it scares me",
        "I've got a plan for the exam, which scares me less now",
        "My sister has a plan and it scares me",
    ],
)
def test_a_frightening_plan_for_work_or_a_move_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


# --- who finds them, the note, the letters ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "So they aren't the ones who find me.",
        "I don't want my sister to be the one to find me.",
        "i dont want my mum to be the one who finds me",
        "my kids can't be the ones to find me",
        "I'll go somewhere else so my parents don't find me.",
        "I need to make sure my flatmate isn't the one who finds me",
        "I hope my little brother won't be the first one to find me",
        "I'd rather a stranger was the person who finds me",
    ],
)
def test_not_wanting_loved_ones_to_find_them_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "You're the one who found me when I was lost",
        "I hid under the bed so my brother doesn't find me in hide and seek",
        "I hope my soulmate will be the one who finds me",
        "The police were the ones who found me after I got lost on the moors",
        "The search party were the ones who found me on the hill",
    ],
)
def test_being_found_in_games_love_or_escape_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Just the note left now.",
        "only the letters left to write",
        "all that's left is the note",
        "Finished my will. Just the note to write.",
        "now just my note left",
        "The last thing left is my note.",
        "all i have left to do is the letters",
        "just the notes to finish and then it's done",
    ],
)
def test_only_the_goodbye_note_left_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "just the thank-you notes left to write after the wedding",
        "Only the cover letter left to write and then the application is done",
        "just the sick note left to get from the doctor",
        "only the christmas cards left to post",
        "just the lecture notes left to revise",
    ],
)
def test_only_thank_you_notes_or_a_cover_letter_left_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Wrote my letters tonight.",
        "I've written my letters.",
        "finished writing my letters last night",
        "I wrote all my letters today",
        "sealed my letters this morning",
        "I finished my letters for everyone",
        "I wrote my letters, five of them.",
        "wrote my letters to everyone now",
    ],
)
def test_bare_letters_written_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I wrote my letters to Santa.",
        "finished my letters of recommendation",
        "I wrote my letters to the council about the potholes",
        "practised writing my letters in calligraphy class",
        "I've written my cover letters for the job applications",
    ],
)
def test_letters_to_santa_or_for_a_job_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "I want them to get a message after I'm gone.",
        "I've scheduled an email to go out after I'm gone.",
        "I recorded videos for my kids for when I'm gone.",
        "there's a letter for my mum to find when I'm dead",
        "left notes for everyone for after I'm gone",
        "How do I schedule an email so it sends after it's done?",
        "I wrote a text to my brother to send once I'm no longer here",
        "a voice note for my dad for after I'm not around",
    ],
)
def test_a_message_for_after_their_death_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I wrote letters for my kids to read when I'm gone, since the cancer came back",
        "My solicitor keeps a letter with my will for when I'm gone",
        "I record videos for my grandchildren to watch one day when I'm gone",
        "I'll leave a note for the team when I'm not here next week on holiday",
        "I scheduled an email to go out while I'm away on my trip",
    ],
)
def test_messages_for_when_the_old_or_ill_die_or_for_a_holiday_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "wrote a note, deleted it, wrote it again. i need it to be right before i go",
        "I'm writing the note tonight. It has to be perfect before I do it.",
        "I rewrote my note three times. I want it to say sorry properly before I go.",
        "writing a note for my mum, it needs to be right before i go",
        "I wrote the note again today. It has to be right before I leave.",
        "still rewriting my note. almost ready before I go.",
        "I keep rewriting the note and I want it done before I do it.",
        "I wrote a note for my brother. He has to understand before I go.",
    ],
)
def test_a_note_that_must_be_right_before_i_go_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "I wrote a note for the cat sitter. I need to pack before I go.",
        "I left a note on the fridge for my flatmate before I go to work.",
        "wrote a note for the teacher before I go",
        "I wrote a thank-you note to my host before I leave.",
        "I wrote a note to my neighbour about the parcel before I go on holiday.",
    ],
)
def test_a_note_before_a_trip_or_work_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- goodbyes, giving things away, pets -------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "saying goodbye to everyone without them knowing",
        "said my goodbyes without anyone knowing",
        "I've been saying goodbye to people without them realising",
        "I'm saying my goodbyes to my family without them noticing",
        "I said goodbye to my best friend without her knowing",
        "saying goodbyes this week without anyone realizing",
        "I said goodbye to my nan without her knowing it was the last time",
        "Saying goodbye to my dad without him knowing.",
    ],
)
def test_secret_goodbyes_are_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I'm saying goodbye to my colleagues without them knowing I'm moving abroad",
        "We said goodbye to the team without them knowing about the surprise party",
        "saying goodbye to my classmates without them knowing I'm changing school",
        "I said goodbye to the dog without him noticing",
        "the band is doing a farewell tour",
    ],
)
def test_goodbyes_before_a_move_or_a_surprise_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "I've been giving my stuff away.",
        "gave all my stuff away this week",
        "I gave my books away.",
        "I'm giving all my things away",
        "been giving my games away to my cousins",
        "I gave most of my belongings away",
        "Started giving my records away.",
        "I've given my guitars away",
    ],
)
def test_giving_their_things_away_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I gave my old clothes away to charity",
        "I've been giving my books away because I'm moving to a smaller flat",
        "giving my stuff away before the move",
        "We're decluttering, so I gave my things away",
        "I gave my kids' clothes away, they've outgrown them",
    ],
)
def test_giving_things_away_to_charity_or_before_a_move_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "gave my guitar to my cousin today. he doesn't know why",
        "I gave my xbox to my brother. He didn't ask why.",
        "handed my bike to a friend and she doesn't understand why",
        "gave my jewellery to my sister, she doesn't know why",
        "I gave my camera to my neighbour. nobody knows why",
        "gave my records to my best friend today, he didn't ask why",
        "Gave my books to my niece. She doesn't know why.",
        "giving my plants to my aunt, she doesn't understand why",
    ],
)
def test_giving_things_to_someone_who_is_not_told_why_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "found a new home for my cat so she's safe",
        "rehomed the dog so he's looked after",
        "Found someone to take my dog, now she'll be taken care of.",
        "found my cat a new home so he's safe",
        "I rehomed my rabbit so she's in good hands",
        "re-homed my dog today and now he's safe",
        "found a loving home for my cats so they're cared for",
        "found someone to look after my dog, so he'll be safe",
    ],
)
def test_rehoming_a_pet_so_it_is_safe_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "Rehomed my dog today.",
        "I found a new home for my cat",
        "I've talked to my neighbour about taking my dog",
        "gave away my hamster to a friend",
        "found someone to adopt my cats",
        "rehoming my parrot this week",
        "I asked my sister about having my dog",
        "I found my dog a good home",
    ],
)
def test_rehoming_a_pet_after_suicidal_talk_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text, SUICIDAL) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Rehomed my dog because of my son's allergies, so he's safe with a lovely family.",
        "We found a new home for our cat because the landlord won't allow pets.",
        "found a home for my puppy as I'm moving abroad",
        "rehomed my dog with a rescue after he bit the postman",
        "We found a new home for the kittens from the litter",
    ],
)
def test_rehoming_a_pet_for_allergies_a_landlord_or_a_move_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text, SUICIDAL) <= HIGH
    assert risk(detector, text) == NONE


# --- affairs, wills, insurance, dates --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Making sure my affairs are in order.",
        "my affairs are now in order",
        "I made sure my affairs were in order",
        "checking that my affairs are sorted",
        "I've got my affairs in order",
        "getting all my affairs in order",
        "my affairs are finally settled",
        "I've been putting my affairs in order",
    ],
)
def test_putting_affairs_in_order_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Getting my affairs in order before the surgery.",
        "My solicitor is helping with estate planning so my affairs are in order.",
        "making sure my affairs are in order before we emigrate",
        "sorting my affairs before I retire",
        "We put our affairs in order after the baby arrived.",
    ],
)
def test_affairs_in_order_for_surgery_or_retirement_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "Updated my beneficiaries.",
        "Changed my beneficiaries last week.",
        "I checked my life insurance beneficiary",
        "The life insurance policy is over two years old now.",
        "my policy is more than 2 years old now",
        "they'll be covered when I'm not here",
        "the boys will be provided for when I'm gone",
        "She'll be fine financially when I'm not around",
    ],
)
def test_settling_what_outlives_them_after_suicidal_talk_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text, SUICIDAL) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Updated my beneficiaries.",
        "I'm the named beneficiary on my dad's 401k, what are the rules?",
        "We updated our beneficiaries after the baby was born.",
        "My life insurance policy is over two years old, should I switch to a cheaper one?",
        "I changed my beneficiaries after the divorce.",
        "making sure my wife is provided for when I'm gone, my adviser suggested a trust",
    ],
)
def test_beneficiaries_and_policies_in_ordinary_planning_are_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "does my life insurance pay out for suicide?",
        "my life insurance covers suicide after two years right?",
        "does my policy pay out if it's suicide",
        "is there a suicide clause in my policy",
        "will my insurance still pay out after a suicide",
        "does my life insurance cover suicide",
        "my policy has a suicide exclusion, when does it end",
        "Will my life insurance pay if it was suicide?",
    ],
)
def test_asking_whether_their_insurance_pays_for_suicide_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "My brother died by suicide, will his life insurance pay out?",
        "Does life insurance cover suicide? Writing an article about it.",
        "The news said insurance pays out for suicide after two years.",
        "Her policy covered suicide and the claim was paid.",
        "does the policy cover suicide, asking for a research project on the industry",
    ],
)
def test_insurance_and_suicide_as_news_or_bereavement_is_not_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around for Christmas.",
        "I'm not going to be here for my birthday.",
        "I probably won't be around for the new year",
        "I won't be alive for my 30th",
        "I'm not going to be around to see next summer",
        "I definitely won't be here by the end of the year",
        "I won't be here for my next birthday.",
        "not going to be alive at christmas",
    ],
)
def test_saying_they_will_not_be_alive_for_a_date_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I won't be around for Christmas, I'm working abroad.",
        "I'm not going to be here for my birthday, we're on holiday in Spain.",
        "I won't be around for the new year, I'll be travelling",
        "I won't be here for the weekend, I have a shift",
        "I won't be around for my birthday because of the course",
    ],
)
def test_being_away_for_a_date_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- means -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Just got back from the pharmacy with another pack. Different pharmacies so they don't "
        "ask questions.",
        "different chemists so nobody asks questions",
        "been buying paracetamol at different pharmacies to avoid questions",
        "I go to several pharmacies so the pharmacist doesn't get suspicious",
        "bought tablets from three chemists so no one notices",
        "I use different pharmacies so they won't ask",
        "getting packs from various pharmacies to avoid the limits",
        "four pharmacies this week so nobody asks",
    ],
)
def test_buying_pills_round_several_pharmacies_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I bought cold and flu tablets at different pharmacies because of the shortage",
        "I compare prices at different pharmacies so I don't overpay",
        "different pharmacies stock different brands",
        "I tried three pharmacies and they were all out of stock",
        "my codeine habit got so bad I used different pharmacies so they wouldn't ask",
    ],
)
def test_shopping_round_pharmacies_for_prices_or_stock_is_not_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I have the rope ready",
        "i have the rope ready now",
        "I've got the pills counted out.",
        "I have the gun loaded and ready",
        "I've got the blades laid out",
        "I have the helium set up",
        "got the noose tied",
        "I have all my tablets lined up",
    ],
)
def test_means_made_ready_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I've got the rope ready for the camping trip",
        "I have my meds ready for the week",
        "I have the knife ready for the turkey",
        "I have the rifle ready for deer season",
        "I have the gun loaded and ready for home defense",
    ],
)
def test_kit_ready_for_a_trip_a_meal_or_hunting_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


MEANS_WITHIN_REACH = [
    "Bought rope today.",
    "Picked up a bottle of pills on the way home.",
    "Just bought a length of rope.",
    "There's a shoebox full of pills under my bed.",
    "I've got a jar of tablets hidden in my wardrobe.",
    "I've been keeping back some of my prescription each week.",
    "tablets stashed behind the books",
    "Just got back from the pharmacy with another pack.",
    "I have the blister pack on my desk next to my laptop.",
    "theres a gun in my dads safe and i know the code",
    "My husband keeps a handgun in the nightstand.",
    "I know the combination to my dad's gun safe.",
    "I just hold the pistol and sit there.",
    "I've been opening the safe at night",
    "there is pesticide in every house",
    "We keep the weedkiller in the shed.",
]


@pytest.mark.parametrize("text", MEANS_WITHIN_REACH)
def test_means_within_reach_alone_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize("text", MEANS_WITHIN_REACH)
def test_means_within_reach_with_distress_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, f"{DISTRESSED} {text}") >= HIGH


@pytest.mark.parametrize("text", MEANS_WITHIN_REACH)
def test_means_within_reach_after_suicidal_talk_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text, SUICIDAL) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "Bought a new knife for the kitchen today.",
        "Got my meds from the pharmacy, prescription refilled.",
        "Just bought rope for the swing.",
        "There's a hunting rifle in the gun safe and I know the code.",
        "I keep my pistol in the nightstand for home defense.",
        "Which gun safe would you recommend for a rifle in the garage?",
        "We keep the weedkiller in the shed, locked away from the kids.",
        "I have a bottle of pills on my desk to remind me to take them every morning.",
        "My grandad keeps a shoebox of old photos under his bed.",
        "I hold the knife and chop the onions",
    ],
)
def test_means_in_an_everyday_setting_with_distress_is_not_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE
    assert risk(detector, f"{DISTRESSED} {text}") < HIGH


HIGH_PLACES_RETURNED_TO = [
    "i park up there and just look over the edge",
    "leaning over the railing on the balcony",
    "I slow down in the middle of the bridge every time.",
    "pulled over on the bridge and sat there",
    "I go to the bridge every night after work.",
    "I keep going up to the roof of my building at night",
    "I've been going to the cliffs every evening to sit",
    "I keep driving past the bridge on the way home.",
    "standing at the train station watching them go past",
    "I was watching the trains go past at the station for an hour",
    "I know which train comes through the station without stopping.",
]


@pytest.mark.parametrize("text", HIGH_PLACES_RETURNED_TO)
def test_returning_to_a_height_or_a_railway_alone_is_none(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize("text", HIGH_PLACES_RETURNED_TO)
def test_returning_to_a_height_or_a_railway_with_distress_is_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, f"{DISTRESSED} {text}") >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I love to look over the edge of the cliff at the view.",
        "We pulled over on the bridge to take photos of the sunset.",
        "I go to the bridge every morning on my run.",
        "My son loves watching the trains go past at the station.",
        "I know which trains run without stopping, I'm a trainspotter.",
        "I keep driving past the bridge on my way to work.",
        "Leaning over the railing to feed the ducks.",
    ],
)
def test_views_runs_and_trainspotting_with_distress_are_not_high(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) == NONE
    assert risk(detector, f"{DISTRESSED} {text}") < HIGH


@pytest.mark.parametrize(
    "text",
    [
        "I go to the bridge after work and stand there. I do not go over the railing. Not yet.",
        "I keep going up to the roof at night. I haven't stepped off the edge yet.",
        "I have a jar of pills hidden in my drawer. I haven't taken them yet.",
        "I bought rope today and told the guy at the shop it was for camping.",
        "Bought pills, told the pharmacist they were for my mum.",
        "I keep driving past the bridge at night. One of these nights I'm going to get out of "
        "the car.",
        "I bought a shotgun last week, told the salesman it was for my dad. One of these days "
        "I'm going to do it.",
        "I've got a stash of pills. I haven't swallowed them yet.",
    ],
)
def test_means_with_a_hint_of_intent_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH


@pytest.mark.parametrize(
    "text",
    [
        "how many paracetamol would it take",
        "how many paracetamol would it take. asking for me",
        "how much paracetamol would it take?",
        "how many sleeping pills does it take",
        "How many tylenol would it take?",
        "how many of my pills would it take, honestly",
        "how many tablets would it take for someone like me",
        "how much insulin would it take",
    ],
)
def test_how_many_pills_would_it_take_with_nothing_after_is_at_least_a_concern(
    detector: SafetyDetector, text: str
) -> None:
    assert risk(detector, text) >= CONCERN


@pytest.mark.parametrize(
    "text",
    [
        "how many ibuprofen would it take to help with my back pain",
        "how many paracetamol can I take for a headache",
        "how long does paracetamol take to work",
        "how many melatonin would it take to help me sleep",
        "how much ibuprofen would it take for my dog, ask the vet?",
    ],
)
def test_pill_doses_for_pain_or_sleep_are_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


# --- a song is not a goodbye ------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "My brother murdered Don't Stop Me Now at karaoke",
        "Don't stop me now, I'm having such a good time",
        "we danced to Don't Stop Me Now at the wedding",
        "Don't Stop Me Now came on the radio",
        "don't stop me now is the best song on the album",
    ],
)
def test_dont_stop_me_now_the_song_is_none(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) == NONE


@pytest.mark.parametrize(
    "text",
    [
        "please don't try to stop me",
        "Don't try to find me.",
        "don't stop me this time",
        "nobody try to save me",
        "please don't stop me now",
    ],
)
def test_asking_not_to_be_stopped_or_found_is_high(detector: SafetyDetector, text: str) -> None:
    assert risk(detector, text) >= HIGH
