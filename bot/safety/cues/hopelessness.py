"""Hopelessness, entrapment and feeling a burden: warning signs short of ideation."""

from __future__ import annotations

from bot.safety.cues.base import (
    CONCERN,
    END_OF_THOUGHT,
    FIRST,
    GONE_IF_PAST,
    NEG,
    NONE,
    NOT_THING,
    OTHER,
    PAST,
    RELATIONSHIP,
    Cue,
    S,
    cue,
)

_WEAK_END = (
    r"(?=\s*(?:anymore|any more|any longer|much longer|like this|for much longer|another day|"
    r"with (?:life|living|this life|anything|everything|it all|the pain)|without|"
    r"[.!?,;]|$|and\b|but\b|i\b|i'm\b|it's\b|lol\b|please\b|help\b|alone\b))"
)

_CANNOT = (
    r"\b(?:can't|cannot|can not|can no longer|unable to|don't think i can|do not think i can|"
    r"not able to|couldn't|could not|won't be able to|don't know how (?:much longer )?i can|"
    r"no longer able to|how (?:much longer|long) (?:can|will) i|i can't|i cant) (?:\w+ )?"
)
_LONGER = (
    r"(?=\s*(?:anymore|any more|any longer|much longer|like this|for much longer|another day|"
    r"one more day|with (?:life|living|this life|it all|the pain)))"
)

HOPELESSNESS: tuple[Cue, ...] = (
    # "I can't go on", "I can't keep going": about life itself, wherever the sentence ends.
    cue(
        S.HOPELESSNESS,
        _CANNOT + r"(?P<v>go on|carry on|keep going|keep on going|go on living|keep on living|"
        r"keep living|live like this|live with myself|live this way|bear (?:living|being alive|"
        r"life|this life|another day)|stand (?:being alive|living|being me|this life|my life)|"
        r"face (?:another day|tomorrow|life|living)|handle being alive|survive (?:another day|"
        r"this|much longer)|take it anymore|take this anymore|take any more|take much more|"
        r"do this anymore|do it anymore|do this any ?more|keep doing this)(?: on)?" + _WEAK_END,
        NEG, OTHER, PAST, NOT_THING,
        not_after=r"\s*(?:on (?:a|the|holiday|vacation|with|about|to)|with (?:this|that|the) "
        r"(?:job|course|class|project|plan|deal|contract|loan|mortgage))",
        not_in=r"\b(?:the show must|the show can't|game|match|wifi|internet|laptop|phone|car|"
        r"engine|battery|printer|computer|software|app|website|server|program)\b",
    ),
    # "I can't cope", "I can't do this": everyday on their own, hopeless with "anymore".
    cue(
        S.HOPELESSNESS,
        _CANNOT + r"(?P<v>do this|do it|take it|take this|take the pain|handle (?:it|this|life|"
        r"anything|the pain|everything|my life)|cope|bear (?:it|this|the pain)|stand (?:it|this|"
        r"life|myself|the pain)|deal with (?:it|this|life|anything|everything|the pain|my life)|"
        r"function|hold on|continue|last|fight (?:it|this)|keep fighting|keep trying|be here|"
        r"exist|stay|put up with (?:it|this|life)|live)" + _LONGER,
        NEG, OTHER, PAST, NOT_THING,
        not_in=r"\b(?:job|work|boss|school|class|course|degree|landlord|neighbou?rs?|commute|"
        r"wifi|internet|laptop|phone|car|engine|printer|computer|app)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am|i just|just) (?:\w+ )?(?:can't|cannot|can not) (?P<v>go on|"
        r"carry on|take (?:it|this|any more) anymore|do life)(?=\s*(?:[.!?]|$))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:job|work|boss|school|class|course|degree|landlord|neighbou?rs?|commute|"
        r"wifi|internet|laptop|phone|car|engine|printer|computer|app|exam|homework|test|"
        r"essay|driv\w+|maths?|math|spelling|presentation|interview|speech|call|phone call)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:no|there's no|there is no|can't see (?:a|any)|cannot see (?:a|any)|"
        r"don't see (?:a|any)|do not see (?:a|any)|without (?:a|any)|lost (?:all )?|"
        r"there isn't (?:a|any)|not (?:a|any)|zero|have no|i have no|i've lost all|"
        r"is there (?:a|any)) "
        r"(?P<v>way out|way forward|light at the end|hope(?: left| anymore| at all| for me)?|"
        r"future(?: for me)?|escape|point anymore|point in (?:anything|trying|it all|"
        r"going on|continuing)|exit|other option|other way out|hope for the future|"
        r"way to fix (?:this|it|me|my life))(?: (?:of|from) (?:this|it|here|my life|this life|"
        r"the pain|everything))?(?: for me)?" + _WEAK_END,
        FIRST, OTHER, PAST,
        not_in=r"\b(?:country|government|nhs|economy|party|election|team|club|league|"
        r"company|business|industry|planet|humanity|society|politics|brexit|labour|tories|"
        r"conservatives|council|school|students?|kids|deal|case|lawsuit|debts?|loans?|bills|"
        r"payments|mortgage|overdraft|credit|role|career|promotion|job|salary|pay rise|"
        r"unemploy\w*|renovation|building work|repairs|project|course|degree)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|feel|feeling|felt|i've been|i've felt|been feeling|everything is|"
        r"everything feels|it's all|life is|life feels|my life is|my life feels|i'm just|"
        r"i'm so|i am so|i'm completely|i'm totally|i'm utterly|i'm really) "
        r"(?:so |completely |utterly |totally |just |really |such |very |fucking |pretty )?"
        r"(?P<v>hopeless|trapped|a burden|beyond help|beyond saving|dead inside|doomed|"
        r"defeated|unfixable|beyond repair|done with everything|at the end|out of options|"
        r"out of hope|out of reasons|pointless|meaningless|not meant to be alive|"
        r"not meant for this world|not meant to exist)\b",
        NEG, PAST,
        not_after=r"\s*(?:in (?:traffic|a (?:meeting|queue|lift|elevator)|the (?:lift|elevator|"
        r"queue|car|house))|at (?:work|home)|when|case|romantic|for (?:the|a) (?:day|night|"
        r"weekend)|of (?:the|this) (?:day|week|month|year|book|film|road|line))",
        not_in=r"\b(?:hopeless romantic|hopeless at|hopeless with|hopelessly)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>giv(?:e|ing)|gave|given) up (?:on )?(?:life|living|everything|myself|"
        r"all hope|hope|on me|trying to live|on the world|the fight|fighting|"
        r"(?:ever )?(?:getting|feeling|being) (?:better|happy|normal|okay|ok|well|loved)|"
        r"ever (?:recovering|finding happiness)|my (?:self[- ]?)?worth|(?:any |my )?hopes? of|"
        r"the future|my future)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:smoking|drinking|sugar|meat|coffee|alcohol|caffeine|gluten|booze|"
        r"vaping|carbs|dairy|social media|gambling)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:want to|wanna|ready to|going to|about to|so close to|i'm|i am) "
        r"(?:just )?(?P<v>give up|giving up)(?=\s*(?:[.!?,;]|$|on (?:life|everything|myself|"
        r"living|it all)|completely|for good|forever|now))",
        NEG, OTHER, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,]\s*|\b(?:so|just|and|honestly|ok|okay|fine)\s+)i(?:'ve| have)? (?:just )?"
        r"(?P<v>give up|given up)(?=\s*(?:[.!?,;]|$|now|i\b))",
        NEG, OTHER, PAST,
        level=NONE,
        requires=("give up", "given up"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:at|reached|reaching|hit|hitting|am at|i'm at|near|close to|past) (?:\w+ )?"
        r"(?P<v>the end of my rope|the end of my tether|the end of the line|the end of the road|"
        r"my breaking point|breaking point|rock bottom|my limit|my lowest point|the edge)\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:budget|bank|account|credit|card|overdraft|car|engine|tyres?|phone|"
        r"battery|patience with (?:the|this|my) (?:company|council|landlord|builder)|"
        # A couple or a relationship at breaking point is a conflict, not a person's end.
        r"we|we're|we've|we are|us|our (?:relationship|marriage|friendship)|"
        r"(?:and|&) i (?:are|have|were|'re|'ve))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|im|i feel like|feel like|i've become|i have become|being) (?:just |only |"
        r"such |"
        r"nothing but |a huge |a big |an )?(?P<v>(?:a )?burden|a waste of (?:space|oxygen|air|"
        r"life)|"
        r"holding (?:everyone|them|people|you all) back|ruining (?:everyone's|their|your) li(?:fe|"
        r"ves)|"
        r"a drain on (?:everyone|my family|them))\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>hate|hating|hated|despise|loathe|can't stand) (?:my (?:entire |whole |fucking |"
        r"stupid )?life|living|being alive|existing|my existence|life itself|this life|"
        r"waking up|being me|myself so much)\b",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:in|at|with|on|when|as (?:a|an))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:nothing (?:will|is going to|'ll|is ever going to|ever) (?:ever )?|"
        r"(?:it|things|life|my life) (?:won't|will never|is never going to|are never going to|"
        r"never|isn't going to|aren't going to|doesn't|don't) (?:ever )?)"
        r"(?P<v>(?:get|gets|be|is) better|improve|improves|change)" + _WEAK_END,
        FIRST, PAST,
        not_in=r"\b(?:country|government|nhs|economy|party|election|team|club|league|company|"
        r"business|industry|politics|brexit|council|system|market|prices|housing|weather|"
        r"landlord|school|teacher|students?)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am) (?:won't|will not|don't think i'll|don't think i will|"
        r"don't think i'm going to|am not going to|'m not going to|not going to|never going to|"
        r"doubt i'll|doubt i will) (?:(?P<v>make it|last|survive|see) (?:through|to|until|past|"
        r"another|much longer|the (?:night|week|year|end)|my (?:\d+\w*|next) birthday|christmas|"
        r"the new year|next (?:year|week|month))|be (?:here|around|alive) (?:much longer|"
        r"for (?:much )?long(?:er)?|next (?:year|week|month)|by (?:then|christmas|the end)|"
        r"to see (?:my|the|another|next)))\b",
        OTHER,
        not_in=r"\b(?:deadline|on time|party|meeting|class|lecture|gym|flight|train|bus|"
        r"appointment|interview|shift|wedding|match|game|concert|gig|event|condition|illness|"
        r"disease|genetic|hereditary|diagnos\w+|cancer|prognosis|terminal)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|i've been|so|really|just|completely) (?:so |really |just |"
        r"completely |fucking )?(?P<v>tired|exhausted|sick|done|worn out|drained) "
        r"(?:and \w+ )?(?:of|with) (?:everything|it all|fighting|struggling|being me|"
        r"being myself|the pain|this pain|suffering|feeling like this|all of it|all of this|"
        r"pretending|trying to (?:stay|keep|be) (?:alive|going|ok|okay)|trying anymore|"
        r"this fight|the fight|battling|carrying on|holding on|people|the world|this world)\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:the )?only (?:thing|reason|one|person|people|things)) (?:\w+ )?"
        r"(?:keeping|that keeps|that's keeping|stopping|that stops|that's stopping|holding) "
        r"me (?:alive|here|going|from (?:killing|ending|doing|going through))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:the )?only reason i'm (?:still )?(?:alive|here|living))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer) (?:even |really |honestly )?know why "
        r"(?P<v>i(?:'m| am) (?:still |even )?(?:here|alive)|(?:i )?(?:still |even )?"
        r"(?:keep going|keep living|keep on living|carry on|go on|stay alive|exist))"
        r"(?=\s*(?:[.!?,;]|$|\n|anymore|any more|at all|honestly|i\b))",
        OTHER, PAST,
        requires=("know why",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\bwhy (?:am i|should i|do i|would i|the fuck am i|tf am i) (?:still |even )?"
        r"(?P<v>here|going on|keep going|keep trying|bother|even bother|carry on|continue|trying)"
        r"(?=\s*(?:[.!?,]|$|anymore|at all))",
        NEG,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|i really am|i'm seriously) (?:so |just |really )?"
        r"(?P<v>done with (?:it all|everything|trying|life|fighting)|over it all|"
        r"out of fight|out of strength|running out of (?:reasons|hope|"
        r"strength|time)|losing (?:the will|hope|the fight|my mind))" + END_OF_THOUGHT,
        NEG, PAST,
        not_in=r"\b(?:work|job|homework|project|dinner|eating|cooking|shopping|cleaning|"
        r"exam|essay|assignment|laundry|packing|painting|episode|book|game|season|shift|"
        r"degree|course|mortgage|loan|contract|application|paperwork)\b",
        level=CONCERN,
    ),
    # "What's the point of anything anymore": about life itself, said with or without "I".
    cue(
        S.HOPELESSNESS,
        r"\b(?:what(?:'s| is)|whats|what even is) (?:even )?the (?:fucking |fuckin |bloody |"
        r"damn )?(?P<v>point) (?:(?:of|in) (?:anything|it all|everything|any of (?:this|it)|"
        r"even trying|even being here|getting up)(?: (?:anymore|any more|at all))?|"
        r"(?:anymore|any more))(?=\s*(?:[.!?,;]|$|\n|honestly\b|seriously\b|really\b|"
        r"lol\b|i\b|(?:if|when) (?:i|i'm|i've|i'll|nothing|everything)\b))",
        not_in=r"\b(?:meeting|email|app|feature|button|rule|law|policy|bill|tax|taxes|budget|"
        r"referendum|vote|voting|election|government|parliament|party|tories|labour|council|"
        r"brexit|economy|game|episode|film|movie|book|article|post|thread|sub|subreddit|"
        r"question|class|lesson|homework|exam|degree|course|team|season)\b",
        requires=("point",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:what(?:'s| is)|whats) (?:even )?the (?:fucking |bloody |damn )?(?P<v>point)"
        r"(?:\s+(?:anymore|any more|of (?:anything|it all|everything|trying|any of this|"
        r"any of it|me|this life)|in (?:anything|trying|any of this|it all))|\s*(?:[.!?]|$))",
        FIRST,
        not_in=r"\b(?:meeting|email|app|feature|button|rule|law|policy|bill|tax|budget|"
        r"referendum|vote|election|game|episode|film|movie|book|article|post|thread|sub|"
        r"subreddit|question)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am|i've|me|myself|my) [^.!?]{0,40}?\b(?P<v>suicide watch|crisis line|"
        r"crisis team|crisis number|samaritans|suicide hotline|suicide helpline|"
        r"suicide prevention line|988|lifeline)\b",
        requires=(
            "suicide watch", "crisis", "samaritans", "suicide hotline", "suicide helpline",
            "suicide prevention", "988", "lifeline",
        ),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|i was|i've always felt|as if i was|as if i were|like i was|"
        r"like i wasn't|like i'm|feel like i|i was just|i just wasn't|i'm just|i'm clearly) "
        r"(?:\w+ )?(?P<v>(?:never |not |just not )?meant to (?:be here|be alive|exist|be born|"
        r"live|be (?:a )?part of (?:this|life|the world))|beyond (?:anyone's |any |all )?"
        r"(?:help|hope|saving|repair))\b",
        PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|couldn't) (?:bear|take|stand|handle|face|survive|do) "
        r"(?P<v>(?:\w+ )?(?:\d+|another|one more|any more|many more|much more|more) "
        r"(?:years?|months?|weeks?|days?|nights?)(?: of (?:this|it|life|living))?)"
        r"(?=\s*(?:[.!?,;]|$|of|like|and|i\b))",
        NEG, PAST,
        not_in=r"\b(?:job|school|course|degree|contract|lease|commute|landlord|boss|"
        r"winter|lockdown)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|couldn't) take (?P<v>(?:this|it|any of this|life|my life|"
        r"this life|the pain|this pain|the loneliness)(?: \w+){0,2}) (?:anymore|any more|"
        r"any longer)\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|not) (?:even )?(?:know|sure) (?:if|whether|how (?:much )?long(?:er)?) "
        r"(?P<v>i(?:'ll| will| can| have)? (?:\w+ )?(?:a future|any future|be alive|live|"
        r"hold on|keep going|survive|stay alive|go on|carry on))\b(?! (?:with|without|in|at)\b)",
        PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?]\s*|\b(?:i|and|just|really|honestly)\s+)(?P<v>(?:just )?"
        r"(?:don't|do not) (?:even )?care (?:anymore|any more|about anything(?: anymore)?|"
        r"about (?:myself|my life|living|life) (?:anymore|any more)))(?=\s*(?:[.!?,;]|$))",
        PAST,
        requires=("care",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|feel|feeling|i've felt|always felt|i've been) (?:so |just |"
        r"completely |totally |fucking |kinda |pretty )?(?:\w+ )?(?P<v>dead inside)\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|just|feeling|i feel|i'm so|so) (?:\w+ )?(?P<v>(?:ready|prepared) to "
        r"(?:let go|give up|go|stop fighting|be done))(?=\s*(?:[.!?,;]|$|now|tonight|today|"
        r"forever|of (?:life|everything|this world)|and\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:holiday|trip|vacation|party|school|work|interview|exam|move|"
        r"grudge|anger|resentment|past|relationship|him|her|them|my ex)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:wish|wished|wishing) (?:that )?(?:my (?:mum|mom|mother|parents|dad|father)|"
        r"mum|mom|they) (?:had )?(?P<v>never (?:had|had me|gave birth to me|met)|(?:had )?"
        r"aborted me|had an abortion|didn't have me|hadn't had me)\b",
    ),
    cue(
        S.PASSIVE_IDEATION,
        r"\b(?:don't|do not) want to die,? but i (?:know|feel|think) (?:that )?i "
        r"(?P<v>(?:have to|need to|must|should|will have to))\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:lost|losing|lose|can't see|cannot see|don't see|can't find) (?:the |all |any )?"
        r"(?P<v>(?:point|meaning|purpose|sense) (?:of|in|to) (?:my )?(?:life|living|existence|"
        r"being alive|going on))\b",
        NEG, PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:it's|it is|it's just|it's so|it is so|so|life is|living is) (?:so |just |really )?"
        r"(?P<v>(?:painful|exhausting|unbearable|torture|agony|hell|too hard|too much)) "
        r"(?:just )?(?:existing|to exist|being alive|to be alive|to live|living|to keep living|"
        r"waking up|to wake up)\b",
        PAST,
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:can't|cannot|can not|don't|do not|hardly|barely|never|couldn't) (?:really |even )?"
        r"(?:see|imagine|picture) myself (?P<v>(?:making it|living|being alive|being here|"
        r"getting|surviving|lasting) (?:past|to|beyond|through|until|till|that (?:age|long)|"
        r"another|much longer|(?:\d+|thirty|forty|fifty))|(?:getting|growing) old(?:er)?"
        r"(?=\s*(?:[.!?,;]|$|\n|at all|and\b|i\b))|having a future(?! (?:in|at|with)\b))\b",
        PAST,
        not_in=r"\b(?:job|career|company|marriage|relationship|town|city|country|school|"
        r"course|degree|house|flat|team)\b",
    ),
    # "I've suffered enough", "I've had enough of life": worn down by living itself.
    cue(
        S.HOPELESSNESS,
        r"\b(?:i've|i have|i|you've|you have) (?P<v>(?:suffered|been through) (?:long )?enough|"
        r"had (?:more than )?enough of (?:it all|life|living|everything|this life|my life|"
        r"all of (?:it|this)|being alive|existing|the pain|this pain|feeling like this|myself|"
        r"this world|the world|people|(?:the|this) feeling|these feelings|feeling this way)|"
        r"had enough(?=\s*(?:[.!?]|$|\n)))(?=\s*(?:[.!?,;]|$|\n|of|and|now|i\b))",
        NEG, PAST,
        not_in=r"\b(?:thanks|thank you|food|coffee|sleep|water|drink|dinner|lunch|time|money|"
        r"points|players?|team|season)\b",
        requires=("enough",),
    ),
    # "I've had enough of this", "I've had enough, I'm leaving him" are as often anger at
    # someone as despair: they count only after distress in the conversation or the message.
    cue(
        S.HOPELESSNESS,
        r"\b(?:i've|i have|i) (?:just |really |honestly |completely )?(?P<v>had enough)"
        r"(?: of (?:this|it))?(?=\s*(?:[,;]|$|\n|now\b|i\b)| of (?:this|it)\s*(?:[.!?]|$))",
        NEG, PAST,
        level=NONE,
        not_in=r"\b(?:thanks|thank you|food|coffee|sleep|water|drink|dinner|lunch|time|money|"
        r"points|players?|team|season)\b",
        requires=("enough",),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:i|i'm|i am|i just|just) (?:\w+ )?(?:can't|cannot|can not) (?P<v>cope|"
        r"take (?:it|this)|do (?:this|it))(?=\s*(?:[.!?]|$))",
        NEG, OTHER, PAST,
        level=NONE,
        not_in=r"\b(?:job|work|boss|school|class|course|degree|landlord|neighbou?rs?|commute|"
        r"wifi|internet|laptop|phone|car|engine|printer|computer|app|exam|homework|test|"
        r"essay|driv\w+|maths?|math|spelling|presentation|interview|speech|call|phone call)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:everything|my life|life|it) (?:is|'s) (?:all )?over(?: for me)?|"
        r"it's all over for me|my life is ruined(?: forever)?|my life is finished)"
        r"(?=\s*(?:[.!?,;]|$|now|and|i\b))",
        NEG, PAST,
        not_in=r"\b(?:game|match|season|party|holiday|vacation|exam|exams|semester|term|"
        r"summer|winter|week|weekend|lockdown|show|film|movie|series|episode|contract|deal|"
        r"job|interview|meeting|wedding|surgery|operation|trial|storm|war)\b",
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,]\s*|\b(?:so|just|and|honestly|ok|okay)\s+)(?:i'm|i am) (?:so |just |"
        r"really |completely )?(?P<v>done|finished)(?=\s*(?:[.!?]|$|i\b|now\b|with this\b))",
        NEG, PAST,
        level=NONE,
        not_in=r"\b(?:work|job|homework|project|dinner|eating|cooking|shopping|cleaning|"
        r"exam|essay|assignment|laundry|packing|painting|episode|book|game|season|shift|"
        r"exercise|worksheet|task|chores?|talking|here|for (?:today|tonight|now))\b",
        requires=("done", "finished"),
    ),
    cue(
        S.WANTS_IT_TO_STOP,
        r"\b(?:want|wish|need|pray|hope|wanting|wished|wishing|make|just want|"
        r"please make) (?:for )?(?P<v>it all|everything|it|this|all of this|all of it|"
        r"the pain|this pain|my pain|the suffering|the world|all this|the thoughts|"
        r"these thoughts|the voices|everything in my head|the hurt|the feeling|this feeling|"
        r"my brain|my mind|the noise in my head|the darkness)(?: \([^)]{0,30}\))? "
        r"(?:to |would |could |will )?"
        r"(?:just |all |finally |already |fucking )?(?:stop|end|be over|go away|cease|"
        r"shut up|stop hurting)\b(?! (?:raining|snowing|ringing|beeping|barking|crying|"
        r"making|being|happening|so|for)\b)",
        NEG, OTHER,
        not_in=r"\b(?:rain|snow|noise (?:outside|next door)|neighbou?rs?|dog|baby|alarm|"
        r"phone|meeting|class|lecture|war|strike|pandemic|lockdown|drilling|construction|"
        r"music|party)\b",
    ),
    # Perceived burdensomeness, lasting: "I don't want to be a burden anymore".
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer|never) (?:\w+ )?(?:want|wanna) (?:to )?(?P<v>be (?:a |such "
        r"a )?burden (?:anymore|any more|any longer|on anyone anymore|to anyone anymore|"
        r"to anyone ever again))\b|\b(?:tired|sick|exhausted) of (?P<v2>being (?:a |such a )?"
        r"burden)\b",
        OTHER, PAST,
        requires=("burden",),
    ),
    # "No point in anything anymore", said with or without "I".
    cue(
        S.HOPELESSNESS,
        r"\b(?:there's |there is |is there |see |there's just |there is just )?(?:no|any) "
        r"(?P<v>point) (?:in|to|of) (?:anything|it all|any of (?:this|it)|trying|even trying|"
        r"going on|carrying on)(?: (?:anymore|any more|at all))?(?=\s*(?:[.!?,;]|$|\n|"
        r"honestly\b|lol\b|i\b))",
        not_in=r"\b(?:meeting|email|app|feature|rule|law|policy|bill|tax|taxes|budget|vote|"
        r"voting|election|government|parliament|party|council|economy|game|episode|film|book|"
        r"class|lesson|homework|exam|appeal|complaint|case|court|claim|refund|insurance|"
        r"negotiat\w*|argu\w*|if (?:you|they|he|she|we)\b)\b",
        requires=("point",),
    ),
    # "I don't know how much longer I can do this": a limit on how long they can last.
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no idea|not sure) (?:know )?how (?:much )?long(?:er)? i (?:can|will "
        r"be able to|'ll be able to) (?P<v>(?:keep )?(?:do(?:ing)? this|take (?:this|it)|keep "
        r"going|hold on|cope|last|go on|carry on|survive|keep this up|live like this))"
        r"(?=\s*(?:[.!?,;]|$|\n|for\b|anymore\b|honestly\b|and\b|i\b))",
        OTHER, PAST,
        not_in=r"\b(?:job|work|boss|shift|commute|course|degree|school|class|diet|"
        r"long[- ]distance|flat|house|landlord|neighbou?rs?|noise|renovation|wifi|phone|"
        r"laptop|car)\b",
        requires=("long",),
    ),
    # "I'm in a dark place": how people tell a clinician it is bad without saying how bad.
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|feel|feeling|i've been|been|i was|i get|i got|i'm back|back) "
        r"(?:\w+ ){0,2}?in (?:a |such a |the )?(?:really |very |so |super |pretty |fucking )?"
        r"(?P<v>(?:dark|darkest|black) (?:place|headspace|head space|hole))\b",
        NEG, OTHER, GONE_IF_PAST,
        not_in=r"\b(?:room|cellar|basement|cave|tunnel|forest|woods|cinema|club|theatre|"
        r"theater|power cut|blackout|lights? (?:off|out))\b",
        requires=("dark", "black"),
    ),
    # Beyond help: "I'm a lost cause", "nobody can help me", "I don't want to be saved".
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel like|feel like|i've become|i'm just|i'm such) (?:just |such |"
        r"a complete |a total )?(?P<v>a lost cause|a hopeless case|past saving|too far gone|"
        r"too broken to (?:fix|save|help))(?=\s*(?:[.!?,;]|$|\n|and\b|now\b|i\b|anyway\b|"
        r"so\b|honestly\b))",
        NEG, PAST,
        requires=("lost cause", "hopeless case", "past saving", "too far gone", "too broken"),
    ),
    cue(
        S.HOPELESSNESS,
        r"(?:^|[.!?,;]\s*|\b(?:and|but|just|honestly|because)\s+)(?P<v>(?:no one|nobody|no-one|"
        r"noone|nothing) (?:can|could|will|is going to|is ever going to) (?:ever )?(?:help|save|"
        r"fix) me(?: anymore| now)?|i (?:don't|do not) want to be (?:saved|helped|fixed|rescued))"
        r"(?=\s*(?:[.!?,;]|$|\n|anymore|and\b|i\b|so\b|now\b))",
        PAST,
        requires=("help me", "save me", "fix me", "saved", "helped", "fixed", "rescued"),
    ),
    # Life itself as the pain: "living is torture", "my life has no meaning".
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:my life|my existence|living|existing|being alive|being me|life) "
        r"(?:is|has become|feels like|feels|has been|is just|is pure|is such) (?:\w+ )?"
        r"(?:torture|agony|unbearable|hell on earth|a living hell|a nightmare i can't wake "
        r"from|a prison|a punishment|meaningless|pointless|worthless|empty and pointless))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:commute|job|work|boss|landlord|neighbou?rs?|builders?|heat|heatwave|"
        r"weather|traffic|dentist|diet|braces|hangover|flu|cold|holiday|queue|exam|exams|"
        r"revision|game|match|season|without (?:coffee|wifi|internet|a car|my phone)|lol)\b",
        requires=(
            "tortur", "agony", "unbearable", "hell", "nightmare", "prison", "punishment",
            "meaningless", "pointless", "worthless",
        ),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?P<v>(?:my )?life (?:has|holds) (?:no|zero) (?:meaning|purpose|point|value)|"
        r"my life (?:doesn't|does not|won't ever|will never) (?:have (?:any )?meaning|matter))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:philosoph\w*|nihilis\w*|existentialis\w*|absurdis\w*|camus|sartre|"
        r"nietzsche|religion|god exists|atheis\w*|universe is|essay|class|book|debate)\b",
        requires=("life",),
    ),
    # Worn out by the struggle itself: "I'm done fighting", "no strength left to keep going".
    cue(
        S.HOPELESSNESS,
        r"\b(?:i'm|i am|i feel|just) (?:\w+ )?(?P<v>done fighting|done trying|through fighting|"
        r"losing (?:the|this) (?:battle|fight|war) (?:with|against) (?:myself|my (?:own )?mind|"
        r"depression|my depression|my demons|life))(?=\s*(?:[.!?,;]|$|\n|anymore|and\b|"
        r"i\b|now\b|for\b|it\b|this\b))",
        NEG, PAST,
        not_in=r"\b(?:with (?:him|her|them|my (?:ex|landlord|boss|mum|mom|dad|sister|"
        r"brother|husband|wife|partner))|for (?:him|her|them|this job|custody)|custody|court|"
        r"lawsuit|claim|appeal|insurance|council|landlord|diet|weight|game|match|exam|"
        r"the (?:council|bank|school))\b",
        requires=("done fighting", "done trying", "through fighting", "losing"),
    ),
    cue(
        S.HOPELESSNESS,
        r"\b(?:don't|do not|no longer|haven't got|have no|no|not got|running out of|ran out of|"
        r"out of) (?:\w+ )?(?:the )?(?P<v>(?:strength|energy|will|fight|fight left) (?:left )?"
        r"(?:in me )?(?:to (?:keep going|go on|carry on|keep fighting|fight (?:this|it|anymore)|"
        r"keep living|stay alive|live|survive|keep trying|hold on)|(?:left )?to keep going))\b",
        PAST, FIRST,
        not_in=r"\b(?:gym|workout|run|running|marathon|race|hike|game|match|shift|job|"
        r"work|office|essay|exam|revision|cleaning|argue|arguing|argument)\b",
        requires=("strength", "energy", "will", "fight"),
    ),
    # "I just want to go", "I just want out" (nowhere in particular, out of nothing named):
    # said after talk of suicide they are a wish to die; otherwise they are about leaving.
    cue(
        S.VEILED_EXIT,
        r"(?:^|[.!?,;]\s*|\b(?:so|and|honestly|really|please|know)\s+)i (?:just|really|"
        r"honestly|only) (?:want|wanna|wanted) (?P<v>to go)(?=\s*(?:[.!?]|$|\n|now\b|"
        r"please\b))",
        NEG, OTHER, PAST,
        not_in=r"\b(?:stay|staying|leave|leaving|home|back|bed|sleep|party|pub|there|trip|"
        r"holiday|with (?:him|her|them|you))\b",
        requires=("to go",),
    ),
    cue(
        S.VEILED_EXIT,
        r"\b(?:i|i just|just|i really|all i) (?:want|wanted|need) (?P<v>out)"
        r"(?=\s*(?:[.!?]|$|\n|now\b|so bad\b))",
        NEG, OTHER, PAST,
        not_in=RELATIONSHIP + r"|\b(?:lease|contract|deal|group chat|group|club|team|game|"
        r"league|plan|bet|scheme|course|house|flat|town|city|country|car|room|meeting|"
        r"kitchen|cage)\b",
        requires=("want out", "wanted out", "need out"),
    ),
    cue(
        S.WANTS_IT_TO_STOP,
        r"\b(?:want|wish|just want|need) (?P<v>(?:it|this|everything) (?:all )?(?:to be )?over)"
        r"(?! with)\b",
        NEG, OTHER,
        not_in=r"\b(?:exam|exams|test|week|day|semester|term|meeting|interview|surgery|"
        r"procedure|wedding|trial|case|hearing|process|divorce|move|renovation|lockdown|"
        r"winter|pregnancy)\b",
    ),
)
