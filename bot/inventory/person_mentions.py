"""Find the people a participant talks about: "my sister", "my boss", "Anna".

IPT works on relationships, so the bot needs to know *who* a message is about to ask the right
follow-up ("How did it go with your sister?") and to attach the message to the right row of the
interpersonal inventory. The intent classifier has entity recognition switched off: a learned
extractor would need hundreds of annotated names and would still guess. These rules are
deterministic, readable and testable, and they reuse the spaCy pipeline that the safety
detector already loads.

Three routes find a mention:

* a possessive and a relationship word, with modifiers in between: "my older brother", "our
  mum", "my ex-husband", "my husband's mother" (a mother-in-law), "me and my sister";
* a parent's or grandparent's word used like a name: "Mum said no", "me mam", "I miss you dad";
* a first name: lower-case names from a list ("i told tom"), spaCy's PERSON entities, and
  capitalised proper nouns after a cue ("with", "told", "and") or as a sentence subject.

A name next to a relationship is one person ("my sister Anna", "Anna, my sister").

Deliberately *not* extracted: "his wife", "your mum" and other people's relatives (in a role-play
"your mum" is the other person's), the care team ("my therapist", "Dr Patel": not inventory
people, and the bot must not turn them into a role-play partner), pets, groups such as "my
family", months and days, brands, places, and the bot itself.

The parse runs on the participant's text with the same length (only letter case and quote
characters change), so every offset points into the original message. `bot.analysis.parsing`
expands shorthand ("u" to "you") and would shift the offsets, so it is not reused here.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Token

from bot.inventory.lexicon import (
    AMBIGUOUS_NAMES,
    BARE_KINSHIP,
    CHAINS,
    COURTESY_TITLES,
    DATE_WORDS,
    FIRST_NAMES,
    KEPT_MODIFIERS,
    MARRIED,
    MAX_RELATION_TOKENS,
    NOT_PEOPLE,
    NOUN_MODIFIERS,
    PROFESSIONAL_TITLES,
    RELATIONS,
    Group,
    Relation,
)
from bot.language import english

#: Longer messages are cut (as in the communication analysis): people are named early, and the
#: CPU is shared with the safety screen.
MAX_CHARS = 3000

_POSSESSIVES = frozenset({"my", "our"})
_CONJUNCTIONS = frozenset({"and", "or", "&", "n", "/", "+", ","})
#: Words that may stand between "my" and the relationship and are dropped from the label:
#: "my own mum", "my stupid boss", "my 16-year-old son".
_DROPPED_WORDS = frozenset({"own", "so", "very", "really", "real", "dear", "darling", "beloved",
                            "lovely", "poor", "only", "-", "year", "years", "yr", "yrs", "month",
                            "months", "actual", "fucking", "bloody", "damn"})
_MAX_MODIFIERS = 5
_AGE_WORDS = frozenset({"year", "years", "yr", "yrs", "month", "months"})
#: A determiner or someone else's possessive before "mum" makes it a role, not the participant's
#: mother: "a mum", "his dad", "the mums at school".
_NOT_THEIR_OWN = frozenset({"a", "an", "the", "his", "her", "their", "your", "ur", "yo", "ya",
                            "its", "this", "that", "these", "those", "every", "any", "some",
                            "each", "no", "another", "whose", "which", "what", "one", "single",
                            "new", "working", "fellow", "other", "of"})

#: Words right before a capitalised proper noun that make it a person ("told Priya").
_NAME_CUES = frozenset({
    "with", "and", "&", "or", "told", "tell", "tells", "telling", "called", "call", "calls",
    "calling", "asked", "ask", "asks", "asking", "texted", "text", "texts", "texting", "messaged",
    "message", "messaging", "met", "meet", "meeting", "saw", "see", "seeing", "visited", "visit",
    "visiting", "phoned", "phone", "rang", "ring", "invited", "invite", "hugged", "hug", "love",
    "loved", "loves", "miss", "missed", "misses", "hate", "hated", "hates", "trust", "trusted",
    "blame", "blamed", "blames", "married", "marry", "dating", "date", "dumped", "thank",
    "thanked", "forgive", "forgave", "helped", "help", "emailed", "email", "dm", "dmed",
    "facetimed", "ignore", "ignored", "ignores", "avoid", "avoided", "avoiding", "like", "likes",
    "liked", "unlike", "than", "about", "for",
})
#: Stronger cues that even make a month a name: "I told June", never "in June".
_STRONG_CUES = frozenset({
    "told", "tell", "asked", "ask", "texted", "text", "messaged", "called", "phoned", "rang",
    "met", "hugged", "love", "miss", "missed", "and", "with",
})
#: "to" and "from" are cues only after these heads: "talked to Sam", not "went to Leeds".
_TO_HEADS = frozenset({
    "talk", "speak", "say", "tell", "write", "text", "message", "listen", "explain", "complain",
    "lie", "apologise", "apologize", "reply", "respond", "mention", "admit", "confess", "open",
    "vent", "marry", "engage", "close", "mean", "rude", "nice", "kind", "horrible", "cruel",
    "send", "give", "show", "introduce", "reach", "yell", "shout", "scream", "snap", "sing",
    "chat", "moan", "whinge", "turn", "run", "go", "come", "married", "engaged", "unfair",
})
_FROM_HEADS = frozenset({
    "text", "message", "call", "email", "letter", "hear", "card", "gift", "present", "help",
    "support", "note", "dm", "reply", "visit", "hug", "apology", "voicemail", "answer", "news",
    "get", "receive",
})
#: Verbs whose subject is a person. The small model calls unfamiliar names places or companies
#: ("Zoltan said", "Bartek never listens"); a person's verb outweighs that guess.
_HUMAN_VERBS = frozenset({
    "say", "tell", "text", "message", "call", "shout", "yell", "scream", "cry", "laugh", "listen",
    "ignore", "hate", "love", "think", "feel", "want", "hug", "kiss", "apologise", "apologize",
    "blame", "criticise", "criticize", "lie", "cheat", "argue", "fight", "leave", "dump", "marry",
    "date", "visit", "phone", "ring", "ask", "reply", "answer", "refuse", "promise", "forget",
    "remember", "understand", "care", "help", "support", "worry", "complain", "snap", "moan",
    "insist", "accuse", "hit", "push", "threaten", "ghost", "block", "believe", "know", "agree",
    "disagree", "judge", "smile", "mock", "bully", "nag", "shut", "storm", "sulk",
    "treat", "make", "keep", "wo", "will", "would", "can", "could", "never", "always",
})
#: Cues after which a proper noun is a person even when the model guessed a place or company.
_PERSON_CUES = frozenset({
    "told", "tell", "asked", "ask", "texted", "messaged", "phoned", "rang", "met", "hugged",
    "married", "dumped", "forgave", "forgive", "thanked", "blamed", "miss", "missed", "trust",
    "trusted",
})
_DAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_PLACE_PREPOSITIONS = frozenset({"in", "near", "around", "outside", "inside", "across", "into",
                                 "towards", "toward", "via"})
_PLACE_VERBS = frozenset({
    "move", "go", "travel", "live", "fly", "drive", "return", "come", "walk", "stay", "relocate",
    "emigrate", "head", "holiday", "commute", "work", "study", "get", "back", "trip", "flight",
    "train", "bus", "drove", "went", "moved",
})
_MONTHS = frozenset({"january", "february", "march", "april", "may", "june", "july", "august",
                     "september", "october", "november", "december"})
_NON_PERSON_ENTITIES = frozenset({
    "GPE", "LOC", "FAC", "ORG", "NORP", "DATE", "TIME", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW",
    "LANGUAGE", "MONEY", "QUANTITY", "CARDINAL", "ORDINAL", "PERCENT",
})
_PLACE_ENTITIES = frozenset({"GPE", "LOC", "FAC"})
_NOT_NAME_POS = frozenset({"VERB", "AUX", "ADP", "DET", "PRON", "CCONJ", "SCONJ", "PART", "INTJ"})
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "`": "'", "\u02bc": "'"})
_WORD = re.compile(r"[^\W\d_]+")


@dataclass(frozen=True)
class PersonMention:
    """One person in a message.

    ``label`` is how the bot can refer to them in its own sentence ("your sister", "Anna"), so a
    reply template needs no grammar of its own. ``relationship`` is the canonical noun used to
    match the inventory ("mum" and "mom" are both "mother"); ``start``/``end`` are character
    offsets into the original message.
    """

    label: str
    relationship: str | None
    name: str | None
    group: Group
    start: int
    end: int


@dataclass
class _Found:
    """A mention while it is being assembled, in token positions."""

    first: int
    last: int  # inclusive
    label: str
    relationship: str | None
    name: str | None
    group: Group
    possessive: bool = False
    plural: bool = False


def find_person_mentions(text: str) -> list[PersonMention]:
    """Return the people ``text`` talks about, in order, each once."""
    if not text or not _WORD.search(text):
        return []
    return list(_find_cached(text[:MAX_CHARS]))


@functools.lru_cache(maxsize=128)
def _find_cached(text: str) -> tuple[PersonMention, ...]:
    doc = english()(_prepare(text))
    relations = _relation_mentions(doc)
    taken = {i for found in relations for i in range(found.first, found.last + 1)}
    names = _name_mentions(doc, taken)
    merged = _merge(doc, relations, names)
    return tuple(_unique(doc, merged))


# --- preparing the text ---------------------------------------------------------------------


def _prepare(text: str) -> str:
    """Help the small model without moving a single character.

    SHOUTED messages are parsed in lower case (the model reads every capitalised word as a
    proper noun), and listed first names typed in lower case get their capital ("tom" to "Tom"),
    which is what the tagger and the entity recogniser learned on.
    """
    text = text.translate(_QUOTES)
    letters = [c for c in text if c.isalpha()]
    if len(letters) >= 4 and sum(c.isupper() for c in letters) > 0.7 * len(letters):
        text = "".join(_same_length(c, c.lower()) for c in text)

    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word == "i":
            return "I"
        if word.islower() and word in FIRST_NAMES:
            return _same_length(word, word.capitalize())
        return word

    return _WORD.sub(fix, text)


def _same_length(original: str, changed: str) -> str:
    return changed if len(changed) == len(original) else original


# --- relationships --------------------------------------------------------------------------


def _relation_at(doc: Doc, k: int) -> tuple[int, Relation, str] | None:
    """The longest relationship word starting at token ``k``: (last token, relation, surface).

    Tokens are joined without spaces and hyphens, so "co-worker", "co worker" and "coworker", or
    "mother-in-law" and "mother in law", are the same key.
    """
    if k >= len(doc) or not doc[k].is_alpha:
        return None
    best: tuple[int, Relation, str] | None = None
    joined = ""
    for j in range(k, min(len(doc), k + MAX_RELATION_TOKENS)):
        token = doc[j]
        if j > k and ("\n" in doc[j - 1].whitespace_ or len(doc[j - 1].whitespace_) > 1):
            break
        if token.text == "-":
            continue
        if not token.is_alpha:
            break
        joined += token.lower_
        relation = RELATIONS.get(joined)
        if relation is not None:
            surface = re.sub(r"\s+", " ", doc.text[doc[k].idx : token.idx + len(token)]).lower()
            best = (j, relation, surface)
    return best


def _after_possessive(doc: Doc, k: int) -> tuple[int, int, Relation, str, list[str], bool] | None:
    """Read "[modifiers] relationship" from token ``k`` on.

    Returns (first token of the noun, last token, relation, surface, kept modifiers, former), or
    None when the words after "my" are not a person ("my job", "my god", "my self").
    """
    kept: list[str] = []
    former = False
    j = k
    for _ in range(_MAX_MODIFIERS + 1):
        if j >= len(doc):
            return None
        token = doc[j]
        low = token.lower_
        if low == "ex":
            after = j + 1
            if after < len(doc) and doc[after].text == "-":
                after += 1
            following = _relation_at(doc, after)
            if following is not None and following[1].relationship != "ex":
                former = True
                j = after
                continue
        found = _relation_at(doc, j)
        if found is not None and not (
            low in KEPT_MODIFIERS and _relation_at(doc, found[0] + 1) is not None
        ):  # "my twin brother": "twin" describes the brother
            last, relation, surface = found
            return j, last, relation, surface, kept, former
        if low in KEPT_MODIFIERS and not _is_age_old(doc, j):
            if low not in {"step", "half"}:
                kept.append(low)
        elif not (
            low in _DROPPED_WORDS
            or low in NOUN_MODIFIERS
            or token.like_num
            or token.pos_ in {"ADJ", "ADV", "NUM"}
            or (token.text == "-" and j > k)
        ):
            return None
        j += 1
    return None


def _is_age_old(doc: Doc, j: int) -> bool:
    """True for the "old" of "my 16-year-old son", which is an age, not a former son."""
    if doc[j].lower_ != "old":
        return False
    i = j - 1
    while i >= 0 and doc[i].text == "-":
        i -= 1
    return i >= 0 and doc[i].lower_ in _AGE_WORDS


def _say(relation: Relation, surface: str) -> str:
    return relation.say or surface


def _relation_mentions(doc: Doc) -> list[_Found]:
    found: list[_Found] = []
    covered: set[int] = set()
    i = 0
    while i < len(doc):
        if doc[i].lower_ in _POSSESSIVES:
            mentions = _possessive_run(doc, i)
            if mentions:
                for mention in mentions:
                    mention.possessive = True
                    covered.update(range(mention.first, mention.last + 1))
                found.extend(mentions)
                i = mentions[-1].last + 1
                continue
        i += 1
    for token in doc:
        if token.i in covered or token.lower_ not in BARE_KINSHIP:
            continue
        if _own_relative(doc, token):
            relation = RELATIONS[token.lower_]
            found.append(_Found(token.i, token.i, f"your {token.lower_}",
                                relation.relationship, None, relation.group))
    found.sort(key=lambda f: f.first)
    return found


def _possessive_run(doc: Doc, possessive: int) -> list[_Found]:
    """Mentions after one possessive, including "my mum and dad" and "my brother, sister and"."""
    mentions: list[_Found] = []
    k = possessive + 1
    while True:
        read = _after_possessive(doc, k)
        if read is None:
            return mentions
        noun_first, last, relation, surface, kept, former = read
        mention = _build(doc, noun_first, last, relation, surface, kept, former)
        mention.first = possessive if not mentions else k
        mentions.append(mention)
        after = mention.last + 1
        if after < len(doc) and doc[after].lower_ in _CONJUNCTIONS:
            nxt = after + 1
            if nxt < len(doc) and doc[after].text == "," and doc[nxt].lower_ in _CONJUNCTIONS:
                nxt += 1
            if nxt < len(doc) and doc[nxt].lower_ in _POSSESSIVES:
                return mentions  # the next "my" starts its own run
            k = nxt
            continue
        return mentions


def _build(
    doc: Doc,
    noun_first: int,
    last: int,
    relation: Relation,
    surface: str,
    kept: list[str],
    former: bool,
) -> _Found:
    say = _say(relation, surface)
    relationship, group = relation.relationship, relation.group
    if former:
        say = f"ex-{say}"
        relationship = "ex" if group == "partner" and not relation.plural else f"ex-{relationship}"
    chained = _chain(doc, last, relation)
    if chained is not None:
        connector = "'" if doc[last + 1].text == "'" and relation.plural else "'s"
        last, second, second_say, first = chained
        if first is not relation:  # "my husbands mother": the plural was a missing apostrophe
            say = first.say or surface[:-1]
            relation, relationship = first, first.relationship
        key = (relation.relationship, second.relationship)
        say = f"{say}{connector} {second_say}"
        if not former and key in CHAINS:
            relationship, group = CHAINS[key], "family"
        else:
            relationship = f"{relationship}{connector} {second.relationship}"
            both_family = relation.group == "family" and second.group == "family"
            group = "family" if both_family else "other"
    label = " ".join(["your", *kept, say])
    plural = relation.plural and chained is None
    return _Found(noun_first, last, label, relationship, None, group, plural=plural)


def _chain(
    doc: Doc, last: int, relation: Relation
) -> tuple[int, Relation, str, Relation] | None:
    """The second half of "my husband's mother" (also typed "my husbands mother")."""
    nxt = last + 1
    if nxt < len(doc) and doc[nxt].lower_ in {"'s", "'", "s"}:
        nxt += 1
    elif not (relation.plural and doc[last].lower_.endswith("s")):
        return None
    if nxt == last + 1:  # "husbands mother": only a plural that is a typo for the possessive
        singular = RELATIONS.get(doc[last].lower_[:-1])
        if singular is None or singular.plural:
            return None
        relation = singular
    if nxt < len(doc) and doc[nxt].lower_ == "family" and relation.relationship in MARRIED:
        return nxt, Relation("family", "family"), "family", relation
    read = _after_possessive(doc, nxt)  # "my ex-boyfriend's new girlfriend"
    if read is None:
        return None
    _, second_last, second, surface, kept, former = read
    say = _say(second, surface)
    if former:
        say = f"ex-{say}"
        second = Relation("ex" if second.group == "partner" else f"ex-{second.relationship}",
                          second.group)
    return second_last, second, " ".join([*kept, say]), relation


def _own_relative(doc: Doc, token: Token) -> bool:
    """True for "Mum said", "me mam", "love you dad"; false for "a mum", "his dad", "dad jokes"."""
    if token.dep_ in {"compound", "amod"} and token.head.i != token.i and token.head.i > token.i:
        return False
    if token.i > 0:
        before = doc[token.i - 1]
        if before.lower_ in _NOT_THEIR_OWN or before.tag_ in {"PRP$", "POS"}:
            return False
        if before.pos_ == "DET":
            return False
        if before.pos_ == "ADJ" and before.lower_ not in KEPT_MODIFIERS:
            return False
    return not (token.i + 1 < len(doc) and doc[token.i + 1].text == "-")


# --- names ----------------------------------------------------------------------------------


def _name_mentions(doc: Doc, taken: set[int]) -> list[_Found]:
    found: list[_Found] = []
    i = 0
    while i < len(doc):
        if i in taken:
            i += 1
            continue
        span = _name_at(doc, i, taken)
        if span is None:
            i += 1
            continue
        first, last, name = span
        found.append(_Found(first, last, name, None, name, "other"))
        i = last + 1
    return found


def _name_at(doc: Doc, i: int, taken: set[int]) -> tuple[int, int, str] | None:
    token = doc[i]
    low = token.lower_
    if low in COURTESY_TITLES and token.is_title and token.pos_ != "VERB":
        return _titled_name(doc, i, taken)
    if not _could_be_name(doc, token):
        return None
    last = i
    while (
        last + 1 < len(doc)
        and last + 1 not in taken
        and doc[last + 1].is_alpha
        and doc[last + 1].is_title
        and (doc[last + 1].ent_type_ == "PERSON" or doc[last + 1].pos_ == "PROPN")
        and doc[last + 1].lower_ not in NOT_PEOPLE
        and not _is_relation_word(doc[last + 1].lower_)
        and not doc[last + 1].is_sent_start
    ):
        last += 1
    return i, last, _display_name(doc, i)


def _titled_name(doc: Doc, i: int, taken: set[int]) -> tuple[int, int, str] | None:
    """"Mrs Jones next door": the title belongs to the name the bot says back."""
    j = i + 1
    if j < len(doc) and doc[j].text == ".":
        j += 1
    if j >= len(doc) or j in taken:
        return None
    surname = doc[j]
    if not (surname.is_alpha and surname.is_title) or surname.lower_ in NOT_PEOPLE:
        return None
    title = doc[i].text.capitalize()
    return i, j, f"{title} {_display_name(doc, j)}"


def _display_name(doc: Doc, i: int) -> str:
    # The participant's spelling, with the capital the bot should write back ("tom" is "Tom").
    word = doc[i].text
    if word.islower() or word.isupper():
        word = "-".join(part.capitalize() for part in word.split("-"))
    return word


def _is_relation_word(low: str) -> bool:
    return low in RELATIONS or low in BARE_KINSHIP


def _could_be_name(doc: Doc, token: Token) -> bool:
    low = token.lower_
    if not token.is_alpha or len(low) < 2 or _is_relation_word(low):
        return False
    if token.i > 0 and doc[token.i - 1].lower_.rstrip(".") in PROFESSIONAL_TITLES:
        return False
    if token.text.isupper() and len(low) > 1 and not doc.text.isupper():
        return False  # "NHS", "GP", "CBT"
    previous = doc[token.i - 1].lower_ if token.i > 0 else ""
    if low in _MONTHS:
        return _month_as_name(doc, token, previous)
    if low in NOT_PEOPLE or (low.endswith("s") and low[:-1] in _DAYS):
        return False  # "Mondays suck"
    if token.pos_ in _NOT_NAME_POS and not (token.ent_type_ == "PERSON" or low in FIRST_NAMES):
        return False
    if previous in {"the", "a", "an"} or _modifies_a_thing(token):
        return False  # "the Queen", "Michael Jackson songs"
    if _place_slot(doc, token) and low not in FIRST_NAMES:
        return False  # "moved to Manchester", even when the model calls Manchester a person
    entity = token.ent_type_
    if low in FIRST_NAMES:  # "Charlotte and I" is a person the model took for the city...
        if entity not in _PLACE_ENTITIES:
            return True
        # ...but "went to Georgia" is the place.
        return not _place_slot(doc, token) and _in_name_slot(doc, token)
    if not token.is_title:
        return entity == "PERSON" and token.pos_ == "PROPN" and _in_name_slot(doc, token)
    if low in AMBIGUOUS_NAMES:
        return entity == "PERSON" or (previous in _STRONG_CUES and not _dated(doc, token))
    if entity == "PERSON":
        return True
    if token.pos_ != "PROPN":
        return False
    if entity in {"ORG", "GPE", "NORP", "LOC", "FAC"} and _single_token_entity(doc, token):
        return previous in _PERSON_CUES or _subject_of_person_verb(token)
    if entity in _NON_PERSON_ENTITIES:
        return False
    return _in_name_slot(doc, token)


def _place_slot(doc: Doc, token: Token) -> bool:
    """After "in", "near", or "to"/"from"/"at" with a verb of going or living."""
    if token.i == 0:
        return False
    before = doc[token.i - 1]
    if before.lower_ in _PLACE_PREPOSITIONS:
        return True
    return before.lower_ in {"to", "from", "at"} and before.head.lemma_.lower() in _PLACE_VERBS


def _single_token_entity(doc: Doc, token: Token) -> bool:
    return any(ent.start == token.i and ent.end == token.i + 1 for ent in doc.ents)


def _subject_of_person_verb(token: Token) -> bool:
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.lemma_.lower() in _HUMAN_VERBS


def _modifies_a_thing(token: Token) -> bool:
    """True for "Michael Jackson songs": a name used to describe a thing, not a person."""
    last = token
    while last.i + 1 < len(last.doc) and last.doc[last.i + 1].is_title and (
        last.doc[last.i + 1].pos_ == "PROPN"
    ):
        last = last.doc[last.i + 1]
    return (
        last.dep_ == "compound"
        and last.head.i == last.i + 1
        and last.head.pos_ == "NOUN"
        and last.head.lower_ not in RELATIONS
    )


def _in_name_slot(doc: Doc, token: Token) -> bool:
    """A place in the sentence where a person fits: after a cue, or as the subject."""
    if token.i > 0:
        before = doc[token.i - 1]
        if before.lower_ in _NAME_CUES:
            return True
        if before.lower_ == "to" and before.head.lemma_.lower() in _TO_HEADS:
            return True
        if before.lower_ == "from" and before.head.lemma_.lower() in _FROM_HEADS:
            return True
    return token.dep_ in {"nsubj", "nsubjpass"} and token.head.pos_ in {"VERB", "AUX"}


def _month_as_name(doc: Doc, token: Token, previous: str) -> bool:
    """"I told June" is a person; "in June", "last May", "May 3rd" and "May I" are not."""
    if not token.is_title or previous not in _STRONG_CUES:
        return False
    return not _dated(doc, token)


def _dated(doc: Doc, token: Token) -> bool:
    if token.i > 0 and doc[token.i - 1].lower_ in DATE_WORDS:
        return True
    nxt = doc[token.i + 1] if token.i + 1 < len(doc) else None
    if nxt is not None and (nxt.like_num or nxt.lower_ in {"st", "nd", "rd", "th"}):
        return True
    if token.lower_ in _MONTHS and nxt is not None and nxt.lower_ in _MONTHS:
        return True
    return token.i > 0 and doc[token.i - 1].like_num


# --- putting names and relationships together -----------------------------------------------


def _merge(doc: Doc, relations: list[_Found], names: list[_Found]) -> list[_Found]:
    """One person for "my sister Anna", "my sister, Anna", "Anna, my sister", "a friend called
    Tom"."""
    used_names: set[int] = set()
    result: list[_Found] = []
    for relation in relations:
        partner = _name_after(doc, relation, names, used_names)
        if partner is None and relation.possessive:
            partner = _name_before(doc, relation, names, used_names)
        if partner is None or relation.relationship is None or relation.plural:
            result.append(relation)
            continue
        used_names.add(id(partner))
        result.append(_Found(
            min(relation.first, partner.first), max(relation.last, partner.last), partner.label,
            relation.relationship, partner.name, relation.group, relation.possessive,
        ))
    for name in names:
        if id(name) in used_names:
            continue
        introduced = _introduced_by(doc, name)
        if introduced is not None:
            first, relation = introduced
            result.append(_Found(first, name.last, name.label, relation.relationship, name.name,
                                 relation.group))
        else:
            result.append(name)
    result.sort(key=lambda f: (f.first, -f.last))
    return result


def _name_after(
    doc: Doc, relation: _Found, names: list[_Found], used: set[int]
) -> _Found | None:
    for name in names:
        if id(name) in used or name.first <= relation.last:
            continue
        gap = doc[relation.last + 1 : name.first]
        if name.first == relation.last + 1:
            if _same_phrase(_root(doc, relation), doc[name.first]):
                return name
        elif len(gap) == 1 and _introduces_name(gap[0]):
            return name
    return None


def _root(doc: Doc, found: _Found) -> Token:
    """The word of a mention the rest of the sentence hangs on: "mother" in "mother-in-law"."""
    span = doc[found.first : found.last + 1]
    outside = [t for t in span if not (found.first <= t.head.i <= found.last) or t.head.i == t.i]
    return outside[-1] if outside else doc[found.last]


def _same_phrase(noun: Token, name: Token) -> bool:
    """True when "my sister" and "Anna" side by side are one noun phrase, as the parser sees it:
    "my sister Anna had", "my best mate Kev moved"; not "I told my mum Anna was sick"."""
    if name.head.i == noun.i or noun.head.i == name.i:
        return True
    if name.dep_ in {"appos", "compound"} or noun.dep_ == "appos":
        return True
    return name.head.i == noun.head.i and name.dep_ in {"nsubj", "npadvmod"} and (
        noun.dep_ in {"nsubj", "npadvmod"}
    )


def _introduces_name(token: Token) -> bool:
    """The word between "my sister" and "Anna": a comma, a bracket, "named", or "called" as in
    "a friend called Tom" (not the phoning "called" of "my friend called Tom back")."""
    if token.text in {",", "(", "-", ":"} or token.lower_ in {"named", "aka"}:
        return True
    return token.lower_ == "called" and token.dep_ in {"acl", "relcl", "amod"}


def _name_before(
    doc: Doc, relation: _Found, names: list[_Found], used: set[int]
) -> _Found | None:
    for name in names:
        if id(name) in used or name.last >= relation.first:
            continue
        gap = doc[name.last + 1 : relation.first]
        if len(gap) == 1 and gap[0].text in {",", "(", "-"}:
            return name
        if not gap and _same_phrase(_root(doc, relation), doc[name.last]):
            return name  # "Rachel my neighbour helps me"
        # "Anna is my sister", "Tom was my best friend": the name and the relationship are one.
        if len(gap) == 1 and gap[0].lemma_ == "be" and doc[name.last].dep_ == "nsubj":
            return name
    return None


def _introduced_by(doc: Doc, name: _Found) -> tuple[int, Relation] | None:
    """"I have a sister called Anna": the relationship comes without "my"."""
    if name.first < 2 or doc[name.first - 1].lower_ not in {"called", "named"}:
        return None
    found = None
    for start in range(max(0, name.first - 1 - MAX_RELATION_TOKENS), name.first - 1):
        candidate = _relation_at(doc, start)
        if candidate is not None and candidate[0] == name.first - 2:
            found = (start, candidate[1])
            break
    if found is None or found[1].plural:
        return None
    start = found[0]
    if start == 0 or doc[start - 1].lower_ not in {"a", "an", "one"}:
        return None
    return start, found[1]


def _unique(doc: Doc, found: list[_Found]) -> list[PersonMention]:
    """Drop overlaps and repeats: the slot needs each person once, at their first mention."""
    mentions: list[PersonMention] = []
    seen: set[tuple[str, str | None]] = set()
    end_of_previous = -1
    for item in found:
        if item.first <= end_of_previous:
            continue
        key = ((item.name or item.label).lower(), item.relationship)
        end_of_previous = item.last
        if key in seen:
            continue
        seen.add(key)
        start = doc[item.first].idx
        end = doc[item.last].idx + len(doc[item.last])
        mentions.append(PersonMention(item.label, item.relationship, item.name, item.group,
                                      start, end))
    return mentions
