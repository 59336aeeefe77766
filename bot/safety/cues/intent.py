"""Intent, plans and preparations: what turns thoughts into risk of acting."""

from __future__ import annotations

from bot.safety.cues.base import (
    CONCERN,
    FIRST,
    KILL_SELF_IDIOM,
    NEG,
    NONE,
    OTHER,
    PAST,
    RATHER_THAN,
    RELATIONSHIP,
    Cue,
    S,
    cue,
)

_KILL_SELF = (
    r"(?:kill(?:ing)? myself|end(?:ing)? (?:my (?:own )?life|it all|everything|my suffering)|"
    r"tak(?:e|ing) my (?:own )?life|commit(?:ting)? suicide|hang(?:ing)? myself|"
    r"shoot(?:ing)? myself|overdos(?:e|ing)|od(?:ing)?|jump(?:ing)? (?:off|from|in front of)|"
    r"slit(?:ting)? my (?:wrists?|throat)|drown(?:ing)? myself|off(?:ing)? myself|"
    r"top(?:ping)? myself|do(?:ing)? myself in|suicide)"
)

# The everyday reasons for finding a pet a new home.
_PET_REHOMED_FOR_A_REASON = (
    r"\b(?:allerg\w*|asthma|landlord|lease|tenancy|rent\w*|moving|move|moved|abroad|"
    r"emigrat\w*|baby|pregnan\w*|newborn|afford|vet bills|aggress\w*|bit|bites|biting|"
    r"behaviou?r|rescue|shelter|foster\w*|breed\w*|litter|puppies|kittens|hours|deploy\w*|"
    r"divorc\w*|new job|health|neighbours? complain\w*|from (?:him|her|my ex))\b"
)
# Being elsewhere on the day: "I won't be around for Christmas, I'm working".
_AWAY_ON_THE_DAY = (
    r"\b(?:holiday|vacation|trip|abroad|away|working|work|shift|deploy\w*|flight|visiting|"
    r"party|dinner|home for|back for|office|traffic|queue|exam|deadline|budget|money|"
    r"pay ?check|pay ?day|salary|rent|diet|dry|sober|streak|challenge|lent|game|season|team|"
    r"league|playoffs|job|contract|uni|school|term|hospital|surgery|travel\w*|moving|move|"
    r"overseas|out of town|tour|course|camp|lol|haha)\b"
)


INTENT: tuple[Cue, ...] = (
    # Doubting they can stay safe: "I can't keep myself safe", "I don't trust myself tonight",
    # "I'm scared of what I might do". The question every safety plan asks.
    cue(
        S.UNSAFE_WITH_SELF,
        r"\b(?P<v>(?:can't|cannot|can not|don't know if i can|not sure i can|don't think i can|"
        r"unable to|struggling to) (?:\w+ )?keep myself safe|(?:i'm|i am|i feel|i don't feel|"
        r"i do not feel) (?:\w+ )?(?:not )?safe (?:from|with|around) myself|(?:i'm|i am) not safe"
        r"(?: (?:right now|tonight|today|at the moment|anymore|alone))?(?=\s*(?:[.!?,;]|$|\n|"
        r"right now|tonight|and\b|i\b))|(?:don't|do not|can't|cannot|no longer) trust myself"
        r"(?: (?:right now|tonight|today|anymore|any more|alone|on my own|not to|to stay safe|"
        r"to be safe|to keep safe|around (?:the |my )?(?:pills|meds|knives|blades|razors|"
        r"the gun|my gun|rope)))|(?:scared|afraid|terrified|frightened|"
        r"worried) (?:of|about) what i (?:might|could|may|will|would|'ll|'d) do(?: to myself)?|"
        r"(?:scared|afraid|terrified|frightened|worried) (?:that )?i(?:'ll| will| might| may| am "
        r"going to|'m going to) (?:actually |finally |really )?(?:act on (?:it|them|these "
        r"thoughts|the thoughts|my thoughts|the urges?)|do (?:it|something (?:stupid|drastic|"
        r"i can't take back))|do something(?=\s*(?:[.!?]|$|\n|to myself|bad|terrible|awful))|"
        r"go through with it|hurt myself|kill myself|not stop myself))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:with (?:money|cake|chocolate|food|sweets|snacks|my credit card|a credit "
        r"card|my ex|him|her|scissors near my hair)|to drive|behind the wheel|driving|in the "
        r"kitchen|cook|cooking|baking|diet|shopping|spend|spending|online shopping|my cat|"
        r"the dog|exam|test|interview|presentation|spider|spiders|heights|flying|dentist|"
        r"haircut|hair|fringe|bangs|costume|a gift|present|lol|haha)\b",
        requires=(
            "safe", "trust myself", "what i ", "act on", "do it", "something", "go through",
            "hurt myself", "kill myself", "stop myself",
        ),
    ),
    cue(
        S.INTENT,
        r"\b(?:i|i'm|i am|i've|i have|im|and|so|just|finally|definitely|really|probably|"
        r"gonna|going) (?:\w+ )?(?P<v>@INTEND) (?:\w+ )?(?:\w+ )?" + _KILL_SELF + r"\b",
        NEG, OTHER, PAST,
        not_after=KILL_SELF_IDIOM + r"|\s*(?:back|in (?:my|a|another|the|new)|into|seriously|"
        r"more seriously|forward|to the next|more|one day|day by day|for granted|in hand|apart|"
        r"of|from|laughing|if (?:i|you) (?:have to|eat|hear|"
        r"see|listen|watch|sit))",
        not_before=RATHER_THAN,
        not_in=r"\bgoing to die (?:of|from|laughing|when|if)\b|\b(?:will|'ll) die "
        r"(?:of|from|laughing|when|if|without)\b|\bgoing to die\b(?!.*\b(?:tonight|today|"
        r"tomorrow|soon)\b)|\bwill die\b(?!.*\b(?:tonight|today|tomorrow|soon)\b)",
    ),
    cue(
        S.INTENT,
        r"\b(?:going to|gonna|will|'ll|about to|plan(?:ning)? to|ready to|decided to|"
        r"want to|wanna) (?:just )?(?P<v>(?:take|swallow|down|neck) (?:them all|all of them|"
        r"the lot|all my (?:\w+ )?(?:pills|tablets|meds)|all the (?:\w+ )?(?:pills|tablets|meds)|"
        r"the whole (?:bottle|box|packet|pack)|every (?:pill|tablet)|everything i have))\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.INTENT,
        r"\b(?:going to|gonna|will|'ll|want to|wanna|about to|ready to|thinking (?:about|of)) "
        r"(?:just )?(?P<v>(?:use|turn|point) (?:it|them|the gun|the knife|the blade|the pills|"
        r"my gun|a gun|the rope|this) (?:on|against) myself)\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.VAGUE_INTENT,
        r"\b(?:i|i'm|i am|i'll|i will|i've|gonna|going to|will|'ll|ready to|about to|finally|"
        r"plan to|planning to|decided to|going through|go through|determined to|"
        r"need to|have to|close to|near to) (?:\w+ )?(?P<v>do it|doing it|go through with it|"
        r"going through with it|act on it|acting on it|do this|end it|ending it|end things|"
        r"ending things|follow through|go ahead with it|"
        r"make my move|pull the trigger(?! on)|let go|say goodbye|be gone|finish it|finish this|"
        r"jump|jump off|take them|take them all)"
        r"(?=\s*(?:[.!?,;]|$|now|tonight|today|tomorrow|soon|this|next|on|in|at|when|after|"
        r"before|once|while|for real|for good|finally|i\b|and\b))",
        NEG, OTHER, PAST,
        not_in=RELATIONSHIP + r"|\b(?:homework|exercise|assignment|task|chores?|laundry|"
        r"dishes|workout|talk to|tell (?:him|her|them)|ask (?:him|her|them)|presentation|"
        r"speech|tests?|exams?|interviews?|call|text|email|surgery|things with|boyfriend|"
        r"girlfriend|husband|wife|partner|fianc\w+|ex|(?:end|ending) things (?:with|between))\b",
    ),
    # "I'm going to do something stupid tonight": vague on its own, a plan with a time or
    # after distress. "Something permanent" or "drastic" is a concern on its own.
    cue(
        S.VAGUE_INTENT,
        r"\b(?:i|i'm|i am|i'll|i will|going to|gonna|about to|thinking (?:about|of)|tempted to|"
        r"want to|close to|might|could) (?:\w+ )?(?P<v>do(?:ing)? something (?:really )?"
        r"(?:stupid|dumb|drastic|permanent|i (?:can't|won't be able to) take back|"
        r"irreversible|i'?ll regret))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:hair|haircut|tattoo|piercing|text|texting|message|email|call|ex|drunk|"
        r"buy|buying|purchase|spend|spending|money|bet|betting|quit|quitting|job|work|boss|"
        r"party|lol|haha|rage|angry at (?:him|her|them)|interview|exam|test|meeting|date|"
        r"presentation|speech|wedding|class|lesson|game|match)\b",
        requires=("something",),
    ),
    cue(
        S.VAGUE_INTENT,
        r"\b(?:do|doing|did) something (?P<v>(?:drastic|permanent|irreversible|i can't take "
        r"back))(?=\s*(?:[.!?,;]|$|\n|to myself|tonight|today|soon|and\b|if\b|i\b))",
        NEG, OTHER, PAST, FIRST,
        level=CONCERN,
        not_in=r"\b(?:hair|haircut|tattoo|piercing|job|work|career|diet|house|move|moving|"
        r"relationship|marriage|divorce|budget|money|finances|savings)\b",
        requires=("something",),
    ),
    cue(
        S.VAGUE_INTENT,
        r"(?:^|[.!?]\s*)(?P<v>this is it|it's time|it is time|tonight's the night|"
        r"tonight is the night|"
        r"today's the day|today is the day|my time has come|the time has come|i'm ready|"
        r"i am ready|i'm set|i'm out|no turning back|my mind is made up)\s*(?:[.!?]|$)",
    ),
    cue(
        S.PLAN,
        r"\b(?:i've|i have|i|i've got|i got|i made|i've made|i'm making|made|have|got|"
        r"come up with|found|settled on|decided on|picked|chosen|know|figured out|worked out|"
        r"researched|planned|planning|writing) (?:\w+ )?(?:\w+ )?(?P<v>plan|plans|method|"
        r"methods|way|ways|date|day) (?:to|for|on|of) (?:how (?:to|i'll|i will|i'm going to) )?"
        r"(?:\w+ )?" + _KILL_SELF + r"\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.PLAN,
        r"\b(?:my|a|the|have a|made a|got a|final|detailed|concrete|specific) (?P<v>suicide plan|"
        r"suicide method|suicide date|suicide pact|plan to die|death date|exit date|"
        r"plan to kill myself|plan to end (?:it|my life|it all)|suicide kit|exit bag)s?\b",
        NEG, PAST, FIRST,
    ),
    cue(
        S.PLAN,
        r"\b(?:i've|i have|i|i've already|already|i'm|i am) (?:already |finally |now )?"
        r"(?P<v>decided|know|figured out|worked out|planned|chosen|picked|settled on|set|"
        r"sorted out) (?:exactly |precisely |already )?(?:how|when|where|the date|a date|"
        r"the day|the time|the place|the method|the spot)(?:,? (?:and|&) (?:how|when|where))*"
        r"(?=\s*(?:[.!?,;]|$|i'm going to (?:do it|end it|go|die|kill myself)|i'll (?:do it|"
        r"end it|go|die|kill myself)|i will (?:do it|end it|go|die|kill myself)|to (?:do it|end it|"
        r"go|die|kill myself)|it will happen|it'll happen))",
        NEG, OTHER,
        not_in=r"\b(?:tell|telling|say|saying|ask|asking|talk|talking|propose|quit|leave "
        r"(?:him|her|my job)|move|moving|wedding|holiday|trip|party|birthday party|presentation|"
        r"interview|exam|train|bus|flight|meeting)\b",
    ),
    cue(
        S.PLAN,
        r"\b(?:how|ways|way|methods?|best way|easiest way|quickest way|fastest way|"
        r"painless way|least painful way|surest way|most effective way|places?|spots?) "
        r"(?:to|of|for|i (?:can|could|should|would|will|might)|do i|can i|could i|should i|"
        r"would i) (?:\w+ )?(?P<v>kill(?:ing)? myself|end(?:ing)? my (?:own )?life|"
        r"commit(?:ting)? suicide|hang(?:ing)? myself|tak(?:e|ing) my (?:own )?life|"
        r"end(?:ing)? it all|off(?:ing)? myself|od(?:ing)? myself|overdose myself|"
        r"suicide)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:stop myself from|prevent|not to|avoid|how not)\b",
    ),
    cue(
        S.PLAN,
        r"\b(?P<v>(?:held|hold|holding|pressed|press|pressing|put|putting|pointed|pointing|had|"
        r"placed|placing) (?:a|the|my) (?:\w+ )?(?:knife|blade|gun|pistol|rifle|glock|razor|"
        r"barrel|shotgun|revolver) (?:to|against|in|into|on|at) my (?:own )?(?:throat|neck|wrists?|"
        r"head|mouth|temple|chest|heart|chin|skin))\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.PLAN,
        r"\b(?P<v>(?:tied|tying|tie|made|making|make|bought|buy|buying|got|have|has|set up|"
        r"setting up|hung|hanging up|put up|prepared|preparing|ready|practis(?:e|ed|ing)|"
        r"practic(?:e|ed|ing)|test(?:ed|ing)?) (?:a |the |my |up a |up the )?noose|"
        r"noose (?:is )?(?:ready|tied|set up|hanging|around my neck|round my neck))\b",
        NEG, OTHER, PAST, FIRST,
        not_in=r"\b(?:halloween|decoration|knot tying class|scouts?|sailing)\b",
        requires=("noose",),
    ),
    cue(
        S.PLAN,
        r"\b(?:use|using|try|trying|go with|going with|do it with|doing it with|pick|picked|"
        r"choose|chose|chosen|thinking of|considering|prefer|decided on|settled on) "
        r"(?:the |a |my )?(?P<v>(?:rope|belt|noose|pills?|overdose|od|gun|knife|blade|razor|"
        r"bridge|train|jumping|hanging|drowning|car|exhaust|helium|bleach|cutting|wrist) "
        r"(?:or (?:the |a )?\w+ )?(?:way|method|route|option|approach))\b",
        NEG, OTHER, PAST, FIRST,
    ),
    cue(
        S.PLAN,
        r"\b(?P<v>(?:held|hold|holding|pressed|press|pressing|put|putting|pointed|pointing|"
        r"placed|placing) (?:it|the barrel|the muzzle|the blade|the tip) (?:to|against|in|into|"
        r"on|at) my (?:own )?(?:throat|neck|wrists?|head|mouth|temple|chest|heart|chin))\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.PLAN,
        r"\b(?:i|i've|i already|already|i now|and i) (?:\w+ )?(?:have|got|found|picked|chosen|"
        r"decided on|settled on|know) (?:a|the|my) (?:\w+ )?(?P<v>method)"
        r"(?=\s*(?:[.!?,;]|$|because|and|now|ready|already|too|in mind|picked out|sorted))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:study|studying|revision|learn\w*|teach\w*|cook\w*|recipe|budget\w*|"
        r"saving|invest\w*|training|workout|exam|test|work|coding|code|cleaning|parenting)\b",
    ),
    cue(
        S.VAGUE_PLAN,
        r"\b(?:i've|i have|i|i've got|i got|i made|i've made|i now have|have|got) "
        r"(?:a |my |the )(?:\w+ )?(?P<v>plan|decision|choice)"
        r"(?=\s*(?:[.!?,;]|$|now|ready|in place|sorted|and|(?:for (?:@TIMEFRAME)|@LATER_TIMEFRAME)"
        r"(?=\s*(?:[.!?,;]|$|\n|and\b))))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:b|business|meal|diet|workout|training|lesson|study|savings|phone|data|"
        r"pension|payment|repayment|treatment|care|safety|crisis|action|escape|birth|wedding|"
        r"holiday|travel|weekend|lunch|dinner|party|project|budget|insurance|mobile|tariff|"
        r"contract|phone|exercise|credit card|debts?|bills?|rent|mortgage|loans?)\b",
    ),
    # Looking for a way to die: "I've been reading about painless ways", "the quickest way".
    cue(
        S.PLAN,
        r"\b(?:research(?:ed|ing)?|look(?:ed|ing)? (?:up|into)|googl(?:e|ed|ing)|read(?:ing)? "
        r"(?:up )?(?:about|on)|search(?:ed|ing)? (?:for)?|watch(?:ed|ing) videos (?:about|on)) "
        r"(?:\w+ )?(?P<v>(?:suicide|painless|lethal|quick(?:est)?|fast(?:est)?|easy|easiest|"
        r"surest|most effective|least painful|peaceful) (?:methods|ways to (?:die|go)|ways of "
        r"dying|method|doses?|ways out)|how (?:to|i could|i would|i'd) (?:die|do it) "
        r"(?:painlessly|quickly|peacefully|without (?:pain|it hurting))|ways to die|lethal doses?|"
        r"how much (?:of (?:my|the) )?(?:\w+ )?(?:it takes|would kill|is lethal|is fatal))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:thesis|dissertation|essay|assignment|study|studies|paper|journal|"
        r"course|lecture|class|novel|book|story|script|character|game|film|documentary|"
        r"euthanasia (?:law|debate)|pet|dog|cat|vet|animal|chickens?|livestock|pests?|mice|"
        r"rats|weeds|fish|lobster|humane)\b",
        requires=("lethal", "painless", "ways", "method", "dose", "how much", "how to", "how i"),
    ),
    # "I keep thinking about how I'd do it": a plan taking shape, but "it" needs context.
    cue(
        S.VAGUE_PLAN,
        r"\b(?:thinking|thought|think|imagining|imagined|imagine|planning|planned|picturing|"
        r"working out|figuring out|obsessing over|obsessing about) (?:about |of )?"
        r"(?P<v>how (?:i'd|i would|i will|i'll|i'm going to|i could|to) (?:do it|end it|go|"
        r"do it all))(?=\s*(?:[.!?,;]|$|\n|and\b|again\b|every\b|all\b|lately\b|"
        r"tonight\b|i\b))",
        NEG, OTHER, PAST,
        not_in=RELATIONSHIP + r"\b|\b(?:homework|exercise|assignment|task|project|presentation|"
        r"speech|proposal|propose|wedding|tattoo|surprise|party|move|renovation|garden|"
        r"tell (?:him|her|them|my))\b",
        requires=("how ",),
    ),
    cue(
        S.VAGUE_PLAN,
        r"(?:^|[.!?]\s*)(?:i've|i have) (?P<v>made (?:my|a|the|up my) (?:decision|choice|mind)|"
        r"decided)\s*(?:[.!?]|$)",
    ),
    # Said briefly, with no subject: "Doing it on Friday.", "Ending it tonight." Vague on its
    # own; the time makes it a concern and suicidal talk makes it imminent.
    cue(
        S.VAGUE_INTENT,
        r"(?:^|[.!?\n]\s*)(?:(?:and|so|just|ok|okay|well|yeah|then)\s+)?(?P<v>doing it|do it|"
        r"ending it|ending it all|it ends|it happens) (?:@TIMEFRAME|@LATER_TIMEFRAME)"
        r"(?=\s*(?:[.?,;]|$|\n))",
        not_in=r"\b(?:show|series|episode|season|sale|offer|deadline|contest|giveaway|vote|"
        r"voting|auction|party|gig|concert|exams?|tests?|interviews?|surgery|wedding|launch|"
        r"release|match|game|race|marathon|move|laundry|homework|presentation|speech|talk|pitch|"
        r"audition|performance|luck|excited|nervous|lol|haha)\b",
        requires=("doing it", "do it", "ending it", "it ends", "it happens"),
    ),
    # Leaving for good, in the words of a shift or a website: "ready to log off for good",
    # "time to check out permanently". Leaving a job, an app or a forum is the usual sense.
    cue(
        S.VAGUE_INTENT,
        r"\b(?:ready to|going to|about to|want to|time to|decided to|planning to|plan to|i'll|"
        r"i will|i'm|i am|close to|just) (?:\w+ )?(?P<v>(?:log|logging|sign|signing|check|"
        r"checking|clock|clocking|bow|bowing|tap|tapping) (?:out|off)) (?:for good|permanently|"
        r"forever|for ever|for the (?:last|final) time|early)(?=\s*(?:[.!?,;]|$|\n|now\b|"
        r"tonight\b|today\b|soon\b|and\b|i\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:account|accounts|apps?|social media|facebook|instagram|twitter|tiktok|"
        r"reddit|discord|server|forum|sub|subreddit|platform|site|website|games?|gaming|steam|"
        r"work|job|office|company|hotel|shift|email|phone|internet|online|channel|stream\w*|"
        r"youtube|retir\w*|career|industry|politics|news|dating)\b",
        requires=("log", "sign", "check", "clock", "bow", "tap"),
    ),
    # An exit as a plan: "I'm planning my exit". From a job or a marriage as often as not.
    cue(
        S.VAGUE_PLAN,
        r"\b(?:planning|planned|plan|preparing|prepared|arranging|arranged|organising|organizing|"
        r"working out|figured out|worked out|sorting out|sorted out|thinking about) "
        r"(?P<v>my (?:final |last |own |quiet )?(?:exit|way out|departure|exit plan))"
        r"(?=\s*(?:[.!?,;]|$|\n|now\b|tonight\b|and\b|already\b|for (?:@TIMEFRAME)\b|"
        r"@LATER_TIMEFRAME\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:job|work|company|firm|role|position|career|team|industry|marriage|"
        r"relationship|house|flat|country|city|visa|lease|contract|business|shares|stocks?|"
        r"invest\w*|fund|brexit|military|army|navy|service|school|uni|college|church|gang|band|"
        r"party|game)\b",
        requires=("exit", "way out", "departure"),
    ),
    cue(
        S.PLAN,
        r"\b(?:planning|planned|plan|preparing|prepared|arranging|arranged|working out|worked "
        r"out|figured out) (?P<v>my (?:final |last |own |quiet )?(?:exit|departure) "
        r"(?:from|out of) (?:this |the )?(?:world|life|earth|existence|planet))\b",
        NEG, OTHER, PAST,
        requires=("exit", "departure"),
    ),
    # Where and when it ends: "the right place for it to end", "I know when it ends",
    # "I've worked out everything down to the time", "the whole day planned out in my head".
    cue(
        S.VAGUE_PLAN,
        r"\b(?P<v>(?:right|perfect|best|only|fitting) (?:place|spot|time|day|night|way|moment) "
        r"for (?:it|it all|everything|me|my life) to end|(?:know|decided|picked|chosen|set) "
        r"(?:exactly )?(?:when|where) (?:it|it all|everything) (?:ends|will end|is going to end)|"
        r"(?:worked|figured|planned|thought|mapped|sorted) (?:out |through )?(?:everything|it all|"
        r"all of it|every (?:last )?detail|the whole (?:thing|day|night)) (?:down )?to the "
        r"(?:last )?(?:time|minute|hour|second|detail|date)|(?:planned|worked|mapped|written|"
        r"wrote|played) (?:out )?(?:the whole|every) (?:day|night|step|detail)(?: out)? in my "
        r"head)\b",
        NEG, OTHER, PAST,
        not_in=RELATIONSHIP + r"|\b(?:story|book|film|movie|series|show|novel|chapter|season|"
        r"trip|holiday|journey|tour|walk|hike|race|career|game|party|night out|date|route|trail|"
        r"road|path|wedding|event|project|schedule|itinerary|birthday|proposal|move|moving|"
        r"presentation|speech|meeting|holidays|term|contract|lease|sale|offer|season|concert)\b",
        requires=("to end", "it ends", "will end", "going to end", "down to the", "in my head"),
    ),
    # "4 days. Counting down." Days to a holiday as a rule, so only with distress around it.
    cue(
        S.VAGUE_PLAN,
        r"(?:^|[.!?\n]\s*)(?P<v>(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten) "
        r"(?:days?|weeks?|nights?)(?: left| to go)?[.,!]*\s*(?:and )?(?:i'm |just )?counting"
        r"(?: down)?)\b",
        not_in=r"\b(?:holiday|trip|vacation|christmas|birthday|wedding|exams?|results|baby|due|"
        r"graduation|release|concert|excited|can't wait|school|term|flight|surgery|payday|sober|"
        r"clean|smoke|sobriety|until (?:i|we) (?:see|meet|go|fly|leave))\b",
        requires=("counting",),
    ),
    # Lying about what the means are for: "bought rope, told the guy it was for camping".
    # With the means at hand in the message this reads as high (assessment._imminence).
    cue(
        S.VAGUE_INTENT,
        r"\b@LETHAL_MEANS\b[^\n]{0,100}?\b(?P<v>(?:told|tell|telling|said to|lied to) (?:the|a) "
        r"(?:\w+ )?(?:guy|man|woman|lady|girl|bloke|cashier|clerk|pharmacist|chemist|assistant|"
        r"staff|shopkeeper|person|salesman|saleswoman|seller|employee)(?: \w+){0,5}? (?:it was|"
        r"it's|it is|they were|they're|they are|that it was|that it's|that they were|i was|i'm|"
        r"i am) (?:for|going|buying))\b",
        requires=("told the ", "told a ", "tell the ", "tell a ", "telling the ", "telling a ",
                  "said to the ", "said to a ", "lied to the ", "lied to a "),
    ),
    # Holding back, for now: "I don't go over the railing. Not yet.", "haven't taken them yet".
    cue(
        S.VAGUE_INTENT,
        r"\b(?:don't|do not|didn't|did not|haven't|have not|won't) (?:\w+ )?(?P<v>(?:go|gone|"
        r"climb|climbed|step|stepped|jump|jumped) (?:over|off) (?:the )?(?:railing|edge|ledge|"
        r"barrier|fence|side|parapet)|(?:taken|take|swallowed|swallow|used|use) (?:them|it|"
        r"any|the pills|the tablets)|pulled the trigger)[.,!]*\s*(?:not )?yet\b",
        requires=("yet",),
    ),
    # "One of these nights I'm going to get out of the car."
    cue(
        S.VAGUE_INTENT,
        r"\bone of these (?:days|nights|times|mornings) (?:i'm|i am|i'll|i will) (?:going to |"
        r"just |actually |really ){0,2}(?P<v>do it|go through with it|get out of the car|jump|"
        r"not come back|not stop|keep (?:going|driving|walking)|go over|step off|let go|drive off|"
        r"swerve|turn the wheel|take them all|not wake up)\b",
        NEG, OTHER,
        requires=("one of these",),
    ),
    # A plan that frightens the person who made it: "I have a plan now and that scares me".
    # (A vague plan's own level is set by the assessment; this one is a concern as said.)
    cue(
        S.PLAN,
        r"\b(?:i have|i've got|i've made|i made|i got|i now have) (?:a|the) (?P<v>plan)(?: now)?"
        r"(?= and| that| which|,|\.)(?=[^.!?\n]{0,50}\b(?:scares|scared|scary|frightens|"
        r"frightened|terrifies|terrified|afraid)\b)",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_in=r"\b(?:business|project|trip|holiday|travel|move|moving|job|career|wedding|"
        r"proposal|presentation|speech|exam|diet|budget|debt|school|uni|college|surgery)\b",
        requires=("plan",),
    ),
)

PREPARATION: tuple[Cue, ...] = (
    # "Tonight is my last night", "today's my last day alive" (not "my last day at work").
    cue(
        S.PREPARATION,
        r"\b(?:this is|today is|today's|tonight is|tonight's|it's|it is|tomorrow is|"
        r"tomorrow's) (?:going to be |gonna be |probably |definitely )?my (?:very )?(?:last|final) "
        r"(?P<v>(?:day|night|week|weekend|morning|evening|birthday|christmas)(?: (?:alive|on "
        r"(?:this )?earth|on this planet|in this world|here|ever))?)(?=\s*(?:[.!?,;]|$|\n|"
        r"alive|on earth|and\b|i\b))",
        NEG, OTHER,
        not_in=r"\b(?:work|job|school|term|semester|uni|college|office|shift|contract|"
        r"holiday|vacation|trip|visit|stay|flat|house|city|country|town|hospital|course|"
        r"internship|placement|as (?:a|an)|before (?:the|my|i) (?:move|wedding|holiday|trip|"
        r"flight|surgery|operation|baby)|pregnan\w*|single|teenager|twenties|thirties|"
        r"dry january|sober|diet)\b",
        requires=("my last", "my final", "my very"),
    ),
    # Letters to say goodbye to the living: "I've written letters to my kids to say goodbye".
    # (Goodbye letters to someone who has died are a grief exercise, and are left alone.)
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:wrote|written|writing|write|left|leaving|leave|recorded|recording|record) "
        r"(?:\w+ )?(?:letters?|notes?|messages?|videos?|cards?) (?:to|for) (?:my (?:\w+ )?"
        r"(?:family|kids|children|parents|mum|mom|dad|wife|husband|partner|friends|sister|"
        r"brother|son|daughter|boyfriend|girlfriend)|everyone|each of (?:them|my \w+)|the people "
        r"i love)(?: \w+){0,4}? (?:to say goodbye|saying goodbye|as a goodbye|for when i'm gone|"
        r"for after i'm gone|to read after|to find|explaining why))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:late|dead|deceased|passed|died|funeral|grave|heaven|therapist|"
        r"grief (?:exercise|group|counsell?or)|moving|move|abroad|emigrat\w*|leaving (?:for|to)|"
        r"deploy\w*|holiday|trip|wedding|christmas|birthday|thank)\b",
        requires=("letter", "note", "message", "video", "card"),
    ),
    cue(
        S.PREPARATION,
        r"\b(?:this is|this'll be|this will be|it's|here's|these are|consider this|"
        r"probably my|this might be|this may be|this could be|this is probably) "
        r"(?:my|the|the very) (?:last|final) (?P<v>message|post|text|words|goodbye|note|"
        r"letter|entry|day alive|night alive|time (?:i|you'll|you will|anyone)|reddit post|"
        r"cry for help|chance|attempt|hours?)\b",
        NEG, PAST,
        not_after=r"\s*(?:at|of|in|before|on (?:this|the) (?:sub|forum|topic|account)|here|"
        r"about|for (?:a|the|this) (?:while|bit|week|month|year|day|night|evening|weekend)|"
        r"until|till|til|today about|for now|on this (?:account|topic|subject))",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:goodbye|bye|farewell|goodnight|good night|so long) (?:forever|for good|"
        r"world|cruel world|for the last time|for ever|for eternity|to this world|to everyone "
        r"forever|life|everyone forever)|this is (?:my )?(?:final |last )?goodbye|"
        r"(?:my|a) (?:final|last) goodbye|(?:saying|say) (?:my )?(?:final |last )?goodbyes? "
        r"(?:to (?:this world|life|the world)|forever))(?=\s*(?:[.!?,;:]|$|i\b|my\b|to\b|"
        r"x+\b|<3|❤|💔))",
        NEG,
        not_in=r"\b(?:smoking|cigarettes?|nicotine|vap\w+|alcohol|drinking|booze|weed|drugs|"
        r"sugar|junk food|habits?|addiction|sobriety|hello world|party|wedding|flight|trip|"
        r"holiday|vacation|move|moving|job|"
        r"colleagues|coworkers|school|class|students|graduat\w*|leaving (?:the|this) "
        r"(?:company|team|job|sub|group|forum|city|country)|funeral|coffin|grave|"
        r"(?:my|our) (?:dog|cat|pet)|"
        r"to (?:him|her) (?:at|before|in))\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:by the time|when|once|if) (?:you|anyone|someone|they|somebody|people|you all|"
        r"you guys|my (?:\w+)) (?:read|reads|see|sees|find|finds|get|gets|hear|hears) "
        r"(?:this|my (?:message|note|letter|post)|these words)),? (?:i'll|i will|i'm|i am|"
        r"i would|i'd|i won't|i may|i might|it'll|it will|i'll already|i've|i have|i'll have|"
        r"it's)\b",
        NEG,
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:find|finds|found|discover|discovers|will find|'ll find) (?:my (?:dead )?body|"
        r"me dead|my corpse|me hanging|my remains)|(?:someone|somebody|they|people|my \w+) "
        r"(?:finds|find|will find|'ll find|doesn't find|don't find) me (?:dead|hanging|in time|"
        r"before|too late|tomorrow|in the morning))\b",
        NEG, FIRST,
        not_in=r"\b(?:if i (?:ever )?(?:die|collapse|fall)|in case (?:i|of))\b",
        requires=("find", "found", "discover"),
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i|i've|i have|i just|i already|i'm|i am|have|already|just|and) (?:\w+ )?"
        r"(?P<v>wrote|written|writing|write|left|leaving|leave|typed|typing|finished|"
        r"drafted|drafting|prepared|preparing|recorded|recording|penned) (?:a |my |the |some |"
        r"all my |all the |a few |short )?(?:\w+ )?(?:suicide|goodbye|farewell|final|last) "
        r"(?:notes?|letters?|messages?|videos?|posts?|texts?|emails?|words)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:therapist|therapy|counsell?or|exercise|homework|session|suggested|"
        r"grief|for (?:my|our) (?:late|dead)|to (?:my|our) (?:late|dead|deceased)|to (?:him|her) "
        r"(?:after|since) (?:he|she) (?:died|passed)|retir\w+|leaving do|colleague|coworker|"
        r"job|work|team|class|school|students?|teacher)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:suicide|goodbye) (?:notes?|letters?))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:his|her|their|therapist|therapy|exercise|homework|session|suggested|"
        r"grief|late|dead|deceased|found (?:his|her|their)|retir\w+|job|work|team|class|"
        r"colleague|coworker)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i'm|i am|i've been|i have been|been|i|i've|i have|started|already|just) "
        r"(?:\w+ )?(?P<v>giv(?:e|ing)|gave|given) (?:away|out) (?:all |most |some )?(?:of )?"
        r"(?:my|of my) (?:\w+ )?(?:things|stuff|belongings|possessions|pets?|cats?|dogs?|money|"
        r"savings|collection|valuables|prized|jewell?ery|everything|games|art|guitars?|"
        r"belonging|worldly)\b",
        NEG, OTHER,
        not_after=r"\s*(?:\w+ )?(?:to (?:charity|a charity|the charity|goodwill|oxfam|the "
        r"(?:food ?bank|shelter|church|school))|because (?:i'm|we're) moving|before (?:the|my|our) "
        r"move|since (?:i'm|we're) moving)",
        not_in=r"\b(?:moving|move house|declutter\w*|konmari|minimalis\w+|downsiz\w+|"
        r"spring clean\w*|old clothes|kids' clothes|baby clothes|outgrown)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:sorted|sorting|sort|getting|got|get|put|putting|have put|arranged|"
        r"arranging|finalis(?:ed|ing)|finaliz(?:ed|ing)) (?:all )?(?:my |of my )?affairs "
        r"(?:in order|sorted|settled)|(?:making sure|make sure|made sure|ensuring|checking) "
        r"(?:that )?(?:all )?my affairs (?:are|were) (?:all )?(?:in order|sorted|settled)|"
        r"my affairs (?:are|were) (?:now|all|finally) (?:in order|sorted|settled))\b",
        NEG, OTHER,
        not_in=r"\b(?:surgery|operation|deployment|trip|travel|holiday|baby|moving|emigrat\w*|"
        r"estate planning|solicitor|lawyer|will and|retire\w*|pension)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:please |can someone |could someone |someone please |make sure |promise to |"
        r"someone |)(?P<v>(?:look after|take care of|feed|rehome|re-home|find a (?:good |new |"
        r"nice |loving )?home for|adopt|love) my (?:cat|cats|dog|dogs|pets?|kids|children|"
        r"babies|baby|fish|bird|rabbit|hamster|boy|girl|son|daughter)) "
        r"(?:for me )?(?:when|after|once|if) i(?:'m| am)? (?:gone|dead|not here|no longer here|"
        r"not around|die|pass)\b",
    ),
    cue(
        S.PREPARATION,
        r"\bmake sure (?:they|my \w+|he|she|the \w+) (?P<v>(?:get|gets|find|finds|have|has|go to|"
        r"goes to) a (?:good|nice|new|loving|safe|forever) home)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:see|c) (?:ya|you|y'all|you all) (?:on the other side|in (?:the|another|my|"
        r"our) (?:next )?life|in heaven|in hell|in the afterlife|never|in the next world))\b",
        not_in=r"\b(?:game|match|server|respawn|lol|haha|lmao)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:don't|do not|please don't|please do not|no one|nobody|dont) (?:try to |come |"
        r"bother |try and |even try to )?(?P<v>(?:find|save|rescue|stop|look for) me)"
        r"(?=\s*(?:[.!?,;]|$|this time|anymore|now|i\b|it's|please))",
        # "Don't Stop Me Now" is a song title people sing, play and murder at karaoke.
        not_in=r"\b(?:game|hide and seek|lol|haha|party|surprise|karaoke|songs?|sang|sing\w*|"
        r"queen|freddie|lyrics|playlist|album|track|band|tune|radio|dance|danc\w+)\b|"
        r"(?<!please )(?<!try to )\b(?:don't|dont|do not) stop me now\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:you|they|everyone|everybody|nobody|no one|my \w+|you all|y'all) "
        r"(?:won't|will not|don't|do not|wont|will never|won't ever|no longer) (?:have to|need to|"
        r"ever have to|ever need to) (?P<v>(?:deal with|worry about|put up with|see|hear from|"
        r"look after|take care of|think about|bother with|suffer) me)"
        r"(?=\s*(?:anymore|any more|much longer|for much longer|again|ever again|soon|after "
        r"(?:tonight|today)|[.!?]|$))",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i|i'll|i will|i'm going to|soon i'll|soon i will|finally i'll|i won't) (?:\w+ )?"
        r"(?P<v>be at peace|be free|be gone forever|be out of (?:your|everyone's|their) "
        r"(?:hair|way|lives|life)|no longer be a (?:burden|problem)|not be a (?:burden|problem)|"
        r"stop being a (?:burden|problem)|be a (?:burden|problem) (?:anymore|much longer)|"
        r"be with (?:god|jesus|the angels))"
        r"(?=\s*(?:[.!?,;]|$|soon|tonight|tomorrow|forever|at last|finally|anymore|any more|"
        r"much longer|for (?:good|ever)|when|after|then))",
        NEG,
        not_in=r"\b(?:holiday|vacation|retire\w*|weekend|exam|exams|finished|graduat\w*|"
        r"move out|moving out|divorce|debt|loan|paid off|mortgage)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i|i'll|i will|i'm|i am) (?:\w+ )?(?P<v>(?:won't|will not|wont|not going to|"
        r"am not going to|'m not going to) (?:be (?:alive|here much longer|around much longer|"
        r"here for (?:much )?longer|around for (?:much )?longer|here (?:by|after|for) "
        r"(?:tomorrow|morning|christmas|new year|my birthday|the weekend)|alive (?:by|for|"
        r"after|to see))|live to see|wake up (?:tomorrow|in the morning)|see (?:the )?"
        r"(?:morning|sunrise|tomorrow|another day|next (?:week|year|month)|christmas|"
        r"my (?:next )?birthday)))\b",
        OTHER,
        not_in=r"\b(?:shift|office|work|school|class|meeting|party|home|flat|town|country|"
        r"online|available|in the office|on call|at (?:the|my)|back|dinner|festival|event|"
        r"wedding|till|until)\b|" + _AWAY_ON_THE_DAY,
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i|i've|i have|i just|i already|already|and) (?:\w+ )?(?P<v>(?:left|leaving|"
        r"written|wrote|writing|recorded|sent|sending) (?:\w+ ){0,3}?goodbyes? (?:for|to) "
        r"(?:my|everyone|everybody|them|all|you))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:party|wedding|flight|trip|holiday|vacation|moving|job|colleagues|"
        r"coworkers|school|class|students|graduat\w*|leaving do)\b",
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:leav(?:e|ing)|left|writ(?:e|ing)|wrote) (?:a |my )?(?:note|letter) "
        r"behind)\b",
        NEG,
    ),
    cue(
        S.FAREWELL,
        r"(?:\b(?:so|and|anyway|well|then)\s+|^)(?P<v>(?:goodbye|bye|farewell))"
        r"(?:\s+(?:i'm sorry|sorry|forever|all|everyone|guys))?\s*[.!]*\s*$",
        level=NONE,
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i've|i have|i|i just|already|and) (?:\w+ )?(?P<v>(?:wrote|written|writing|"
        r"finished|left|leaving) my (?:\w+ )?notes?)(?=\s*(?:[.!?,;]|$|for|to (?:my|everyone|"
        r"them)|and|already))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:therapist|therapy|exercise|homework|session|revision|lecture|class|"
        r"exam|study|studying|meeting|notes? app|sticky|fridge|shopping|to-?do)\b",
    ),
    cue(
        S.PREPARATION,
        r"\b(?:i'm|i am|i've been|i have been|been|i|i've) (?:\w+ )?(?P<v>(?:stockpil(?:e|ed|ing)|"
        r"hoard(?:ed|ing)?|sav(?:ed|ing) up|stash(?:ed|ing)?|saving|collect(?:ed|ing)|"
        r"gathering|gathered|accumulat(?:ed|ing)) (?:my |all my |the |some |"
        r"up )?(?:\w+ )?@PILLS)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:trip|travel|holiday|vacation|abroad|pharmacy|prescription|refill|"
        r"shortage|money|cash)\b",
    ),
    # Things that read as goodbyes only when the conversation is already dark.
    cue(
        S.FAREWELL,
        r"\b(?:i've|i have|i|i just|already|and) (?:\w+ )?(?P<v>(?:wrote|written|writing|left|"
        r"leaving) (?:\w+ )?letters? (?:to|for) (?:my (?:family|kids|children|parents|loved ones|"
        r"friends|partner|wife|husband|mum|mom|dad)|everyone|each of (?:them|you)))\b",
        NEG, OTHER,
        level=NONE,
        not_in=r"\b(?:therapist|therapy|counsell?or|exercise|homework|session|suggested|grief|"
        r"christmas|birthday|thank[- ]you|holiday|postcards?|late|died|passed)\b",
    ),

    cue(
        S.FAREWELL,
        r"\b(?P<v>tell (?:my |them |everyone |her |him |all |the )?(?:\w+ )?(?:that )?i "
        r"(?:love|loved|always loved|am sorry|'m sorry|was sorry|'m so sorry|am so sorry)"
        r"(?: (?:her|him|them|you|everyone|all|each other))?)(?=\s*(?:[.!?,;]|$|and|for|"
        r"goodbye|bye|forever|x+))",
        NEG,
        not_in=r"\b(?:birthday|card|wedding|when you see|next time|party|call|visit|"
        r"christmas|anniversary|on the phone)\b",
    ),
    cue(
        S.FAREWELL,
        r"(?:^|[.!?]\s*|\b(?:so|well|anyway|ok|okay)\s+)(?P<v>(?:goodbye|bye|farewell|so long) "
        r"(?:everyone|all|guys|everybody|y'all|all of you|friends|my friends|world|internet|"
        r"reddit|folks|people))\b",
        NEG,
        not_in=r"\b(?:party|wedding|flight|trip|holiday|vacation|move|moving|job|colleagues|"
        r"coworkers|school|class|students|graduat\w*|weekend|tomorrow|next week|later|soon|"
        r"see you|talk soon|offline|break|signing off|logging off|hello)\b",
        requires=("bye", "farewell", "so long"),
    ),
    cue(
        S.FAREWELL,
        r"(?:^|[.!?]\s*|\b(?:and|so)\s+)(?P<v>(?:i'm|i am) (?:so )?sorry for everything|"
        r"(?:please )?forgive me(?: for (?:everything|what i'm about to do|this|what i did))?|"
        r"(?:thank you|thanks|ty) for everything|i love you all|love you all|"
        r"i'll miss you(?: all| guys| everyone)?|i will miss you(?: all| guys| everyone)?|"
        r"it's not your fault|it is not your fault|it's no one's fault|it's nobody's fault|"
        r"this isn't your fault|please don't be sad|don't be sad|don't cry for me|"
        r"remember me|take care of yourselves|take care everyone|i'm sorry mum|i'm sorry mom|"
        r"i'm sorry dad|i'm sorry everyone)(?=\s*(?:[.!?,;]|$|x+\b|<3|❤|💔|goodbye|bye))",
    ),
    cue(
        S.FAREWELL,
        r"\b(?:i|i'll|i will|i'm|i am) (?:\w+ )?(?P<v>(?:won't|will not|wont|not going to) "
        r"be (?:here|around) (?:tomorrow|much longer|anymore|for long|next week|"
        r"for much longer))\b",
        OTHER,
        not_in=r"\b(?:shift|office|work|school|class|meeting|party|home|flat|town|country|"
        r"online|available|on call|at (?:the|my)|back|dinner|holiday|vacation|trip|away|"
        r"travelling|traveling|busy|leave|off)\b",
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:wrote|writing|updated|updating|made|making|drew up|drawing up|finished) "
        r"(?:my|a) will)\b",
        level=NONE,
        not_in=r"\b(?:solicitor|lawyer|estate|pension|mortgage|inheritance|probate|"
        r"trust|couple|married|husband and i|wife and i)\b",
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:giv(?:e|ing)|gave|given) (?:away|out) (?:my|of my|all my) "
        r"(?:\w+ )?(?:clothes|books|plants|furniture))\b",
        level=NONE,
        not_in=r"\b(?:moving|charity|declutter\w*|minimalis\w+|downsiz\w+|old|outgrown)\b",
    ),

    # Not wanting the people they love to be the ones who find them: "so the kids aren't the
    # ones who find me", "I don't want my sister to be the one to find me".
    cue(
        S.PREPARATION,
        r"\b(?:don't|do not|doesn't|does not|won't|wouldn't|isn't|aren't|not|never|rather|so|"
        r"make sure|hope|can't|cannot|shouldn't|mustn't) (?:\w+ ){0,5}?(?:be )?(?P<v>the "
        r"(?:one|ones|person|people|first|first one|first person) (?:who|that|to) (?:finds?|"
        r"discovers?|walks? in on) me)\b|\bso (?:that )?(?:my (?:\w+ )?|the |our )@FINDERS "
        r"(?:don't|doesn't|won't|wouldn't|never|do not|does not|will not) (?:have to )?"
        r"(?P<v2>(?:find|discover) me)(?=\s*(?:[.!?,;]|$|\n|and\b|first\b))",
        FIRST,
        not_in=r"\b(?:hide and seek|game|lost|missing|search party|rescue|lol|haha|soulmate|"
        r"love of my life|the one for me|hiding from|abus\w+|ex|escape|fled|flee\w*)\b",
        requires=("find me", "finds me", "discover me", "discovers me", "walks in on me",
                  "walk in on me"),
    ),
    # The goodbye note as the last thing to do: "just the note left now", "only the letters to
    # write", "all that's left is my note".
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:just|only|all that's left is|all that is left is|all i have left (?:to do )?"
        r"is|the last thing (?:left )?is|now (?:just|only)) (?:to write )?(?:the|my) "
        r"(?:notes?|letters?))(?= left| to (?:write|go|finish|do)|\s*(?:[.!?,;]|$|\n|now\b|"
        r"and\b))",
        not_in=r"\b(?:thank[- ]you|cover|sick|doctor's|christmas|cards?|permission|school|"
        r"teacher|landlord|deposit|complaint|council|application|job|reference|recommendation|"
        r"acceptance|offer|rejection|delivery|post office|parcel|santa|shopping|lecture|revision|"
        r"exam|study|class|music|piano|song|scale|alphabet|word)\b",
        requires=("note", "letter"),
    ),
    # "Wrote my letters tonight." Bare, with no addressee or kind of letter, it is rarely
    # anything but goodbye letters; a concern on its own.
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:wrote|written|writing|finished|sealed|left) (?:all )?(?:of )?my letters)"
        r"(?=\s*(?:[.!?,;]|$|\n|tonight|today|now|last night|this (?:morning|evening|week)|for "
        r"(?:everyone|each)|to (?:everyone|each of)))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:santa|cover|application|recommendation|reference|pen ?pals?|thank[- ]you|"
        r"christmas|cards?|university|ucas|college|job|alphabet|practice|calligraphy|"
        r"handwriting|kindergarten|school|homework|french|japanese|chinese|language|"
        r"council|mp|senator|editor|complaint)\b",
        requires=("my letters",),
    ),
    # A message that waits for after their death: "a scheduled email for after I'm gone",
    # "videos for my kids to watch when I'm dead". Estate letters of the old or the dying say
    # the same words, with their illness or their will in the sentence.
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:messages?|emails?|e-mails?|letters?|notes?|videos?|texts?|posts?|"
        r"recordings?|voice ?notes?)\b(?: \w+){0,6}? (?:after|when|once) i(?:'m| am) (?:gone|"
        r"dead|no longer here|not here|not around|not alive)|schedul\w* (?:an? |the |my )?(?:email|"
        r"message|post|text)s?\b(?: \w+){0,8}? after (?:it's|it is) (?:done|over))\b",
        NEG,
        not_in=r"\b(?:cancer|terminal\w*|diagnos\w*|hospice|palliative|illness|dying of|old age|"
        r"will|solicitor|lawyer|estate|executor|funeral|deploy\w*|military|in case|one day|"
        r"someday|eventually|when i'm old|years from now|retir\w*|moving|move|abroad|holiday|"
        r"vacation|trip|leave|shift|office|work|job|colleagues?|team|class|students?)\b",
        requires=("gone", "dead", "no longer here", "not here", "not around", "not alive",
                  "schedul"),
    ),
    # Secret goodbyes: "saying goodbye to everyone without them knowing".
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:saying|said|say|saying my|said my) goodbyes?(?: \w+){0,5}? without (?:them|"
        r"anyone|anybody|him|her|people|everyone|my \w+) (?:knowing|realising|realizing|"
        r"noticing))\b",
        not_in=r"\b(?:moving|move|abroad|emigrat\w*|job|company|leaving (?:for|to)|surprise|"
        r"party|deploy\w*|university|uni|college|holiday|trip|travel|school|team|dog|cat|pet)\b",
        requires=("goodbye",),
    ),
    # A round of last visits: "my own farewell tour", "last coffee with my sister".
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:a|my|the) (?:own |little |quiet |secret )?(?:farewell|goodbye) tour|last "
        r"(?:coffee|walk|dinner|lunch|visit|hug|conversation|talk|call|chat|drink|meal) with "
        r"(?:my|our) \w+|(?:having|had|have) (?:a lot of |lots of |some |these |all these )?last "
        r"(?:conversations|coffees|walks|dinners|visits|talks|calls|chats))\b",
        level=NONE,
        not_in=r"\b(?:band|concert|tickets?|dates|gigs?|arena|stadium|album|singer|retir\w*|"
        r"career|final season|before (?:she|he|they|i) (?:move|moves|leave|leaves|go|goes)|"
        r"moving|abroad|deploy\w*|holiday|trip|university|hospital|surgery|funeral|died|passed|"
        r"dying|cancer|hospice|wedding|baby|due)\b",
        requires=("farewell", "goodbye", "last "),
    ),
    # Giving their things away, the object before "away": "giving my stuff away".
    cue(
        S.PREPARATION,
        r"(?:\b(?:i'm|i am|i've been|i have been|been|i|i've|i have|started|already|just) "
        r"(?:\w+ )?|^|(?<=[.!?\n] )|(?<=[.!?\n]))(?P<v>giv(?:e|ing)|gave|given) (?:all |most |"
        r"some )?(?:of )?my (?:\w+ )?(?:things|stuff|belongings|possessions|pets?|cats?|dogs?|"
        r"savings|collection|valuables|jewell?ery|games|guitars?|records|books|clothes) away\b",
        NEG, OTHER,
        not_after=r"\s*(?:\w+ )?(?:to (?:charity|a charity|the charity|goodwill|oxfam|the "
        r"(?:food ?bank|shelter|church|school))|because (?:i'm|we're) moving|before (?:the|my|our) "
        r"move|since (?:i'm|we're) moving)",
        not_in=r"\b(?:moving|move house|declutter\w*|konmari|minimalis\w+|downsiz\w+|"
        r"spring clean\w*|old clothes|kids' clothes|baby clothes|outgrown)\b",
        requires=("away",),
    ),
    # Giving things to someone who is not told why: "gave my guitar to my cousin, he doesn't
    # know why".
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:gave|given|giving|handed|handing) (?:\w+ ){0,2}?my (?:\w+ ){0,5}?to (?:my|a|"
        r"the) \w+)\b[^\n]{0,80}?\b(?:(?:he|she|they|nobody|no one) (?:doesn't|don't|didn't|"
        r"does not|do not|did not) (?:know|ask|understand)|(?:nobody|no one) (?:knows|asked|asks|"
        r"understands)) why\b",
        NEG, OTHER,
        not_in=r"\b(?:holiday|vacation|trip|abroad|moving|move|beach|hot|sunny|warm|cold|"
        r"prison|jail|army|camp|hospital|rehab|space|lol|haha)\b",
        requires=("why",),
    ),
    # A new home for a pet: "rehomed my dog", "found a home for my cat". The everyday reasons
    # (allergies, a landlord, a move, a new baby) are excluded; the rest is read with the
    # distress around it, and "so he's safe" makes it a concern on its own.
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:rehomed|re-homed|rehoming|re-homing|rehome|found (?:a )?(?:new |good |"
        r"loving |safe |forever )?homes? for|found someone to (?:take|look after|adopt|have)|"
        r"gave away|giving away|given away|(?:spoke|spoken|talked|asked) (?:to |with )?my "
        r"\w+ about (?:taking|having|looking after|adopting|keeping)) (?:my|the) (?:\w+ )?@PETS|"
        r"found (?:my|the) (?:\w+ )?@PETS (?:a|an) (?:new |good |loving |safe |forever )?home)\b",
        NEG, OTHER,
        level=NONE,
        not_in=_PET_REHOMED_FOR_A_REASON,
        requires=("home", "rehom", "re-hom", "gave away", "giving away", "given away", "about",
                  "someone to"),
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:rehomed|re-homed|rehoming|re-homing|rehome|found (?:a )?(?:new |good |"
        r"loving |safe |forever )?homes? for|found someone to (?:take|look after|adopt|have)) "
        r"(?:my|the) (?:\w+ )?@PETS|found (?:my|the) (?:\w+ )?@PETS (?:a|an) (?:new |good |"
        r"loving |safe |forever )?home)\b[^.!?\n]{0,80}?\b(?:so|and now|now|knowing) (?:he|she|"
        r"they|it)(?:'s| is| are|'re| will be|'ll be) (?:safe|looked after|taken care of|in good "
        r"hands|cared for|going to be (?:ok|okay|fine|safe))\b",
        NEG, OTHER,
        not_in=_PET_REHOMED_FOR_A_REASON,
        requires=("home", "rehom", "re-hom", "someone to"),
    ),
    # Settling what outlives them: beneficiaries, life insurance that pays out after a
    # suicide, a family "covered when I'm not here". Ordinary estate planning says the same
    # words, so these count only with distress or suicidal talk around them.
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:updated|updating|changed|changing|named|naming|added|adding|sorted|checked) "
        r"(?:my|all my) (?:life insurance |pension |policy )?beneficiar(?:y|ies)|(?:life "
        r"insurance|the policy|my policy)\b(?: \w+){0,6}? (?:is |was )?(?:over|more than|past) "
        r"(?:two|2) years|(?:covered|provided for|taken care of|fine financially|financially "
        r"secure|looked after) when i'm (?:not here|gone|no longer here|dead|not around))\b",
        level=NONE,
        not_in=r"\b(?:marri\w*|wedding|divorc\w*|baby|born|newborn|new job|employer|hr|401k|"
        r"ira|roth|enrol\w*|portal|open enrollment|fianc\w*|engaged|cancer|terminal|diagnos\w*|"
        r"hospice|switch\w*|cheaper|quote|premium|broker)\b",
        requires=("beneficiar", "years", "when i'm"),
    ),
    # Asking whether their own insurance pays out after a suicide: a concern as asked.
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:life insurance|the policy|my policy|insurance)\b(?: \w+){0,6}? (?:covers?|"
        r"pays? out|pay|still pays?) (?:\w+ ){0,3}?(?:for |on |if (?:it's |it is |it was )?|"
        r"after )?(?:a )?suicide|suicide (?:clause|exclusion))\b",
        FIRST,
        not_in=r"\b(?:his|her|their|brother|sister|dad|father|mum|mom|mother|son|daughter|"
        r"husband's|wife's|friend|died|passed|death|claim|article|news)\b",
        requires=("suicide",),
    ),
    # Not being around for a date, said as a certainty: "I won't be around for my birthday",
    # "not going to be here for Christmas" (the hedged "don't think I'll be" is hopelessness).
    cue(
        S.PREPARATION,
        r"\b(?:i )?(?:probably |definitely |certainly )?(?:won't|will not|wont|(?:i'm |am )?not "
        r"going to) "
        r"(?P<v>be (?:here|around|alive) (?:for|by|to see|at|until|till) (?:my (?:next )?"
        r"birthday|christmas|new year|the new year|next (?:year|month|week|summer|christmas)|"
        r"the (?:end of the )?(?:year|summer|winter|month)|the weekend|(?:my )?\d\d(?:th)?"
        r"(?: birthday)?))\b",
        OTHER,
        not_in=_AWAY_ON_THE_DAY,
        requires=("be here", "be around", "be alive"),
    ),

    # Buying pills from several pharmacies so nobody asks: a way round the limits on
    # paracetamol sales, and a preparation.
    cue(
        S.PREPARATION,
        r"\b(?P<v>(?:different|several|multiple|separate|various|a few|three|four|five|other) "
        r"(?:pharmacies|chemists|drug ?stores|pharmacy|chemist))\b(?: \w+){0,3}?,? (?:so (?:they|"
        r"the staff|the pharmacist|it) (?:don't|doesn't|won't|wouldn't|didn't|do not|does not|"
        r"will not|would not|can't|cannot)(?: \w+)? (?:ask|notice|question|get suspicious|"
        r"suspect|flag|look)|so (?:nobody|no one|noone) (?:\w+ )?(?:asks|notices|questions|gets "
        r"suspicious|suspects|flags|ask|notice)|to avoid (?:questions|suspicion|the limits?|"
        r"getting flagged)|without (?:anyone|them) (?:noticing|asking))",
        not_in=r"\b(?:addict\w*|habit|withdraw\w*|high|buzz|recreational|dependen\w*|"
        r"pseudoephedrine|sudafed|plan b|morning after|condoms?|pregnancy|shortage|out of stock|"
        r"cheaper|price|prices)\b",
        requires=("pharmac", "chemist", "drug store", "drugstore"),
    ),
    # A note being written for "before I go", in the sentences after it: "wrote a note,
    # deleted it, wrote it again ... it needs to be right before I go".
    cue(
        S.FAREWELL,
        r"\b(?P<v>(?:wrote|writing|written|rewrote|rewriting|write|rewrite) (?:a|the|my) "
        r"(?:\w+ )?note)\b(?:(?!\b(?:pack\w*|flight|trip|holiday|sitter|vacation|travel\w*|"
        r"leave for|go (?:to|on|away|abroad|out)|shift|work)\b)[^\n]){0,300}?\bbefore i "
        r"(?:go|leave|do it)(?=\s*(?:[.!?,;]|$|\n))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:teacher|school|fridge|sticky|shopping|neighbou?r|landlord|cleaner|sitter|"
        r"delivery|thank[- ]you|sick|doctor's|lecture|class|meeting)\b",
        requires=("before i go", "before i leave", "before i do it"),
    ),

    # The means made ready: "I have the rope ready", "the pills counted out and lined up".
    cue(
        S.PREPARATION,
        r"\b(?:i have|i've got|i've|i got|got|have|i've had) (?:the|my|a|all the|all my|enough) "
        r"(?:\w+ )?(?P<v>(?:rope|noose|belt|cord|gun|pistol|rifle|shotgun|handgun|revolver|blade|"
        r"blades|razor|razors|knife|bullet|bullets|helium|charcoal|exit bag|plastic bag|hose) "
        r"(?:all )?(?:ready|prepared|set up|tied|loaded|laid out|in place)|@PILLS (?:all )?"
        r"(?:counted out|lined up|laid out|saved up|ready to (?:go|take)))"
        r"(?=\s*(?:[.!?,;]|$|\n|now\b|for (?:tonight|tomorrow|when)\b|and\b|i\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:camping|climbing|sailing|boat|tent|hunt\w*|range|kitchen|cook\w*|carv\w*|"
        r"chop\w*|turkey|dinner|trip|holiday|week|organi[sz]er|dosette|prescription|pharmacy|"
        r"swing|tree|garden|gym|class|shoot|target|clay|deer|season|defen[cs]e|intruders?|"
        r"burglars?|security)\b",
        requires=("ready", "prepared", "set up", "tied", "loaded", "laid out", "in place",
                  "counted out", "lined up", "saved up"),
    ),
)
