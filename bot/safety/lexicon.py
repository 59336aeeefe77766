"""Word lists the patterns are built from, kept apart so they can be reviewed as data.

Each entry is a regular-expression fragment (an alternation), referenced in ``cues.py`` as
``@NAME``. Lists are about meaning classes (people, times, methods), never copied sentences,
so they generalise to wording nobody has seen yet.
"""

from __future__ import annotations


def words(*items: str) -> str:
    """A non-capturing alternation; longer items first so "best friend" wins over "friend"."""
    return "(?:" + "|".join(sorted(items, key=len, reverse=True)) + ")"


# --- the speaker ------------------------------------------------------------------------
SELF = r"(?:myself|my own self)"
FIRST_PERSON = (
    r"(?:\bi\b|\bi'm\b|\bi've\b|\bi'll\b|\bi'd\b|\bme\b|\bmy\b|\bmyself\b|\bmine\b|\bwe\b|"
    r"\bwe've\b|\bwe're\b|\bus\b|\bour\b)"
)

# Fillers people put between "want to" and "die": "want to just fucking die".
ADV = r"(?:(?:just|simply|really|finally|actually|seriously|honestly|literally|fucking|" \
      r"fuckin|freaking|so|also|even|kinda|sometimes|truly|still|rather|badly|already|" \
      r"totally|genuinely|quietly|peacefully|go|please|all|not|\w+ly)\s+){0,3}"

WANT = words(
    "want", "wants", "wanted", "wanting", "wish", "wishes", "wished", "wishing", "need",
    "needs", "needed", "long", "longing", "yearn", "yearning", "desire", "ready", "prefer",
    "deserve", "deserves", "deserved", "hope", "hoping", "tempted", "urge", "urges",
    "would like", "'d like", "would love", "'d love", "just want", "can't wait",
    "cannot wait", "begging", "praying", "pray", "trying", "tried", "try",
)

INTEND = words(
    "going to", "will", "'ll", "shall", "about to", "plan to", "plans to", "planned to",
    "planning to", "plan on", "planning on", "intend to", "intending to", "decided to",
    "deciding to", "determined to", "ready to", "finally going to", "gonna", "have to",
    "got to", "need to", "must", "promise to", "promised myself to", "set to",
)

# Verbs of killing a person, for "pay someone to ... me".
KILL = words(
    "kill", "murder", "shoot", "stab", "butcher", "slaughter", "strangle", "behead", "end",
    "finish", "finish off", "euthanise", "euthanize", "put down", "execute", "assassinate",
)

# --- people -----------------------------------------------------------------------------
LOVED = words(
    "husband", "wife", "partner", "mum", "mom", "mother", "mummy", "mommy", "ma", "dad",
    "father", "daddy", "papa", "son", "daughter", "baby", "child", "kid", "boy", "girl",
    "brother", "sister", "twin", "grandma", "grandmother", "gran", "granny", "nan", "nana",
    "nanna", "grandad", "granddad", "grandpa", "grandfather", "fiance", "fiancee",
    "boyfriend", "girlfriend", "bf", "gf", "best friend", "friend", "love", "soulmate",
    "soul mate", "auntie", "aunt", "uncle", "cousin", "angel", "parents", "family",
    "little one", "babies", "children", "kids", "sons", "daughters",
)

PERSON_WORDS: tuple[str, ...] = (
    "husband", "wife", "partner", "mum", "mom", "mother", "dad", "father", "son", "daughter",
    "baby", "child", "kid", "brother", "sister", "boyfriend", "girlfriend", "bf", "gf", "ex",
    "ex-husband", "ex-wife", "ex-boyfriend", "ex-girlfriend", "friend", "boss", "manager",
    "supervisor", "teacher", "neighbour", "neighbor", "coworker", "co-worker", "colleague",
    "roommate", "flatmate", "housemate", "landlord", "landlady", "stepdad", "stepfather",
    "stepmom", "stepmum", "stepmother", "parents", "family", "classmate", "bully", "bullies",
    "in-laws", "mother-in-law", "father-in-law", "sibling", "siblings", "children", "kids",
    "uncle", "aunt", "cousin", "grandma", "grandad", "grandpa", "nan", "fiance", "fiancee",
    "guy", "man", "woman", "girl", "boy", "dude", "bitch", "bastard", "cunt", "prick",
    "asshole", "arsehole", "wanker", "idiot", "people", "students", "student", "pupil",
    "pupils", "customer", "doctor", "therapist", "nurse", "cop", "police officer", "officer",
    "ex's", "mother fucker", "motherfucker",
)
PERSON = words(*PERSON_WORDS)

# Who might abuse or threaten the person we are talking to.
ABUSER_WORDS: tuple[str, ...] = (
    "he", "she", "they", "husband", "wife", "partner", "boyfriend", "girlfriend", "bf", "gf",
    "dad", "father", "stepdad", "stepfather", "mum", "mom", "mother", "stepmom", "stepmum",
    "stepmother", "brother", "sister", "ex", "uncle", "aunt", "grandad", "grandpa", "cousin",
    "parents", "fiance", "fiancee", "son", "daughter", "carer", "caregiver", "flatmate",
    "roommate", "family", "stepbrother", "stepsister", "grandfather", "grandmother",
)
ABUSER = words(*ABUSER_WORDS)

# Objects of a violent verb that are people, not processes, weeds or opponents in a game.
VICTIM = (
    r"(?:him|her|them|you|y'all|everyone|everybody|somebody|someone|people|"
    r"all of them|them all|(?:my|his|her|their|the|that|this|those|these|our)\s+"
    r"(?:\w+\s+)?" + PERSON + r"\b)"
)

# --- time ---------------------------------------------------------------------------------
WEEKDAY = words("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
TIMEFRAME = (
    r"(?:tonight|today|tomorrow(?: night| morning)?|right now|this (?:evening|morning|"
    r"afternoon|weekend|week|month|friday|saturday|sunday|monday|tuesday|wednesday|thursday)|"
    r"(?:on |this |next |by |before |after )?" + WEEKDAY + r"(?: night)?|"
    r"in (?:a|an|one|two|three|a few|a couple of|\d+) (?:minutes?|mins?|hours?|hrs?|days?)|"
    r"soon|very soon|later (?:today|tonight|on)|in the morning|at (?:midnight|dawn|\d+ ?(?:am|"
    r"pm)?)|"
    r"by (?:the )?(?:morning|weekend|end of (?:the |this )?(?:day|week|month))|"
    r"(?:at |by |before |after )the end of (?:the |this )?(?:day|week|month)|"
    r"before (?:my birthday|christmas|the new year|new year's|morning|the weekend)|"
    r"(?:on|after) my birthday|(?:when|after|once) (?:everyone|everybody|they|my \w+) "
    r"(?:is|are|'s|'re|goes?|has gone|have gone|falls? asleep) (?:asleep|out|"
    r"to bed|to sleep)|once (?:everyone|they) (?:is|are) (?:asleep|gone)|this time)"
)

# Words showing the speaker is describing the past, from a distance.
DISTANT_PAST = (
    r"(?:\b(?:years?|decades?|months|a long time|long|ages|a while) (?:ago|back)\b|"
    r"\bwhen i was (?:a |an |younger|little|small|in|at|\d|[a-z]+teen|young|a kid|a teen)|"
    r"\bas a (?:kid|child|teen|teenager|student|young|youngster)|\bin (?:my )?(?:the )?past\b|"
    r"\bback (?:then|in (?:the day|school|high school|college|uni|\d{4}))|\bused to\b|"
    r"\bin (?:19|20)\d\d\b|\bat (?:the )?age (?:of )?\d|\bat \d\d?\b|\bpreviously\b|"
    r"\bin (?:my )?(?:teens|twenties|childhood|youth|high school|college|uni)\b|"
    r"\bin my (?:early |mid |late )?(?:\d0s|thirties|forties|fifties)\b|"
    r"\b(?:my )?(?:old|former) (?:coping (?:mechanisms?|strategy|strategies|skills?)|"
    r"habits?|ways)\b|"
    r"\bonce upon|\bhistory of\b|\bformer(?:ly)?\b|\bpast (?:attempts?|self[ -]?harm)|"
    r"\bchildhood\b|\bgrowing up\b|\bas young as\b|\bwhen i was young(?:er)?\b)"
)

# Words showing it is over now ("I'm in a good place", "haven't since").
RESOLVED = (
    r"(?:\b(?:i'm|i am|i feel|feeling|doing|things are|life is|i've been) (?:\w+ ){0,2}"
    r"(?:fine|okay|ok|good|great|better|well|happy|stable|safe) now\b|\bin a (?:much )?"
    r"(?:good|better|great|healthy|safe|happier) place\b|\b(?:haven't|have not|never) "
    r"(?:done it|done that|tried|felt like that|cut|self[ -]?harmed|hurt myself) (?:again|"
    r"since)\b|\bno longer\b|\bnot any ?more\b|\bclean (?:for|since)\b|\b\d+ (?:years?|"
    r"months?) clean\b|\brecovered\b|\bin recovery\b|\bgot (?:help|better|through it)\b|"
    r"\bglad (?:i'm|i am) (?:still )?(?:here|alive)\b|\bgrateful to be alive\b|"
    r"\bwhich i'm over\b|\bbehind me\b|\bnow i'm (?:ok|okay|fine|good|better|happy)\b|"
    r"\bnothing like that (?:these days|now|anymore|any more)\b)"
)

# A sentence framed as over as a whole, whatever the tense the parser reads in its verbs:
# "it's been ages since I had the urge to cut", "haven't had them in years", "therapy helped
# me stop self-harming".
OVER_FRAME = (
    r"(?:\b(?:it's|it has|it is|its) been (?:ages|years|a long time|so long|forever|"
    r"\d+ (?:years|months)|(?:a|one|two|three|four|five|six|several) (?:years?|months)) "
    r"since\b|\b(?:haven't|have not|not) (?:had|felt) (?:them|that|it|those|any|one) "
    r"(?:in|for) (?:years|ages|a long time|months|\d+|over a)\b|"
    r"\b(?:helped me|managed to|was able to|learned to|learnt to) (?:\w+ )?(?:stop|quit|"
    r"overcome|beat)\b)"
)

# Words showing it is happening now, which overrule a distant-past reading.
CURRENT = (
    r"(?:\bagain\b|"
    # "I still want to", not "I still use the skills my therapist taught me".
    r"\bstill\b(?! (?:use|do yoga|go (?:to|for)|see (?:my|a|her|him)|talk to|remember|"
    r"have (?:the |my |some )?(?:scars|techniques|tools|skills|plan|safety plan)))|"
    # "now I" is current when risk follows ("now I'm thinking about it again"), not when a
    # recovery does ("years ago ..., now I'm fine", "now I go for runs instead").
    r"\bnow (?:i|it'?s|i'm|i've) (?:\w+ ){0,3}?(?:want|wanna|wish|feel like|keep|can't|cannot|"
    r"thinking|think about|started|starting|back|relaps\w*|urges?|worse|doing it|do it|"
    r"struggl\w*|scared|afraid|planning|plan)\b|"
    r"\blast (?:night|week)\b|"
    r"\byesterday\b|\btoday\b|\btonight\b|\bthis (?:week|morning|evening)\b|\brecently\b|"
    r"\brelapsed?\b|\bcurrently\b|(?<!like that )\bthese days\b|\blately\b|\bright now\b|"
    r"\bevery day\b)"
)

NEGATORS = words(
    "not", "n't", "never", "no", "without", "nor", "none", "nobody", "no one", "neither",
    "stop", "stopped", "quit",
)

# --- contexts that turn violent words harmless ---------------------------------------------
FICTION_OR_GAME = (
    r"(?:\b(?:game|games|gaming|video ?game|call of duty|cod|fortnite|minecraft|gta|"
    r"counter[ -]?strike|csgo|overwatch|league|valorant|apex|pubg|skyrim|zelda|pokemon|"
    r"mario|smash bros|fifa|roblox|among us|warzone|halo|dark souls|elden ring|"
    r"chess|checkers|poker|monopoly|scrabble|novel|story|stories|script|screenplay|film|"
    r"movie|tv show|series|episode|character|characters|fiction|fanfic|role[ -]?play|d&d|"
    r"dungeons|boss fight|tournament|paintball|airsoft|laser tag|nerf|dream|nightmare|"
    r"joke|joking|kidding|lol|lmao|haha)\b)"
)

# Subjects that "kill" or "hit" people only figuratively.
FIGURATIVE_SUBJECT = words(
    "it", "this", "that", "traffic", "work", "job", "school", "exam", "exams", "homework",
    "deadline", "deadlines", "feet", "back", "head", "legs", "knees", "heat", "cold", "weather",
    "commute", "suspense", "waiting", "wait", "hangover", "music", "song", "news", "reality",
    "realisation", "realization", "truth", "life", "anxiety", "depression", "guilt",
    "loneliness", "grief", "pain", "stress", "boredom", "class", "lecture", "meeting",
    "meetings", "kids", "baby", "shoes", "diet", "gym", "workout", "laugh", "cringe",
)

# --- means --------------------------------------------------------------------------------
PILLS = words(
    "pills", "tablets", "meds", "medication", "medications", "medicine", "paracetamol",
    "acetaminophen", "tylenol", "ibuprofen", "aspirin", "sleeping pills", "sleeping tablets",
    "antidepressants", "insulin", "opioids", "opiates", "oxy", "oxycodone", "fentanyl",
    "benzos", "xanax", "valium", "diazepam", "codeine", "tramadol", "lithium", "seroquel",
    "quetiapine", "amitriptyline", "sertraline", "prozac", "zoloft", "melatonin", "heroin",
    "morphine", "painkillers", "pain killers", "sleeping meds", "benadryl", "zopiclone",
)
LETHAL_MEANS = "(?:" + words(
    "rope", "noose", "gun", "guns", "rifle", "pistol", "shotgun", "handgun", "firearm",
    "bullet", "bullets", "knife", "knives", "blade", "blades", "razor", "razors",
    "razor blades", "belt", "cord", "bleach", "poison", "antifreeze", "charcoal", "helium",
    "carbon monoxide", "exhaust", "hose", "cyanide", "nitrogen", "glock", "revolver",
    "ammo", "ammunition", "extension cord", "plastic bag",
    "rat poison", "weedkiller", "pesticide", "sword", "exit bag",
) + "|" + PILLS + ")"
HIGH_PLACES = words(
    "bridge", "bridges", "building", "buildings", "cliff", "cliffs", "roof", "rooftop",
    "tower", "tower block", "car park", "parking garage", "parking lot roof", "multi-storey",
    "multistorey", "overpass", "ledge", "balcony", "window", "skyscraper", "dam", "viaduct",
    "quarry", "railway bridge", "motorway bridge", "highway bridge", "train tracks", "tracks",
    "railway line", "train line", "platform", "river", "lake", "sea", "ocean", "waterfall",
)

# --- attempts and their aftermath -------------------------------------------------------------
# Words that single out one attempt among several, or say how it went: "my third attempt".
ATTEMPT_WHICH = words(
    "first", "second", "third", "fourth", "fifth", "sixth", "1st", "2nd", "3rd", "4th", "5th",
    "6th", "last", "latest", "most recent", "recent", "previous", "failed", "botched", "only",
    "own", "suicide", "last suicide", "first suicide", "failed suicide",
)
# Where people wake up after an attempt.
HOSPITAL = r"(?:(?:the|a|an) )?" + words(
    "hospital", "a&e", "a and e", "er", "icu", "intensive care", "resus", "emergency room",
    "emergency department", "psych ward", "psychiatric ward", "psych unit", "psychiatric unit",
    "mental hospital", "psych hospital", "psychiatric hospital", "ward", "hospital bed",
    "ambulance", "critical care", "high dependency", "recovery room",
)
MONTH = words(
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december",
)
# When something happened a short while ago (an attempt then is a recent attempt).
RECENT_PAST = (
    r"(?:last night|yesterday(?: morning| evening| afternoon)?|last week(?:end)?|"
    r"this (?:morning|afternoon|evening|week)|earlier (?:today|tonight|this week)|tonight|"
    r"today|the other (?:day|night)|(?:a|one|two|three|four|five|a few|a couple of|\d+) "
    r"(?:hours?|days?|weeks?) ago|an hour ago|(?:on |at |over )the weekend|"
    r"(?:on |last )?" + WEEKDAY + r"(?: night)?)"
)

# --- figurative suicide, chance deaths, grief (ideation and others cues) -------------------
# Things that "commit suicide" or are "suicidal" only figuratively: "my plants keep committing
# suicide", "my phone battery is suicidal", "the party is committing suicide".
NON_HUMAN = words(
    "plant", "plants", "houseplant", "houseplants", "flowers", "cactus", "cacti", "succulent",
    "succulents", "orchid", "orchids", "basil", "seedlings", "tomatoes", "fish", "goldfish",
    "hamster", "hamsters", "lemmings", "bees", "cells", "neurons", "brain cells", "battery",
    "batteries", "phone", "laptop", "computer", "printer", "car", "engine", "stocks", "shares",
    "portfolio", "crypto", "market", "economy", "government", "party", "team", "company",
    "band", "brand", "hair", "npc", "npcs", "sims", "tamagotchi", "sourdough starter",
    "starter", "bread", "yeast", "snail", "snails", "shrimp", "crops",
)
# "Career suicide", "social suicide": ruin, not death.
SUICIDE_IDIOM = words(
    "academic", "social", "political", "career", "financial", "professional", "electoral",
    "commercial", "economic", "brand", "fashion", "tactical", "strategic", "reputational",
    "corporate", "romantic", "dating", "cultural", "demographic", "ritual", "assisted",
    "musical", "creative", "literary", "cinematic", "competitive", "marketing", "pr",
)
# Nouns "suicide" modifies as the name of something else: a drill, a car door, a law, a drink.
SUICIDE_COMPOUND = words(
    "sprint", "sprints", "lines", "squeeze", "squeeze play", "door", "doors", "drill", "drills",
    "run", "runs", "king", "kings", "knob", "shifter", "mission", "missions", "squad",
    "bomber", "bombers", "bombing", "bombings", "attack", "attacks", "vest", "vests", "act",
    "acts", "blonde", "girls", "jockey", "wings", "sauce", "burrito", "soda", "drink",
    "drinks", "slushie", "pass", "dive", "seat", "machine", "strike", "strikes", "drone",
    "drones", "truck", "bomb", "bombs", "lane", "ride", "mountain", "mode", "prevention",
    "awareness", "assembly", "workshop", "fundraiser", "walk", "charity", "training",
)
# Suicide as a subject of study, literature, history or an inquest, not the speaker's own.
SUICIDE_AS_TOPIC = words(
    "play", "plays", "novel", "poem", "poems", "poetry", "scene", "chapter", "act 5",
    "shakespeare", "hamlet", "romeo", "juliet", "ophelia", "soliloquy", "character",
    "characters", "protagonist", "author", "biography", "historian", "historians", "ancient",
    "roman", "romans", "rome", "greek", "samurai", "seppuku", "emperor", "generals",
    "medical examiner", "coroner", "autopsy", "manner of death", "ruled", "interpretation",
    "literary", "syllabus", "curriculum", "lesson plan", "9th graders", "students", "pupils",
)
# What could kill someone by chance, hoped for as a way to die without doing it oneself.
CHANCE_KILLER = words(
    "car", "cars", "bus", "buses", "truck", "trucks", "lorry", "lorries", "van", "taxi",
    "train", "tram", "drunk driver", "driver", "motorbike", "meteor", "asteroid", "tree",
    "stray bullet", "bullet", "brick", "piano", "lightning bolt", "shark",
)
# Fillers between a wish verb and what is wished: "pray every night that", "secretly hope".
WISH_FILLER = (
    r"(?:(?:to god|so much|so hard|so badly|every (?:single )?(?:night|day|morning|time)|"
    r"each (?:night|day|morning|time)|at night|(?:some|most|many) (?:nights|days|mornings)|"
    r"secretly|quietly|really|kinda|kind of|sort of|half|always|sometimes|often|still|just|"
    r"actually|genuinely|honestly|low ?key|lowkey)(?:,)? ){0,3}"
)

# --- the speaker gone, as others' relief (perceived burdensomeness) ------------------------
# How much better others would be: "happier", "a better place", "easier", "kinder".
BETTER_OFF = words(
    "better", "better off", "happier", "easier", "simpler", "lighter", "freer", "calmer",
    "more peaceful", "less stressful", "a better place", "a happier place", "a nicer place",
    "kinder", "fairer", "best", "for the best", "a relief", "a mercy", "a kindness",
    "relieved", "much better", "so much better", "a lot better", "far better", "way better",
    "better for everyone", "happier for it", "better place",
)
# The speaker absent for good, as the condition of that relief. Absences for a while or from a
# place ("without me at the party", "if I wasn't here next week") are excluded by each cue.
WITHOUT_ME = (
    r"(?:(?:without|w/o|w/out) me(?: in it| around| here| alive| in (?:their|his|her|your|"
    r"the|this) (?:li(?:fe|ves)|world|picture))?|with me (?:gone|dead|out of (?:the picture|"
    r"the way|their lives|the equation))|if i (?:just |simply )?(?:was|were|'m|am) (?:\w+ )?"
    r"(?:dead|gone|out of the picture|no longer (?:here|around|alive))|"
    r"if i (?:just |simply )?(?:wasn't|weren't|was not|were not|'m not|am not) (?:\w+ )?"
    r"(?:here|around|alive|in (?:it|the picture|their lives|this world))|"
    r"if i (?:just |simply |finally )?(?:died|disappeared|didn't exist|did not exist|"
    r"never existed|was never born|were never born|hadn't been born|killed myself|"
    r"stopped existing|vanished|left this world|ended my life|took my own life|"
    r"was to die|were to die|was to disappear)|(?:when|once|after) i(?:'m| am) (?:dead|gone)|"
    r"(?:when|once|after) i (?:die|disappear|pass))"
)
# Death named as the way out: "the only option left is dying". Not "ending it" (a
# relationship as often as a life) nor "checking out" (a hotel).
DEATH_EXIT = words(
    "death", "dying", "to die", "suicide", "killing myself", "to kill myself",
    "ending it all", "to end it all", "ending my life", "to end my life", "not existing",
    "to not exist", "not being here", "not being alive", "being dead", "the grave",
    "sleeping forever", "never waking up", "not waking up", "leaving this world",
    "to leave this world", "taking my own life", "to take my own life",
    "a bullet", "the rope", "an overdose", "overdosing",
)

# --- plans, preparations and means (intent.py, means.py, modifiers.py) ---------------------
# Times people give for a plan that TIMEFRAME leaves out: "next weekend", "for the end of the
# month", "when the kids are at their dad's", "while everyone is away".
LATER_TIMEFRAME = (
    r"(?:next (?:week|weekend|month)|(?:for|at|by|before|on) (?:the )?end of (?:the |this |"
    r"next )?(?:week|month|term)|(?:when|while|once) (?:the kids|the children|everyone|"
    r"everybody|nobody|no one|they|my (?:\w+ )?(?:wife|husband|partner|parents|kids|children|"
    r"mum|mom|dad|family|flatmates?|roommates?|housemates?)) (?:is|are|'s|'re|go|goes|get|gets|"
    r"have gone|has gone) (?:\w+ )?(?:away|out|asleep|at (?:work|school|their \w+'s|his \w+'s|"
    r"her \w+'s|the \w+'s)|on holiday|to (?:bed|sleep|work|school)|home))"
)
# Substances kept in a house or a shed that people die from.
POISONS = words(
    "pesticide", "pesticides", "weedkiller", "weed killer", "paraquat", "rat poison",
    "poison", "insecticide", "herbicide", "antifreeze", "cyanide", "organophosphate",
)
# What pills are kept in ("the blister pack on my desk", "a bottle of tablets").
PILL_PACKS = (
    r"(?:blister packs?|pill bottles?|(?:bottle|packet|pack|box|tub|strip|handful|jar)s? of "
    r"(?:\w+ )?" + PILLS + r")"
)
# Guns by name, for the places people keep them.
GUNS = words(
    "gun", "guns", "handgun", "handguns", "pistol", "pistols", "rifle", "rifles", "shotgun",
    "shotguns", "firearm", "firearms", "revolver", "glock",
)
# The people someone in crisis does not want to be the ones who find them.
FINDERS = words(
    "kids", "children", "boys", "girls", "son", "daughter", "sister", "brother", "mum", "mom",
    "dad", "parents", "family", "flatmate", "roommate", "housemate", "little brother",
    "little sister", "grandma", "grandad", "nan",
)
# Pets people find a new home for before they go.
PETS = words(
    "dog", "dogs", "cat", "cats", "pet", "pets", "puppy", "kitten", "rabbit", "bunny",
    "hamster", "bird", "parrot", "horse", "fish", "tortoise", "snake", "lizard", "guinea pig",
    "guinea pigs", "budgie",
)

# Someone else's words quoted just before: 'my daughter said "I literally want to die"',
# 'kids say "I'm gonna kill myself" over every hard sum'. (Double quotes only: a single quote
# is as often an apostrophe.)
QUOTED_BY_OTHERS = (
    r"\b(?:she|he|they|kids|students|pupils|people|teens|teenagers|everyone|someone|"
    r"(?:my|our|his|her|their|the) (?:\w+ )?" + PERSON + r"|daughter|son|friend|kid|child|"
    r"teen|brother|sister) (?:\w+ )?(?:say|says|said|saying|goes|went|keeps? saying|"
    r"kept saying|texted|messaged|posted|wrote|writes|yelled|screamed|shouted|told (?:me|us|"
    r"him|her|them))[,:]?\s*\"\s*(?:[\w']+\s+){0,4}$"
)
