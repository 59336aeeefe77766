"""Behaviour: attempts, overdoses and self-harm, current or in the past."""

from __future__ import annotations

from bot.safety.cues.base import (
    ABOUT_OTHERS,
    ACCIDENT,
    CONCERN,
    END_OF_THOUGHT,
    FIRST,
    NEG,
    NONE,
    OTHER,
    PAST,
    Cue,
    S,
    cue,
)

_PILL_COUNT = (
    r"(?:all|every(?:thing)?|a (?:whole )?(?:bottle|box|packet|pack|handful|bunch|load|"
    r"strip|sheet|blister)|\d{2,}(?! ?(?:mg|ml|mcg|g|milligrams?|micrograms?|iu|units?|%))|"
    r"twenty|thirty|forty|fifty|sixty|a hundred|too many|loads of|lots of|a lot of|"
    r"a handful of|a bunch of|the rest of|handfuls of|a shit ton of|way too many|tons of|"
    r"a fistful of|dozens of|a ton of|double|triple|extra)"
)

# Key words of @PILLS (stems), so the overdose cue runs only on texts that name a drug.
_PILL_KEYS = (
    "pill", "tablet", "med", "paracetamol", "acetaminophen", "tylenol", "ibuprofen", "aspirin",
    "antidepressant", "insulin", "opi", "oxy", "fentanyl", "benzo", "xanax", "valium",
    "diazepam", "codeine", "tramadol", "lithium", "seroquel", "quetiapine", "amitriptyline",
    "sertraline", "prozac", "zoloft", "melatonin", "heroin", "morphine", "painkiller",
    "pain killer", "benadryl", "zopiclone",
)
_EVERYDAY_DOSE = (
    r"\b(?:accident(?:al(?:ly)?)?|by mistake|forgot (?:i'd|i had)|for (?:my|a|the) (?:\w+ )?"
    r"(?:headache|migraine|back|pain|toothache|tooth|cold|flu|fever|period|cramps|hangover|"
    r"knee|neck|shoulder|injury|week|trip|holiday|journey|flight))\b"
)
# What one overdoses "on" when it is an overdose: a drug, "my meds", or a day ("on Friday").
_DRUG_OR_WHEN = (
    r"(?:(?:the|some|a|an|all|every|my|his|her|their|mum's|mom's|dad's|\d+|too many|way too "
    r"many|loads of|lots of|a bunch of|a load of|of)\s+)*(?:[\w'-]+\s+)?(?:@PILLS|drugs?|"
    r"heroin|coke|cocaine|crack|meth|ketamine|ket|mdma|ecstasy|molly|alcohol|booze|pills?|"
    r"tablets?|meds|medication|prescriptions?|something|everything|anything|them|it|those|"
    r"these|that|purpose|\w+day|christmas|new year's|anti\w+|\w*(?:pam|done|zine|pine|oxetine|"
    r"triptyline|azole|codone|barbital|profen|amol)s?)\b"
)
# "my attempt" with nothing after it. An attempt *at* or *to* do something, or one that passed
# an exam, is everyday; an attempt "on my life" is not.
_BARE_ATTEMPT = r"attempts?\b(?! (?:at|to|for|with|of|in (?:the|my|a|an) \w+ (?:exam|test))\b)"
# Exams, applications and records people also make attempts at.
_ATTEMPT_AT_SOMETHING = (
    r"\b(?:exams?|tests?|driving|theory|bar|resit|retake|interview|application|login|"
    r"password|payment|transfer|ivf|embryo|pregnan\w*|recipe|bak(?:e|ing)|cake|bread|record|"
    r"marathon|race|coup|robbery|escape|rescue|hack\w*|scam|phishing|delivery|shot|goal|"
    r"penalty|kick|climb|summit|quiz|level|boss|puzzle|game|course|module|essay|loan|"
    r"mortgage|claim|appeal|visa|contact|call|diet|quit(?:ting)?|smoking|sobriety)\b"
)

# What people do to themselves with a vehicle, a road or pills, told with "on purpose".
_SELF_CRASH = (
    r"(?:crashed|wrecked|flipped|rolled|wrapped|totalled|totaled) (?:my|the|our) (?:car|van|"
    r"truck|bike|motorbike|motorcycle|scooter)|(?:drove|steered|swerved|rammed|ploughed|plowed|"
    r"drove off) (?:my |the |our )?(?:car |van |truck |bike |motorbike )?(?:straight |head[- ]"
    r"first |head on |head-on )?(?:into|off|at|towards|in front of|under) (?:a |the |an |some )?"
    r"(?:\w+ )?(?:oncoming traffic|traffic|wall|tree|lorry|truck|bus|train|bridge|cliff|river|"
    r"lake|barrier|pillar|lamppost|lamp post|concrete|overpass|embankment|ditch|sea|semi|pole|"
    r"road|motorway|highway|verge)|(?:stepped|walked|ran|jumped) (?:out )?(?:in front of|into) "
    r"(?:a |the |an )?(?:car|bus|train|lorry|truck|traffic|van|tram)|overdosed|(?:took|swallowed) "
    r"(?:\w+ ){0,3}?@PILLS"
)
# Answering a screening question with a no: "zero thoughts of hurting myself", "I put 0 on
# the self-harm question". (A plain "no thoughts of" is already read by the grammar.)
_NONE_OF_IT = (
    r"\b(?:zero|0|no|none|nil|never any|not any|without any) (?:\w+ )?(?:thoughts?|urges?|"
    r"intent(?:ions)?|plans?|desire|wish(?:es)?|history|ideas?|feelings?|risk|episodes?|"
    r"incidents?) (?:of|to|about|for|around|regarding) (?:\w+ )?$|"
    r"\b(?:put|answered|said|ticked|scored|circled|marked|wrote|gave|chose|picked|selected|"
    r"got|rated) (?:a |it )?(?:0|zero|no|none|never|not at all|nothing|n/a)(?: again)? "
    r"(?:on|to|for|in|at) (?:(?:the|that|a|every|each|my|any) )?(?:\w+ )?$"
)
# A count of clean days: "143 days clean", "three months free".
_CLEAN_DAYS = (
    r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty) "
    r"(?:days?|weeks?|months?) (?:clean|free)\b"
)
# What else people relapse on; a relapse on these is not self-harm.
_SUBSTANCE = (
    r"\b(?:drink\w*|drunk|alcohol\w*|booze|beer|wine|vodka|sober\w*|smok\w*|cigarettes?|"
    r"cigs?|vap\w*|nicotine|weed|cannabis|pot|coke|cocaine|heroin|meth|opioids?|opiates|"
    r"pills?|drugs?|using|porn|masturbat\w*|nofap|fap|gambl\w*|betting|bet|diet\w*|sugar|"
    r"junk food|binge\w*|purg\w*|restrict\w*|caffeine|coffee|social media|phone|gaming|"
    r"shopping|nails?|weight|calories|eating|food|depression|anxiety|cancer|ms|illness|"
    r"symptoms|flare|sickness|habit)\b"
)

BEHAVIOUR: tuple[Cue, ...] = (
    cue(
        # Carbon monoxide from a car: sitting with the engine running in a closed garage, or a
        # hose from the exhaust. (A "carbon monoxide alarm" alone is household safety, not this.)
        S.ATTEMPT,
        r"\b(?P<v>(?:sat|sitting|sit|sits) in (?:the|my|a|an) (?:\w+ ){0,2}car in (?:the|my|a) "
        r"(?:closed |shut |locked )?garage|(?:car|engine) running in (?:the|my|a) "
        r"(?:closed |shut |locked )?garage|hose(?:pipe)? (?:from|to|into|on) the exhaust|"
        r"exhaust (?:fumes )?into the car)\b",
        NEG, OTHER,
    ),
    cue(
        S.ATTEMPT,
        r"\b(?P<v>attempt(?:s|ed|ing)?|tri(?:ed|es)|try|trying|fail(?:ed)? at|failed) "
        r"(?:to )?(?:\w+ )?(?:suicide|kill myself|end my (?:own )?life|take my (?:own )?life|"
        r"commit suicide|hang myself|overdose|od|suicide by|drown myself|jump off|"
        r"end it all|off myself|slit my wrists?|unalive myself|die)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:die (?:of|from|laughing)|tried to die my hair|try (?:to )?die "
        r"(?:in|at)|trying to die (?:my|her|his))\b|\bhow (?:not )?to\b",
    ),
    cue(
        S.ATTEMPT,
        r"\b(?:i|i've|i have|i had|and) (?:\w+ )?(?P<v>attempted|made an attempt|made attempts|"
        r"made (?:two|three|several|a few|multiple) attempts)(?=\s*(?:[.!?,;]|$|when|at|in|"
        r"years|months|weeks|before|twice|once|again|last|a few|\d|but|and|as))",
        NEG, OTHER, PAST,
    ),
    cue(
        S.ATTEMPT,
        r"\b(?:my (?:most )?recent|my latest|my last|yesterday's|last night's|this week's|"
        r"the other day's) (?P<v>suicide attempt|attempt (?:on my (?:own )?life|to (?:kill myself|"
        r"end my life|take my (?:own )?life)))\b",
        NEG, FIRST,
    ),
    cue(
        S.PAST_RISK,
        r"\b(?:my|a|another|the|\d+(?:st|nd|rd|th)|first|second|third|fourth|fifth|last|"
        r"latest|recent|previous|failed|one|two|three|multiple|several|many|survived (?:a|my)|"
        r"after (?:my|a)|since (?:my|a)) (?:\w+ )?(?P<v>suicide attempts?|attempts? "
        r"(?:on my (?:own )?life|to (?:kill myself|end my life|take my (?:own )?life)))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:his|her|their|(?:friend|brother|sister|mum|mom|dad|son|daughter)'s)\s+"
        r"(?:\w+ )?suicide attempts?\b",
    ),
    cue(
        S.ATTEMPT,
        r"(?:\b(?:i|i've|i have|i just|just|already|i already) (?:\w+ )?|"
        r"(?:^|[.!?\n]\s*)(?:then |and |so |just )?)(?P<v>took|taken|swallowed|"
        r"downed|had|necked|ate|popped|chugged) " + _PILL_COUNT + r" (?:of )?(?:my |the |those |"
        r"these |his |her |mum's |mom's |dad's )?(?:\w+ )?@PILLS\b",
        NEG, OTHER, PAST,
        # A double dose by mistake, or extra painkillers for a bad back, is not an overdose.
        not_in=_EVERYDAY_DOSE,
        requires=_PILL_KEYS,
    ),
    cue(
        S.ATTEMPT,
        r"(?:\b(?:i|i've|i have|i just|just|i already) (?:\w+ )?|"
        r"(?:^|[.!?\n]\s*)(?:then |and |so |just )?)(?P<v>overdosed|od'd|oded|od-ed|"
        r"took an overdose|taken an overdose|had an overdose|took an od)\b",
        NEG, OTHER, PAST,
        # "I overdosed my peace lily on fertiliser": the object is someone or something else;
        # "overdosed on garlic": what it was "on" is not a drug.
        not_after=r"\s+(?:(?:my|the|his|her|our|their|a|an|this|that|these|those)\s+"
        r"(?!(?:other|same|first|last|next|whole|entire|own|few|couple|week|day|night|"
        r"month|year|hour|while|bit|little|lot|second|third|fourth|fifth)\b|@PILLS\b)\w+|"
        r"(?:him|her|them|it)\b|(?:a (?:bit|little) |slightly )?on (?!" + _DRUG_OR_WHEN + r"))",
        not_in=r"\b(?:accidental(?:ly)?|by accident|by mistake|narcan|naloxone)\b",
        requires=("overdose", "od'd", "oded", "od-ed", "an od"),
    ),
    # Attempts told without the word "suicide": people who have made one call it "my attempt"
    # or "my overdose", and say what happened after it.
    cue(
        # Surviving it: "survived my attempt", "woke up in hospital after my overdose".
        S.ATTEMPT,
        r"\b(?P<v>surviv(?:ed|ing)|lived through|(?:woke|wake|waking|came) (?:up|round|to)"
        r"(?: [\w&']+){0,4}? (?:after|from)) (?:my|another|an|last night's|yesterday's) "
        r"(?:@ATTEMPT_WHICH )?(?:" + _BARE_ATTEMPT + r"|overdose|od\b)",
        NEG, OTHER, PAST,
        not_in=_ATTEMPT_AT_SOMETHING,
        requires=("attempt", "overdose", " od"),
    ),
    cue(
        # The time since it, as history: "since my attempt", "the night of my overdose".
        # Without a time it may be long ago: a clinician should know (concern).
        S.PAST_RISK,
        # No negation check: in "I haven't told anyone about my attempt" it is the telling.
        r"\b(?:since|after|before|following|during|from|night of|day of|anniversary of|"
        r"(?:survivor|aftermath) of|recovering from|recovery from|about) my (?:@ATTEMPT_WHICH )?"
        r"(?P<v>" + _BARE_ATTEMPT + r"|overdoses?\b|od\b)|"
        # "my overdose was when I was 17", "my attempts were years ago".
        r"\bmy (?:@ATTEMPT_WHICH )?(?:overdoses?|od|attempts?) (?:was|were|happened) (?:when|in|"
        r"at|during|before|after|(?:\w+ )?(?:years?|months?|weeks?|days?)|last|on)\b",
        FIRST,
        # A recent one, or surviving it, is another cue's ("discharged after my overdose").
        not_before=r"\b(?:discharged|released|sent home|let out|got out|home|out|days?|weeks?|"
        r"months?|woke|wake|waking|came round|came to|surviv\w*|lived through)"
        r"(?: [\w&']+){0,5}?\s*$",
        not_in=_ATTEMPT_AT_SOMETHING,
        requires=("attempt", "overdose", " od"),
    ),
    cue(
        # A recent one: "a week since my attempt", "discharged after my overdose", "my attempt
        # last night". (The PAST check turns "two years since ..." back into history.)
        S.ATTEMPT,
        r"\b(?:(?:a|one|two|three|four|five|six|a few|a couple of|\d+) (?:days?|weeks?)|"
        r"(?:a|one|two|a couple of) months?|(?:discharged|released|sent home|let out|got out|"
        r"home|out)(?: [\w&']+){0,5}?) (?:since|after|following|from) my (?:@ATTEMPT_WHICH )?"
        r"(?P<v>" + _BARE_ATTEMPT + r"|overdose|od\b)|"
        r"\bmy (?:@ATTEMPT_WHICH )?(?P<v2>(?:suicide )?attempt|overdose|od) (?:was )?"
        r"@RECENT_PAST\b",
        PAST, FIRST,
        not_in=_ATTEMPT_AT_SOMETHING,
        requires=("attempt", "overdose", " od"),
    ),
    cue(
        # It did not work: "my third attempt failed", "the overdose wasn't enough".
        S.ATTEMPT,
        r"\b(?:my|another|(?:1st|2nd|3rd|\dth|first|second|third|fourth|fifth|latest|last))"
        r" (?:@ATTEMPT_WHICH )?(?P<v>attempt|overdose|od) (?:failed|didn't work|did not work|"
        r"wasn't enough|was not enough|was unsuccessful|went wrong|didn't kill me)\b",
        PAST, FIRST,
        not_in=_ATTEMPT_AT_SOMETHING,
        requires=("attempt", "overdose", " od"),
    ),
    cue(
        # Tried, and came round in hospital: "tried last night, woke up in A&E".
        S.ATTEMPT,
        r"\b(?P<v>tried|did it|attempted|went through with it)(?: again)?(?: @RECENT_PAST)?"
        r"\s*[.,;:!-]*\s*(?:and |but )?(?:i )?(?:woke|came round|came to|ended up)(?: up)? "
        r"(?:in|on) @HOSPITAL\b",
        NEG, OTHER, PAST,
        requires=("woke", "came", "ended up"),
    ),
    cue(
        # Woke up in hospital because of what they did: "woke up in ICU after taking everything".
        S.ATTEMPT,
        r"\b(?P<v>(?:woke|came round|came to|ended up)(?: up)? in @HOSPITAL) (?:after|because|"
        r"having|when) (?:i |my )?(?:\w+ )?(?:took|taking|taken|swallow\w*|overdos\w*|od'?d|"
        r"attempt\w*|tried|trying|jump\w*|slit|slitting|hang\w*|cut|cutting)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:drugs? at|party|festival|mushrooms|ecstasy|mdma|accident\w*|by mistake)\b",
        requires=("woke", "came", "ended up"),
    ),
    cue(
        # Stomach pumped: after pills, unless it was a night out.
        S.ATTEMPT,
        r"\b(?P<v>(?:had|got|have|having|with) my stomach pumped|pump(?:ed)? my stomach|"
        r"my stomach (?:was|got) pumped)\b",
        NEG, PAST,
        not_in=r"\b(?:drunk|drink\w*|alcohol|vodka|tequila|shots|night out|party|partying|"
        r"festival|food poisoning|mushrooms|accident\w*|by mistake|friend|his|her|their)\b",
        requires=("stomach",),
    ),
    cue(
        # "Tried to end it in the river": ending "it" with a place or a means is not a
        # relationship ("tried to end it with him" stays none).
        S.ATTEMPT,
        r"\b(?P<v>(?:tried|try|trying|attempted|attempting) to end (?:it|things|everything))"
        r"(?: all)? (?:(?:in|at|off|from|into|under|with|by|using|on|in front of) "
        r"(?:a |the |an |my |some |all (?:my|the|of my) |those |these )?(?:[\w']+ )?"
        r"(?:@HIGH_PLACES|@LETHAL_MEANS|train|trains|car|traffic|jumping|hanging|drowning|"
        r"overdos(?:e|ing)|an od)|@RECENT_PAST|in @MONTH)\b",
        NEG, OTHER, PAST,
        requires=("end it", "end things", "end everything"),
    ),
    cue(
        # On purpose: "I drove my car into a tree on purpose", "stepped in front of a bus
        # deliberately", "took all the pills on purpose".
        S.ATTEMPT,
        r"\b(?:i|i've|i had) (?:\w+ )?(?P<v>" + _SELF_CRASH + r")\b(?:\s+[\w']+){0,8}? "
        r"(?:on purpose|deliberately|intentionally)\b|"
        r"\b(?:i|i've|i had) deliberately (?P<v2>" + _SELF_CRASH + r")\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:parking|park|parked|reversing|reversed|drift\w*|racing|race|game|"
        r"rally|stunt|lesson|test|instructor|insurance fraud|scam|claim)\b",
        requires=("purpose", "deliberately", "intentionally"),
    ),
    cue(
        # "The crash wasn't an accident": a crash, fall or overdose told as an attempt.
        # (The negation is the point here, so there is no negation check; other people's
        # crashes and investigations are excluded by their words.)
        S.ATTEMPT,
        r"\b(?:the|my|that) (?P<v>(?:car )?(?:crash|accident|overdose|od|fall|collision)) "
        r"(?:wasn't|was not|was never|wasnt|was no|isn't|was(?: not)? really(?: not)?) "
        r"(?:really |actually |an )*accident(?:al)?\b",
        PAST,
        not_in=r"\b(?:he|she|they|his|him|her|their|them|police|cops?|investigat\w*|coroner|"
        r"inquest|insurance|driver|news|article|report|what if|was it|if the|maybe|murder\w*|"
        r"sabotage\w*|suspect\w*|lawyer|court)\b",
        requires=("accident",),
    ),
    cue(
        # Sorry to have been saved: "I wish they hadn't found me", "wish they'd let me die",
        # "disappointed I woke up". A wish to be dead, told about surviving.
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:wish(?:ed|ing|es)?|if only) (?:that )?(?:they|he|she|you|someone|somebody|"
        r"nobody|no one|the \w+|my \w+)(?:'d| had| would have| would've)? (?:hadn't|had not|"
        r"didn't|never|not|wouldn't have|would not have) (?:have )?(?:saved|rescued|resuscitated|"
        r"revived|pulled me out|called (?:an|the) ambulance|got to me|reached me|found me"
        + END_OF_THOUGHT + r"|found me (?:in time|so soon|that night|when they did))|"
        r"(?:wish(?:ed|ing|es)?|if only|should(?:'ve| have)) (?:that )?(?:they|he|she|you|"
        r"someone|somebody|everyone|the \w+|my \w+)(?:'d| had| would have| would've)? (?:just )?"
        r"(?:let me die|left me (?:there|to die))|(?:wish(?:ed|ing|es)?|if only) i (?:hadn't|"
        r"had not|didn't|never) (?:woken|woke|wake|come round|came round|survived)(?: up)?"
        r"(?=\s*(?:[.!?,;:)]|$|and\b|but\b|after\b|again\b|this time\b|from (?:it|that)\b)))",
        NEG,
        not_in=r"\b(?:hide|hiding|seek|game|surprise|party|online|facebook|instagram|address|"
        r"alarm|nap|dream|nightmare)\b",
        requires=("wish", "if only", "should"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i'm|i am|i was|i felt|i feel|feeling|felt|honestly) (?:\w+ )?(?P<v>(?:disappointed|"
        r"angry|annoyed|gutted|upset|furious|devastated|pissed(?: off)?|sad|mad|bitter) (?:that )?"
        r"(?:i )?(?:woke up|survived|lived|didn't die|did not die|(?:'m|am|was) still (?:here|"
        r"alive)|came round))" + END_OF_THOUGHT,
        NEG, OTHER,
        requires=("woke", "surviv", "lived", "die", "still", "came round"),
    ),
    cue(
        # Regret that it did not work, said of the attempt: "wishing I'd done it properly",
        # "should have taken more". Ambiguous alone (a job done badly), risk after an attempt
        # or suicidal talk (assessment.py reads VAGUE_INTENT in context).
        S.VAGUE_INTENT,
        r"\b(?:wish(?:ed|ing|es)?|should(?:'ve| have)|if only) (?:i'd |i had |i )?(?P<v>(?:done|"
        r"finished|did) it (?:properly|right)|taken (?:more|the whole (?:bottle|box|packet)|"
        r"all of them)|cut deeper|jumped from higher|(?:it|that) (?:had )?worked)\b",
        NEG, OTHER,
        level=NONE,
        not_in=r"\b(?:homework|essay|job|work|project|exam|test|recipe|diy|paint\w*|repair\w*|"
        r"fix\w*|install\w*|build\w*|assignment|course|plan (?:had|would have)|treatment|"
        r"therapy|meds worked|medication worked|diet)\b",
    ),
    # "cut myself", "burning my arms", "self-harming again".
    cue(
        S.SELF_HARM,
        r"\b(?P<v>cut(?:s|ting)?|burn(?:s|ed|t|ing)?|hurt(?:s|ing)?|harm(?:s|ed|ing)?|"
        r"scratch(?:es|ed|ing)?|hit(?:s|ting)?|punch(?:es|ed|ing)?|bang(?:s|ed|ing)?|bite|"
        r"biting|bit|bruis(?:e|ed|ing)|carv(?:e|ed|ing)|mutilat(?:e|ed|ing)|injur(?:e|ed|ing)|"
        r"slap(?:s|ped|ping)?|beat(?:s|ing)?|scald(?:s|ed|ing)?|sliced?|slicing|pierc(?:e|ed|ing)|"
        r"stab(?:s|bed|bing)?) @SELF\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:up\b|laughing|playing|at (?:the gym|football|work|training|rugby)|"
        r"lifting|running|skiing|falling|(?:on|against|with) (?:the|a|my|an) (?:\w+ )?(?:oven|"
        r"stove|pan|iron|kettle|door|table|corner|edge|bed|glass|paper|car|bike|cupboard|"
        r"cabinet|shelf|wardrobe|drawer|doorframe|frame|counter|worktop|ceiling|beam|tap|"
        r"desk|chair|sink|bath|radiator|handle|window|fridge|freezer|car door|boot|hammer)\b|"
        r"with (?:the|a) (?:oven|stove|pan|iron|"
        r"kettle|hot water|knife while|paper)|(?:while|when|by) (?:cooking|shaving|chopping|"
        r"running|playing|lifting|working|falling|accident)|shaving|cooking|chopping|by accident|"
        r"accidentally|for (?:nothing|no reason)|over (?:it|this|that|nothing)|too much about|"
        r"trying|working|financially|by (?:staying|not|keeping|being|trying|going|working|"
        r"eating|drinking))",
        not_before=r"\b(?:could|i could (?:just )?|wanted to)\s+(?=(?:kick|slap|hit)\b)$|"
        r"\b(?:could (?:just )?|gonna |going to )(?=(?:kick|slap)\b)$|" + _NONE_OF_IT,
        not_in=r"\b(?:accident(?:ally|al)?|by mistake|slipped|tripped|fell (?:over|down|off)|"
        r"shaving|cooking|chopping)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>cut(?:s|ting)?|burn(?:s|ed|t|ing)?|carv(?:e|ed|ing)|slash(?:ed|ing)?|"
        r"slic(?:e|ed|ing)|scratch(?:ed|ing|es)?(?: at)?|stab(?:bed|bing)?|scald(?:ed|ing)?) "
        r"(?:up |open |into )?(?:my (?:own )?(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|"
        r"hips?|forearms?|chest|belly|tummy|ankles?|calves|shoulders?|breasts?))\b",
        NEG, OTHER, PAST,
        not_in=ACCIDENT + r"|\b(?:tattoo|surgery|operation|sunburn|sunburnt|sun|shaving|"
        r"wax(?:ing)?|eczema|itch(?:y|ing)?|rash|mosquito|bites?|hair)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>self[ -]?harm(?:ing|ed|s)?|self[ -]?injur(?:y|ing|ed|e|ious)|"
        r"self[ -]?mutilat(?:ion|ing|e|ed)|self[ -]?inflicted|self[ -]?destructive "
        r"(?:behaviou?rs?|urges?)|non[ -]?suicidal self[ -]?injury|nssi)\b"
        r"(?! (?:scars?|marks|survivor))",
        NEG, OTHER, PAST, FIRST,
        not_before=r"\b(?:clean|free|sober|recovery|recovered|recovering) (?:from|of)\s+$|"
        + _NONE_OF_IT,
        not_in=ABOUT_OTHERS + r"|\b(?:my (?:friend|sister|brother|son|daughter|student|"
        r"client|patient|partner|girlfriend|boyfriend|child|kid)|(?:she|he|they) "
        r"(?:is|was|has been|have been|'s been)|(?:his|her|their) self[ -]?harm)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?:relaps(?:e|ed|ing)|urges?|urge|tempted|craving|want|wanted|need|needing|itching) "
        r"(?:on |into |with |back into |to |and )?(?:again |so bad(?:ly)? |really )?"
        r"(?P<v>sh|cutting|cut|self[ -]?harm(?:ing)?|"
        r"burning|hurt myself|harm myself|burn myself|cut myself|cut again)\b"
        r"(?! (?:back|down|out|off|ties|corners|costs|it|the|my hair|carbs|sugar|class|school|"
        r"through|in|up|him|her|them|people|contact|loose|the cord))",
        NEG, OTHER, PAST,
        # "zero urges to self-harm": an answer to a screening question.
        not_before=r"\b(?:zero|0|no|nil|never any|not any|without any|none of the)\s+$",
        not_in=r"\b(?:cut (?:back|down|out|off|the|my hair|ties|carbs|sugar|costs|class|school|"
        r"corners|it out|him off|her off|them off|people off)|hair ?cut|cutting (?:back|down|"
        r"out|off|carbs|costs|edge|board|ties|class|school|corners))\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>sh|cutting|self[ -]?harm(?:ing)?|burning myself) (?:again|urges?|relapse|"
        r"wounds?|cuts?|is back|started again|has gotten worse|got worse|"
        r"every (?:day|night))\b",
        NEG, PAST,
        not_in=r"\bcutting (?:back|down|out|off|again on|costs|carbs)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?:i|i've|i have|been|i've been|started|start|keep|kept|still|i'm|i am|began|"
        r"back to|go back to|went back to|can't stop|cannot stop|couldn't stop|"
        r"want to stop|trying to stop|try to stop) (?:\w+ )?(?P<v>cutting|burning myself|"
        r"self[ -]?harming|hurting myself|harming myself|scratching myself|hitting myself|"
        r"punching myself|starving myself|picking my skin|pulling my hair out)"
        r"(?=\s*(?:[.!?,;]|$|again|and|but|every|when|to|on|because|since|for|at|so|"
        r"myself|my|lately|recently|more))",
        NEG, OTHER, PAST,
        not_in=r"\bcutting (?:back|down|out|off|it|costs|carbs|class|corners|ties|hair|"
        r"the|my hair|wood|paper|vegetables|grass|onions)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?:(?:^|[.!?,]\s*|\b(?:so|and|then|just|finally)\s+)i|i've|i have|i just|i had to|"
        r"i ended up|i did) (?P<v>cut|cut again|self[ -]?harmed|sh'e?d|cut deep(?:er)?)"
        r"(?=\s*(?:[.!?,;]|$|"
        r"again|tonight|today|last night|this (?:morning|evening)|deep|deeper|twice|"
        r"[\U0001F300-\U0001FAFF]))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:hair|line|class|queue|ties|him off|her off|them off|back|down|costs|"
        r"budget|grass|lawn|wood|tree|bread|cake|onion)\b",
        requires=("cut", "harm", "sh'"),
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>(?:fresh|new|deep|open|bleeding|infected) (?:cuts|wounds|burns|gashes) "
        r"on my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?))\b",
        NEG, PAST,
        requires=("cuts", "wounds", "burns", "gashes"),
    ),
    cue(
        # Diary style, without "I": "Cut again.", "burned myself again last night".
        S.SELF_HARM,
        r"(?:(?:^|[.!?\n]\s*)(?:just |then |so |and )?|\b(?:gave in|caved|caved in|broke|"
        r"slipped up|relapsed)(?: again)? and (?:i )?)(?P<v>cut|burned|burnt|self[ -]?harmed|"
        r"sh'e?d|hurt myself|burned myself|burnt myself)(?: again)?(?: (?:deep(?:er)?|tonight|"
        r"last night|today|this (?:morning|evening)|twice|after \w+))?(?=\s*(?:[.!?,;]|$))",
        NEG, PAST,
        not_in=r"\b(?:hair|fringe|bangs|line|class|queue|ties|budget|costs?|grass|lawn|wood|"
        r"tree|hedge|bread|cake|onions?|toast|dinner|food|pizza|rice|cd|disc|dvd|track|album|"
        r"scene|film|movie|take|shot|power|electricity|water|gas|wifi|hours|shifts?|pay|"
        r"salary|staff|jobs?)\b",
        requires=("cut", "burn", "harm", "hurt", "sh'"),
    ),
    cue(
        # Looking after or hiding the wounds: "hide my cuts", "my cuts got infected",
        # "needed stitches for my cuts".
        S.SELF_HARM,
        r"\b(?P<v>(?:hid(?:e|ing)?|cover(?:ing|ed)?(?: up)?|clean(?:ing|ed)?|bandag(?:e|ing|ed)|"
        r"dress(?:ing|ed)?|treat(?:ing|ed)?) (?:up )?(?:my|the) (?:fresh |new |deep |latest )?"
        r"(?:cuts|burns|wounds|self[ -]?harm)|(?:my|the) (?:fresh |new |deep |latest )?"
        r"(?:cuts|wounds) (?:got|are|were|have|keep|won't|started|needed|need|required) "
        r"(?:\w+ )?(?:infected|bleeding|opening|deep|deeper|stitches)|"
        r"stitches (?:for|after|on|in) (?:my |the )?(?:cuts|cutting|"
        r"self[ -]?harm\w*|wounds)|(?:cut|went) too deep (?:and|so|this time|last night))\b",
        NEG, OTHER, PAST,
        not_in=ACCIDENT + r"|\b(?:paper cuts?|budget|pay|tax|spending|funding|staff|job|"
        r"price|costs?|hair ?cuts?|cold cuts|meat|director's|surgery|operation|c-section|"
        r"caesarean|biopsy|tattoo|piercing|dog|cat|knee|graze\w*|tree|wood|hedge|fall|"
        r"bike|crash|his|her|their|he|she|they)\b",
        requires=("cuts", "wounds", "burns", "self", "stitches", "too deep"),
    ),
    cue(
        # A blade taken to the body: "took a blade to my arm", "carved his name into my leg".
        S.SELF_HARM,
        r"\b(?P<v>(?:took|take|taking|used|use|using|dragged|drag|dragging|ran|run|pressed|"
        r"press|held|hold) (?:a|the|my) (?:\w+ )?(?:blade|knife|sharpener|scissors|lighter|"
        r"compass|glass|razor blade|shard|cigarette|lit cigarette|hot (?:knife|metal|spoon)) "
        r"(?:to|on|across|over|into|against) my (?:own )?(?:\w+ )?(?:arms?|wrists?|legs?|"
        r"thighs?|skin|stomach|hips?|forearms?|chest|body|ankles?)|"
        r"carv(?:ed|ing|e) (?:[\w']+ ){0,4}?(?:into|in|on) my (?:own )?(?:\w+ )?(?:arms?|wrists?|"
        r"legs?|thighs?|skin|stomach|hips?|forearms?|chest|body))\b",
        NEG, OTHER, PAST,
        not_in=ACCIDENT + r"|\b(?:tattoo|henna|surgery|operation|doctor|nurse|shav\w*|wax\w*|"
        r"hair|pumpkin|wood|turkey|meat|massage|sunburn|vape)\b",
        requires=("blade", "knife", "sharpener", "scissors", "lighter", "compass", "glass",
                  "razor", "shard", "cigarette", "hot ", "carv"),
    ),
    cue(
        # Swallowing all of a supply: "took my whole prescription".
        S.ATTEMPT,
        r"(?:\b(?:i|i've|i have|i just|just|already|then|and) (?:\w+ )?|(?:^|[.!?\n]\s*))"
        r"(?P<v>(?:took|taken|swallowed|downed|necked|ate|chugged) (?:my|the|a|his|her|mum's|"
        r"mom's|dad's) (?:whole|entire|full|complete|month's|week's|two weeks'?) (?:[\w']+ )?"
        r"(?:prescription|"
        r"supply|stash|bottle|box|packet|pack|blister pack|strip|tub|course))"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b|at once\b|in one go\b|last night\b|tonight\b|"
        r"yesterday\b|today\b|this (?:morning|evening)\b|of (?:pills|tablets|meds)\b))",
        NEG, OTHER, PAST,
        not_in=_EVERYDAY_DOSE + r"|\b(?:chocolates?|biscuits?|crisps|cereal|cookies|sweets|"
        r"candy|cake|pizza|wine|beer|vodka|juice|water|milk|antibiotics|course of)\b",
        requires=("whole", "entire", "full", "complete", "month's", "week's", "weeks"),
    ),
    cue(
        # In hospital because of it: "was in ICU for three days after the overdose".
        S.ATTEMPT,
        r"\b(?:i|i've|i was|was|been|spent) (?:\w+ ){0,3}?(?P<v>in (?:a coma|@HOSPITAL)(?: \w+)?"
        r"(?: for (?:\w+ ){1,3}?(?:days?|nights?|weeks?))? (?:after|because of|following) "
        r"(?:the|my|that|an|taking|i took|i swallowed) (?:\w+ )?(?:overdose|od|pills|tablets|"
        r"attempt|suicide attempt))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:accident\w*|by mistake|his|her|their|friend|brother|sister|mum|mom|dad|"
        r"son|daughter)\b",
        requires=("overdose", " od", "pills", "tablets", "attempt"),
    ),
    cue(
        # Why they cut, or how: "I cut because otherwise ...", "I cut to feel something".
        S.SELF_HARM,
        r"\b(?:i|i've|i still|i only|i just|i sometimes|i usually) (?P<v>cut|burn myself|"
        r"self[ -]?harm)(?=\s+(?:because|when(?:ever)?|to (?:cope|feel|punish|release|numb|calm|"
        r"stop|get|quiet|distract|let)|so (?:that )?i\b|every (?:day|night|time)|until|till|"
        r"at night|in the bathroom|on my (?:arms?|legs?|wrists?|thighs?|stomach|hips?)|"
        r"instead of|otherwise|or (?:else )?i'?d?))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:hair|fringe|line|class|queue|ties|budget|costs?|grass|lawn|wood|tree|"
        r"hedge|bread|cake|onions?|carbs|sugar|gluten|meat|dairy|calories|hours|shifts?|"
        r"prices|salon|barber|fabric|sewing|pattern|paper|coupons|deals|corners|people off|"
        r"him off|her off|them off|ties|contact|cooking|shaving|chopping)\b",
        requires=("cut", "burn", "harm"),
    ),
    cue(
        # A relapse counted in clean days, with nothing else named: "relapsed, 143 days
        # clean gone", "day 0 again". Often self-harm, but addictions count days too (a named
        # substance in the sentence rules this out), so a clinician should look (concern).
        S.SELF_HARM,
        r"\b(?P<v>relaps\w*)[\s.,;:!-]+(?:\w+\s+){0,6}?" + _CLEAN_DAYS + r"|"
        r"\b(?:back to day (?:0|zero|one|1)|day (?:0|zero) again|(?:counter|streak|clock) "
        r"(?:is |went |got )?(?:back to|reset to|reset|at) (?:0|zero|day one|day 1)|"
        r"reset (?:my|the) (?:counter|streak|clock))\b|"
        r"\b(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|\w+teen|\w+ty) "
        r"(?:days?|weeks?|months?) (?:clean|free)\b[^.!?\n]{0,40}?\b(?P<v2>gone|over|down the "
        r"drain|thrown away|threw it away|ruined|wasted|reset|broken|relaps\w*|back to "
        r"(?:day )?(?:0|zero|one|1))\b",
        NEG, PAST,
        level=CONCERN,
        not_in=_SUBSTANCE,
        requires=("relaps", "day 0", "day zero", "day one", "day 1", "clean", "free", "reset"),
    ),
    cue(
        # "Does anyone else hit themselves when ...": a question that discloses ("else": the
        # speaker does too), so no first person is needed in the sentence.
        S.SELF_HARM,
        r"\b(?:(?:does|do) (?:anyone|anybody|any of you|other people) else|"
        r"am i the only one who|anyone else who|is it (?:normal|weird|bad|wrong|okay|ok) to) "
        r"(?:\w+ )?(?P<v>(?:hit|hits|hitting|punch\w*|cut|cuts|cutting|burn|burns|burning|"
        r"scratch\w*|bite|bites|biting|slap\w*|bang\w*|harm|harms|harming|hurt|hurts|"
        r"hurting) (?:themselves|themself|yourself|myself|their (?:own )?(?:arms?|legs?|"
        r"wrists?|thighs?|face|head|skin)))\b(?!\s*(?:out|off|up|by (?:over\w*|working|not)|"
        r"accidentally|by accident|playing|at the gym|while|in (?:the|a) (?:kitchen|gym)))",
        NEG,
        not_in=ACCIDENT + r"|\b(?:emotionally|financially|feelings|by overthinking)\b",
        requires=("themsel", "yourself", "myself", "their"),
    ),
    cue(
        # "Scratching until I bleed", "hit my legs till they bruise", "dig my nails into my
        # arms until they bleed".
        S.SELF_HARM,
        r"\b(?P<v>(?:scratch|claw|hit|punch|cut|burn|bit|bite|dig|gouge|carv|slap|bang)\w*"
        r"(?: at)?(?: (?:my )?(?:finger)?nails(?: into)?)?(?: (?:myself|my (?:own )?(?:\w+ )?"
        r"(?:arms?|legs?|skin|wrists?|thighs?|face|head|stomach|chest|hands?|body|scalp|fists?)))?"
        r" (?:until|till|til|so hard|so deep) (?:that )?(?:i|it|they|the skin|my skin|"
        r"there's blood)?\s?(?:bleed\w*|bled|bruise\w*|blister\w*|scar\w*|break|breaks|broke|"
        r"split|draw blood))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:eczema|itch\w*|rash|(?:mosquito|insect|bug|flea|spider|gnat|midge) bites?|"
        r"hives|psoriasis|chicken ?pox|(?:bit|bite|bites|biting|chew\w*|pick\w*) (?:my |their |"
        r"your )?(?:finger)?nails|cuticles?|lips?|spots?|acne|pimples?|scabs?|dog|cat|kitten|"
        r"puppy|ball|bag|punch ?bag|boxing|sparring|door|wall|walls|table|desk)\b|" + ACCIDENT,
        requires=("until", "till", "til", "so hard", "so deep"),
    ),
    cue(
        # "My arms are covered in fresh cuts".
        S.SELF_HARM,
        r"\bmy (?:\w+ )?(?P<v>(?:arms?|legs?|wrists?|thighs?|skin|stomach|body|hips?|forearms?|"
        r"chest) (?:is|are|'s|'re|have been|has been) (?:\w+ )?(?:covered (?:in|with)|full of) "
        r"(?:fresh |new |deep |open |bleeding )?(?:cuts|burns|gashes|slashes|wounds|"
        r"scratches|bruises))\b",
        NEG, PAST,
        not_in=ACCIDENT + r"|\b(?:brambles?|thorns?|nettles?|cats?|kittens?|dogs?|puppy|"
        r"garden\w*|roses?|bush(?:es)?|mosquito\w*|bites?|eczema|chicken ?pox|fall|bike|crash|"
        r"sun|sunburn|paint|mud|tattoos?|hives|rash)\b",
        requires=("covered", "full of"),
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>starv(?:e|ing|ed) myself|not eating (?:on purpose|to punish)|"
        r"punish(?:ing)? myself by (?:not eating|starving|cutting|hurting))\b",
        NEG, OTHER, PAST,
        level=CONCERN,
    ),
    cue(
        S.PAST_RISK,
        r"\b(?P<v>(?:my |old |the )?(?:self[ -]?harm|sh|cutting|suicide attempt|old) scars?|"
        r"(?:since|after) (?:i|i've|i have|i last|the last time i) (?:\w+ )?"
        r"(?:cut|self[ -]?harmed|hurt myself|attempted|tried to kill myself)|"
        r"(?:stopped|quit|gave up|managed to stop) (?:cutting|self[ -]?harming|hurting myself)|"
        r"(?:\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|several|many) "
        r"(?:days?|weeks?|months?|years?) (?:clean|free|sober) (?:from|of) "
        r"(?:self[ -]?harm|sh|cutting))\b",
        NEG, FIRST,
        requires=(
            "scar", "cut", "harm", "hurt myself", "hurting myself", "attempted", "kill myself",
            "from sh", "of sh",
        ),
    ),
    cue(
        S.PAST_RISK,
        r"\b(?:haven't|have not|not|hasn't been|i've not) (?P<v>(?:cut|self[ -]?harmed|hurt "
        r"myself|harmed myself|burned myself|attempted|tried to kill myself|felt suicidal|"
        r"been suicidal)) (?:in|for|since) (?:\d+|a|an|one|two|three|four|five|six|seven|eight|"
        r"nine|ten|several|many|a few|a couple of|over a|almost|nearly)\b",
    ),
    cue(
        S.PAST_RISK,
        r"\b(?:clean|free|sober) (?:from|of) (?P<v>self[ -]?harm(?:ing)?|sh|cutting)\b",
        FIRST,
    ),
    cue(
        S.PAST_RISK,
        r"\b(?:i|i've|i have) (?P<v>used to (?:cut|self[ -]?harm|hurt myself|burn myself|"
        r"harm myself|starve myself|be suicidal|want to die|want to kill myself))\b",
        NEG, OTHER,
    ),
    cue(
        S.SELF_HARM,
        r"\b(?:i|i've|i keep|i kept|i just) (?:\w+ )?(?P<v>(?:punch(?:ed|ing)?|hit(?:ting)?|"
        r"bang(?:ed|ing)?|smash(?:ed|ing)?) (?:my (?:head|fists?|hands?) (?:against|on|into) )?"
        r"(?:the |a )?walls? (?:until|till|so hard) (?:it|they|my \w+) (?:bled|bleed|bleeds|"
        r"broke|cracked|bruised|split|bleeding)|bang(?:ed|ing)? my head (?:against|on|into) "
        r"(?:the |a )?"
        r"(?:wall|walls|floor|door|desk))\b",
        NEG, OTHER, PAST,
        level=CONCERN,
    ),
    cue(
        S.URGED_BY_OTHERS,
        r"\b(?:told|tells|telling|tell|said|says|want|wants|wanted|urged|urging|encouraged|"
        r"keep telling|kept telling) me (?:that i should |i should |to )?(?P<v>kill myself|"
        r"die|go die|kill yourself|end it|end my life|drop dead|hang myself|off myself)\b",
        PAST, FIRST,
        not_in=r"\b(?:told me (?:not|never) to|tell me (?:not|never) to)\b",
    ),
    cue(
        S.URGED_BY_OTHERS,
        r"(?:^|[.!?]\s*|\b(?:you|u|just|should|go|pls|please|fucking)\s+)(?P<v>kill yourself)\b",
        level=CONCERN,
        not_in=r"\b(?:want to kill yourself|wanting to kill yourself|if you|when you|"
        r"make you want to|tempted to|thought about|thinking about|would you ever|"
        r"don't|never)\b",
        requires=("kill yourself",),
    ),
    cue(
        S.SUICIDE_TALK,
        r"\b(?:want to|wanting to|wanted to|thought about|thinking about|think about|"
        r"make you want to|tempted to) (?P<v>kill yourself|end your (?:own )?life|"
        r"take your (?:own )?life)\b",
        NEG, PAST,
        not_in=r"\b(?:he|she|they|my friend|someone|anyone)\b",
    ),
)
