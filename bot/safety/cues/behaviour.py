"""Behaviour: attempts, overdoses and self-harm, current or in the past."""

from __future__ import annotations

from bot.safety.cues.base import (
    ABOUT_OTHERS,
    ACCIDENT,
    CONCERN,
    FIRST,
    NEG,
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
        r"\b(?:i|i've|i have|i just|just|already|i already) (?:\w+ )?(?P<v>took|taken|swallowed|"
        r"downed|had|necked|ate|popped|chugged) " + _PILL_COUNT + r" (?:of )?(?:my |the |those |"
        r"these |his |her |mum's |mom's |dad's )?(?:\w+ )?@PILLS\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.ATTEMPT,
        r"\b(?:i|i've|i have|i just|just|i already) (?:\w+ )?(?P<v>overdosed|od'd|oded|od-ed|"
        r"took an overdose|taken an overdose|had an overdose|took an od)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:accidental(?:ly)?|by accident|narcan|naloxone)\b",
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
        r"lifting|running|skiing|falling|on (?:the|a|my) (?:oven|stove|pan|iron|kettle|door|"
        r"table|corner|edge|bed|glass|paper|car|bike)|with (?:the|a) (?:oven|stove|pan|iron|"
        r"kettle|hot water|knife while|paper)|(?:while|when|by) (?:cooking|shaving|chopping|"
        r"running|playing|lifting|working|falling|accident)|shaving|cooking|chopping|by accident|"
        r"accidentally|for (?:nothing|no reason)|over (?:it|this|that|nothing)|too much about|"
        r"trying|working|financially|by (?:staying|not|keeping|being|trying|going|working|"
        r"eating|drinking))",
        not_before=r"\b(?:could|i could (?:just )?|wanted to)\s+(?=(?:kick|slap|hit)\b)$|"
        r"\b(?:could (?:just )?|gonna |going to )(?=(?:kick|slap)\b)$",
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
        not_before=r"\b(?:clean|free|sober|recovery|recovered|recovering) (?:from|of)\s+$",
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
        r"i ended up|i did) (?P<v>cut|cut again|self[ -]?harmed|cut deep(?:er)?)(?=\s*(?:[.!?,;]|$|"
        r"again|tonight|today|last night|this (?:morning|evening)|deep|deeper|twice|"
        r"[\U0001F300-\U0001FAFF]))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:hair|line|class|queue|ties|him off|her off|them off|back|down|costs|"
        r"budget|grass|lawn|wood|tree|bread|cake|onion)\b",
    ),
    cue(
        S.SELF_HARM,
        r"\b(?P<v>(?:fresh|new|deep|open|bleeding|infected) (?:cuts|wounds|burns|gashes) "
        r"on my (?:arms?|wrists?|legs?|thighs?|skin|stomach|body|hips?))\b",
        NEG, PAST,
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
        r"broke|cracked|bruised)|bang(?:ed|ing)? my head (?:against|on|into) (?:the |a )?"
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
