"""Other people: threats to harm them, abuse by them, a wish to join the dead."""

from __future__ import annotations

from bot.safety.cues.base import (
    CONCERN,
    END_OF_THOUGHT,
    FICTION,
    FIRST,
    NEG,
    OTHER,
    PAST,
    PERSON,
    Cue,
    M,
    S,
    cue,
)

_HARM_VERB = (
    r"(?:kill(?:ing)?|murder(?:ing)?|hurt(?:ing)?|stab(?:bing)?|shoot(?:ing)?|"
    r"strangl(?:e|ing)|chok(?:e|ing)|beat(?:ing)?(?= (?:\S+ ){1,3}?(?:up|to death|senseless|"
    r"black and blue|half to death|to a pulp|the shit|the crap))|punch(?:ing)?|attack(?:ing)?|"
    r"harm(?:ing)?|poison(?:ing)?|run(?:ning)? over|smash(?:ing)?(?= (?:\S+ ){0,2}?(?:face|"
    r"head|skull))|bash(?:ing)?|slit(?:ting)?|burn(?:ing)?|strangle|suffocat(?:e|ing)|"
    r"drown(?:ing)?|torture|torturing|maim|cripple|break(?:ing)?(?= (?:\S+ ){0,2}?(?:neck|legs|"
    r"face|jaw|nose|arms|bones)))"
)
# What someone close may be about to do to themselves.
_THEIR_SUICIDE = (
    r"(?:kill (?:herself|himself|themselves|themself)|end (?:(?:his|her|their) (?:own )?life|"
    r"(?:it|it all|things)" + END_OF_THOUGHT + r")|take (?:his|her|their) (?:own )?life|"
    r"commit suicide|die(?=\s*(?:[.!?,;]|$|\n|tonight|today|soon|now|and\b|but\b|because\b))|"
    r"jump (?:off|from|in front of) (?:a |the |that )?(?:\w+ )?(?:@HIGH_PLACES|train|bus|"
    r"traffic)|overdose|hang (?:herself|himself|themselves|themself)|hurt (?:herself|himself|"
    r"themselves|themself))"
)
_HARM_NOT_AFTER = (
    r"\s*(?:feelings|chances|reputation|career|pride|business|ego|image|score|record|case|"
    r"with kindness|in (?:a |the )?(?:game|match|race|debate|argument|chess|fortnite|"
    r"call of duty|minecraft)|at (?:chess|checkers|cards|poker|pool|darts|tennis|golf|"
    r"fifa|this game|the game|mario kart)|(?:\w+ )?(?:off|out) (?:of )?(?:the|my|this) "
    r"(?:team|list|group|will)|lol|haha|lmao|xd|if (?:she|he|they|you) (?:finds? out|"
    r"eats?|drinks?|takes?|touches|uses|borrows|breaks|forgets|is late)|for (?:eating|"
    r"drinking|taking|using|borrowing|breaking|forgetting|being late|losing|spoiling|not))"
)
# Deaths in games and stories, dead batteries, and fears of a loss that has not happened.
_NOT_A_DEATH = (
    r"\b(?:game|fortnite|minecraft|film|movie|book|novel|show|series|episode|character|season|"
    r"dream|nightmare|battery|phone|laptop|plant|fish|goldfish|scared of losing|afraid of "
    r"losing|terrified of losing|fear of losing|worried about losing|lost (?:him|her) "
    r"(?:in the crowd|at the|to (?:another|a new))|been gone (?:for )?\w+ (?:days?|weeks?) "
    r"(?:on|for|with|at))\b"
)
# Fear of one's own violence ("I'm scared I'll hurt someone") is read by its own cues below,
# which know the accidental and emotional senses; the threat and wish cues leave it to them.
_AFRAID_OF_MYSELF = (
    r"\b(?:afraid|scared|terrified|worried|frightened|petrified|fear) (?:that )?i(?:'ll| will| "
    r"might| could| may|'d| would|'m going to| am going to|'m gonna)\b"
)
# Everyday annoyances that "I could strangle him" is said about.
_PET_PEEVE = (
    r"\b(?:chew\w*|slurp\w*|snor(?:e|es|ed|ing)|whistl\w*|humm?(?:s|ing)|"
    r"sniff(?:s|ing|les)|tapping|clicking|spoilers?|left (?:the|his|her) \w+ "
    r"(?:out|on|in)|leaves (?:the|his|her) \w+ (?:out|on|in)|ate my|eat(?:s|ing) my|"
    r"(?:steal|stole|stealing|steals|borrow|borrowed|borrowing|borrows|use|used|using|uses) my|"
    r"took my "
    r"(?:parking|seat|charger|lunch|spot|fries|chips)|parking (?:spot|space)|reply[- ]all|"
    r"microwav\w*|fish in the|group chat|typo|autocorrect|wifi password|"
    r"(?:spoils?|spoiled|spoilt|ruins?|ruined) (?:the|my) (?:ending|finale|film|movie|show|"
    r"episode|book|game|surprise))\b"
)
# The speaker, and up to three words before the verb, none of them a new subject ("I'm worried
# my genes will hurt my kids" is not the speaker's threat).
_SPEAKER_INTENT = (
    r"\b(?:i|i'm|i am|i'll|i will|i've|i have|we|we're|we'll) "
    r"(?:(?!(?:my|the|his|her|their|your|our|a|an)\b)\w+ ){0,3}?"
)

OTHERS: tuple[Cue, ...] = (
    cue(
        S.HARM_OTHERS,
        _SPEAKER_INTENT + r"(?P<v>going to|gonna|will|'ll|plan(?:ning)? to|plan on|planning on|"
        r"about to|intend to|have to|need to|decided to|ready to|must|shall|promise to|"
        r"swear to god i'll|swear i'll|seriously going to|actually going to) "
        r"(?:\w+ )?" + _HARM_VERB + r" (?:@VICTIM)",
        NEG, PAST, FICTION,
        not_after=_HARM_NOT_AFTER,
        not_in=r"\b(?:if (?:someone|anyone|somebody|they|he|she|a (?:burglar|intruder|person|"
        r"man|guy)) (?:breaks?|broke|came|comes|attacks?|tries|tried|threatens?)|self[ -]?"
        r"defen[cs]e|intruder|burglar|home invader|home invasion|kill (?:\w+ )?time|"
        r"hurt (?:his|her|their) feelings)\b|" + _PET_PEEVE + r"|" + _AFRAID_OF_MYSELF,
    ),
    cue(
        S.HOSTILE_WISH,
        _SPEAKER_INTENT + r"(?P<v>want to|wanna|wanted to|thinking (?:about|of)|thought about|"
        r"fantasi[sz]e about|fantasi[sz]ing about|dream(?:ing)? (?:about|of)|could|would|'d|"
        r"might|should|tempted to|feel like|felt like|wish i could|have urges to|get urges to|"
        r"have thoughts (?:of|about)|keep thinking about|imagine|imagining|picture|picturing|"
        r"keep imagining|keep picturing|visuali[sz]e|visuali[sz]ing) (?:how (?:i'd|i would|"
        r"i could|i'll|"
        r"to|i'm going to) )?(?:\w+ )?" + _HARM_VERB + r" (?:@VICTIM)",
        NEG, PAST, FICTION,
        not_after=_HARM_NOT_AFTER,
        not_in=r"\b(?:if (?:someone|anyone|somebody|they|he|she|a (?:burglar|intruder|person|"
        r"man|guy)) (?:breaks?|broke|came|comes|attacks?|tries|tried|threatens?)|self[ -]?"
        r"defen[cs]e|intruder|burglar|home invader|home invasion|kill (?:\w+ )?time|"
        r"(?:don't|never|wouldn't) want to hurt|hurt (?:his|her|their) feelings|afraid of hurting|"
        r"scared of hurting|worried about hurting|without hurting)\b"
        # Exasperation over a pet peeve ("I could strangle him, he chews so loudly") is a figure
        # of speech, not a wish to hurt; so is "I could kill him" said and left there.
        r"|" + _PET_PEEVE + r"|" + _AFRAID_OF_MYSELF + r"|\bi could (?:honestly |literally |"
        r"actually |seriously |just |"
        r"really |happily |cheerfully )?(?:kill|strangle|murder|throttle|slap|smack|shake) "
        r"(?:him|her|them|my \w+|the \w+)\b(?! (?:and|with|if|then|without|when i|before)\b)",
    ),
    cue(
        S.HARM_OTHERS,
        r"\b(?:i|i'm|i am|i'll|i will|going to|gonna|want to|wanna|thinking (?:about|of)|"
        r"plan(?:ning)? to) (?:\w+ )?(?P<v>shoot(?:ing)? up|bomb(?:ing)?|blow(?:ing)? up|"
        r"burn(?:ing)? down|shoot(?:ing)? everyone (?:at|in)|kill(?:ing)? everyone (?:at|in)|"
        r"attack(?:ing)?) (?:the |my |a |this |that |our )?(?:\w+ )?(?:school|office|workplace|"
        r"work|mall|church|mosque|synagogue|class|classroom|college|uni|university|campus|"
        r"house|building|station|gym|party|concert|hospital|factory)\b",
        NEG, PAST, FICTION,
        not_in=r"\b(?:game|minecraft|fortnite|party with|the dance floor|presentation|exam|"
        r"interview|balloons?|tyres?|tires?|airbed|mattress|photos? up)\b",
    ),
    cue(
        S.HARM_OTHERS,
        r"\b(?:i|i've|i have|i just|and i) (?:\w+ )?(?P<v>hit|punched|slapped|choked|strangled|"
        r"beat up|kicked|shoved|pushed|smacked|threw (?:\w+ )?at|stabbed|attacked|burned|"
        r"hurt) (?:my )?(?:wife|husband|partner|girlfriend|boyfriend|gf|bf|kids?|son|daughter|"
        r"child|children|baby|toddler|mum|mom|mother|dad|father|little (?:brother|sister)|"
        r"him|her)\b(?! (?:back|feelings|chances|with (?:a|the) (?:ball|car|door)|in (?:self|"
        r"defen)))",
        NEG, PAST, FICTION,
        level=CONCERN,
        not_in=r"\b(?:accident(?:ally|al)?|by mistake|self[ -]?defen[cs]e|ball|game|"
        r"accus\w+|alleg\w+|claim\w*|as if|falsely|pretend\w*|protective order|"
        r"snowball|pillow|play fight|tickl\w+|feelings|emotionally|hurt (?:him|her) by|"
        r"hurt (?:him|her) when i (?:said|told|left|broke)|lied|cheated|ghosted)\b",
    ),
    cue(
        M.SERIOUS,
        r"\b(?P<v>i mean it|i'm (?:not joking|serious|dead serious|deadly serious|not kidding)|"
        r"i am (?:not joking|serious|not kidding)|not (?:even )?(?:joking|kidding)|for real|"
        r"i swear(?: to god)?|seriously|i've thought about how|i have thought about how|"
        r"know where (?:he|she|they) lives?|this isn't a joke|this is not a joke|no joke|"
        r"i've planned|i have planned|i've got a (?:knife|gun|weapon)|i have a (?:knife|gun|"
        r"weapon))\b",
    ),
    # Abuse: another person hurting the speaker (or their children).
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they|\w+) (?:\w+ ){0,2}?(?P<v>hit(?:s|ting)?|beat(?:s|ing|en)?|"
        r"punch(?:es|ed|ing)?|kick(?:s|ed|ing)?|slap(?:s|ped|ping)?|chok(?:e|es|ed|ing)|"
        r"strangl(?:e|es|ed|ing)|shov(?:e|es|ed|ing)|smack(?:s|ed|ing)?|bit|bites|"
        r"burn(?:s|ed|t)|abus(?:e|es|ed|ing)|rap(?:e|es|ed|ing)|molest(?:s|ed|ing)?|"
        r"sexually (?:abus(?:e|es|ed|ing)|assault(?:s|ed|ing)?)|assault(?:s|ed|ing)?|"
        r"batter(?:s|ed|ing)?|whip(?:s|ped|ping)?|spit(?:s)? on|spat on|drag(?:s|ged|ging)?|"
        r"throttl(?:e|es|ed|ing)|pin(?:s|ned) (?:me|us) down|beat(?:s|ing)? up) "
        r"(?P<o>me|us|my (?:kids|son|daughter|children|child|baby|mum|mom|mother|sister|"
        r"brother|little \w+|younger \w+))\b",
        NEG, PERSON, PAST, FICTION,
        not_before=r"\b(?:if|whether|what if|as if|in case)\s+$",
        not_after=r"\s*(?:up\b(?! (?:and|badly|really|so|bad|every|again|when|if|because|"
        r"for))|out\b|off\b|from\b|hard\b|like a (?:ton|truck|brick|train)|"
        r"with (?:a|an|the) (?:summons|"
        r"fine|ticket|lawsuit|bill|charge|invoice|fee)|at (?:chess|checkers|cards|poker|pool|"
        r"darts|tennis|golf|\w+ball|games?|fifa|mario|everything|sports?|running|the race)|"
        r"in (?:a|the) (?:game|race|match|argument|debate|election|final)|to (?:it|the punch|"
        r"the finish)|with (?:the|this|that) (?:news|realisation|realization|fact|truth)|"
        r"(?:that|how|when i realised|all at once|all of a sudden)\b|where it hurts|"
        r"(?:the|a|with) (?:idea|thought|feeling))",
        not_in=r"\b(?:verbally|it hit me|reality hit|realisation hit|realization hit|hit me up|"
        r"it beats|the news|the thought|the feeling|(?:song|lyric|line|quote|"
        r"scene|film|book) (?:hit|hits|hurt)|hurts? me (?:to (?:see|hear|know|say|think|watch))|"
        r"hurt (?:my )?feelings|hurt me emotionally|hurts me (?:when|that) (?:he|she|they) "
        r"(?:ignores?|says?|doesn't|don't|forgets?|leaves?|talks?|lies?|cheats?))\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they|\w+) (?:\w+ ){0,2}?(?P<v>hurts?|hurting|hurt|forc(?:e|es|ed|"
        r"ing)) "
        r"(?:me|us) (?:physically|sexually|badly|when (?:he|she|they)(?:'s| is| are|'re) "
        r"(?:drunk|high|angry|mad)|when (?:he|she|they) drinks?|every (?:day|night|time)|"
        r"all the time|to have sex|into sex|on me|with (?:a|his|her|their) (?:fists?|belt|"
        r"knife|hands?))\b",
        NEG, PERSON, PAST, FICTION,
        not_in=r"\b(?:it hurts|that hurts|this hurts|hurts? (?:my )?feelings|emotionally|"
        r"hurt me (?:by|with (?:his|her|their) words)|(?:song|lyric|line|quote|scene|film|"
        r"book|words?|comment|comments|remark|silence|ignor\w+) (?:hurt|hurts)|forced me to "
        r"(?:work|go|study|come|move|sell|pay|quit|leave|stay|take)|forced (?:me|us) out)\b",
        requires=("hurt", "forc"),
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:threatened|threatens|threatening|threaten|said|says|told me|swore|swears|"
        r"keeps? saying|kept saying|is going to|'s going to|is gonna|'s gonna|"
        r"tried to|tries to|trying to|wants to|attempted to) (?:that )?(?:he|she|they|he'd|"
        r"she'd|he'll|she'll|they'll|they'd|he would|she would|he will|she will|he is going to|"
        r"she is going to|he's going to|she's going to|to)?\s*(?:\w+ )?(?:kill|hurt|hit|beat|stab|"
        r"shoot|strangle|choke|burn|rape|kidnap|take the kids from|beat up|murder|break) "
        r"(?:me|us|my (?:kids|son|daughter|children|child|baby|mum|mom)))\b",
        NEG, PERSON, PAST, FICTION,
        not_after=r"\s*(?:when (?:he|she|they|i) (?:finds? out|sees?|hears?|learns?|notices?|"
        r"realises?|realizes?|knows?|gets? (?:the|my|home and sees))|if (?:he|she|they) "
        r"(?:finds? out|sees?|hears?|knew|knows|notices?|learns?)|for (?:this|that|\w+ing|"
        r"being late|not)|lol|haha|lmao|with "
        r"(?:kindness|love|laughter))",
        not_in=r"\b(?:sue|evict|fire|report|call the police|call the cops|dump|leave me|"
        r"divorce|kill me with (?:kindness|love)|kill me lol|haha|lol|lmao|"
        r"my (?:mum|mom|mother|dad|father|parents|boss|teacher|wife|husband) (?:is going to|will|"
        r"'ll|'s going to|is gonna|'s gonna|would) kill me(?! (?:if i (?:leave|tell|go)|"
        r"with|in my sleep)))\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|i feel|feel|feeling|i get|i'm so|i am so|i'm really|always|i'm too|"
        r"i'm always|i've been) (?:so |really |too |very |always |terribly )?(?:scared|afraid|"
        r"frightened|terrified|fearful|petrified) (?P<v>(?:to (?:go|be|come|get) (?:back )?home|"
        r"of (?:going|coming|getting) (?:back )?home|to be (?:alone )?(?:with|around|near) "
        r"(?:him|her|them|my \w+)|(?:that )?(?:he|she|they)(?:'ll| will| might| is going to|"
        r"'s going to| would|'d) (?:\w+ )?(?:hurt|kill|hit|beat|rape|attack|find) (?:me|us|"
        r"my (?:kids|children|son|daughter|baby|babies|little \w+))|"
        r"for my (?:life|safety|kids'? safety|children's safety)))\b",
        NEG, OTHER,
    ),
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|i feel|feel|feeling|i get|i'm so|i'm really|i've always been|i've been) "
        r"(?:so |really |too |very |always |absolutely )?(?:scared|afraid|frightened|terrified|"
        r"petrified) of (?P<v>(?:him|her|my (?:husband|wife|partner|boyfriend|girlfriend|bf|gf|"
        r"dad|father|stepdad|stepfather|mum|mom|mother|stepmom|stepmum|stepmother|ex|brother|"
        r"uncle|parents|fiance|fiancee|son)))\b(?!'s| \w+ing| (?:reaction|response|opinion|"
        r"judg\w*|disappoint\w*|anger is|feelings|thoughts|side|family|friends?|words|"
        r"rejection|approval|answer|decision|health|illness|death|dying|condition|diagnosis|"
        r"cancer|leaving|finding|knowing|seeing)\b)",
        NEG, OTHER, PAST,
        not_in=r"\b(?:losing|lose|leaving|leave|disappointing|disappoint|upsetting|hurting|"
        r"telling|tell|asking|ask|worried about|for (?:him|her)|dying|dead|died|ill|sick|"
        r"cancer|hospital|diagnosis|dementia|spider|dog|horror)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:not|don't feel|do not feel|never feel|doesn't feel|does not feel|isn't|"
        r"is not|no longer feel|never felt|am not|i'm not|don't|do not) (?:\w+ )?safe (?:at home|"
        r"in my (?:own )?(?:home|house|room|flat|apartment|bed)|with (?:him|her|them|my \w+)|"
        r"around (?:him|her|them|my \w+)|(?:to )?go(?:ing)? (?:back )?home|there|living with|"
        r"to go back))\b",
        PAST,
        not_in=r"\b(?:neighbou?rhood|area|city|street|streets|wifi|password|online|website|"
        r"data|food|water|drive|driving|roads?|bridge|building (?:is|isn't)|structurally|"
        r"covid|virus|mask|vaccin\w*)\b",
    ),
    # Saying plainly that one is in danger, or afraid for one's life (at home or anywhere).
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|im|i feel|i've been|i have been|i think i'm|we're|we are|me and (?:the|my) "
        r"(?:kids|children|baby) are) (?:\w+ )?(?P<v>in danger(?: at home| from (?:him|her|them|"
        r"my \w+)| here| in my (?:own )?(?:home|house|flat|apartment))?|(?:scared|afraid|"
        r"terrified|in fear|fearing) for my (?:life|safety))",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:of\b|zone\b)",
        not_in=r"\b(?:game|level|boss fight|character|film|movie|book|novel|match|exam|"
        r"deadline|dementia|diabetes|overdraft|debt|eviction)\b",
        requires=("danger", "for my life", "for my safety"),
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:my )?(?:home|house|flat|apartment|place) (?:isn't|is not|doesn't feel|"
        r"does not feel|never feels|is no longer) safe)\b",
        PAST, FIRST,
        not_in=r"\b(?:structurally|damp|mould|mold|gas|electrics|wiring|fire|roof|"
        r"burglar\w*|break[ -]?ins?|neighbou?rhood|area)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|i've been|i have been|i was|i got|i get|i keep getting|i'm being|"
        r"i am being|i've|i) (?:\w+ )?(?P<v>abused|raped|molested|sexually assaulted|assaulted|"
        r"strangled|choked|battered|groomed|trafficked|beaten up|beaten|stalked)"
        r"(?: (?:again|by (?:him|her|them|my \w+|(?:a|an|this|that|some|the|an older) "
        r"(?:\w+ ){0,2}?(?:guy|man|men|woman|teacher|coach|adult|stranger|person|boy|girl|"
        r"neighbou?r|priest|boss|friend|uncle|relative|cousin|tutor|family friend))|at home|"
        r"every|daily|regularly|when|if|and|as a (?:kid|child)|for years|last night|"
        r"yesterday|repeatedly)|\s*(?:[.!?,]|$))",
        NEG, OTHER, PAST,
        not_after=r"\s*(?:by (?:a|an|the) (?:car|bus|ball|truck|van|bike|cyclist|wave|"
        r"lorry|train|taxi|drunk driver|bee|wasp|virus|flu|storm|tree|branch|door|bug)|"
        r"with (?:a|the) (?:ball|bill|fine|virus|flu|cold)|hard by|the hardest)",
        not_in=r"\b(?:ball|car|bus|truck|lorry|van|bike|cyclist|traffic|wave|hit (?:a|the) "
        r"(?:wall|jackpot|gym|road|target|button|ground|books|sack|hay|deadline|milestone|limit)|"
        r"hit (?:my|rock) (?:head|knee|limit|bottom|goal|target)|"
        r"emotionally|feelings|game|match|attacked by (?:a|the) (?:dog|bee|wasp|bird|seagull|"
        r"swan|cat|goose)|panic|anxiety|migraine|asthma|heart)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:my|i'm in an?|i am in an?|i live (?:in|with) an?|i'm stuck in an?|"
        r"i'm living with an?|stuck (?:in|with) an?|trapped (?:in|with) an?|i have an?|"
        r"living with my|live with my) (?:\w+ )?(?P<v>(?:abusive|violent|physically abusive|"
        r"sexually abusive|controlling and abusive|emotionally abusive) (?:\w+ )?(?:relationship|"
        r"partner|husband|wife|boyfriend|girlfriend|household|home|marriage|dad|father|mum|"
        r"mom|mother|parents|family|ex|stepdad|stepfather|stepmom|stepmother|brother|"
        r"sister|bf|gf|fiance|fiancee|situation))\b",
        NEG, PAST,
    ),
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they) (?:is|are|'s|'re|gets|get|becomes|can be|has been|have been|"
        r"'s been) (?:\w+ )?(?P<v>(?:physically |sexually )?(?:abusive|violent))"
        r"(?: (?:to|towards|with) (?:me|us|my \w+)|\s*(?:[.!?,]|$| when| and| again| every))",
        NEG, PERSON, PAST, FIRST,
        not_in=r"\b(?:video ?games?|films?|movies?|shows?|music|lyrics|protest|crowd|"
        r"neighbourhood|neighborhood|area|city|country|crime|news|dog|cat|storm|weather)\b",
        requires=("abusive", "violent"),
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>(?:victim|survivor) of (?:domestic (?:violence|abuse)|abuse|rape|sexual "
        r"(?:assault|abuse)|child (?:abuse|sexual abuse))|domestic (?:violence|abuse) "
        r"(?:at home|from (?:him|her|my \w+)|in my)|(?:experiencing|suffering|going through|"
        r"living with|living in) (?:domestic )?(?:violence|abuse))\b",
        NEG, PAST, FIRST,
        not_in=r"\b(?:work (?:with|in|for)|volunteer\w*|charity|services|shelter staff|"
        r"training|course|my (?:client|patient|student)s?|policy|funding)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they) (?:\w+ ){0,6}?(?P<v>(?:won't|doesn't|does not|will not|never) "
        r"let "
        r"(?:me|us) (?:leave|go out|out of the house|see my (?:friends|family|mum|mom|parents)|"
        r"have (?:my own )?(?:money|a phone|my phone|any money|the car keys)|talk to anyone)|"
        r"lock(?:s|ed)? (?:me|us) (?:in|out|up)|took my phone (?:away )?so|controls? "
        r"(?:all )?(?:my|our) (?:money|finances|phone|every move))\b",
        NEG, PERSON, PAST,
        level=CONCERN,
        not_in=r"\b(?:landlord|bank|work|school|lock(?:ed|s)? (?:me|us) out of (?:my|the|our) "
        r"(?:account|computer|phone)|by accident|accidentally|after \d+|until|at (?:night|dinner|"
        r"the table)|during (?:dinner|school|exams)|on school nights|before bed|bedtime|curfew|"
        r"grounded)\b",
        requires=("let me", "let us", "lock", "took my phone", "control"),
    ),
    # Physical violence said other ways: pushed down the stairs, things thrown at them,
    # grabbed by the throat, bruises someone left.
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they) (?:\w+ ){0,2}?(?P<v>(?:push(?:es|ed)?|shov(?:e|es|ed)|"
        r"threw|throws|slammed|slams|pinned|pins|dragged|drags|grabbed|grabs|kicked) (?:me|us) "
        r"(?:down|into|against|over|off|onto|to the (?:floor|ground)|out of|across|up against|"
        r"by (?:the|my) (?:throat|neck|hair|arm|arms|wrist|wrists)|so hard|and (?:hit|punched|"
        r"slapped|choked|kicked))|(?:throws?|threw) (?:things|stuff|(?:a|the|his|her|their) \w+|"
        r"plates|glasses|bottles|chairs) at (?:me|us|my (?:kids|son|daughter|mum|mom))|"
        r"pull(?:s|ed)? my hair|spat (?:on|at) me|left (?:me with )?(?:bruises|marks|a black eye)"
        r"(?: on me)?)",
        NEG, PERSON, PAST, FICTION,
        not_in=r"\b(?:ball|frisbee|snowball|pillow|party|tantrum|compliment|shade|curveball|"
        r"question|idea|push(?:es|ed)? me (?:to|into (?:applying|doing|taking|trying|"
        r"going|signing))|grabbed me (?:a|some|lunch|coffee|a drink)|out of (?:my|the) comfort|"
        r"game|wrestl\w*|judo|rugby|football|dance|dancing|hug\w*|joke|joking|playing)\b",
        requires=("push", "shov", "threw", "throw", "slam", "pin", "drag", "grab", "kick",
                  "hair", "spat", "bruise", "marks", "black eye"),
    ),
    cue(
        S.ABUSE,
        r"\b(?P<v>bruises? (?:from|where|that|from where) (?:he|she|they|my \w+)|"
        r"(?:he|she|they|my \w+) "
        r"(?:\w+ )?(?:comes?|came|creeps?|crept|gets?|got) (?:into|in) (?:my|our) (?:room|bed) "
        r"(?:at night|when (?:everyone|mum|mom|my \w+) (?:is|was|'s) (?:asleep|out|at work)|"
        r"and touch\w*))",
        NEG, PAST, FICTION,
        level=CONCERN,
        not_in=r"\b(?:to (?:say goodnight|check|tuck|wake|kiss|turn off|get|borrow|ask|tell|"
        r"cuddle|sleep because)|nightmare|scared of the dark|storm|thunder|cat|dog|puppy|"
        r"toddler|little one|baby|bed ?time story|rugby|football|bump(?:ed)? into|"
        r"fell|gym|sports?)\b",
        requires=("bruise", "room", "bed"),
    ),
    cue(
        S.ABUSE,
        r"\b(?:my (?:\w+ )?@ABUSER (?:\w+ ){0,4}?|(?:he|she|they) (?:\w+ )?(?=(?:keeps?|kept|"
        r"started|has been|have been|is always|are always|won't stop|never stops)\b))"
        r"(?P<v>(?:keeps? |kept |started |has been |"
        r"have been |is |are |was |is always |are always )?(?:threaten(?:s|ed|ing)?|"
        r"stalk(?:s|ed|ing)?) (?:me|us|my "
        r"(?:kids|children|family))|(?:keeps? |kept )?(?:showing|turning) up at my (?:work|"
        r"house|door|flat|school|job) (?:and|uninvited|every|again|even though))",
        NEG, PERSON, PAST, FICTION,
        not_in=r"\b(?:legal|lawyer|solicitor|court|sue|suing|evict\w*|fire me|firing|report "
        r"me|police|bailiffs?|to (?:leave|dump|break up|quit|tell|cancel|call)|scam\w*|"
        r"lawsuit|"
        r"landlord|boss|manager|teacher|bank|debt|collector|company|customer)\b",
        requires=("threaten", "stalk", "showing up", "turning up"),
    ),
    cue(
        S.ABUSE,
        r"\b(?:i'm|i am|i feel|i get|i'm so|i'm really|always|so) (?P<v>scared|afraid|terrified|"
        r"frightened|petrified) (?:of )?what (?:he|she|they|my (?:\w+ )?@ABUSER)"
        r"(?:'ll| will| might| would|'d| is going to|'s going to) do(?: to (?:me|us|my \w+))?"
        r"(?=\s*(?:[.!?,;]|$|\n|when|if|once|after|next|to me|to us))",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_in=r"\b(?:exam|grades?|results?|report card|marks|test|bill|car|crash\w*|dent|"
        r"scratch\w*|spend\w*|money|tattoo|piercing|hair|party|vote|election|boss|manager|"
        r"company|market|court|judge)\b",
        requires=("what",),
    ),
    # "I'll kill him": the contraction is how the figure of speech is usually said, so it is
    # read as anger (high when they say they mean it), not as a threat.
    cue(
        S.HOSTILE_WISH,
        r"\b(?:i|we)(?P<v>'ll) (?:(?!(?:my|the|his|her|their|your|our|a|an)\b)\w+ ){0,2}?"
        + _HARM_VERB + r" (?:@VICTIM)",
        NEG, PAST, FICTION,
        not_after=_HARM_NOT_AFTER,
        not_in=r"\b(?:kill (?:\w+ )?time|self[ -]?defen[cs]e|intruder|burglar|hurt (?:his|her|"
        r"their) feelings|lol|haha|lmao|joke|joking|kidding)\b|" + _PET_PEEVE + r"|"
        + _AFRAID_OF_MYSELF,
        requires=("'ll",),
    ),
    # Someone close to the speaker in danger: the speaker needs support and may be at risk.
    cue(
        S.OTHERS_AT_RISK,
        r"\b(?:my|our) (?:\w+ ){0,2}?(?:friend|mum|mom|mother|dad|father|sister|brother|"
        r"son|daughter|partner|husband|wife|boyfriend|girlfriend|bf|gf|cousin|roommate|flatmate|"
        r"child|kid|teen|teenager|student|best friend|loved one|fiance|fiancee|ex) "
        r"(?:\w+ ){0,3}?(?P<v>(?:is|'s|has been|keeps|started|is now|was) (?:\w+ )?"
        r"(?:suicidal|trying to kill (?:herself|himself|themselves|themself)|threatening "
        r"(?:to kill|suicide|to end)|talking about (?:suicide|killing|ending|dying|wanting to die)|"
        r"cutting (?:herself|himself|themselves|again)|self[ -]?harming|overdos(?:ed|ing))|"
        r"(?:wants|want|is going|plans|threatened|tried|tries|has tried) to " + _THEIR_SUICIDE
        + r"|"
        r"(?:cut|hurt|burned) (?:herself|himself|themselves|themself)|"
        r"(?:attempted|committed to) suicide)\b",
        FIRST,
        not_in=r"\b(?:years ago|when (?:she|he|they) (?:was|were) (?:younger|a kid|a teen|little)|"
        r"in the past|used to|decades|news|article|film|movie|book|show|character|lol|haha|"
        r"joke|joking|kidding|(?:she|he|they)'(?:s|re|ll) (?:going to|gonna) kill (?:me|us))\b",
    ),
    cue(
        S.OTHERS_AT_RISK,
        r"\b(?:she|he|they|someone (?:i|you|we) (?:love|know|care about)|a loved one)"
        r"(?:'s| is| has been| was| keeps| are| were)? (?:\w+ ){0,2}?(?P<v>suicidal|"
        r"trying to kill (?:herself|himself|themselves|themself)|threatening (?:to kill|suicide)|"
        r"(?:cut|burned|hurt) (?:herself|himself|themselves|themself)|(?:is |are )?going to "
        r"(?:kill (?:herself|himself|themselves)|commit suicide)|wants? to (?:kill (?:herself|"
        r"himself|themselves)|die(?=\s*(?:[.!?,;]|$|\n|tonight|today|soon|now|and\b|but\b|"
        r"because\b))))\b",
        FIRST,
        not_in=r"\b(?:years ago|when (?:she|he|they) (?:was|were) (?:younger|a kid|a teen|little)|"
        r"in the past|used to|decades|news|article|film|movie|book|show|character|lol|haha|"
        r"joke|joking|kidding|accident(?:ally)?|by accident|cooking|shaving|fell)\b",
    ),
    # "A friend of mine is threatening to kill himself", "someone I met online says she's
    # going to end it tonight": a specific person, in the present. A question about "a friend
    # who is suicidal" in general (a relative clause) is not matched.
    cue(
        S.OTHERS_AT_RISK,
        r"\b(?:a (?:close |good |dear |childhood |old )?(?:friend|mate|buddy|pal)(?: of mine| "
        r"(?:i (?:know|met|have|made) )?online| from (?:school|work|uni|college|church|"
        r"the internet|discord|class)| i (?:know|met|talk to|play with))?|someone (?:i|we|you) "
        r"(?:love|know|care about|care for|met online|talk to)|a (?:family member|relative)|"
        r"this (?:guy|girl|person|friend) i(?:'ve| have)? (?:been )?(?:talking to|talk to|met|"
        r"know))(?: (?!who\b|that\b|which\b|whose\b)[\w']+){0,3}?(?:'s| is| has been| keeps|"
        r" just| was just| kept| now)? (?:\w+ )?"
        r"(?P<v>(?:threatening|planning|going|about|trying|wanting|saying (?:he|she|they) "
        r"(?:wants?|is going|are going|plans?)) to " + _THEIR_SUICIDE + r"|"
        r"(?:talking|posting|texting) about (?:suicide|killing (?:herself|himself|themselves|"
        r"themself)|ending (?:it|(?:his|her|their) life))|suicidal|self[ -]?harming)\b",
        NEG,
        # "If someone you love is suicidal, ..." is advice, not a person's situation.
        not_before=r"\b(?:if|whether|in case|when)\s+(?:\w+\s+)?$",
        not_in=r"\b(?:news|article|report|documentary|podcast|police (?:said|say)|according to|"
        r"film|movie|book|show|character|series|novel|story|lol|haha|joke|joking|kidding|"
        r"years ago|used to|in the past|when (?:she|he|they) (?:was|were) (?:younger|a kid|"
        r"a teen|little))\b",
        requires=(
            "friend", "mate", "buddy", "pal", "someone", "family member", "relative", "this guy",
            "this girl", "this person",
        ),
    ),
    # A child, partner or friend quoted saying they want to die: the speaker is living with
    # it. Said while laughing or blushing, it is a figure of speech.
    cue(
        S.OTHERS_AT_RISK,
        r"\b(?:my|our) (?:\w+ ){0,2}?(?:daughter|son|kid|child|teen|teenager|boy|girl|friend|"
        r"best friend|partner|husband|wife|boyfriend|girlfriend|brother|sister|mum|mom|dad|"
        r"student|pupil) (?:\w+ )?(?:said|says|keeps saying|kept saying|told me|texted(?: me)?|"
        r"messaged(?: me)?|wrote|screamed|yelled)[,:]? \"\s*(?P<v>i (?:\w+ )?(?:want to die|"
        r"wish i was dead|wish i were dead|want to kill myself|'m going to kill myself|"
        r"don't want to (?:live|be alive|be here)|should (?:just )?die|hate being alive))",
        not_in=r"\b(?:laugh\w*|joking|joke|kidding|lol|haha|lmao|embarrass\w*|cringe\w*|"
        r"mortified|red|blush\w*|giggl\w*|dramatic|sarcas\w*|song|lyrics?|film|movie|show)\b",
        requires=('"',),
    ),
    # A loved one who says they are only alive because of someone: their hopelessness, the
    # speaker's worry.
    cue(
        S.OTHERS_AT_RISK,
        r"\b(?P<v>(?:the )?only (?:reason|thing) (?:why |that )?(?:she|he|they|my (?:\w+ )?"
        r"(?:friend|mum|mom|mother|dad|father|sister|brother|son|daughter|partner|husband|wife|"
        r"boyfriend|girlfriend|gf|bf|cousin|nan|gran|grandma|grandad))(?:'s| is| are|'re) "
        r"(?:still )?(?:alive|here|living|around)|(?:the )?only (?:reason|thing|person) "
        r"(?:keeping|that keeps) (?:him|her|them|my (?:\w+ )?(?:friend|mum|mom|mother|dad|"
        r"father|sister|brother|son|daughter|partner|husband|wife)) (?:alive|going|here))\b",
        FIRST,
        not_in=r"\b(?:film|movie|book|show|character|series|novel|story|plant|dog|cat|pet|"
        r"fish|machine|ventilator|life support|medication|treatment|chemo)\b",
        requires=("only reason", "only thing", "only person"),
    ),
    cue(
        S.SUICIDE_LOSS,
        r"\b(?:my|our|a|her|his) (?:\w+ ){0,2}?(?:friend|mum|mom|mother|dad|father|sister|brother|"
        r"son|daughter|partner|husband|wife|boyfriend|girlfriend|bf|gf|cousin|uncle|aunt|"
        r"grandad|grandpa|grandma|nan|roommate|flatmate|child|kid|best friend|fiance|fiancee|ex|"
        r"classmate|colleague|coworker) (?:\w+ ){0,3}?(?P<v>committed suicide|killed "
        r"(?:himself|herself|themselves|themself)|took (?:his|her|their) (?:own )?life|died by "
        r"suicide|completed suicide|hanged (?:himself|herself|themselves)|overdosed and died)\b",
        FIRST,
        not_in=r"\b(?:years ago|when i was (?:a |little|young|small|\d)|as a (?:kid|child|teen)|"
        r"decades|in (?:19|20)\d\d|film|movie|book|show|character|news|article|celebrity)\b",
    ),
    cue(
        S.ABUSE,
        r"\b(?:@ABUSER|he|she|they) (?:\w+ ){0,2}?(?P<v>touch(?:es|ed|ing)? me)"
        r"(?=\s*(?:[.!?,;]|$|(?:down )?there|at night|when|in my|inappropriately|sexually|"
        r"under|and i|and it|every|all the time))",
        NEG, PERSON, PAST, FICTION,
        not_in=r"\b(?:shoulder|arm|hand|back|hug|hugs|comfort\w*|gently|kindly|reassur\w+|"
        r"(?:song|film|story|words|letter|message) (?:touches|touched))\b",
        requires=("touch",),
    ),
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?:i )?(?:can't|cannot|can not|don't want to|do not want to) (?P<v>(?:live|go on|"
        r"carry on|exist|be here) without (?:him|her|them|you|my (?:\w+ )?@LOVED))\b",
        # No NEGATION check: "don't want to" is part of the wish, not a denial of it.
        OTHER,
    ),
    # Grief: wishing to join someone who has died.
    cue(
        S.REUNION,
        r"\b(?:@WANT|going|ready|longing|waiting|i'll|i will|soon i'll|i'm going) (?:to )?(?:\w+ )?"
        r"(?P<v>(?:be with|join|see|hold|hug|meet|go to|follow|be reunited with|reunite with) "
        r"(?:him|her|them|you|my (?:late |dead |deceased |lost |darling |beloved |sweet )?"
        r"@LOVED))(?: again)?,? (?:in heaven|up there|on the other side|in the afterlife|"
        r"in the next life|in the sky|wherever (?:he|she|they)(?:'s| is|'re| are| went)|"
        r"where (?:he|she|they)(?:'s| is|'re| are|'ve gone| went)|in death|beyond the grave|"
        r"in the ground|in paradise|with god|with the angels|among the stars)\b",
        NEG, OTHER,
        requires=(
            "heaven", "up there", "other side", "afterlife", "next life", "in the sky", "wherever",
            "where he", "where she", "where they", "in death", "grave", "in the ground",
            "paradise", "with god", "angels", "stars",
        ),
    ),
    cue(
        S.REUNION,
        r"\b(?:@WANT|going|ready|longing|waiting|can't wait|i'll|soon i'll|i'm going|i will) "
        r"(?:to )?(?:just )?(?P<v>join my (?:late |dead |deceased |lost |darling |beloved )?"
        r"@LOVED)(?: (?:again|soon|now|already|forever))?(?=\s*(?:[.!?,;]|$|and\b|so\b|"
        r"because|i\b|x+\b|❤|💔|<3))",
        NEG, OTHER,
        requires=("join my",),
    ),
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?:@WANT|going|ready|longing|waiting|can't wait|i'll|soon i'll|i'm going|i will|"
        r"i'm coming|coming|i just want|all i want is|give anything|do anything|should|"
        r"could|must|have to|ought to) (?:to )?"
        r"(?:just )?(?:go |come )?(?:and )?"
        r"(?P<v>(?:be with|join|see|hold|hug|go to|follow|be reunited with|reunite with|"
        r"be next to|lie next to|find) "
        r"(?:him|her|them|you|my (?:\w+ )?@LOVED))(?: (?:again|soon|now|once more|forever|"
        r"one more time)|(?=\s*(?:[.!?,;]|$|and\b|so\b|i\b|x+\b|❤|💔|<3)))",
        NEG, OTHER,
        not_in=r"\b(?:this weekend|next week|at christmas|for dinner|for lunch|on holiday|"
        r"at the airport|in (?:spain|france|london|the us|america|australia|canada)|"
        r"visit(?:ing)?(?![^.!?]{0,25}\b(?:grave|cemetery|graveside|resting place|memorial))|"
        r"flight|move in|moving in|date|get back together|back together|"
        r"make up|apolog\w+|text|call|ring)\b",
        requires=(
            "be with", "join", "see", "hold", "hug", "go to", "follow", "reunite", "next to",
            "find",
        ),
    ),
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?P<v>(?:i'll|i will|i'm going to|i am going to|i'm coming to|i am coming to|"
        r"i'm coming|coming) (?:be with|see|join|hold) (?:you|him|her|them) (?:soon|shortly|"
        r"tonight|again soon|very soon)),? (?:mum|mom|dad|mummy|mommy|daddy|my love|"
        r"my darling|my angel|babe|baby|sweetheart|gran|nan|grandma|grandad|my boy|my girl)\b",
        NEG,
    ),
    # Grief: wanting to be where the dead person is. "Wherever she is" only makes sense of the
    # dead; "where he is" may be a city, so it needs a death in the message or conversation.
    cue(
        S.REUNION,
        r"\b(?:@WANT|going|ready|waiting|i'll|i will|i'm going|thinking about|thought about) "
        r"(?:to )?(?:just )?(?P<v>go (?:to )?wherever (?:he|she|they|my (?:\w+ )?@LOVED) "
        r"(?:is|are|'s|'re|went|has gone|have gone|may be|might be))"
        r"(?=\s*(?:[.!?,;]|$|\n|now\b|and\b|so\b|i\b))",
        NEG, OTHER,
        requires=("wherever",),
    ),
    cue(
        S.REUNION,
        r"\b(?:rather|sooner|prefer to|want to|wish i (?:was|were|could be)|long to|need to) "
        r"(?:just )?(?:be )?(?P<v>(?:down there|up there|in the ground|in the grave|in (?:his|her|"
        r"their) grave|buried|in heaven|on the other side|dead|gone) (?:\w+ )?with (?:him|her|"
        r"them|you|my (?:\w+ )?@LOVED))(?=\s*(?:[.!?,;]|$|\n|again\b|forever\b|now\b|and\b|"
        r"so\b|than (?:\w+ ){0,2}(?:here|alive|living) without\b))",
        NEG, OTHER,
        not_in=r"\b(?:when i'm old|one day|someday|when my time comes|when the time comes|"
        r"plot|will|funeral plan|wishes)\b",
        requires=("down there", "up there", "ground", "grave", "buried", "heaven", "other side",
                  "dead", "gone"),
    ),
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?:@WANT|going|ready|waiting|i'll|i will|i'm going|thinking about|thought about|"
        r"i just want|all i want is) (?:to )?(?:just )?(?P<v>go (?:to )?where (?:he|she|they) "
        r"(?:is|are|'s|'re|went|has gone|have gone))(?=\s*(?:[.!?,;]|$|\n|now\b|and\b|so\b))",
        NEG, OTHER,
        requires=("where he", "where she", "where they"),
    ),
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?:@WANT|going|ready|waiting|i'll|i will|i'm going|i just want|all i want is) "
        r"(?:to )?(?:just )?(?P<v>go with (?:him|her|them|my (?:\w+ )?@LOVED))"
        r"(?= (?:too|as well|now|again)\b|\s*[.!?]|\s*$)",
        NEG, OTHER,
        requires=("go with",),
    ),
    # Survivor's wish: "I wish I'd been in the car with her", "I wish I had died instead of
    # him", "why am I still here when he isn't". Grief, unless someone died.
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?P<v>wish(?:ed|ing)?) (?:that )?(?:i|it) (?:had |'d |was |were |could have )?"
        r"(?:been|died|gone) (?:in the (?:car|crash|plane|bus|accident|fire)|on (?:the|that) "
        r"(?:plane|bus|train|flight)|with (?:him|her|them|my (?:\w+ )?@LOVED)|instead(?: of "
        r"(?:him|her|them|my (?:\w+ )?@LOVED))?|me instead|me and not (?:him|her|them))",
        OTHER,
        requires=("wish",),
    ),
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?P<v>(?:am i|i'm|i am) (?:even )?still (?:here|alive|around)) (?:when|and|but|while) "
        r"(?:he|she|they|my (?:\w+ )?@LOVED)(?:'s| is|'re| are)?(?: not|n't| isn't| aren't| gone|"
        r" dead| not here)\b",
        OTHER,
        requires=("still here", "still alive", "still around"),
    ),
    # Envying the dead: "he had the right idea", "I envy her, she's at peace". After a death
    # (above all a suicide) it is identification with them; otherwise it means nothing.
    cue(
        S.REUNION_AMBIGUOUS,
        r"\b(?P<v>(?:he|she|they) (?:had|has|have) the right idea|i(?: envy| am jealous of|"
        r"'m jealous of|'m so jealous of| am so jealous of) (?:him|her|them))"
        r"(?=\s*(?:[.!?,;]|$|\n|honestly|tbh|and\b|i\b|so much|sometimes|because (?:he|she|"
        r"they)(?:'s| is|'re| are) (?:at peace|free|gone|not suffering)))",
        NEG,
        requires=("right idea", "envy", "jealous of"),
    ),
    # Deaths the general bereavement cue can miss: killed in a car crash (where "my car died"
    # is excluded there), losing someone, their passing, "we lost him". One cue per key word,
    # so each runs only on the few texts that contain it.
    cue(
        M.BEREAVEMENT,
        r"\b(?:he|she|my (?:\w+ )?@LOVED|(?:his|her|their) (?:\w+ )?@LOVED) (?:\w+ )?"
        r"(?P<v>(?:was |got )?(?:killed|died)) (?:in|by|on|at|from|after|of|when) (?:a|an|the|"
        r"his|her|their|action|afghanistan|iraq|combat|hospital|\w+ (?:accident|crash))\b",
        not_in=_NOT_A_DEATH,
        requires=("killed", "died"),
    ),
    cue(
        M.BEREAVEMENT,
        r"\b(?P<v>(?:after|since|before|when) (?:losing|i lost|we lost) (?:my (?:\w+ )?@LOVED|"
        r"him|her)|(?:we|they) lost (?:him|her)(?: (?:\d+|two|three|four|five|six|a few|"
        r"several) (?:days?|weeks?|months?|years?) ago| last (?:year|month|week)|"
        r" in (?:19|20)\d\d)?(?=\s*(?:[.!?,;]|$|and\b|but\b|so\b|when\b|after\b)))",
        not_in=_NOT_A_DEATH,
        requires=("losing", "lost"),
    ),
    cue(
        M.BEREAVEMENT,
        r"\b(?P<v>(?:his|her|their|my (?:\w+ )?@LOVED's) (?:passing|death|funeral|grave)|"
        r"rip (?:mum|mom|dad|mummy|daddy|nan|gran|grandma|grandad|grandpa|bro|sis|"
        r"my (?:\w+ )?@LOVED))\b",
        not_in=_NOT_A_DEATH,
        requires=("passing", "death", "funeral", "grave", "rip "),
    ),
    cue(
        M.BEREAVEMENT,
        r"\b(?P<v>(?:he|she) (?:didn't|did not) (?:survive|make it)(?: the| through)?|"
        r"(?:he|she|they)(?:'s| has| have|'ve) been (?:dead|gone) (?:for )?(?:\d+|two|three|"
        r"four|five|six|a|one|several|a few) (?:days?|weeks?|months?|years?))\b",
        not_in=_NOT_A_DEATH,
        requires=("survive", "make it", "been dead", "been gone"),
    ),
    # Fear of harming one's own child or anyone: ego-dystonic intrusive thoughts (perinatal
    # OCD) or the start of psychosis; either way a clinician must ask the same day.
    cue(
        S.HARM_OTHERS,
        r"\b(?:(?:i'm|i am|i get|i feel|feeling|i've been|i keep (?:being|getting)|always|so|"
        r"really|terribly) )?(?:scared|afraid|terrified|frightened|worried|petrified|fear) "
        r"(?:that |of what )?(?:i(?:'ll| will| might| could| would|'d| may| am going to|'m going "
        r"to|'m gonna) |of )?(?:\w+ )?(?P<v>(?:hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?|"
        r"smother(?:ing)?|drown(?:ing)?|shak(?:e|ing)|suffocat(?:e|ing)|stab(?:bing)?|"
        r"strangl(?:e|ing)|snap(?:ping)? and (?:hurt|harm|kill)(?:ing)?)) (?:my |our |the )?"
        r"(?:\w+ )?(?:baby|babies|newborn|son|daughter|kids?|children|child|toddler|little one|"
        r"twins)\b",
        NEG, OTHER, PAST,
        not_in=r"\b(?:feelings|by (?:leaving|moving|telling|divorc\w+|saying)|accident(?:ally)?|"
        r"drop(?:ping)? (?:him|her|them|the baby|my baby)|genes|genetic|pass(?:ing)? (?:it|this) "
        r"on|car seat|while driving|bath temperature|sids|vaccin\w*|formula|"
        r"(?:he|she|they)(?:'ll| will| might)|someone (?:will|might)|my (?:husband|wife|partner|"
        r"ex) (?:will|might|could))\b",
        requires=("scared", "afraid", "terrified", "frightened", "worried", "petrified", "fear"),
    ),
    # The same fear about anyone: worth a clinician's look, not a same-day response.
    cue(
        S.HARM_OTHERS,
        r"\b(?:(?:i'm|i am|i get|i feel|feeling|i've been|always|so|really|terribly) )?"
        r"(?:scared|afraid|terrified|frightened|worried|petrified) (?:that )?"
        r"(?:i(?:'ll| will| might| could| would|'d| may| am going to|'m going to|'m gonna) |of )"
        r"(?:\w+ )?(?P<v>(?:hurt(?:ing)?|harm(?:ing)?|kill(?:ing)?|attack(?:ing)?|stab(?:bing)?|"
        r"strangl(?:e|ing)|snap(?:ping)? and (?:hurt|harm|kill)(?:ing)?)) (?:someone|somebody|"
        r"anyone|people|others|my (?:wife|husband|partner|girlfriend|boyfriend|mum|mom|dad|"
        r"brother|sister|family|flatmate|roommate)|him|her|them)\b",
        NEG, OTHER, PAST,
        level=CONCERN,
        not_in=r"\b(?:feelings|by (?:leaving|moving|telling|divorc\w+|saying|breaking)|"
        r"accident(?:ally)?|driv\w*|car|the road|cycling|bike|tackle|training|sparring|"
        r"(?:if|when) i (?:say|tell|leave|break up|end it with)|emotionally|"
        r"(?:he|she|they)(?:'ll| will| might))\b",
        requires=("scared", "afraid", "terrified", "frightened", "worried", "petrified"),
    ),
    cue(
        S.HARM_OTHERS,
        r"\b(?:intrusive |unwanted |horrible |dark |scary |violent )?(?:thoughts?|images?|"
        r"urges?|visions?|impulses?) (?:of|about) (?P<v>(?:hurting|harming|killing|smothering|"
        r"drowning|shaking|stabbing|strangling|suffocating|throwing|poisoning)) (?:my |our |the )?"
        r"(?:\w+ )?(?:baby|babies|newborn|son|daughter|kids|children|child|toddler|little one|"
        r"twins|wife|husband|partner|mum|mom|dad|family|girlfriend|boyfriend|him|her|them|"
        r"people|someone|everyone)\b",
        OTHER, PAST, FIRST,
        not_in=r"\b(?:feelings|film|movie|book|novel|character|game|story|(?:his|her|their) "
        r"(?:intrusive )?thoughts|(?:he|she|they) (?:has|have|had|gets?|got) (?:intrusive )?"
        r"(?:thoughts|urges))\b",
        requires=("thought", "image", "urge", "vision", "impulse"),
    ),
    # Taking others with them: the thought of a murder-suicide needs a human the same day,
    # even when the person says they would never act on it.
    cue(
        S.HARM_OTHERS,
        r"\b(?P<v>(?:take|taking|took|bring|bringing) (?:my (?:\w+ )?(?:kids|children|baby|"
        r"babies|son|daughter|family|wife|husband|partner|girlfriend|boyfriend|twins)|the kids|"
        r"them(?: all)?|everyone|her|him) (?:all )?(?:with me|down with me))"
        r"(?= (?:if|when|once) i (?:go|die|do it|kill myself|end it|end my life|leave this world|"
        r"am gone|'m gone)(?=\s*(?:[.!?,;]|$|\n|for good|too|as well|and\b|but\b|won't|"
        r"keeps?\b|scares?\b|is\b|was\b|came\b|comes\b|pops\b|haunts\b))|"
        r" to the grave| into death)",
        PAST, FICTION,
        requires=("with me",),
    ),
    cue(
        S.HARM_OTHERS,
        r"\b(?P<v>(?:kill|killing|hurt|hurting|harm|harming|shoot|shooting|stab|stabbing|"
        r"murder|murdering|poison|poisoning)) (?:@VICTIM|the \w+|them all|all of them)"
        r"[^.!?\n]{0,40}? and (?:then )?(?:myself|me too|end(?:ing)? it(?: all)?(?: myself)?|"
        r"kill(?:ing)? myself|end(?:ing)? my (?:own )?life|tak(?:e|ing) my (?:own )?life|"
        r"turn(?:ing)? the (?:gun|knife) on myself)\b",
        PAST, FICTION,
        not_in=r"\b(?:feelings|with kindness|lol|haha|lmao|at (?:chess|cards|poker))\b",
        requires=("myself", "me too", "end", "my own life", "my life"),
    ),
)
