"""Suicidal thinking: wishing to be dead, thinking of killing oneself, talk of suicide."""

from __future__ import annotations

from bot.safety.cues.base import (
    ABOUT_OTHERS,
    ACCIDENT,
    CONCERN,
    END_OF_THOUGHT,
    FICTION,
    FIRST,
    HIGH,
    KILL_SELF_IDIOM,
    NEG,
    OTHER,
    PAST,
    RATHER_THAN,
    RELATIONSHIP,
    Cue,
    S,
    cue,
)

# "Disappear for the weekend", "vanish to a cabin": getting away, not ceasing to be.
_AWAY_FOR_A_WHILE = (
    r"\s*(?:for (?:a|the) (?:bit|while|day|week|weekend|few|couple)|"
    r"(?:on|to|into) (?:a|the|my) (?:holiday|vacation|trip|island|beach|room|cabin|"
    r"mountains?|woods|countryside)|from (?:social media|the internet|facebook|instagram|"
    r"work|school|this party)|off the grid|for (?:a|one) (?:day|night|week)|"
    r"(?:into|under) (?:my|the) (?:duvet|covers|blanket|bed)|(?:in|into) (?:a|the) crowd)"
)

# What a command hallucination tells someone to do to themselves or others. Vague orders
# ("let go", "do it") count only at the end of the order, so "let go of the past" does not.
_HARMFUL_ORDER = (
    r"(?:kill|hurt|harm|cut|burn|stab|hang|drown|shoot|strangle|poison|starve|punish) "
    r"(?:myself|me|yourself|you|him|her|them|people|everyone|someone|my \w+)|"
    r"(?:kill|hurt|harm|cut|burn) (?:myself|yourself)|die|end it|end (?:my|your) life|"
    r"jump(?: off| in front| from)?|overdose|take (?:all )?(?:the|my|your) pills|"
    r"crash (?:the|my|your) car|drive (?:into|off)|swerve|step (?:off|in front)|"
    r"walk into (?:traffic|the road|the sea|the river)|(?:let go|do it)"
    r"(?=\s*(?:[.!?,;\"']|$|\n|now\b|already\b|tonight\b|and\b))"
)

# "Better off if I wasn't around their dog", "relieved if I was gone for the weekend": away
# for a while or from a place, not gone for good.
_FOR_A_WHILE_OR_A_PLACE = (
    r"\s*(?:for (?:the|a|an|one|two|a few|a couple)\b|on (?:holiday|a trip|tour)|"
    r"(?:the|a|an|my|his|her|their|your|our|this|that) \w+|"
    r"(?:to|at|from|around|near|with|in) (?:the|a|an|my|his|her|their|your|our|this|that)\b|"
    r"(?:today|tonight|this week|this weekend|tomorrow|next week)\b|when (?:they|he|she)\b)"
)

# A death that would just happen to them: "if I didn't wake up", "if a bus hit me", "if the
# plane went down", "if I got something terminal".
_CHANCE_DEATH = (
    r"i (?:just |suddenly |simply |never |somehow |randomly )?(?:died|die|dropped dead|"
    r"drop dead|didn't wake up|don't wake up|did not wake up|never woke up|wouldn't wake up|"
    r"(?:got|get|was|were) (?:hit|killed|run over)|crashed|fell asleep at the wheel|"
    r"(?:got|get|caught|catch|developed|had) (?:\w+ ){0,2}?(?:cancer|terminal|(?:a |an |some )?"
    r"(?:\w+ )?(?:disease|illness))|(?:was|were|got) in (?:a|an) (?:\w+ )?(?:accident|crash)|"
    r"went in my sleep|passed (?:away )?in my sleep)"
    r"|(?:a|the|some) (?:\w+ )?@CHANCE_KILLER (?:hit|hits|ran|runs|ran over|runs over|killed|"
    r"kills|took|takes|crushed|fell on|falls on) me"
    r"|(?:the|my|our) (?:plane|flight) (?:crashed|crashes|went down|goes down|fell|falls)"
    r"|something (?:happened|happens|were to happen|was to happen) to me"
    r"|(?:god|the lord|death) (?:took|takes|came for|comes for) me"
)
# Where indifference to dying ends: "I wouldn't mind dying." / "... dying tonight".
_INDIFFERENT_END = (
    r"(?=\s*(?:[.!?,;]|$|\n|now\b|at this point|honestly|tbh|and\b|but\b|if\b|tonight|"
    r"tomorrow|soon|anymore|any more|to be honest|in my sleep|at all|right now|lol))"
)
# Ways of being gone for good that "if I ..., nobody would care" is said about.
_GONE_FOR_GOOD = (
    r"jumped|overdosed|walked into (?:traffic|the sea|the river)|ended it|never came back|"
    r"never came home|didn't come home|didn't wake up|never woke up|vanished|offed myself|"
    r"hung myself|hanged myself"
)
# Relief or indifference at it: "I'd be relieved", "I wouldn't mind", "it'd be a blessing".
_RELIEF = (
    r"(?:(?:i'd|i would|i'll|i will|id|i might|i think i'd|i think id|honestly i'd) "
    r"(?:\w+ ){0,2}?(?:be|feel) (?:\w+ ){0,2}?(?:relieved|happy|glad|grateful|thankful|"
    r"at peace|thrilled|okay with (?:it|that)|ok with (?:it|that)|fine with (?:it|that)|"
    r"at ease)(?!\s+(?:to|that|with|knowing|for|about|because)\b)"
    r"|(?:i|honestly|tbh|ngl|kinda|i really|i honestly) (?:wouldn't|would not|won't|will not) "
    r"(?:really |honestly |even |exactly |actually |be that |be too )?(?:mind|care|be sad|"
    r"be upset|be sorry|complain|fight it|be disappointed|be unhappy|be scared|be afraid|"
    r"miss (?:it|anything|this life|life)|shed a tear)"
    r"|(?:it|that) (?:wouldn't|would not|won't|will not) be (?:the worst(?: thing)?|so bad|"
    r"too bad|a bad thing|a tragedy)"
    r"|(?:it|that)(?: would|'d| will|'ll) be (?:a relief|a blessing|a mercy|a gift|nice|"
    r"for the best|a good thing|perfect|ideal|welcome)"
    r"|(?:that's|that is|that'd be|that would be|it's|it'd be) (?:fine|okay|ok|alright|good) "
    r"(?:with|by) me|so be it"
    r"|i(?:'d| would) welcome it)"
)
# Acceptance of dying some day, a will, a joke: not a wish to be dead now.
_NOT_RELIEF = (
    r"\b(?:old age|when i'm old|at (?:a|an) (?:old|ripe)|in my (?:80s|90s|eighties|nineties)|"
    r"no regrets|lived a (?:good|full|great|happy)|bucket list|(?:relief|relieved|comfort\w*|"
    r"peace of mind|happy|glad) (?:to know|knowing)|provided for|looked after|organ donor|"
    r"donate my organs|my will|funeral plan|life insurance polic\w*|joke|joking|kidding|"
    r"game|level|respawn|character|zombie)\b"
)

# Where a waking-up thought ends: "... that I'm still here." / "... every morning".
_WAKING_END = (
    r"(?=\s*(?:[.!?,;]|$|\n|again|every|each|in the morning|and (?:realis|realiz|remember|"
    r"i'm still|i am still|find i'm|it all)|alive|another|to (?:another|face)))"
)
# Someone else's mood on waking ("my son is grumpy when he wakes up") and ordinary reasons
# to be disappointed by a morning.
_THEIR_MOOD = r"\b(?:he|she|his|her|my (?:\w+ )?(?:@PERSON|dog|cat|puppy))\s+(?:\w+\s+){0,2}$"
_ORDINARY_WAKING = (
    r"\b(?:alarm|nap|hangover|hungover|dream|nightmare|monday|school day|work day|workday|"
    r"snow|rain|christmas|birthday|holiday|lie[ -]in|early|late|baby|toddler|kids|puppy|"
    r"jet ?lag|cold|flu|migraine|sore|headache|at (?:work|the office|school)|exam|test|"
    r"interview)\b"
)

# A thing as the subject just before: "my plants keep committing suicide", "my phone battery
# is suicidal" (not "my plants died and I am suicidal").
_THING_SUBJECT = (
    r"\b@NON_HUMAN\s+(?:(?!(?:i|i'm|and|but|so|because|then|me|my|we)\b)[\w']+\s+){0,3}$"
)

IDEATION: tuple[Cue, ...] = (
    # Command hallucinations: "the voices keep telling me to hurt myself".
    cue(
        S.COMMAND_VOICES,
        r"\b(?:the|a|these|those|my|this|that|some) (?:\w+ )?(?P<v>voices?) "
        r"(?:(?:in|inside) (?:my|me) (?:head|mind|ears?)|i (?:keep )?hear(?:d)?|again|"
        r"that i hear)?,? ?(?:\w+ ){0,2}?(?:tells?|told|telling|says?|said|saying|whispers?|"
        r"whispered|whispering|orders?|ordered|ordering|commands?|commanded|urges?|urged|"
        r"urging|screams?|screaming|shouts?|shouting|wants?|wanted|yells?|yelling|keeps? "
        r"(?:telling|saying|shouting|screaming))"
        r"(?: (?:to )?(?:me|at me))?(?: that)?,?[^.!?\n]{0,60}?\b(?:to |i should |i must |"
        r"i need to |i have to |\"|')?(?:just )?(?:" + _HARMFUL_ORDER + r")\b",
        NEG, PAST, FICTION,
        not_in=r"\b(?:his|her|their|your|mum's|mom's|dad's|mother's|father's) voice\b|"
        r"\bvoice (?:of reason|assistant|note|notes|message|messages|mail|over|actor|actress|"
        r"acting|chat|call|recognition|control|search|command|memo)|\bvoicemail|\balexa\b|"
        r"\bsiri\b|\bgps\b|\bsat ?nav\b|\bsinger|\bsong|\bchoir\b",
        requires=("voice",),
    ),
    cue(
        # Someone else killing them, wished for or arranged: active ideation in another form.
        S.ACTIVE_IDEATION,
        r"\b(?:hire|pay|paying|hiring|find|get) (?:someone|somebody|a hitman|a hit man|"
        r"a stranger|an assassin|a psycho\w*|a \w+) to (?P<v>@KILL) me\b",
        NEG,
    ),
    cue(
        # Asking whether living is worth it: passive ideation, a reason to check in.
        S.PASSIVE_IDEATION,
        r"\b(?:is|was) (?:it|life|living|this life|any of this) (?:even |really |actually )?"
        r"(?P<v>worth (?:it to )?(?:liv(?:e|ing)|being alive|staying alive|carrying on|"
        r"going on|sticking around))\b",
        NEG, OTHER, level=CONCERN,
    ),
    # "kill myself", "hang myself", "unalive myself" (after normalisation), "top myself".
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>kill(?:s|ed|ing)?|hang(?:s|ed|ing)?|hung|shoot(?:s|ing)?|shot|"
        r"drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|suffocat(?:e|es|ed|ing)|gas(?:sed|sing)?|"
        r"electrocut(?:e|es|ed|ing)|murder(?:s|ed|ing)?|asphyxiat(?:e|ed|ing)|"
        r"strangl(?:e|ed|ing)|stab(?:s|bed|bing)?|slit|slitting|suicide|suiciding) @SELF\b",
        NEG, OTHER, PAST,
        not_after=KILL_SELF_IDIOM + r"|\s*in (?:my )?(?:work|paperwork|coffee|books?|music|"
        r"tv|games|drink|alcohol|food|chocolate|debt|love|studies|revision|the gym|training)\b",
        not_before=RATHER_THAN + r"|@QUOTED_BY_OTHERS",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:to|will|'ll|just|should|might|could|gonna|going to|i|and|finally|wanna|"
        r"want to|gonna|shall|must) (?P<v>off|top|end|neck|rope|delete|do) @SELF\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:up\b|a favou?r|some good|justice|proud)",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>end(?:s|ed|ing)?|take|takes|taking|took|taken|finish(?:ing|ed)?) "
        r"(?:my|my own) (?:own )?(?:life|existence)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:back|in (?:my|a|another|the|new)|into|seriously|forward|to the next|"
        r"more|one day|day by day|for granted|over|off (?:hold|pause)|in hand|apart)",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>end(?:s|ed|ing)?|finish(?:ing|ed)?) (?:it all|everything|my suffering|"
        r"my misery|my existence|this existence|it once and for all|my pain forever|"
        r"this life|it for good)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:with|between|for (?:good )?with)",
        not_in=r"\bend everything (?:on|with) a\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:wants? to|wanted to|wanting to|going to|gonna|ready to|decided to|plan(?:ning)? to|"
        r"need to|thinking (?:about|of)|thought (?:about|of)|think about|considering|"
        r"contemplating|about to|just|should|might|will|'ll|wish i could|reasons? not to|"
        r"reasons? to not) "
        r"(?:just |finally |really |probably |seriously )?(?P<v>end(?:ing)? it|end(?:ing)? things)"
        r"(?=\s*(?:[.!?,;:)\"']|$|\n|and\b|but\b|so\b|because\b|lol\b|anymore\b|now\b|"
        r"already\b|tonight\b|today\b|tomorrow\b|soon\b|with (?:a|an|my|the|some|pills|"
        r"\w+ing)\b))",
        NEG, OTHER, PAST,
        not_in=RELATIONSHIP,
        not_after=r"\s*with (?:him|her|them|my (?:\w+ )?(?:@PERSON)|the (?:guy|girl|relationship))",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>commit(?:s|ted|ting)?|do(?:ing)?) (?:a )?suicide\b",
        NEG, OTHER, PAST,
        not_before=r"\b@SUICIDE_IDIOM\s*$|\bto\s*$|" + _THING_SUBJECT,
        not_after=r"\s*(?:rates?|statistics|by cop|@SUICIDE_COMPOUND\b)",
        not_in=r"\b@SUICIDE_AS_TOPIC\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:think|thinking|thought|thoughts|considering|consider|considered|"
        r"contemplat(?:e|ing|ed)|fantasi[sz](?:e|ing|ed)|dream(?:ing|t|ed)?|obsess(?:ing|ed)?|"
        r"ruminating|planning|researching|romanticis(?:e|ing)|romanticiz(?:e|ing)|"
        r"flirted with|flirting with|toying with|toy with|obsessed with) "
        r"(?:about |of |on |with )?(?:\w+ )?(?P<v>suicide|killing myself|unaliving|"
        r"ending (?:it all|my life|"
        r"my own life|things|it)|taking my (?:own )?life|hanging myself|overdosing|"
        r"jumping (?:off|from|in front))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:ending (?:it|things) with|assisted suicide|"
        r"(?:his|her|their|a friend's|my friend's) suicide|thesis|dissertation|prevention|"
        r"essay|coursework|lecture|seminar|article|paper on|@SUICIDE_AS_TOPIC)\b",
        not_after=r"\s*(?:with|between)\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>jump(?:ing|ed)?|throw(?:ing)? myself|threw myself|step(?:ping)?|"
        r"walk(?:ing)?|lie|lying|lay) (?:off|from|in front of|under|into|onto|on) "
        r"(?:a |the |my |some |an )?(?:\w+ )?(?:@HIGH_PLACES|train|bus|truck|lorry|car|traffic|"
        r"tube|"
        r"subway|highway|motorway|freeway)\b",
        NEG, OTHER, PAST, FIRST, FICTION,
        not_in=r"\b(?:bungee|dive|diving|swim|swimming|paddle|kayak|pool|parachut\w*|"
        r"for fun|adrenaline|skate\w*|parkour|bmx|snowboard\w*|ski\w*|"
        r"skydiv\w*|cliff jumping|tombstoning|holiday|vacation|bus stop|train station)\b",
    ),
    # A car as the means: "crash my car into a wall", "drive into oncoming traffic".
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:to|i|i'll|i will|i'd|i could|i might|i want to|want to|wanna|going to|gonna|just|"
        r"about|of|thinking|thought|tempted to|urge to|nearly|almost|keep|kept|should|could|"
        r"might|would) (?:\w+ )?(?P<v>(?:crash(?:ing)?|wrap(?:ping)?|driv(?:e|ing)|steer(?:ing)?|"
        r"swerv(?:e|ing)|ram(?:ming)?|slam(?:ming)?|plough(?:ing)?|plow(?:ing)?) (?:my car |"
        r"the car |it |myself )?(?:straight |head[- ]first |head on |head-on )?(?:into|off|in "
        r"front of|under|around) (?:a |the |an |some )?(?:oncoming traffic|traffic|wall|tree|"
        r"lorry|truck|bus|train|bridge|cliff|river|lake|barrier|pillar|lamppost|lamp post|"
        r"concrete|overpass|embankment|ditch|the sea|a semi)|(?:crash(?:ing)?|wreck(?:ing)?) "
        r"(?:my|the) car (?:on purpose|deliberately|intentionally)|let go of the (?:steering )?"
        r"wheel(?: on (?:the|a) (?:motorway|highway|freeway))?)\b",
        NEG, OTHER, PAST, FIRST, FICTION,
        not_in=r"\b(?:accident(?:al(?:ly)?)?|by mistake|nearly (?:crashed|hit)|almost "
        r"(?:crashed|hit)|icy|ice|skid\w*|snow|fog|brakes? failed|fell asleep at the wheel|"
        r"lesson|instructor|test|sat ?nav|gps|parking|reversing|reversed|park|garage door|"
        r"dream|nightmare|game|racing|simulator)\b",
        requires=(
            "crash", "driv", "steer", "swerv", "ram", "slam", "plough", "plow", "wrap", "wreck",
            "wheel",
        ),
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>slit(?:ting)?|slash(?:ing)?|cut(?:ting)?|open(?:ing)? up) (?:my|both my) "
        r"(?:wrists?|throat|veins|neck)\b",
        NEG, OTHER, PAST,
        not_in=ACCIDENT,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>blow(?:ing)?|blew|shoot(?:ing)?|shot|put(?:ting)? a bullet|"
        r"put(?:ting)? a gun|stick(?:ing)? a gun) (?:\w+ )?(?:through |in |into |to |off |out )?"
        r"my (?:own )?(?:brains?|head|skull|temple|mouth)(?: (?:out|off|in))?\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:headache|hair|in my head (?:about|over|thinking))\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>drink(?:ing)?|drank|swallow(?:ing|ed)?) (?:some |the |a bottle of |a cup of )?"
        r"(?:bleach|antifreeze|poison|rat poison|weedkiller|cyanide|drain cleaner)\b",
        NEG, OTHER, PAST, FIRST,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:i|i'm|i am|i'll|i will|i've|i want to|want to|going to|gonna|thinking (?:about|of)) "
        r"(?:\w+ )?(?P<v>overdos(?:e|ing)|od(?:ing)?)(?: on \w+)?(?:\s+(?:tonight|today|soon|"
        r"and|again)|" + END_OF_THOUGHT + r")",
        NEG, OTHER, PAST,
        not_in=r"\b(?:accidental(?:ly)?|narcan|naloxone|fentanyl test|harm reduction|"
        r"can (?:you|i|one|someone) overdose)\b"
        r"|\boverdos\w* on (?:happiness|love|cuteness|chocolate|sugar|coffee|caffeine|netflix|tv|"
        r"memes|sunshine|joy|kindness|cake|candy|sweets|puppies|music|anime|games|cheese|pizza)\b",
    ),
    # A diary-style fragment: "Suicidal again.", "suicidal af tonight".
    cue(
        S.SUICIDE_TALK,
        r"(?:^|(?<=[.!?\n])|(?<=[.!?\n] ))(?P<v>suicidal)(?=\s+(?:again|today|tonight|lately|"
        r"every day|all the time|right now|af|asf|as hell|as fuck|and\b|but\b)|\s*[.!?,]|\s*$)",
        NEG, PAST,
        level=HIGH,
        requires=("suicidal",),
    ),
    # "I'm suicidal", "feeling suicidal", "I've had suicidal thoughts".
    cue(
        S.SUICIDE_TALK,
        r"\b(?:i'm|i am|am|feel|feeling|felt|feels|been|be|being|get|getting|got|become|"
        r"became|go|went|so|very|really|extremely|actively|passively|pretty|kinda|kind of|"
        r"super|quite|incredibly|chronically|severely|seriously|highly|increasingly|more|"
        r"still|too|always|often|constantly|slightly|mildly|bit|little|was|were|i've been|"
        r"fucking|become|feeling so) (?P<v>suicidal)\b(?! (?:people|person|friends?|patients?|"
        r"clients?|teens?|kids?|students?|users?|individuals?|ones?|men|women))",
        NEG, OTHER, PAST,
        level=HIGH,
        not_before=_THING_SUBJECT,
        requires=("suicidal",),
    ),
    cue(
        S.SUICIDE_TALK,
        r"\b(?:my|have|having|had|get|getting|got|with|experiencing|experienced|"
        r"struggling with|struggle with|battling|fighting|deal with|dealing with|been having|"
        r"these|the|constant|intrusive|daily|more) "
        r"(?:\w+ )?(?P<v>suicidal (?:thoughts?|ideations?|feelings?|urges?|tendencies|thinking|"
        r"impulses?|episodes?|crisis|moods?|ideas)|thoughts? (?:of|about) (?:suicide|"
        r"killing myself|"
        r"ending (?:it|my life|it all)|taking my (?:own )?life|dying|death))\b",
        NEG, OTHER, PAST, FIRST,
        level=HIGH,
        requires=("suicidal", "thought"),
    ),
    # Any other first-person talk of suicide: enough for a clinician to look.
    cue(
        S.SUICIDE_TALK,
        r"\b(?P<v>suicid(?:e|al|ality)|suicide attempts?|kill myself|killing myself)\b",
        NEG, OTHER, PAST, FIRST,
        not_before=r"\b(?:@SUICIDE_IDIOM|his|her|their|a|lost (?:\w+ ){0,3}to|"
        r"(?:friend|brother|sister|mum|mom|dad|father|mother|son|daughter|cousin|uncle|aunt|"
        r"husband|wife|partner)'s|double|mass|murder[- ]|joint|collective|apparent|alleged|"
        r"ruled (?:a|as)?)\s*$|" + _THING_SUBJECT + r"|"
        # "Was Van Gogh's death really suicide?", not "my brother's death was suicide".
        r"(?<!my )(?<!our )\b[a-z]+'s (?:death|passing|demise|case)\s+(?:\w+\s+){0,3}$|"
        r"@QUOTED_BY_OTHERS|"
        # A nickname in quotes: we called it a 'suicide'.
        r"\b(?:called|calls?|named|nicknamed|known as|dubbed)\b[^.!?]{0,80}?['\"]$",
        not_after=r"\s*(?:@SUICIDE_COMPOUND)\b|['\"]?\s*(?:is|was)? ?(?:a|the) (?:drink|soda|"
        r"mix|flavou?r)",
        not_in=ABOUT_OTHERS + r"|\b@SUICIDE_AS_TOPIC\b|\b(?:would|'d|will|could|might|is|was|'s) "
        r"(?:be |like )?"
        r"(?:\w+ )?suicide (?:to|for (?:me|us|you|anyone|him|her|them|a \w+) to) "
        r"(?!(?:kill|end|die|take|jump|hang|overdose))|\b(?:decriminali[sz]\w*|criminali[sz]\w*|"
        r"(?:ever |still )?a crime|illegal|"
        r"act (?:of )?1\d{3}|parliament|statute|legislation|history of)\b",
    ),
    # Wanting to be dead: "want to die", "wish I could just die", "ready to die".
    cue(
        S.PASSIVE_IDEATION,
        r"\b@WANT to @ADV(?P<v>die|be dead|not be alive|not be here anymore|stop existing|"
        r"cease to exist|not exist|stop living|not wake up|never wake up|be gone forever|"
        r"go to sleep forever|sleep forever|sleep and never wake up|not live anymore|"
        r"leave this (?:world|earth|planet|life)|be in heaven|rest forever|fade away|"
        r"disappear forever|be done with life|unexist)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:(?:my|your|her|his|the|our) (?:hair|roots|clothes|shirt|jeans|"
        r"beard|eyebrows|fabric|wool|fringe)|of (?:embarrassment|shame|laughter|laughing|cringe|"
        r"boredom|happiness|jealousy|envy|cuteness|old age)|laughing|"
        r"from (?:embarrassment|laughing)|old\b|happy\b|happily\b|surrounded|"
        r"at (?:a|an) (?:old|ripe)|when i'm old|"
        r"a (?:virgin|hero|legend)|in (?:my )?old age|for (?:my|a) (?:country|cause))",
        not_before=r"\bcross my heart and\s+$|\bdon't\s+(?:\w+\s+)?$(?=.*\banymore)|"
        r"@QUOTED_BY_OTHERS",
        requires=(
            "die", "dead", "alive", "here anymore", "exist", "living", "wake up", "forever",
            "not live", "leave this", "heaven", "fade away", "done with life",
        ),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)) (?:that )?i "
        r"(?:was|were|'d be|would be|could be|could have been|had been) "
        r"(?:\w+ )?(?:dead|never born|not alive|gone|in heaven|in a coma)\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)) (?:that )?(?:i(?= |'d) ?)?"
        r"(?:just |simply |really )?(?:(?:had|'d) never been born|wasn't born|was never born|"
        r"(?:had|'d) never existed|"
        r"never existed|"
        r"didn't exist|did not exist|could (?:just )?(?:stop existing|cease to exist|"
        r"not exist|die|just die|disappear forever|vanish forever|not wake up|sleep forever|"
        r"fall asleep forever|close my eyes forever|go to sleep forever|go to sleep and "
        r"(?:never|not) wake up)|would (?:just )?(?:die|not wake up|"
        r"never wake up|stop existing)|wouldn't wake up|won't wake up|don't wake up|"
        r"never wake up|didn't wake up|never woke up|die in my sleep|die|don't exist|"
        r"could sleep (?:and|&) (?:never|not) wake up)\b",
        OTHER,
        not_in=r"\b(?:hope (?:i|to) (?:don't|never) die|before i die|die (?:old|happy))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)|want(?:ed)?) (?:that )?"
        r"(?:something|someone|somebody|a car|a bus|a truck|a lorry|a train|god|cancer|"
        r"a disease|an accident|a bullet|the world|a plane|lightning|death|nature|the universe|"
        r"life) (?:would |will |to |could )?(?:just )?(?:kill|take|hit|run (?:me )?over|"
        r"end|crush|strike) (?:me|my life)\b",
        NEG,
    ),
    # Fantasising about being dead is a wish, not only a preoccupation (dreams at night are
    # not counted: "I dreamt about dying").
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i|i've|i'm|keep|always|constantly|often|can't stop|cannot stop|been) (?:\w+ )?"
        r"(?P<v>(?:fantasi[sz](?:e|es|ed|ing)|daydream(?:s|ed|ing)?|romanticis(?:e|ing)|"
        r"romanticiz(?:e|ing)|long(?:ing)? for|yearn(?:ing)? for) (?:about |of )?(?:\w+ )?"
        r"(?:being dead|dying|my (?:own )?death|not existing|not being alive|not waking up|"
        r"death))\b",
        NEG, OTHER, PAST, FICTION,
        not_in=r"\b(?:(?:his|her|their|my (?:\w+ )?(?:@LOVED|dog|cat|pet)'s) (?:death|dying)|"
        r"death (?:of|penalty|metal|star|row)|essay|novel|film|movie|character|book|poem|"
        r"goth|aesthetic)\b",
        requires=("fantas", "daydream", "romantici", "long", "yearn"),
    ),
    # Preoccupation with death: "I keep thinking about dying", "I think about death all the
    # time", "I wonder what it would be like not to exist". A clinician should ask.
    cue(
        S.PASSIVE_IDEATION,
        # "[\w']+" so that "I don't think about dying" is matched, and read as negated.
        r"\b(?:i|i've|i'm|keep|always|constantly|often|can't stop|cannot stop|been) (?:[\w']+ )?"
        r"(?P<v>(?:think(?:ing)?|thought|dream(?:ing)?|fantasi[sz](?:e|ing)|obsess(?:ing|ed)?|"
        r"daydream(?:ing)?|ruminat(?:e|ing)) (?:about|of|over|on|with) (?:\w+ )?(?:dying|death|"
        r"my (?:own )?death|being dead|not existing|not being alive|not being here|not waking up|"
        r"my (?:own )?funeral))(?=\s*(?:[.!?,;]|$|\n|a lot|all the time|constantly|every|so|"
        r"more|lately|recently|again|and\b|but\b|i\b|because\b))",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_in=r"\b(?:(?:his|her|their|my (?:\w+ )?(?:@LOVED|dog|cat|pet)'s) (?:death|dying)|"
        r"death (?:of|penalty|metal|star|row)|essay|class|philosophy|course|book|novel|film|"
        r"movie|character|game|podcast|documentary|religion|afterlife|stoic\w*)\b",
        requires=("dying", "death", "dead", "not exist", "not being", "not waking", "funeral"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i|i've|i'm|keep|always|constantly|often|can't stop|cannot stop|been) (?:\w+ )?"
        r"(?P<v>(?:imagin(?:e|ing|ed)|pictur(?:e|ing|ed)|plan(?:ning|ned)?) (?:my (?:own )?"
        r"(?:funeral|death|suicide)|myself (?:dead|in a coffin|hanging|gone)|everyone at my "
        r"funeral|people at my funeral))\b",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_in=r"\b(?:will|wills|insurance|pre-?paid|prepaid|funeral plan|life insurance|"
        r"estate|solicitor|lawyer|executor|pension|old age|dream|nightmare|game|film|"
        r"diagnos\w*|terminal|cancer|hospice|palliative)\b",
        requires=("funeral", "death", "suicide", "dead", "coffin", "hanging", "gone"),
    ),
    cue(
        S.SUICIDE_TALK,
        r"\b(?:the |my |those |these )?(?P<v>dark thoughts) (?:are|have|'ve|keep|came|come|"
        r"started) (?:\w+ )?(?:back|again|coming back|returning|creeping (?:back|in))\b",
        NEG,
        level=CONCERN,
        not_in=r"\b(?:book|novel|film|movie|poem|song|lyrics|character|story)\b",
        requires=("dark thought",),
    ),
    # "What if I just didn't wake up?": wondering aloud about not being alive.
    cue(
        S.PASSIVE_IDEATION,
        r"\bwhat if i (?:just |simply |never |really )?(?P<v>(?:didn't|did not|don't|do not|"
        r"never|wouldn't|won't) wake up|died|wasn't here anymore|wasn't here|wasn't alive|"
        r"stopped existing|ended it|ended it all|disappeared forever|killed myself|"
        r"just stopped living)(?=\s*(?:[.!?,;]|$|\n|tomorrow|tonight|one day|and\b|"
        r"would\b|lol\b|anymore\b|ever\b))",
        NEG, OTHER,
        level=CONCERN,
        not_in=r"\b(?:alarm|in time|on time|early|for (?:work|school|my)|flight|train|"
        r"exam|interview|surgery|operation|anaesthe\w*|anesthe\w*|sleep apnea|sleep apnoea|"
        r"diabet\w*|seizure|allerg\w*|condition|will|insurance|who would look after|"
        r"what would happen to my (?:kids|dog|cat))\b",
        requires=("what if",),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:wonder(?:ing)?|imagin(?:e|ing)|think about) (?:\w+ )?(?P<v>what it (?:would|'d|"
        r"will|might) (?:be|feel) like to (?:just )?(?:not exist|be dead|die|not be here|not "
        r"wake up|stop existing|be gone|disappear forever))\b",
        NEG, OTHER, PAST,
        level=CONCERN,
        requires=("like to",),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i'm|i am|i've been|i feel like i'm|just|basically|only|i'm only|i'm just) "
        r"(?:\w+ )?(?P<v>waiting (?:to die|for (?:death|the end|it all to end|my time|my life "
        r"to end|it to be over|the day i die)))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:queue|line|hold|phone|call|bus|train|results?|dentist|doctor's|"
        r"appointment|waiting room|delivery|parcel|lol|haha)\b",
        requires=("waiting",),
    ),
    cue(
        # A relief to everyone, a favour to them: perceived burdensomeness as a wish to go.
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:everyone|everybody|they|people|my family|the world|you all|y'all|"
        r"my \w+) (?:would|'d|will|'ll) (?:all |just |probably |honestly |finally )?"
        r"(?:be )?(?:relieved|glad|happier|free|better|so much better|lighter) "
        r"(?:if|when|once) i(?:'m| am| was| were|'d)? (?:\w+ )?(?:gone|dead|died|not here|"
        r"not around|disappeared|never came back|killed myself)|(?:doing|do) (?:everyone|"
        r"everybody|them|the world|my family|you all) a (?:favou?r|service) (?:by|if i) (?:just )?"
        r"(?:disappearing|dying|leaving (?:this|the) world|not being (?:here|around|alive)|"
        r"killing myself|ending it|being gone|disappeared|died|was gone|were gone|wasn't here))\b",
        NEG,
        not_after=_FOR_A_WHILE_OR_A_PLACE,
        requires=("if i", "when i", "once i", "favo", "service"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)) (?:that )?i (?:would |will |"
        r"'d |could |might )?(?:just )?(?:get|got|be|end up) (?:in|into|in the middle of) "
        r"(?:a |an )?(?:fatal |bad |car |serious |terrible |plane )?(?:crash|accident|car "
        r"accident|car crash|wreck)\b",
        OTHER,
        not_in=r"\b(?:don't|never|hope not|insurance|lol|haha)\b",
        requires=("crash", "accident", "wreck"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:want|wish|need|i'd like|would like|just want) (?:to )?(?:get )?(?P<v>out of "
        r"(?:this life|life|this world|existence|this existence|living|being alive|this body and "
        r"this life))\b",
        NEG, OTHER, PAST,
        requires=("out of",),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:end|stop|make) (?P<v>(?:the|my|this|all the) pain (?:stop )?(?:permanently|"
        r"for good|forever|once and for all|for ever))\b",
        NEG, OTHER, PAST, FIRST,
        not_in=r"\b(?:surgery|operation|treatment|physio\w*|injection|tooth|teeth|back|"
        r"knee|hip|shoulder|neck|migraines?|headaches?|joint|arthritis|nerve)\b",
        requires=("pain",),
    ),
    # "Dark thoughts" is how many people say suicidal thoughts without saying the word.
    cue(
        S.SUICIDE_TALK,
        r"\b(?:my|having|had|have|get|getting|got|these|the|those|more|with|been having|"
        r"fighting|battling|struggling with|constant|intrusive) (?:\w+ )?(?P<v>dark thoughts)\b"
        r"(?! (?:about|of) (?:the|my|this) (?:exam|job|work|future of|economy|world|country))",
        NEG, OTHER, FIRST,
        level=CONCERN,
        not_in=r"\b(?:book|novel|film|movie|poem|poetry|song|lyrics|album|character|story|"
        r"writing|art|painting|comedy|humou?r|joke|lol|haha)\b",
        requires=("dark thought",),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?|hop(?:e|ed|ing)) (?:that )?i "
        r"(?:would|could|will|'d|might) (?:just )?(?:get|be|die|end up) (?:\w+ ){0,2}?"
        r"(?:hit by|run over|killed|cancer|a terminal|in an accident|into an accident|"
        r"a fatal|shot|murdered|sick and die|struck)\b",
        OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>would|'d|i'd|i would) (?:much )?(?:rather|prefer to|sooner) "
        r"(?:just )?(?:be dead|die|not exist|not be alive|not be here)\b"
        r"(?! than (?!(?:live|living|go on|going on|keep living|carry on|carrying on|"
        r"continue|be alive|being alive|wake up|face|exist)))",
        NEG, OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>better off dead|better off not existing|better off gone|"
        r"better off (?:if|when) i(?:'m| am| was| were|'d)? (?:\w+ )?(?:dead|gone|died|"
        r"not here|not around|never born|disappeared))\b",
        NEG, OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:everyone|everybody|people|they|the world|world|my family|my \w+|you all|y'all|"
        r"you guys|it|things|you|all of you|he|she|we|life) ?(?:would|will|'d|'ll|would all|"
        r"will all|are all|is|are|would really|would honestly) (?:all |just |so |definitely |"
        r"probably |honestly |really )?(?:be )?(?P<v>better (?:off )?without me|"
        r"happier without me|better(?: off)? if i (?:was|were|wasn't|weren't|'m|am|was not|"
        r"were not) (?:\w+ )?(?:dead|gone|here|around|alive|never born)|better off if i "
        r"(?:died|disappeared|killed myself|didn't exist|never existed|was never born))\b",
        NEG,
        not_after=_FOR_A_WHILE_OR_A_PLACE,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:no one|nobody|noone|no-one|not a single (?:person|soul)|no one at all|"
        r"would anyone|would anybody|who) (?:would|will|'d|'ll|even) (?:even |really |actually )?"
        r"(?P<v>miss me|come looking for me|come to my funeral|notice (?:i'm|i was|i am) gone|"
        r"notice if i (?:was|were|'m) gone|even notice i'm gone|care if i (?:died|was gone|"
        r"were gone|disappeared|was dead|were dead|killed myself))\b",
        level=CONCERN,
        not_in=r"\b(?:at the party|if i (?:left early|didn't go|skipped))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:no one|nobody|noone|no-one|who|not a single (?:person|soul)|would anyone) "
        r"(?:\w+ ){0,3}?(?:would|will|'d|'ll) (?:\w+ ){0,2}?(?:care|notice|miss me|"
        r"give a (?:shit|fuck|damn)|be sad|come looking for me)\b[^.!?]{0,25}?"
        r"\b(?P<v>if i (?:died|was dead|were dead|was gone|were gone|disappeared|killed myself|"
        r"die|did it|wasn't here|weren't here|wasn't around|" + _GONE_FOR_GOOD + r"))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>if i (?:died|was dead|were dead|was gone|were gone|disappeared|killed myself|"
        r"die|did it|" + _GONE_FOR_GOOD + r"))(?: (?:tomorrow|today|tonight|right now|now))?,? "
        r"(?:no one|nobody|noone|no-one|would anyone|it wouldn't|it would not|"
        r"(?:it )?(?:would make|makes) (?:no|zero)|nothing would|the world would)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:wouldn't|would not|won't|will not|doesn't|would make (?:no|zero)|makes? (?:no|zero)|"
        r"would make (?:no|zero)) (?:\w+ ){0,3}?(?:difference|matter|change anything) "
        r"(?:to anyone |to anybody |to the world )?(?P<v>if i (?:died|was dead|were dead|"
        r"was gone|were gone|disappeared|wasn't here|weren't here|killed myself|was alive|"
        r"lived or died|live or die))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:sleep|fall asleep|go to sleep|close my eyes|go to bed|lie down|drift off) "
        r"(?:\w+ )?(?:and|&) (?:just )?(?P<v>(?:never|not|don't|won't) (?:\w+ )?"
        r"(?:wake up|wake|open them|open my eyes)(?: again)?)\b",
        NEG,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not|didn't|no longer|not|never) (?:\w+ )?"
        r"(?P<v>want|wanna|wish|feel like|care|have the (?:will|desire|strength)) "
        r"(?:to )?@ADV(?:live|be alive|exist|wake up|stay alive|keep living|keep on living|"
        r"survive|be in this world|be on this earth|be a part of this world|be part of this world|"
        r"continue living|go on living|be living|breathe)\b",
        OTHER, PAST,
        not_after=r"\s*(?:like this|like that|in (?:this|a|that|fear|the|my)|with (?:him|her|"
        r"them|my|a|people|roommates|housemates|flatmates)|here|there|under|at home|near|"
        r"nearby|close|far|abroad|alone(?! anymore)|on my own|forever(?!\s*(?:[.!?]|$))|"
        r"through (?:this|that|another|it)(?! anymore)|to (?:be|see|\d+))",
        not_before=r"\bwhy (?:do|would) (?:\w+ )?$",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not|no longer) (?:\w+ )?(?P<v>want|wanna) (?:to )?@ADV(?:be here|"
        r"be around|go on|keep going|carry on|continue|do this|do life|try)"
        r"(?=\s*(?:anymore|any more|any longer|another day|at all|in this world|on this earth))",
        OTHER, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer) (?:\w+ )?(?P<v>want|wanna) (?:to )?(?:\w+ )?"
        r"(?:live|exist|go on|carry on|keep living|keep going) like this\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not|couldn't|could not|doesn't|no longer) (?:really )?"
        r"(?:care|give a (?:shit|fuck|damn)|mind) (?:about )?(?P<v>(?:if|whether|when) i "
        r"(?:live or die|die|died|wake up|make it|survive|get hit|get killed|am dead|"
        r"'m dead|was dead|live|don't wake up|never wake up)|dying|living or dying|"
        r"whether i live|(?:about )?my (?:own )?life(?: anymore)?)\b",
        OTHER, PAST, FICTION,
        not_after=r"\s*(?:choices|decisions|story|savings|(?:my|his|her|the|it|them) hair)",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>tired|sick|exhausted|weary|done|finished|over|fed up|had enough) "
        r"(?:and tired )?"
        r"(?:of|with) (?:living|being alive|life|existing|existence|being here|breathing|"
        r"waking up|this life|my life|life itself|being a live|staying alive|this world|"
        r"this existence|it all|everything|being a (?:person|human(?: being)?)|being human)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:in (?:this|the|my|a)|here|at|with|as an?|like (?:this|that)|"
        r"paycheck|pay ?check|from|for|admin|insurance|coach\w*|hacks?|lessons?|drama|styles?|"
        r"advice|updates?|events?)",
        not_in=r"\b(?:city|country|town|london|job|work|rent|flat|house)\b",
    ),
    # Worn out by living itself, not by a day or a job: "exhausted from being alive".
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>exhausted|worn out|worn down|drained|weary) (?:from|by) (?:\w+ )?"
        r"(?:living|being alive|existing|staying alive|trying to stay alive|trying to live|"
        r"having to live|having to exist|waking up every day)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:in (?:this|the|a)|with (?:him|her|them|my|roommates|flatmates)|"
        r"on (?:my|a) (?:own|budget)|out of a suitcase|abroad|alone|here|there|near)",
        requires=("exhausted", "worn", "drained", "weary"),
    ),
    # "What am I even living for?": the question is hopelessness even when it gets an answer.
    cue(
        S.PASSIVE_IDEATION,
        r"\bwhat (?:am i|do i|have i got|is there|else is there|'s there|is left|do i have) "
        r"(?:even |still |really |actually |honestly )?(?:have |got )?(?:left )?"
        r"(?P<v>(?:to )?liv(?:e|ing) for)\b",
        OTHER, PAST,
        level=CONCERN,
        requires=("live for", "living for"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:no|not (?:a|any|one)|don't have (?:a|any)|do not have (?:a|any)|can't find (?:a|"
        r"any)|"
        r"cannot find (?:a|any)|nothing|lost (?:my|the|all|any)|without (?:a|any)|losing (?:my|"
        r"the)|"
        r"zero|no real|isn't (?:a|any)|is there (?:a|any)|there's no|there is no|"
        r"give me (?:a|one)) "
        r"(?:single |good |real |more |other |valid )?"
        r"(?P<v>reason|point|will|purpose|desire|motivation|reasons|meaning|incentive|urge) "
        r"(?:left )?(?:to|for|in|of) (?:me )?(?:\w+ )?(?:live|living|life|go on|going on|"
        r"keep going|stay|staying|stay alive|staying alive|be alive|being alive|carry on|"
        r"carrying on|continue|continuing|exist|existing|be here|being here|wake up|waking up|"
        r"my life|keep living|this life|survive|surviving)\b",
        OTHER, PAST,
        not_after=r"\s*(?:in (?:this|the|that) (?:city|country|town|area|house|flat|place)|"
        r"with (?:him|her|them|my|roommates)|here\b|there\b|at home|near|abroad|in london|"
        r"in \w+ (?:city|town|county))",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:nothing|no one|nobody|no-one|noone|(?:don't|do not|haven't|have not|"
        r"haven't got|doesn't feel like i have) (?:have |got )?(?:anything|anyone|anybody)) "
        r"(?:left )?(?:\w+ )?"
        r"(?P<v>to live for|worth living for|"
        r"keeping me (?:here|alive|going)|to stay alive for|to stay for|left for me here|"
        r"tying me here|holding me here)\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:life|living|my life|existence|it|being alive) (?:is|isn't|is not|'s not|feels|"
        r"seems|doesn't feel|does not feel|doesn't seem|ain't|just isn't) (?:\w+ )?"
        r"(?P<v>(?:not )?worth (?:living|it anymore|it any ?more|continuing|the pain|the effort|"
        r"the struggle|fighting for|staying for))\b",
        PAST,
        not_in=r"\bjob\b|\bdegree\b|\bcar\b|\bhouse\b|\bmoney\b|\bdebt\b|\bloan\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:what's|what is|whats|where's|what even is) (?:even )?the (?:fucking |fuckin |damn |"
        r"bloody )?"
        r"(?:(?P<v>point|use) (?:of|in|to) (?:my )?(?:even )?(?:living|life|being alive|"
        r"staying alive|going on|existing|carrying on|waking up|my existence|keep living|"
        r"continuing to live|trying to live|it all anymore)|(?:purpose|meaning) (?:of|in|to) "
        r"(?:even )?(?:living|being alive|staying alive|going on|carrying on|my life "
        r"(?:anymore|any more|now)))\b",
        NEG, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\bwhy (?:am i|should i|do i|would i|must i|the fuck am i|tf am i|the hell am i|"
        r"bother|keep|would anyone want me to|do i even|even) (?:still |even |keep |bother |"
        r"continue |even bother )?(?P<v>alive|living|stay alive|keep living|be alive|exist|"
        r"existing|bother living|keep on living|staying alive|continue living|continue to live|"
        r"go on living|keep on going|carry on living)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:can't|cannot|can not) wait (?:to|until i|till i|for the day i) "
        r"(?P<v>die|be dead|stop existing|am dead|'m dead|leave this world)\b",
        OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>(?:don't|do not) (?:deserve|deserving|have the right) to (?:live|be alive|"
        r"exist|be here|breathe)|(?:deserve|deserves|deserved) to (?:die|be dead|rot|not exist))\b",
        OTHER, PAST,
        not_in=r"\b(?:rapists?|murderers?|pedophiles?|paedophiles?|terrorists?|he|she|they|"
        r"criminals?|people like)\b(?!.*\bi\b)",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:should|should've|should have|ought to|was meant to|was supposed to) "
        r"(?:just )?(?:\w+ )?(?P<v>died|die|be dead|been dead|killed myself|never been born|"
        r"not exist|not have been born|not be here|not be alive)\b",
        OTHER, NEG,
        not_in=r"\b(?:could have|would have|i thought|nearly|almost) died\b|\bshould die "
        r"(?:of|from|laughing)\b|\b(?:plants?|batter(?:y|ies)|phone|laptop|car|dog|cat)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>death|dying|being dead|not existing|not being alive|eternal sleep|"
        r"suicide|killing myself|ending it) (?:is|would be|seems|sounds|feels|looks|is looking|"
        r"is sounding|is feeling|is starting to (?:look|sound|feel)|starts to (?:look|sound)) "
        r"(?:like )?(?:so |more |much |really |the )?(?:the only|my only|only|a|the best|better|"
        r"preferable|peaceful|a relief|an escape|a release|the answer|the solution|a mercy|"
        r"appealing|welcome|nice|inviting|easier|tempting|attractive|comforting|the way out|"
        r"my way out|my best|the right|my|the easy|the easiest|the logical|the only logical|"
        r"a good|good|the last|the|my) ?(?:\w+ )?(?:option|way|escape|choice|solution|answer|"
        r"relief|"
        r"release|peace|out|move|exit|thing|decision|idea|route|mercy|appealing|tempting|"
        r"inviting|welcome|comforting|nice|better|easier|peaceful|preferable|attractive)?\b",
        NEG, PAST,
        not_before=r"\b(?:cause|causes|manner|time|date|place|certificate|risk|rates?|"
        r"circumstances|fear|mystery|day|moment|hour|registration|notification|scene) of\s+$",
        not_in=ABOUT_OTHERS + r"|\bleading cause\b|\b(?:medical examiner|coroner|autopsy|"
        r"post[- ]mortem|inquest|death certificate)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:long|longing|yearn|yearning|wish|wishing|pray|praying|hope|hoping|ready|"
        r"beg|begging|crave|craving|welcome) (?:for )?(?P<v>death|the sweet release|"
        r"eternal sleep|an end to (?:it all|my life|everything)|it all to end|my life to end|"
        r"the end of my life|my own death|to be taken)\b",
        NEG, OTHER,
        not_in=r"\bdeath (?:of|penalty|sentence|star|metal)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:want|wish|need|pray|hope|wanting|wished|wishing) (?:to \w+ (?:and|or) )?"
        r"(?:for )?(?P<v>my life|my existence|life|this life) (?:to |would |could |will )?"
        r"(?:just |finally |already )?(?:end|be over|stop)\b",
        NEG, OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:just|please|someone|somebody|god|lord|anyone|anybody|can someone|"
        r"could someone|pls|plz) (?:please |pls |plz |just |fucking )*(?P<v>kill me|end me|"
        r"shoot me|take me|put me out of my misery)\b(?! (?:up|out to|to the|home|with you|"
        r"to (?:a|the|my)|there|back|along|away))",
        level=CONCERN,
        not_in=r"\blol|lmao|haha|😂|🤣\b|\b(?:meeting|monday|exam|homework|traffic|"
        r"queue|hangover|dentist|commute)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>kill me|end me)\s+(?:now|already|please|pls|plz)\b",
        level=CONCERN,
        not_in=r"\blol|lmao|haha|😂|🤣\b|\b(?:meeting|monday|exam|homework|traffic|"
        r"queue|hangover|dentist|commute)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i|i'm|i am|i've|i feel|feel) (?:\w+ )?(?:ready|prepared|waiting|wanting) "
        r"(?:to |for )?(?P<v>(?:let go of|leave) (?:this|my) (?:life|world|earth)|"
        r"(?:my|the) (?:death|end|life to end))\b",
        NEG, OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:want|wish|wanted|need|i'd like) to (?:just )?(?P<v>disappear|vanish|not be here|"
        r"stop being|evaporate|not be around|go away forever|cease|be forgotten|"
        r"be erased|not have been born|fade into nothing|rot|un-?exist)\b",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_after=_AWAY_FOR_A_WHILE,
        # "When I said I want to disappear I meant go on holiday": explained away.
        not_in=r"\b(?:i (?:just )?meant|i mean (?:like )?(?:go|on|a|take|move)|as in (?:go|on|a|"
        r"take|move)|not in a (?:bad|dark|suicidal|scary) way)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|pray(?:ed|ing)?) (?:that )?i could (?:just |simply |somehow |"
        r"really )?(?:disappear|vanish|fade away|evaporate|be erased|be forgotten)\b",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_after=_AWAY_FOR_A_WHILE,
        requires=("disappear", "vanish", "fade", "evaporat", "erased", "forgotten"),
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:want(?:ed)? to|wanna|going to|gonna|ready to|tempted to|urge to|about to|"
        r"could(?:n't)?|can't|couldn't|didn't|unable to|able to|courage to|balls to|guts to|"
        r"nerve to|strength to|brave enough to|almost|nearly|just) (?:\w+ )?"
        r"(?P<v>pull (?:the|that|my) (?:\w+ )?trigger)\b(?! on\b| and (?:buy|order|get|book))",
        NEG, OTHER, PAST, FICTION,
        not_in=r"\b(?:deal|decision|offer|house|purchase|job|sale|plan|project|move|wedding|"
        r"trade|investment|launch|divorce|breakup)\b",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:i|i've|i have|i'm|i am|i was|i've been|been) (?:\w+ )?(?P<v>almost|nearly|"
        r"came close to|come close to|so close to) (?:\w+ )?(?:ended it|ending it|killed myself|"
        r"killing myself|did it|doing it|went through with it|going through with it|"
        r"took my (?:own )?life|taking my (?:own )?life|jumped|overdosed)\b",
        OTHER, PAST,
        not_in=RELATIONSHIP,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:i'm|i am|i'll be|i will be|about to be|soon to be|gonna be|going to be) "
        r"(?P<v>joining the (?:\d+|twenty[- ]\w+) club)\b",
        NEG, OTHER,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:i|i'll|i will|i'd|i'm going to|i want to|i need to|where (?:do|can|could|would) "
        r"(?:you|i|one)|how (?:do|can|could|would) (?:you|i|one)|can i|could i) (?:just )?"
        r"(?P<v>(?:hire|pay|get|ask|beg|find) (?:someone|somebody|a \w+|anyone) to (?:@KILL) "
        r"(?:me|you))\b",
        NEG, OTHER,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>(?:keep|stop|stopping|keeping|kept|stopped|hold|holding|held) myself "
        r"(?:back )?from (?:killing myself|doing it|acting on (?:it|them|these thoughts|"
        r"my thoughts)|committing (?:to )?it|ending it|going through with it|jumping|"
        r"overdosing|hurting myself|cutting))\b",
        OTHER, PAST,
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:i'll|i will|i'm going to|i am going to|i'll probably|i will probably|"
        r"i'll soon|soon i'll|i'll already) (?P<v>be dead)(?=\s*(?:[.!?,;]|$|by|before|soon|"
        r"tomorrow|tonight|in|within|when|next|anyway|and|so|because|this|after))",
        NEG, OTHER,
        not_in=r"\b(?:if i (?:eat|have to|hear|sit|don't get|miss)|of (?:boredom|"
        r"embarrassment|laughter|shame)|by the time (?:this|that|they|the) (?:\w+ )?"
        r"(?:is|are|gets|get|comes|pays|finishes|is built|is fixed|arrives)|when (?:this|that|"
        r"they|the) (?:\w+ )?(?:is|are|gets|comes|arrives|happens))\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:peace|comfort|relief|solace|calm) (?:in|from) (?:the )?(?:thought|idea|prospect) "
        r"of (?P<v>not (?:existing|being (?:alive|here|around)|waking up|living)|dying|death|"
        r"my death|ending it|killing myself|suicide|being dead)\b",
        NEG, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wak(?:e|ing) up (?:every (?:day|morning) )?(?:wishing|hoping|praying) "
        r"(?:that )?i (?:didn't|hadn't|was dead|were dead|wasn't alive|weren't alive|"
        r"wouldn't|didn't wake|never woke|had died|was gone))\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>wish(?:ed|ing)?|hop(?:e|ed|ing)|pray(?:ed|ing)?) (?:that )?i (?:had|'d get|"
        r"would get|could get|get|got) (?:\w+ )?(?:cancer|a terminal (?:illness|disease)|"
        r"a fatal (?:illness|disease)|a deadly (?:illness|disease)|sick and die|hit by)\b",
        OTHER,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:what|how) (?:\w+ )?(?:life|the world|things|everyone|everything|my family|"
        r"people) (?:would|will|could) (?:be|look) (?:like )?(?P<v>without me(?: here| in it|"
        r" around)?)(?=\s*(?:[.!?,;]|$|and|if|but))",
        NEG,
        level=CONCERN,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not|can't|cannot|no longer) see (?:the|any|a) (?:\w+ )?"
        r"(?P<v>point|reason|purpose) (?:in|of|to) (?:living|being alive|life|going on|"
        r"staying alive|"
        r"carrying on|existing|keep living|waking up|my life)\b",
        OTHER, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|can't|cannot|no longer) see (?:the|any|a) (?:\w+ )?"
        r"(?P<v>point) (?:in|of|to) (?:anything|it all|trying|any of (?:it|this)|"
        r"doing anything|getting up)\b",
        OTHER, PAST,
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:wouldn't|would not|won't|will not|wouldn't really) (?:really )?(?:mind|care) "
        r"(?P<v>if i (?:died|was dead|were dead|didn't wake up|never woke up|got hit|got killed|"
        r"disappeared|was gone|stopped existing|just died))\b",
        OTHER,
    ),
    # --- Slang verbs in every form: "offing myself", "topped myself", "unaliving". ----------
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>off(?:ing|ed)|top(?:ping|ped)|unaliv(?:e|es|ing|ed)|neck(?:ing|ed)) @SELF\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:up\b|off\b|out\b|a favou?r|with (?:a|some|coffee|tea|water)|from)",
        requires=("myself", "my own self"),
    ),
    cue(
        # "Do myself in" (British): "thinking of doing myself in", "I'll do myself in".
        S.ACTIVE_IDEATION,
        r"\b(?:to|will|'ll|might|could|should|going to|about|of|considering|just|nearly|"
        r"almost|want to|wanted to) (?P<v>do(?:ing)? myself in)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:with|at|by|doing|trying|working|running|lifting)\b",
        requires=("myself in",),
    ),
    # Death slang as a wish: "can't wait to be six feet under", "want to unalive".
    cue(
        S.PASSIVE_IDEATION,
        r"\b@WANT to @ADV(?P<v>be (?:six|6) (?:feet|foot|ft) (?:under|deep)|"
        r"(?:be )?push(?:ing)? up (?:the )?daisies|kick the bucket|bite the dust|meet my maker|"
        r"be worm food|unalive|un-alive|be in a (?:coffin|body bag|box six feet under))\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:list|of (?:laughter|embarrassment)|when i'm old|"
        r"at (?:a|an) (?:old|ripe))",
        requires=("feet", "foot", "ft ", "daisies", "bucket", "dust", "maker", "worm food",
                  "alive", "coffin", "body bag"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:@WANT|going|ready) to (?:just )?(?P<v>quit (?:life|living|existing|being alive|"
        r"this life|the game of life|existence))\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:in (?:the|this|a)|as (?:a|an)|on (?:the|a)|at (?:the|a))",
        requires=("quit",),
    ),
    # Logging off for good: leaving an app, or leaving life. Said of life it is ideation;
    # said alone it is a goodbye-like line, read with the rest of the conversation.
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>log(?:ging|ged|s)? (?:off|out)) (?:of |from )?(?:life|existence|this life|"
        r"this world|everything|irl|in real life|for real)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:social media|facebook|twitter|instagram|tiktok|reddit|snapchat|discord|"
        r"server|app|website|account|accounts|game|steam|xbox|playstation|laptop|computer|"
        r"work email|teams|slack|zoom)\b(?!.{0,40}\bwhole thing\b)",
        requires=("log",),
    ),
    cue(
        S.FAREWELL,
        r"\b(?P<v>log(?:ging|ged|s)? (?:off|out)) (?:for good|permanently|forever|"
        r"for the (?:last|final) time)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:social media|facebook|twitter|instagram|tiktok|reddit|snapchat|discord|"
        r"server|app|website|account|accounts|game|steam|xbox|playstation|this site|"
        r"this forum|this sub|detox|screen time|internet|online|phone|work email|teams|slack|"
        r"zoom)\b(?!.{0,40}\b(?:whole thing|not just)\b)",
        requires=("log",),
    ),
    # "Catch the bus" is an online euphemism for suicide; it counts when marked as one.
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?P<v>catch(?:ing)? the bus)\b(?=[^\n]{0,30}?\b(?:not the (?:actual|real|literal|"
        r"physical) (?:one|bus)|you know what i mean|if you know you know|for good|"
        r"permanently|one way|the final one|the last one)\b)",
        # "Anyone else think about ...?" is the speaker's own thought asked as a question, so
        # the subject is not checked by the parser; other people's thoughts are excluded here.
        NEG, PAST,
        not_before=r"\b(?:he|she|they|his|her|their|my (?:\w+ )?(?:@PERSON))\s+(?:\w+\s+){0,3}$",
        requires=("the bus",),
    ),
    # Preoccupation: "every single thought is about ending it", "all I think about is dying".
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:every|each|all|most|half|my only|the only|my every)(?: (?:single|waking|other|"
        r"of my))? (?:thoughts?|minute|moment|second|hour|day|night) (?:i have |i get |i've got )?"
        r"(?:is|are|'s|goes|go|turns?|comes? back|gets? spent|is spent) (?:\w+ )?(?:about|to|of|"
        r"on|thinking about) (?P<v>ending (?:it|it all|things|my life|their life|your life|one's "
        r"life|everything|my own life)|killing myself|suicide|taking my (?:own )?life|how to "
        r"(?:kill myself|end it|die)|ways to (?:die|end it|kill myself))\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:essay|novel|book|film|character|lecture|course|research|study|thesis)\b",
        requires=("thought", "minute", "moment", "second", "hour", "day", "night"),
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:all|the only thing) (?:that )?i (?:can |ever |seem to |even |really )?"
        r"(?:think|dream|fantasi[sz]e|obsess) about (?:anymore |lately |these days |now )?"
        r"(?:is|are|'s) (?:\w+ )?(?P<v>ending (?:it|it all|things|my life)|killing myself|suicide|"
        r"taking my (?:own )?life|how to (?:kill myself|end it)|ways to (?:die|kill myself))\b|"
        r"\b(?P<w>(?:killing myself|suicide|ending (?:it|it all|my life)|taking my (?:own )?life)) "
        r"is all i (?:can |ever )?(?:think|dream) about\b",
        NEG, PAST,
        requires=("think about", "dream about", "obsess about", "fantasise about",
                  "fantasize about"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:all|the only thing) (?:that )?i (?:can |ever |seem to |even |really )?"
        r"(?:think|dream|fantasi[sz]e|obsess) about (?:anymore |lately |these days |now )?"
        r"(?:is|are|'s) (?P<v>dying|death|being dead|not existing|not being here|not waking up)\b",
        NEG, PAST,
        level=CONCERN,
        requires=("think about", "dream about", "obsess about", "fantasise about",
                  "fantasize about"),
    ),
    # Close to acting: "really close to ending things tonight", "getting close to doing it".
    cue(
        S.ACTIVE_IDEATION,
        r"\b(?:(?:really|so|very|dangerously|getting|too|this|pretty|scarily|frighteningly|"
        r"terrifyingly|way too|extremely|closer and) )?(?:close|closer) to "
        r"(?P<v>ending (?:it|it all|"
        r"things|everything|my life|my own life)|killing myself|taking my (?:own )?life|suicide|"
        r"acting on (?:it|them|my thoughts|these thoughts|the urges?))\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:with|between|for (?:us|them)|off)",
        not_in=RELATIONSHIP + r"|\bwe(?:'re| are| were)? (?:\w+ )?clos",
        requires=("close",),
    ),
    # Hoping to die without doing it oneself: a plane, a car that doesn't stop, God taking
    # them in the night, a scan that comes back bad.
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>hop(?:e|ed|es|ing)|pray(?:ed|s|ing)?|wish(?:ed|es|ing)?|ask(?:s|ed|ing)?|"
        r"beg(?:s|ged|ging)?) @WISH_FILLER"
        r"(?:that )?(?:(?:the|my|our|this) (?:plane|flight|jet) (?:goes down|crashes|will crash|"
        r"would crash|crashed|went down|falls out of the sky|doesn't land|never lands|"
        r"won't land)(?=\s*(?:[.!?,;]|$|\n|every|each|when|with me|and\b|so\b|one day|next|"
        r"this|tonight|tomorrow|lol|on (?!time\b|schedule\b)\w+))"
        r"|(?:a|the|some|one of the|every|the next) (?:\w+ )?(?:car|truck|lorry|van|taxi|"
        r"driver|motorbike|bus)s? (?:doesn't|does not|won't|will not|wouldn't|don't|didn't) "
        r"(?:stop|brake|slow down)(?= (?:for me|when i|while i|as i|next time)|\s*[.!?,]|\s*$)"
        r"|(?:a|the|some|one of the|the next) (?:\w+ )?@CHANCE_KILLER (?:hits|will hit|would hit|"
        r"hit|runs me over|will run me over|would run me over|run me over|ran me over|kills|"
        r"will kill|would kill|falls on|fell on|will fall on|crushes) me"
        r"|(?:god|the lord|the good lord|jesus|death|the grim reaper|the universe|fate|"
        r"(?:some|an) accident|a heart attack|a stroke|an aneurysm|cancer|covid|my heart|"
        r"my body) (?:\w+ )?(?:takes|will take|would take|take|calls|will call|comes for|"
        r"will come for|came for|takes care of|gives out on|gives up on|stops on|just stops on) "
        r"me(?= (?:in (?:my|the) (?:sleep|night)|tonight|soon|early|before|one of these|away|"
        r"home|now|already|quickly|peacefully|instead)|\s*[.!?,]|\s*$)"
        r"|i (?:just )?(?:don't|do not|won't|will not|wouldn't|never|didn't) wake(?: up)?"
        r"|i(?:'d| would)(?: just)? (?:never|not) wake(?: up)?"
        r"|i (?:don't|do not|won't|will not|wouldn't|never) (?:survive|pull through|come out of) "
        r"(?:it|this|the (?:night|surgery|operation|winter|year)|tonight)"
        r"|i(?:'ll| will|'d| would)? (?:get|catch|develop) (?:\w+ ){0,2}?(?:cancer|something "
        r"(?:terminal|fatal|incurable)|a (?:terminal|fatal|incurable) \w+)(?! (?:research|"
        r"screening|charity|awareness|treatment))"
        r"|(?:my|this) (?:heart|body|lungs) (?:just )?(?:stops|gives out|gives up|fails|packs in|"
        r"quits)(?= (?:in my sleep|tonight|soon|one night|one of these|already)|\s*[.!?,]|\s*$)"
        r"|i (?:just )?(?:die|pass away|go|slip away) (?:in my sleep|peacefully tonight|tonight|"
        r"before (?:morning|i wake)|one of these nights)"
        r"|(?:the|my|this) (?:lump|scan|biopsy|tumou?r|test result|mole) (?:is|comes back|turns "
        r"out|will be)(?: to be)? (?:terminal|malignant|fatal|cancer|cancerous))\b",
        NEG,
        not_before=r"\b(?:he|she|they|his|her|their|my (?:\w+ )?(?:@PERSON)|people|nobody|no one|"
        r"everyone|who)\s+(?:\w+\s+){0,2}$",
        not_in=r"\b(?:lol|haha|lmao)\b(?!.{0,40}\b(?:not joking|seriously|for real)\b)",
        requires=("hop", "pray", "wish", "ask", "beg"),
    ),
    # Relief at a chance death: "if a bus hit me tomorrow I'd be relieved", "I wouldn't be sad
    # if I just didn't wake up", "it would be better if I died in an accident".
    cue(
        S.PASSIVE_IDEATION,
        r"\bif (?P<v>" + _CHANCE_DEATH + r")\b[^.!?\n]{0,60}?" + _RELIEF + r"|"
        r"\b" + _RELIEF + r" (?:\w+ ){0,2}?if (?P<w>" + _CHANCE_DEATH + r")\b",
        PAST,
        not_in=_NOT_RELIEF,
        requires=("if ",),
    ),
    # Indifference to dying: "I wouldn't mind dying", "I'd be fine with not waking up".
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i|honestly|tbh|ngl|kinda|i really|i honestly) (?:wouldn't|would not|don't|do not) "
        r"(?:really |honestly |even |actually )?(?P<v>mind) (?:just )?(?:dying|being dead|"
        r"not waking up|not existing|not being alive)" + _INDIFFERENT_END + r"|"
        r"\b(?:i'd|i would|i'm|i am|i'd honestly|i'd actually|i think i'd|i'm honestly) "
        r"(?:be )?(?:totally |completely |honestly |actually |perfectly |more than )?"
        r"(?P<w>(?:okay|ok|fine|alright|happy|good|cool)) with (?:just )?(?:dying|being dead|"
        r"not waking up|not existing|death|not being alive|never waking up)" + _INDIFFERENT_END,
        PAST, FICTION,
        not_after=r"\s+(?:my|his|her|the|it|them|your|a|some)\b|\s*(?:of old age|when|one day|"
        r"someday|eventually|at (?:\d|a ripe|an old))",
        not_in=r"\b(?:old age|when my time comes|when it's my time|terminal|hospice|palliative|"
        r"diagnos\w*|dnr|do not resuscitate|living will|afterlife|organ donor|hair|dye)\b",
        requires=("mind", "okay with", "ok with", "fine with", "alright with", "happy with",
                  "good with", "cool with"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:it|things|everything|life|that|everyone|everybody|my family|they)"
        r"(?: would|'d| will| might| could|'ll) (?:\w+ )?be (?:so |much |a lot |just |far |"
        r"probably |honestly )?(?:better|easier|simpler|best|kinder|for the best|a relief|"
        r"a kindness|a mercy|a blessing) (?:for (?:everyone|everybody|all|them|my \w+|us) )?"
        r"(?:if|when) (?P<v>i (?:just |simply |quietly )?(?:died|die|was dead|were dead|"
        r"got (?:\w+ ){0,3}?(?:hit|killed|run over|cancer|(?:a |an |some )?(?:\w+ )?"
        r"(?:disease|illness))(?: and died)?|(?:was|were|got) killed|didn't wake up|"
        r"never woke up|wasn't (?:here|there|"
        r"around|alive)|weren't (?:here|there|around|alive)|was not (?:here|there|around|alive)|"
        r"didn't exist|never existed|disappeared(?: forever)?|removed myself|was gone|were gone|"
        r"wasn't born|was never born|never came back))\b",
        NEG,
        not_after=r"(?:\s*(?:for (?:the|a|an|one|two|a few|a couple)\b|on (?:holiday|a trip|tour)|"
        r"(?:today|tonight|this week|this weekend|tomorrow|next week)\b|when (?:they|he|she)\b|"
        r"(?:to|at|from|in|during|with) (?!(?:a|an|my) (?:\w+ )?(?:accident|crash|collision|"
        r"fire|sleep)\b)(?:the|a|an|my|his|her|their|this|that)\b|"
        r"of (?:old age|natural causes)|(?:my|his|her|the) (?:hair|roots|beard|clothes|shirt|"
        r"jeans|fabric|eyebrows|fringe)))",
        not_in=_NOT_RELIEF,
        requires=("if i", "when i"),
    ),
    # Disappointed to wake up: "disappointed every morning that I'm still here", "does anyone
    # else get gutted when they wake up", "annoyed that I survived".
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>dis+ap+ointed|gutted|devastated|crushed) (?:\w+ )?(?:when|whenever|every time|"
        r"each time|that|to|because) (?:i |i'm |i am |they |you |we )?(?:\w+ )?(?:still )?"
        r"(?:wake up|woke up|waking up|(?:am|'m|are|'re) still (?:here|alive|breathing)|"
        r"still (?:here|alive|breathing)|be (?:still )?(?:here|alive)|survived|didn't die|"
        r"did not die|(?:have|had|has) to wake up|see another (?:day|morning)|"
        r"(?:opened|open) my eyes)" + _WAKING_END,
        NEG,
        not_before=_THEIR_MOOD,
        not_in=_ORDINARY_WAKING,
        requires=("wake", "woke", "still here", "still alive", "still breathing", "survived",
                  "didn't die", "did not die", "another day", "another morning", "my eyes",
                  "be here", "be alive"),
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?P<v>upset|annoyed|angry|pissed off|mad|sad|bitter|frustrated|furious|dis+ap+ointed|"
        r"gutted) (?:\w+ )?(?:that|because) (?:i|i'm|i am) (?:\w+ )?(?:woke up(?: again)?|"
        r"(?:am |'m )?still (?:here|alive|breathing)|survived|didn't die|did not die|"
        r"(?:have|had) to wake up)" + _WAKING_END + r"|"
        r"\bwak(?:e|ing) up (?:\w+ ){0,2}?(?P<w>dis+ap+ointed|gutted|upset|angry|annoyed|sad|"
        r"furious) (?:that|to be|i'm|i am) (?:still )?(?:alive|here|breathing)" + _WAKING_END,
        NEG,
        not_before=_THEIR_MOOD,
        not_in=_ORDINARY_WAKING,
        requires=("woke", "wake", "still here", "still alive", "still breathing", "survived",
                  "didn't die", "did not die"),
    ),
    # "If I could press a button and stop existing, I would": the thought experiment people
    # use to say they want to be gone without saying how.
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:push|press|hit|flip|pull|had|was|were|there's|there was|there were|give me|"
        r"gimme|i want|i need) "
        r"(?:a|the|one|some) (?:magic )?(?P<v>button|switch|lever|pill)(?: (?:that|which) "
        r"(?:would |could )?(?:let me|make me|made me|let you|make you)| (?:and|to|that would "
        r"let me|that would)) (?:just )?(?:painlessly |peacefully |quietly |instantly )?"
        r"(?:not exist|stop existing|cease to exist|disappear(?: forever)?|die|never have existed|"
        r"never been born|end (?:it|it all|my life|everything)|be gone|vanish(?: forever)?|"
        r"stop being|un-?exist|not wake up|never wake up|erase myself|delete myself|"
        r"be erased|stop living)\b",
        NEG, OTHER,
        not_in=r"\b(?:pain|anxiety|hunger|cravings?|ads|notifications|the (?:noise|world|news))"
        r" (?:disappear|stop)\b|\bmake (?:it|the \w+|them) disappear\b",
        requires=("button", "switch", "lever", "pill"),
    ),
    # "I don't want to be here." said as a whole thought, with no place or event in the
    # sentence: a wish not to exist as often as a wish to leave, so a clinician should look.
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:i|i just|i really|i honestly|honestly i|i simply|and i|but i|i seriously) "
        r"(?:don't|do not) (?:\w+ )?(?P<v>want|wanna) to (?:be here|be around)"
        r"(?=\s*(?:[.!?]|$|\n|,? (?:and|but) i (?:don't|can't|do not|cannot)\b|"
        r"(?:,| -) (?:i'm|i am) (?:so )?(?:tired|done|exhausted)))",
        # No NEGATION check: the negation is the wish.
        OTHER, PAST,
        level=CONCERN,
        not_in=r"\b(?:party|wedding|class|lesson|school|college|uni|university|office|job|work|"
        r"meeting|shift|country|city|town|village|house|flat|apartment|hospital|ward|room|"
        r"family (?:dinner|event|party)|dinner|christmas|church|gym|team|company|relationship|"
        r"marriage|event|conference|course|trip|holiday|airport|queue|line|club|bar|pub|"
        r"concert|game|group|chat|server|sub|forum|session|appointment|state|area|"
        r"neighbou?rhood|place)\b",
        requires=("want to be here", "want to be around"),
    ),
    # A few explicit phrases in other languages (the companion runs in English, people may not).
    cue(
        S.PASSIVE_IDEATION,
        r"(?<![\w])(?P<v>je veux mourir|j'ai envie de mourir|envie de mourir|quiero morir(?:me)?|"
        r"me quiero morir|ich will sterben|ich möchte sterben|voglio morire|quero morrer|"
        r"ik wil dood|chcę umrzeć|хочу умереть)\b",
        not_before=r"\b(?:ne|no|nicht|non|não|niet|nie|не)\s+(?:\w+\s+)?$",
    ),
    cue(
        S.ACTIVE_IDEATION,
        r"(?<![\w])(?P<v>me suicider|me tuer|suicidarme|matarme|quitarme la vida|"
        r"mich umbringen|mir das leben nehmen|selbstmord begehen|uccidermi|suicidarmi|"
        r"me matar|me suicidar|mezelf (?:van kant maken|doden)|zabić się|убить себя|"
        r"покончить с собой)\b",
        not_before=r"\b(?:ne|no|nicht|non|não|niet|nie|не|jamais|nunca|nie)\s+(?:\w+\s+){0,2}$",
    ),
)
