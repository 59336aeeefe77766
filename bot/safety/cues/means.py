"""Questions about means and lethality: harmless alone, alarming after distress."""

from __future__ import annotations

from bot.safety.cues.base import (
    Cue,
    S,
    cue,
)

MEANS: tuple[Cue, ...] = (
    cue(
        S.MEANS_QUESTION,
        r"\b(?P<v>(?:tallest|highest|biggest|largest|deepest|closest|nearest|busiest|steepest|"
        r"tall(?:est)?|high(?:est)?) (?:\w+ )?@HIGH_PLACES)\b",
        not_in=r"\b(?:visit|visiting|tour|tourist|view|views|photo|photos|picture|pictures|"
        r"selfie|architecture|engineer\w*|built|building (?:permit|regs|regulations|control)|"
        r"world's|in the world|history|fact|quiz|trivia|record)\b",
    ),
    cue(
        # "which bridge in town is the highest?": the superlative after the place.
        S.MEANS_QUESTION,
        r"\b(?:which|what) (?P<v>@HIGH_PLACES)\b(?: \w+){0,5}? (?:is|are|'s) (?:the )?"
        r"(?:tallest|highest|steepest|deepest|biggest drop)\b",
        not_in=r"\b(?:visit|visiting|tour|tourist|view|views|photo|photos|picture|pictures|"
        r"selfie|architecture|engineer\w*|world's|in the world|history|fact|quiz|trivia|record)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?P<v>high|tall|far (?:down|up)|deep|far) (?:is|are|was|does|do|would|will|up|"
        r"down|off) (?:\w+ ){0,4}?(?:@HIGH_PLACES|fall|drop|jump|the water|the river|the lake)\b",
        not_in=r"\b(?:visit|tour|view|photo|picture|architecture|engineer\w*|kids?|swim\w*|"
        r"dive|diving|paddle|kayak|fish\w*|boat\w*|pool|bungee|parachut\w*|skydiv\w*)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?:high|far|long) (?:do you|does one|would i|would you|would someone|"
        r"does someone|do i|would it take to|does it take to|does a person|would a person|"
        r"do people) (?:have to |need to )?(?P<v>fall|jump|drop)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?:many|much) (?:\w+ ){0,3}?(?P<v>@PILLS)(?: \w+){0,4}? (?:can|could|should|would|"
        r"does|do|is|are|will|to|before|until|would it take|does it take|is too|is safe|"
        r"is dangerous)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:max(?:imum)?|toxic|safe|highest|dangerous|most) (?P<v>dose|dosage|amount) "
        r"(?:of |for )(?:\w+ )?(?:@PILLS)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:where|how) (?:can|could|do|would|to|should|might) (?:i |you |one |someone |"
        r"a person )?"
        r"(?P<v>buy|get|find|obtain|order|purchase|get hold of|get my hands on|acquire|source|"
        r"steal) (?:a |an |some |the |enough |more |lots of )?(?:\w+ )?(?:@LETHAL_MEANS)\b"
        r"(?! (?:safe|holster|license|licence|permit|range|course|class|lesson|case|lock|cabinet))",
        not_in=r"\b(?:prescription|pharmacy|chemist|gp|doctor|refill|repeat|insurance|"
        r"cheaper|cheap|coupon|generic|nhs|cost|price|afford)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bhow (?:deep|cold|fast|strong) (?:is|are) the (?P<v>river|lake|sea|water|canal|"
        r"reservoir|current|tide)\b",
        not_in=r"\b(?:swim\w*|dive|diving|paddle|kayak|fish\w*|boat\w*|sail\w*|surf\w*)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\bwhat (?:happens|would happen|will happen) (?:to (?:you|me|someone) )?(?:if|when) "
        r"(?:i|you|someone|a person) (?P<v>take|took|swallow|swallowed|drink|drank|overdose|"
        r"jump|jumped|mix|mixed) (?:\w+ ){0,3}?(?:@PILLS|bleach|antifreeze|off|from|too many|"
        r"all)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:can|could|will|would) (?:you|i|one|someone|a person) (?P<v>overdose|od|die) "
        r"(?:on|from|of) (?:\w+ ){0,2}?(?:@PILLS)\b",
    ),
    cue(
        S.MEANS_QUESTION,
        r"\b(?:when|what time|how often) (?:does|do|is|are) (?:the )?(?:next |last )?"
        r"(?P<v>trains?|express|freight trains?) (?:\w+ ){0,3}?(?:pass|come through|go through|"
        r"run through|go past|come past)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?P<v>(?:lethal|fatal|deadly|killing|overdose|od|fatal overdose) (?:dose|amount|"
        r"quantity|level|doses|amounts))\b",
        not_in=r"\b(?:dog|dogs|cat|cats|pet|pets|horse|child|toddler|baby|kids?|vet|chocolate|"
        r"grapes?|xylitol|caffeine|radiation|naloxone|narcan)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:enough|how many|how much|what amount)\b[^.!?]{0,40}?\b(?:to|would|will|could|can) "
        r"(?:\w+ )?(?P<v>kill (?:me|you|someone|a person|myself|a human|an adult)|be (?:fatal|"
        r"lethal|"
        r"deadly)|stop (?:my|your|a|someone's) heart|make me die|end it|end my life|od|overdose)\b",
        not_in=r"\b(?:dog|dogs|cat|cats|pet|pets|horse|vet|chocolate|grapes?|xylitol|"
        r"radiation|game|enemy|boss|zombie|mob)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:painless|quick|quickest|easiest|easy|fastest|best|surest|peaceful|"
        r"least painful|most effective|reliable|clean|simple|fast|certain|foolproof|"
        r"most painless|most peaceful|quiet|good|effective|successful) "
        r"(?P<v>(?:way|ways|method|methods|means|place|places|spot|spots) (?:to|of|for) "
        r"(?:die|dying|end (?:it|it all|things|my life|your life|one's life)|kill (?:myself|"
        r"yourself|oneself)|commit suicide|suicide|overdose|od|unalive))\b",
        not_in=r"\b(?:game|character|plant|weeds?|bugs?|mice|rats?|pests?|lobster|fish|"
        r"chicken|bees?|wasps?|spiders?|flies|mosquito\w*|ants?|moths?)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\bhow long (?:does it|would it|will it|can you|does one|can a person|do you|"
        r"would i|does a person|until you|till you) (?:take (?:to |for (?:you |someone |a person )"
        r"(?:to )?)?)?(?P<v>die|drown|bleed out|bleed to death|suffocate|freeze to death|"
        r"go unconscious|pass out from|lose consciousness|hang|asphyxiate|choke)\b",
        not_in=r"\b(?:plant|plants|fish|battery|phone|cells?|hair|tree|grass|bacteria|"
        r"virus|germs|lobster|crab|dog|cat|pet|goldfish|hamster)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\bhow (?:to|do (?:you|i)|can (?:you|i)|would (?:you|i)) (?P<v>tie a noose|make a noose|"
        r"tie a hangman'?s? (?:knot|noose)|hang (?:yourself|myself|someone)|make an exit bag|"
        r"slit (?:your|my) wrists?|bleed out|overdose|od)\b",
        not_in=r"\boverdos\w* on (?:happiness|love|cuteness|chocolate|sugar|coffee|caffeine|"
        r"netflix|tv|memes|sunshine|joy|kindness|cake|candy|sweets|puppies|music|anime|games|cheese|pizza)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:does|would|will|is|do) (?:\w+ ){0,2}?(?P<v>hanging|drowning|jumping|overdosing|"
        r"bleeding out|slitting|an overdose|suffocation|carbon monoxide|a gunshot|being shot|"
        r"getting shot|suspension hanging|od'?ing|shooting yourself|cutting your wrists?) "
        r"(?:\w+ )?(?:hurt|painful|quick|painless|instant|work|feel like|take long|fatal|lethal|"
        r"deadly|kill)\b",
        not_in=r"\b(?:game|film|movie|character|history|historical|execution|medieval)\b",
    ),
    cue(
        S.LETHALITY_QUESTION,
        r"\b(?:can|could|would|will|does|do|is) (?:\w+ ){0,4}?(?:@PILLS|bleach|antifreeze) "
        r"(?:\w+ ){0,4}?(?P<v>kill (?:me|you|someone|a person)|be (?:fatal|lethal|deadly)|"
        r"make (?:me|you|someone) die)\b",
        not_in=r"\b(?:dog|dogs|cat|cats|pet|pets|horse|vet|kids?|child|children|toddler)\b",
    ),

    # "How many paracetamol would it take." with nothing after: the unsaid end is "to die".
    cue(
        S.LETHALITY_QUESTION,
        r"\bhow (?:many|much) (?:\w+ ){0,2}?(?P<v>@PILLS (?:would|does|will|did|could) it take)"
        r"(?=\s*(?:[.?!,]|$|\n|really\b|honestly\b|for (?:me|someone|a person|an adult|a \w+ "
        r"like me)\b))",
        not_in=r"\b(?:work|kick in|effect|to (?:work|help|feel|sleep|start)|headache|pain|"
        r"fever|dog|cat|pet|child|kid|toddler|baby|vet)\b",
        requires=("take",),
    ),
)
