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
