"""Evidence that colours other evidence: times, means at hand, distress, bereavement."""

from __future__ import annotations

from bot.safety.cues.base import (
    FIRST,
    GONE_IF_PAST,
    NEG,
    OTHER,
    Cue,
    M,
    cue,
)

# Means within reach, said without "I have": buying it, hoarding it, keeping it in the house,
# going back to a high place or a railway to look. Harmless on their own (a farmer's
# pesticide, a gun in a safe, a walk on a bridge) and read as high only next to distress or
# suicidal talk (assessment._means_in_a_dark_conversation), so the exclusions here are the
# everyday reasons for the same words: views, hobbies, shopping, pest control, gun storage.
_SCENERY = (
    r"\b(?:views?|sunset|sunrise|photos?|pictures?|selfie|scenery|beautiful|gorgeous|stunning|"
    r"fish\w*|swim\w*|boats?|kayak\w*|ducks?|birds?|seals?|whales?|dolphins?|tourists?|tour|"
    r"holiday|vacation|trip|hik\w+|run|running|jog\w*|cycl\w+|bike|commut\w+|traffic|"
    r"heights|vertigo|dropped|phone|keys|with (?:my|the|our) (?:kids?|son|daughter|family|"
    r"friends?|dog|partner|wife|husband|boyfriend|girlfriend))\b"
)
_GUN_OWNERSHIP = (
    r"\b(?:for sale|sell\w*|buy\w*|recommend\w*|review\w*|calibre|caliber|ammo|range|hunt\w*|"
    r"deer|ccw|conceal\w*|carry|holster|defen[cs]e|burglar\w*|intruders?|break[ -]?ins?|robbed|"
    r"robbery|child ?proof|laws?|legal\w*|licen[cs]e|permit|inherit\w*|estate|storage|insurance|"
    r"collection|clean\w*)\b"
)
_PILLS_KEPT_FOR_A_REASON = (
    r"\b(?:organi[sz]er|vitamins?|dog|cat|expired|dispos\w+|return (?:them|it)|travel|holiday|"
    r"trip|side effects? (?:made|make))\b"
)
MEANS_NEARBY: tuple[Cue, ...] = (
    # "Bought rope today." (no "I"; the "I have" cue in MODIFIERS needs a subject).
    cue(
        M.MEANS_AT_HAND,
        r"(?:^|(?<=[.!?\n] )|(?<=[.!?\n])|\b(?:i|i've|i have) )(?:(?:just|finally|today|so|and|"
        r"also|then)\s+)?"
        r"(?P<v>(?:bought|got|ordered|picked up|stole) (?:a |an |some |the |more |another |"
        r"enough |\d+ )?(?:(?:bottle|box|pack|packet|length|coil|bag|tub|jar|strip)s? of )?"
        r"(?:\w+ )?@LETHAL_MEANS)\b(?! (?:prescription|refill|appointment|for (?:my|the) "
        r"(?:back|pain|headache)))",
        not_in=r"\b(?:prescribed|prescription|doctor|gp|psychiatrist|pharmacy|repeat|refill|"
        r"kitchen|cook\w*|chef|steak|bread|garden\w*|swing|climbing|sailing|boat|shooting range|"
        r"hunting|licen[cs]e|permit|for (?:my )?(?:back|pain|headache|migraine|period|cramps|"
        r"anxiety|sleep|allerg\w+|cold|flu|fever))\b",
        requires=("bought", "got", "ordered", "picked up", "stole"),
    ),
    # Hoarding pills: "a shoebox full of tablets", "meds hidden behind the decorations",
    # "keeping back some of every prescription", "not taking them, just keeping them".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:shoe ?box|box|tin|jar|bag|drawer|stash|pile|hoard|collection|cupboard|"
        r"envelope|sock) (?:full )?of (?:\w+ )?(?:@PILLS|blister packs)|keep(?:ing)? back "
        r"(?:some|part|half|a few|one|a couple)(?: \w+)? of (?:my|every|each|the) (?:\w+ )?"
        r"(?:prescriptions?|doses?|pills|tablets|meds|packs?|boxes)|(?:not|stopped) taking "
        r"(?:them|my (?:\w+ )?(?:pills|tablets|meds|medication)) (?:\w+ ){0,3}?(?:keeping|saving|"
        r"hiding|stashing|storing) them)\b",
        not_in=_PILLS_KEPT_FOR_A_REASON,
        requires=("box", "tin", "jar", "bag", "drawer", "stash", "pile", "hoard", "collection",
                  "cupboard", "envelope", "sock", "keep", "taking"),
    ),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>@PILLS (?:hidden|stashed|saved|hoarded|squirrell?ed|tucked) (?:away |up )?"
        r"(?:in|under|behind|at the back of))\b",
        not_in=_PILLS_KEPT_FOR_A_REASON,
        requires=("hidden", "stashed", "saved", "hoarded", "squirrel", "tucked"),
    ),
    # Buying pack after pack: "another pack from the pharmacy", "the fourth box of tablets".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?:(?:pharmacy|pharmacies|chemists?|drugstore)\b[^.!?\n]{0,40}?\b(?:another|"
        r"(?:the |a )?(?:second|third|fourth|fifth|sixth)) (?:pack|packet|box|bottle|strip)s?|"
        r"(?:another|(?:the |a )?(?:second|third|fourth|fifth|sixth)) (?:pack|packet|box|bottle|"
        r"strip)s? of (?:\w+ )?@PILLS)\b",
        not_in=r"\b(?:vitamins?|condoms?|nappies|diapers|formula|test|cold and flu|hay ?fever)\b",
        requires=("pharmac", "chemist", "drugstore", "another", "second", "third", "fourth",
                  "fifth", "sixth"),
    ),
    # Pills laid out within reach: "the blister pack on my desk", "a bottle of pills beside me".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:the|a|my|this|that|all the|all my) (?:\w+ )?@PILL_PACKS) (?:is |are |sitting |"
        r"lying |laid out )?(?:on (?:my|the) (?:desk|bed|table|bedside table|nightstand|lap|floor)|"
        r"next to (?:me|my (?:bed|laptop))|beside me|in front of me|in my hands?|right here|"
        r"by my bed)\b",
        not_in=r"\b(?:remind\w*|remember|forget|routine|vitamins?|dog|cat|kids?|child|toddler|"
        r"organi[sz]er|every morning|with breakfast)\b",
        requires=("on my", "on the", "next to", "beside", "in front of", "in my hand",
                  "right here", "by my bed"),
    ),
    # A gun in the house, and a way into the safe: "there's a gun in my dad's safe",
    # "he keeps a handgun in the nightstand", "I know the code to the gun safe".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:there's|there is|there are|we have|we've got|we keep|he keeps|she keeps|"
        r"my \w+ keeps|he has|she has|i keep|i've got|i have) (?:a |an |his |her |my |the |some |"
        r"two |three |four )?(?:loaded )?(?:\w+ )?@GUNS in (?:the|my|his|her|our|this|my \w+'s|"
        r"his \w+'s) (?:\w+ )?(?:safe|nightstand|night stand|bedside table|drawer|house|home|"
        r"closet|wardrobe|glovebox|glove box|cabinet|garage|shed|cupboard|attic|bedroom)|"
        r"know (?:the|where (?:he|she|they|my \w+) keeps? the) (?:code|combination|combo|key|keys) "
        r"(?:to|for|of) (?:the|his|her|my \w+'s|our) (?:gun )?(?:safe|cabinet|locker))\b",
        not_in=_GUN_OWNERSHIP,
        requires=("gun", "pistol", "rifle", "shotgun", "firearm", "revolver", "glock", "code",
                  "combination", "combo", "key"),
    ),
    # Sitting with it: "I just hold the pistol and sit there", "opening the safe at night".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:hold|holding|held|sit(?:ting)? with|sat with|sit there with|sat there with) "
        r"(?:the|my|a|his|her|my dad's) (?:\w+ )?(?:@GUNS|knife|blade|razor|pills|tablets|rope|"
        r"noose)(?= (?:and (?:just )?(?:sit|sat|stare|stared|think|thought|cry|cried|wait|waited)|"
        r"for (?:hours|ages|a long time|a while)|in (?:my|the) (?:lap|hands?|dark)|at night|every "
        r"night|until|till)\b)|(?:open|opened|opening|unlock|unlocked|unlocking) the (?:gun )?"
        r"(?:safe|cabinet) (?:at night|every night|and (?:just )?(?:sit|stare|hold|take|look)))",
        not_in=r"\b(?:range|hunt\w*|clean\w*|photo\w*|pose|course|instructor|lesson|class|game|"
        r"movie|kitchen|cook\w*|chop\w*|whittl\w*|carv\w*|fishing|camping|baby|hand)\b",
        requires=("hold", "held", "sit", "sat", "open", "unlock"),
    ),
    # Poisons kept in the house: "there is pesticide in every house for the fields".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:there's|there is|we have|we keep|i have|i keep|i've got|bottle of|can of|"
        r"tin of) (?:the |some |a |a bottle of |a can of |our )?@POISONS (?:in|at) (?:the|my|our|"
        r"every|each) (?:\w+ )?(?:house|home|shed|barn|garage|kitchen|cupboard|farm|village))\b",
        not_in=r"\b(?:pest control|infestation|weeds|lawn|roses|mice|rats|ants|slugs|safety|"
        r"child ?proof|lock\w*|label|instructions|out of reach|ivy)\b",
        requires=("pesticide", "weed", "paraquat", "poison", "insecticide", "herbicide",
                  "antifreeze", "cyanide", "organophosphate"),
    ),
    # Looking down from a height: "I look over the edge", "leaning over the railing".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:look|looking|looked|lean|leaning|leaned|leant|peer|peering|peered|stare|"
        r"staring|stared|gaze|gazing|gazed) (?:\w+ )?(?:over|off|down from|down over) (?:the|a) "
        r"(?:edge|railing|rail|ledge|parapet|barrier|side of the (?:bridge|building|car park|cliff|"
        r"roof|balcony)))\b",
        not_in=_SCENERY,
        requires=("edge", "rail", "ledge", "parapet", "barrier", "side of the"),
    ),
    # Stopping on a bridge: "I slow down in the middle of the bridge", "pulled over on it".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:slow|slowed|slowing|pull|pulled|pulling|stop|stopped|stopping|park|parked|"
        r"parking) (?:down |over |up )?(?:on|at|in the middle of|halfway across|on top of) "
        r"(?:the|that|a) (?:\w+ )?(?:bridge|overpass|viaduct|cliff ?top|cliff edge|dam))\b",
        not_in=_SCENERY + r"|\b(?:jam|accident|broke down|breakdown|flat|police|cops?|toll|"
        r"roadworks|ticket|pulled me over|hazard lights for)\b",
        requires=("bridge", "overpass", "viaduct", "cliff", "dam"),
    ),
    # Going back to the same high place or railway: "I go to the bridge every night after work".
    cue(
        M.MEANS_AT_HAND,
        r"\b(?:i|i've|i've been|i keep|keep|been|started) (?:\w+ )?(?P<v>(?:go|going|went|drive|"
        r"driving|drove|walk|walking|walked|head|heading) (?:up |out |down |back )?(?:to|past|onto|"
        r"up to|across) (?:the|that) (?:\w+ )?(?:bridge|cliffs?|car park|multi-storey|top floor|"
        r"roof|rooftop|train tracks|railway line|tracks|overpass|viaduct|tower block))\b"
        r"(?=[^.!?\n]{0,60}\b(?:every (?:day|night|shift|evening|morning)|each (?:night|day|time)|"
        r"at night|after work|on my breaks?|alone|by myself|to (?:think|look|sit|stand|stare)|"
        r"and (?:just )?(?:sit|stand|stare|look)))|\b(?:i keep|keep|i've started|started) "
        r"(?P<v2>(?:going|driving|walking|heading) (?:up |out |down |back )?(?:to|past|onto|up "
        r"to|across) (?:the|that) (?:\w+ )?(?:bridge|cliffs?|car park|multi-storey|top floor|"
        r"roof|rooftop|train tracks|railway line|tracks|overpass|viaduct|tower block))\b",
        not_in=_SCENERY + r"|\b(?:dog|walk the|shop\w*|school|gym|pub|bus|train to|cafe|"
        r"work (?:is|was)|office|on (?:my|the) way (?:to|from) (?:work|school|uni))\b",
        requires=("bridge", "cliff", "car park", "multi-storey", "top floor", "roof", "tracks",
                  "railway", "overpass", "viaduct", "tower block"),
    ),
    # Watching trains: "standing at the station watching them go past", and knowing which ones
    # do not stop.
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:watch|watching|watched|stare|staring|stared) (?:at )?(?:the |them |the \w+ )?"
        r"(?:trains?|them) (?:go|going|come|coming|pass|passing|rush|rushing|fly|flying|speed|"
        r"speeding|thunder|roar) (?:past|by|through)|(?:which|what time|when) (?:the )?(?:\w+ )?"
        r"trains? (?:\w+ ){0,5}?(?:without stopping|(?:doesn't|don't|does not|do not) stop|at full "
        r"speed|non-?stop))\b",
        not_in=r"\b(?:trainspott\w*|hobby|son|daughter|kids?|grandson|granddaughter|nephew|"
        r"niece|toddler|model|photo\w*|camera|enthusiasts?|steam|catch|board|ticket|late|miss\w*|"
        r"journey|commut\w*|get on)\b",
        requires=("train", "station", "platform", "track"),
    ),
)

MODIFIERS: tuple[Cue, ...] = (
    cue(M.TIMEFRAME, r"\b(?P<v>@TIMEFRAME)\b"),
    cue(
        M.TIMEFRAME,
        r"\b(?P<v>@LATER_TIMEFRAME)\b",
        requires=("next ", "end of", "when ", "while ", "once "),
    ),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?:i|i've|i) (?:\w+ )?(?:have|'ve got|have got|got|bought|ordered|saved|collected|"
        r"found|keep|kept|stole|took|am holding|'m holding|am sitting here with|'m sitting here "
        r"with|have been saving|'ve been saving|hid|hidden) (?:a |the |some |enough |my |all my |"
        r"all the |plenty of |a bottle of |a box of |a stash of |a bunch of |\d+ |loads of |"
        r"lots of |an )(?:\w+ )?(?P<v>@LETHAL_MEANS)\b(?! (?:prescription|refill|appointment|left|"
        r"remaining|a day|per day|each|twice|for (?:my|the) (?:back|pain|headache)))",
        not_in=r"\b(?:prescribed|prescription|doctor|gp|psychiatrist|pharmacy|repeat|refill|"
        r"shooting range|range day|hunting|license|licence|permit|collection|safe|holster|"
        r"cleaning kit|defen[cs]e|burglars?|intruders?|remind\w*|routine|organi[sz]er|"
        r"every morning|with breakfast|for (?:my )?(?:back|pain|headache|migraine|period|cramps|"
        r"anxiety|sleep|allergies|allergy))\b",
    ),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:stockpil(?:e|ed|ing)|hoard(?:ed|ing)?|sav(?:ed|ing) up|stash(?:ed|ing)?|"
        r"saving|gathering|gathered|accumulat(?:ed|ing)|collect(?:ed|ing)|been saving) "
        r"(?:\w+ ){0,3}?@PILLS)\b",
    ),
    cue(
        M.MEANS_AT_HAND,
        r"\b(?P<v>(?:loaded|cleaned|cocked|load|loading|cleaning) (?:my|the|a) (?:\w+ )?"
        r"(?:gun|rifle|pistol|glock|shotgun|revolver)|(?:standing|sitting|sat|stood|i'm|i am|"
        r"perched|climbing|climbed) (?:\w+ )?(?:on|at|near|by|over|onto) (?:the |a |this )?"
        r"(?:edge|ledge|bridge|roof|rooftop|tracks|cliff|railing|balcony|platform edge|"
        r"train tracks|top of (?:the|a) (?:building|car park|bridge|cliff))|"
        r"(?:rope|noose|belt|cord) (?:is |around |round )?(?:ready|tied|set up|hanging|my neck)|"
        r"car (?:is )?running in the garage|engine running in the garage|"
        r"(?:staring|stare|stared|looking|looked) (?:down )?at (?:the|my|a|all the|all my) "
        r"(?:\w+ )?(?:pills|tablets|meds|knife|blade|razor|rope|noose|gun|pistol|bottle of "
        r"pills)(?: again| for hours| all night)?|"
        r"(?:knife|blade|razor|gun|pills) (?:is |are )?(?:ready|right here|in front of me|"
        r"next to me|in my hand|beside me|on the (?:table|bed|desk)))\b",
        not_in=r"\b(?:hunting|range|cleaning kit|photo|view|sunset|sunrise|picnic|climbing "
        r"(?:wall|gym)|bouldering)\b",
    ),
    *MEANS_NEARBY,
    cue(
        M.METHOD,
        r"\b(?:with|by|using|via|through|take|taking|swallow(?:ing)?|use|jump(?:ing)? "
        r"(?:off|from|in front of)|hang(?:ing)? from|from) (?:a |an |the |my |some |all (?:my|the|"
        r"of my) |enough )?(?:\w+ )?(?P<v>@LETHAL_MEANS|@HIGH_PLACES|hanging|jumping|overdos(?:e|"
        r"ing)|"
        r"an od|drowning|carbon monoxide|a train|a bus|traffic)\b",
    ),
    cue(
        M.RECENT,
        r"\b(?P<v>just now|just (?:took|taken|swallowed|overdosed|od'd|did it|done it|tried|"
        r"cut|attempted|downed|drank|necked)|an? (?:hour|few minutes|couple of hours|few hours|"
        r"minute) ago|\d+ (?:minutes?|mins?|hours?|hrs?) ago|minutes ago|tonight|right now|"
        r"earlier today|this (?:morning|evening|afternoon)|today)\b",
    ),
)

# Signs of severe distress about oneself. One alone is ordinary sadness; several together in
# one message are worth a clinician's look (see assessment.SEVERE_DISTRESS_MIN).
_ME = r"(?:i'm|i am|i feel|feel|feeling|i've been|i've felt|i get|i got|i become|been|i was|im|i)"
# Being alone, in any words, is one sign however it is said: "I feel so lonely, I don't have
# anyone" is the loneliness IPT works on (interpersonal deficits), not two signs of a crisis.
# With another kind of distress (self-hatred, hopelessness, not coping) it still counts.
ISOLATION: tuple[Cue, ...] = (
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,3}?(?P<v>lonely|so alone|completely alone|all alone|"
        r"isolated)\b(?! (?:in|at|for|to|without|about|on|by)\b)",
        NEG, OTHER),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:no one|nobody|noone|no-one) (?:\w+ )?(?:cares|loves me|"
        r"likes me|understands|wants me|talks to me|notices)|i have no (?:one|friends)|"
        r"i (?:don't|do not) have (?:anyone|any friends|a single friend)|have nobody)\b"),
)
SELF_DISTRESS: tuple[Cue, ...] = (
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,2}?(?P<v>depressed|suicidal)\b", NEG, OTHER, FIRST),
    cue(M.SELF_DISTRESS, r"\b(?P<v>my depression|my anxiety and depression|severe depression|"
        r"depression (?:is|has been|got|gets) (?:so |really )?(?:bad|worse)|depressive episode)\b",
        FIRST),
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,2}?(?P<v>worthless|useless|pathetic|disgusting|"
        r"unlovable|broken|garbage|trash|unwanted|unloved|(?:such )?an? (?:\w+ )?(?:failure|loser|"
        r"disappointment|waste of (?:space|oxygen|air|life)|burden|mess|fuck ?up|screw ?up|"
        r"nobody|let ?down))\b(?! at\b)",
        NEG, OTHER),
    cue(M.SELF_DISTRESS, r"\b(?P<v>hate myself|hate who i am|hate everything about (?:myself|me)|"
        r"self[ -]?hatred|self[ -]?loathing|loathe myself|disgusted (?:with|by) myself|"
        r"ashamed of myself|can't stand myself|can't stand who i am|despise myself)\b", NEG),
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,3}?(?P<v>empty|numb|hollow|"
        r"miserable|in despair|"
        r"hopeless|helpless|completely lost|so lost)\b(?! (?:in|at|for|to|without|about|on|by)\b)",
        NEG, OTHER),
    *ISOLATION,
    cue(M.SELF_DISTRESS, r"\b(?P<v>cry(?:ing)? (?:myself to sleep|every (?:day|night)|all "
        r"(?:day|night|the time)|for hours)|(?:can't|cannot) stop crying|breaking down|"
        r"falling apart|mental breakdown|(?:had|having) a breakdown)\b", FIRST),
    cue(M.SELF_DISTRESS, r"\b(?:i|i'm|i am) (?:\w+ )?(?P<v>(?:can't|cannot|can not) cope|"
        r"not coping|struggling (?:so much|to cope|to stay|mentally|with (?:my )?(?:depression|"
        r"life|everything|living))|suffering so much|in so much pain)\b", NEG),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:lost|have no|no) (?:all )?(?:motivation|will|energy|"
        r"interest) (?:to do|for|in) (?:anything|everything|life)|(?:can't|cannot) get out of bed|"
        r"nothing (?:makes me happy|matters|brings me joy|helps)(?: anymore)?|"
        r"(?:haven't|have not|never) been happy (?:in|for) (?:years|months|a long time))\b",
        FIRST),
    cue(M.SELF_DISTRESS, r"\b(?P<v>dead inside|(?:extreme|severe|crippling|deep|major|bad|"
        r"horrible|awful) depression|my life is (?:\w+ )?(?:worthless|pointless|"
        r"meaningless|a mess|hell|ruined|wasted|over|a joke|a waste|falling apart|shit|garbage))\b",
        FIRST),
    cue(M.SELF_DISTRESS, _ME + r" (?:\w+ ){0,2}?in (?:a |such a )?(?:really |very |so |"
        r"super |pretty )?(?P<v>(?:bad|horrible|awful|scary|low) (?:place|headspace|"
        r"head space|spot))\b", NEG, OTHER,
        requires=("place", "headspace", "head space", "spot")),
    cue(M.SELF_DISTRESS, r"\b(?P<v>panic attacks?|intrusive thoughts|flashbacks|"
        r"(?:self[ -]?destructive))\b", FIRST),
    # A psychiatric admission or hold, or fearing one if they tell: recent crises that people
    # often hide, and the period after discharge carries raised risk.
    cue(M.SELF_DISTRESS, r"\b(?:i|i've|i'm|i was|me|my) (?:\w+ ){0,6}?(?P<v>sectioned|"
        r"5150(?:'?d|ed)?|baker acted|involuntar\w+ (?:hold|commit\w+|admi\w+)|"
        r"(?:72|24|48)[- ]hours? hold|psych(?:iatric)? (?:ward|hospital|unit|hold|admission|"
        r"inpatient|er)|mental (?:hospital|health (?:unit|ward))|inpatient (?:unit|stay|"
        r"treatment|psych\w*)|put on (?:a )?(?:hold|suicide watch))\b", NEG, OTHER, FIRST,
        GONE_IF_PAST,
        requires=("section", "5150", "baker", "involuntar", "hold", "psych", "mental",
                  "inpatient", "suicide watch")),
    cue(M.SELF_DISTRESS, r"\b(?:if i (?:tell|told|say|said)|(?:last time|when|after|every time) "
        r"i (?:told|tell|said|opened up to)|(?:i )?told (?:my|the) (?:psych\w*|therapist|doctor|"
        r"gp|counsel+or|nurse|care team|crisis team)) (?:\w+ ){0,6}?(?P<v>(?:they(?:'ll|'d| will|"
        r" would| might)|i(?:'ll|'d| will| would| might)?) (?:\w+ ){0,2}?(?:lock me up|section me|"
        r"hospitali[sz]e me|commit me|put me (?:in|away)|get (?:sectioned|committed|locked up|"
        r"hospitali[sz]ed)|be (?:sectioned|committed|locked up|hospitali[sz]ed)|end(?:ed)? up "
        r"(?:back )?in (?:the |a )?(?:hospital|psych ward|ward|inpatient|unit)|(?:was|got) "
        r"(?:sectioned|committed|hospitali[sz]ed|admitted)))\b",
        requires=("tell", "told", "said", "say", "opened up")),
    # Turning on oneself: "the stupidest person alive", "I can't do anything right".
    cue(M.SELF_DISTRESS, r"\b(?:i'm|i am|i must be|i feel like|must be|i'm literally|"
        r"i'm probably|i've always been) (?:the )?(?P<v>(?:stupidest|dumbest|worst|ugliest|"
        r"most (?:useless|worthless|pathetic|disgusting|hated|unlovable)|biggest (?:failure|"
        r"loser|idiot|disappointment)) (?:\w+ ){0,2}?(?:alive|on (?:this |the )?(?:earth|planet)|"
        r"in (?:the|this) world|in existence))\b",
        NEG, OTHER, requires=("alive", "earth", "planet", "world", "existence")),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:can't|cannot|can never|never) (?:seem to )?do anything "
        r"(?:right|properly)|(?:can't|cannot) (?:seem to )?do (?:anything|even the (?:most )?"
        r"(?:basic|simple|simplest|easiest)\w* (?:things|tasks))(?=\s*(?:[.!?,;]|$|\n|anymore|"
        r"right)))", FIRST,
        requires=("do anything", "do even")),
    cue(M.SELF_DISTRESS, r"\b(?P<v>(?:what's|what is) wrong with me|why (?:am i|was i) "
        r"(?:even )?(?:born|like this|so (?:\w+ )?(?:worthless|useless|pathetic|broken|stupid))|"
        r"i ruin everything|i fuck (?:everything|it all) up|everyone (?:hates|leaves) me|"
        r"i hate my life|i'm tired of everything|i'm exhausted)\b"),
)

CONTEXT: tuple[Cue, ...] = (
    cue(
        M.DISTRESS,
        r"\b(?P<v>depressed|depression|hopeless|worthless|useless|miserable|desperate|"
        r"despair|devastated|heartbroken|broken|empty|numb|lonely|alone|isolated|"
        r"overwhelmed|exhausted|suffering|struggling|falling apart|breaking down|"
        r"breakdown|panic attacks?|can't cope|cannot cope|can't take|can't go on|can't do this|"
        r"lost my job|lost my house|lost everything|got fired|been fired|was fired|laid off|"
        r"made redundant|evicted|homeless|bankrupt|in debt|broke up|dumped me|left me|"
        r"cheated on me|divorc\w+|hate myself|hate my life|self[ -]?hatred|failure|failed|"
        r"ruined|messed up|fucked up|screwed up|trapped|no way out|give up|gave up|"
        r"giving up|no hope|no point|pointless|nothing matters|no one cares|nobody cares|"
        r"no friends|nobody loves me|no one loves me|crying|cried|sobbing|in pain|"
        r"hurting|dark place|rock bottom|scared|terrified|ashamed|disgusted with myself|"
        r"disgusting|pathetic|burden|grief|grieving|mourning|traumati[sz]ed|trauma|abused|"
        r"bullied|rejected|abandoned|unloved|unwanted|a mess|at the end|tired of|"
        r"sick of|fed up|done with|miss (?:him|her|them) so much|so sad|really sad|"
        r"(?:feel|feeling|felt|so|really|very|pretty) (?:low|down|rubbish|awful|hopeless|"
        r"terrible|bad|shit|crap|lost|broken)|"
        r"very sad|feel sad|feeling sad|feel awful|feel terrible|feel horrible|"
        r"feel like shit|feel like crap|feel like garbage|feel nothing|kill myself|die|dead|"
        r"suicid\w+|self[ -]?harm\w*|cutting|overdose|hurt myself)\b",
        FIRST,
    ),
    cue(
        M.BEREAVEMENT,
        r"\b(?:he|she|they|my (?:\w+ )?@LOVED|(?:his|her|their) (?:\w+ )?@LOVED|mum|mom|dad|"
        r"nan|gran|grandma|grandad|grandpa|husband|wife|son|daughter|partner|baby|brother|"
        r"sister|friend) (?:\w+ )?(?P<v>died|passed away|passed on|passed|was killed|got killed|"
        r"killed (?:himself|herself|themselves)|took (?:his|her|their) (?:own )?life|"
        r"committed suicide|is dead|'s dead|are dead|has died|have died|didn't make it|"
        r"is gone|'s gone|left us|lost (?:his|her|their) (?:battle|fight|life)|completed "
        r"(?:suicide )?(?=\d+ (?:days?|weeks?|months?|years?) ago|last|yesterday|this|in \w+))",
        not_in=r"\b(?:battery|phone|laptop|car|engine|plant|plants|fish|goldfish|"
        r"conversation|chat|group|party|vibe|joke|meme|trend|hype|streak|signal|wifi|"
        r"left us (?:on read|a (?:review|message|note|tip))|passed (?:the|his|her|their|my|"
        r"an?) (?:\w+ )?(?:test|exam|exams|course|driving|bar|ball|salt|message|word|"
        r"time|buck|away the time|out|over|on the|by|through|it on))\b",
    ),
    cue(
        M.BEREAVEMENT,
        r"\b(?P<v>funeral|grave|graveside|cemetery|buried|widow(?:ed|er)?|miscarriage|"
        r"miscarried|stillbirth|stillborn|bereave(?:d|ment)|late (?:husband|wife|partner|mum|mom|"
        r"mother|dad|father|son|daughter|brother|sister|grandmother|grandfather|nan|gran|"
        r"grandad|grandma|grandpa|friend|fiance|fiancee|boyfriend|girlfriend)|lost (?:my|our) "
        r"(?:\w+ )?@LOVED(?! (?:'s )?(?:job|keys|phone|number|money|wallet|card|temper))|"
        r"(?:since|after|when) (?:he|she|they|my \w+) (?:died|passed)|(?:his|her|their) death|"
        r"rest in peace|memorial|ashes|cremat(?:ed|ion)|passed away|in heaven|anniversary of "
        r"(?:his|her|their|my \w+'s) death|(?:his|her|their) (?:suicide|passing)|"
        r"(?:died|lost) (?:\w+ ){0,3}to (?:suicide|cancer|covid|an overdose))\b",
    ),
)
