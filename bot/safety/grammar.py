"""Read a matched phrase in its sentence: is it negated, whose is it, is it over?

Regular expressions find candidate phrases; this module decides what they mean. The parse
lets us follow the predicate up through "want to", "thinking about" and "I'm not" to the
clause that owns it, so "I don't think I want to die" keeps its risk (the negation belongs to
"think") while "I don't want to die" loses it. Sentences the parser did not see (beyond the
length cap) get a cruder reading from the surrounding words, which errs towards keeping risk.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.safety import lexicon

# Dependencies we climb through from a predicate to the clause that owns it (including from a
# subject phrase to its verb: "Killing myself isn't an option"). We stop at clause boundaries
# (ccomp, advcl, relcl, conj) so a negation in a main clause ("I don't think ...") is not
# applied to what is embedded under it.
_CLIMB = frozenset(
    {"xcomp", "aux", "auxpass", "pcomp", "pobj", "prep", "acomp", "attr", "dobj", "amod",
     "compound", "oprd", "neg", "advmod", "npadvmod", "dep", "nmod", "appos", "csubj",
     "nsubj", "nsubjpass"}
)
_SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
_FIRST_PERSON = frozenset({"i", "me", "we", "us", "myself", "ourselves", "im", "i'm"})
_SECOND_PERSON = frozenset({"you", "u", "ya", "yourself", "y'all"})
_NOT_PEOPLE = frozenset(
    {"it", "this", "that", "these", "those", "something", "nothing", "everything", "which",
     "what", "there", "here"}
)
_ABUSER_WORDS = frozenset((*lexicon.ABUSER_WORDS, "he", "she", "they", "him", "her", "them"))
_PEOPLE_WORDS = frozenset(
    (*lexicon.PERSON_WORDS, "who", "someone", "somebody", "everyone", "people", "nobody", "anyone")
)
_MODAL_ABILITY = frozenset({"can", "could", "ca"})
_NOT_PROTECTIVE = re.compile(
    r"\b(?:yet|brave enough|strong enough|guts|balls|courage|nerve|"
    r"coward|too scared|too afraid|chicken(?:ed)? out|pussy|too weak|(?:can't|cannot|couldn't) "
    r"even)\b|^\s*why\b",
    re.IGNORECASE,
)
# Someone being argued out of it: "give me one reason not to", "talk me out of killing
# myself", "guilt people into not committing suicide". The negation belongs to the person
# dissuading (or to a reason the speaker cannot find), so it protects nobody. A stated reason
# ("my kids are the reason I never would", "I have reasons not to") is not matched.
_DISSUADED = re.compile(
    r"(?:\b(?:give me|gimme|tell me|find|is there|are there|any|one|a single|what's|what is|"
    r"what are|need|want|looking for|convince me of|show me)\b[^.!?]{0,25}?\breasons? "
    r"(?:why )?(?:i shouldn't|i should not|not to|to not)|"
    r"\b(?:convinc\w*|persuad\w*|guilt(?:[- ]?trip\w*)?|guilted|shame|shamed|shaming|beg\w*|"
    r"tell\w*|told|pressur\w*|forc\w*|bully\w*|bullied|manipulat\w*|talk\w*) "
    r"(?P<who>me|myself|people|someone|somebody|others|them|us|everyone|anyone) "
    r"(?:into |out of )?(?:not to|to not|not)|"
    r"\btalk(?:ed|ing|s)? (?P<who2>me|myself|people|someone|somebody|others|them|anyone) "
    r"out of|\b(?:stop|stopped|stopping|stops|keep|keeps|keeping|kept) (?P<who3>me|myself) "
    r"from)\s+(?:\w+\s+){0,3}$"
)
_ANYMORE = re.compile(r"\b(?:anymore|any more|no longer|again|these days|nowadays)\b", re.I)
_DISTANT = re.compile(lexicon.DISTANT_PAST, re.IGNORECASE)
_RESOLVED = re.compile(lexicon.RESOLVED, re.IGNORECASE)
_CURRENT = re.compile(lexicon.CURRENT, re.IGNORECASE)
_OVER_FRAME = re.compile(lexicon.OVER_FRAME, re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:.!?]|\b(?:and|but|so|now|yet)\b", re.IGNORECASE)
_FICTION = re.compile(lexicon.FICTION_OR_GAME, re.IGNORECASE)
_FIRST_PERSON_WORD = re.compile(lexicon.FIRST_PERSON, re.IGNORECASE)
_PAST_WORDS = re.compile(
    r"\b(?:was|were|had|used to|tried|wanted|felt|thought|attempted|did|went|took|"
    r"cut|hurt|burned|burnt|made|wrote|left|planned|decided|\w+ed)\b",
    re.IGNORECASE,
)
# Diary-style sentences drop the "I": "having dark thoughts again", "can't stop crying".
_SUBJECT_DROPPED = re.compile(
    r"^\W*(?:having|feeling|felt|been|getting|got|thinking|wanting|want|wanna|gonna|going to|"
    r"feel|need|can't|cant|cannot|don't|dont|wish|hate|keep|kept|still|just|literally|"
    r"honestly|tbh|ngl|really|so|started|starting|tried|trying|struggling|hoping|currently|"
    r"constantly|always|never|think|thought|had|have|am|was|sitting|lying|crying)\b",
    re.IGNORECASE,
)
_QUESTION = re.compile(r"\?|^\s*(?:what|who|why|how|when|where|which|is|are|does|do|can)\b",
                       re.IGNORECASE)
_WORD = re.compile(r"[\w']+|[.!?,;:]")
_LEXICAL_NEGATORS = frozenset(
    {"not", "never", "no", "without", "nor", "none", "n't", "dont", "cant", "wont", "didnt",
     "doesnt", "isnt", "wasnt", "wouldnt", "shouldnt", "havent", "hasnt", "aint", "neither"}
)
_LEXICAL_STOPS = frozenset({"i", "i'm", "i've", "i'll", "i'd", "but", "though", "although",
                            ".", "!", "?", ";", ":", ","})
_THIRD_PERSON_LEADS = frozenset(
    {"he", "she", "they", "he's", "she's", "they're", "he'd", "she'd", "they'd", "he'll",
     "she'll", "they'll", "who", "people", "someone", "somebody", "everyone", "anyone",
     "nobody", "friend", "brother", "sister", "mum", "mom", "dad", "son", "daughter",
     "husband", "wife", "partner", "boyfriend", "girlfriend", "cousin", "uncle", "aunt"}
)


@dataclass(frozen=True)
class Reading:
    """What the grammar says about one matched phrase."""

    negated: bool = False  # a protective negation: "I'd never", "I'm not", "no thoughts of"
    lapsed: bool = False  # negated with "anymore"/"again": it used to be true
    other_subject: bool = False  # the subject is clearly someone other than the speaker
    thing_subject: bool = False  # the subject is not a person at all ("the government")
    person_subject: bool | None = None  # the subject is a person (None: no subject found)
    past: bool = False  # the owning clause is in a past tense


def read_parsed(doc: Doc, start: int, end: int, sentence: str) -> Reading | None:
    """Read the phrase at ``start:end`` (offsets into ``doc.text``) using the parse."""
    if not doc.has_annotation("DEP"):
        return None
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return None
    chain = _owning_chain(span.root)
    subject = _subject(chain)
    inside = range(span.start, span.end)
    owners = {t.i: t for t in (*chain, *span)}.values()
    negators = [n for t in owners for n in _negators_of(t) if n.i not in inside]
    negated = bool(negators) and not _negation_is_weak(chain, sentence)
    return Reading(
        negated=negated and not _ANYMORE.search(sentence),
        lapsed=negated and bool(_ANYMORE.search(sentence)),
        other_subject=subject is not None and _is_other(subject) and not _owned_by_speaker(span),
        thing_subject=subject is not None and _is_thing(subject),
        person_subject=None if subject is None else _is_person(subject),
        # The span itself counts too: the parser often misreads "self-harmed" as an adjective.
        past=_is_past(chain) or any(
            t.tag_ == "VBD" or (t.tag_ == "VBN" and t.i == span.end - 1) for t in span
        ),
    )


def read_lexical(sentence: str, start: int, end: int) -> Reading:
    """Read the phrase from nearby words only (for text the parser did not see)."""
    before = [w.lower() for w in _WORD.findall(sentence[max(0, start - 80) : start])]
    window = before[-6:]
    negated = False
    for word in reversed(window):
        if word in _LEXICAL_STOPS:
            break
        if word in _LEXICAL_NEGATORS or word.endswith("n't"):
            negated = not (word in {"can't", "cannot", "couldn't"} or _NOT_PROTECTIVE.search(
                sentence))
            break
    lapsed = negated and bool(_ANYMORE.search(sentence))
    other = False
    for word in reversed(before[-5:]):
        if word in _FIRST_PERSON or word in _SECOND_PERSON or word.startswith("i'"):
            break
        if word in _THIRD_PERSON_LEADS:
            other = True
            break
    person: bool | None = None
    for word in reversed(before[-3:]):
        if word in _NOT_PEOPLE or word in _FIRST_PERSON:
            person = False
            break
        if word in _ABUSER_WORDS:
            person = True
            break
    matched = sentence[max(0, start - 25) : end]
    return Reading(
        negated=negated and not lapsed,
        lapsed=lapsed,
        other_subject=other,
        person_subject=person,
        past=bool(_PAST_WORDS.search(matched)),
    )


def dissuasion(sentence: str, start: int) -> tuple[bool, bool]:
    """Whether the phrase at ``start`` is what someone is being talked out of, and whether
    that someone is the speaker ("talk me out of it") rather than people in general.

    Either way a negation in front of it ("not to kill myself") is not the speaker's own, and
    when the speaker is the one being dissuaded, the persuader is not the subject of the risk.
    """
    found = _DISSUADED.search(sentence[max(0, start - 80) : start].lower())
    if found is None:
        return False, False
    who = found.group("who") or found.group("who2") or found.group("who3")
    return True, who is None or who in {"me", "myself"}


def is_distant_past(sentence: str, message: str) -> bool:
    """Whether the sentence places events long ago or says they are over, and not now."""
    if _CURRENT.search(sentence):
        return False
    return bool(_DISTANT.search(sentence) or _RESOLVED.search(message))


def is_framed_as_over(sentence: str, start: int) -> bool:
    """Whether the phrase at ``start`` sits inside a clause that says it is over ("it's been
    years since I had the urge to cut"), so its risk words are history even where the parser
    finds no past tense. The frame covers its own clause only: "it's been ages since I felt
    this bad, I want to die" keeps the wish."""
    if _CURRENT.search(sentence):
        return False
    for frame in _OVER_FRAME.finditer(sentence, 0, start + 1):
        between = sentence[frame.end() : start]
        if frame.start() <= start and not _CLAUSE_BREAK.search(between):
            return True
    return False


def mentions_first_person(sentence: str) -> bool:
    """Whether the sentence is about the speaker: "I"/"my", diary style ("Feeling awful
    again"), or a bare fragment ("Suicide.")."""
    if _FIRST_PERSON_WORD.search(sentence) or _SUBJECT_DROPPED.search(sentence):
        return True
    words = _WORD.findall(sentence)
    return len([w for w in words if w[0].isalnum()]) <= 3 and not _QUESTION.search(sentence)


def is_fiction_or_game(sentence: str) -> bool:
    return bool(_FICTION.search(sentence))


def _owning_chain(token: Token) -> list[Token]:
    """The predicate and the words above it up to the first one with its own subject.

    Coordination is not climbed: in "I don't want to eat and want to die" the negation
    belongs to the first verb only.
    """
    chain = [token]
    while token.dep_ in _CLIMB and token.head is not token:
        if any(child.dep_ in _SUBJECT_DEPS for child in token.children):
            break
        token = token.head
        chain.append(token)
    return chain


def _subject(chain: list[Token]) -> Token | None:
    for token in chain:
        for child in token.children:
            if child.dep_ in _SUBJECT_DEPS:
                return child
    return None


def _negators_of(token: Token) -> list[Token]:
    found = []
    for child in token.children:
        lower = child.lower_
        if child.dep_ == "neg" or lower in {"never", "no", "nor"} and child.dep_ in {
            "advmod", "det", "neg", "cc", "preconj"
        }:
            found.append(child)
    if token.lower_ == "without" or (token.dep_ == "prep" and token.lower_ == "without"):
        found.append(token)
    return found


def _negation_is_weak(chain: list[Token], sentence: str) -> bool:
    """Negations that do not protect: "I can't even kill myself", "why don't I just ..."."""
    for token in chain:
        for child in token.children:
            if child.dep_ == "aux" and child.lower_ in _MODAL_ABILITY:
                return True
    return bool(_NOT_PROTECTIVE.search(sentence))


def _is_other(subject: Token) -> bool:
    lower = subject.lower_
    if lower in _FIRST_PERSON or lower in _SECOND_PERSON:
        return False
    # "she", "my friend", "Sam": someone else. A thing ("Suicide" as a post title parsed as
    # the subject of what follows) is not, so the speaker keeps ownership of the thought.
    if _is_name(subject):
        return True
    words = _ABUSER_WORDS | _PEOPLE_WORDS
    return lower in _THIRD_PERSON_LEADS or lower in words or subject.lemma_.lower() in words


def _owned_by_speaker(span: Span) -> bool:
    """ "my own suicidal thoughts": the speaker's, whoever the clause is about."""
    return any(
        child.dep_ == "poss" and child.lower_ in {"my", "our"}
        for token in span
        for child in token.children
    )


def _is_thing(subject: Token) -> bool:
    """A noun subject that is not a person: "the government cannot function"."""
    lower = subject.lower_
    if lower in _FIRST_PERSON or lower in _SECOND_PERSON or _is_other(subject):
        return False
    return subject.pos_ in {"NOUN", "PROPN"} or lower in _NOT_PEOPLE - {"it"}


def _is_person(subject: Token) -> bool:
    lower = subject.lower_
    if lower in _NOT_PEOPLE or lower in _FIRST_PERSON:
        return False
    if _is_name(subject):
        return True
    return lower in _ABUSER_WORDS or subject.lemma_.lower() in _ABUSER_WORDS


def _is_name(token: Token) -> bool:
    """A capitalised proper noun that is not just the first word of the sentence."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not token.is_sent_start
        and token.i > 0
    )


def _is_past(chain: list[Token]) -> bool:
    for token in chain:
        if token.tag_ == "VBD":
            return True
        if token.tag_ == "VBN" and any(
            c.dep_ == "aux" and c.lemma_ == "have" for c in token.children
        ):
            return True
        if token.lower_ == "used" and any(
            c.lower_ == "to" or (c.dep_ == "xcomp" and any(g.lower_ == "to" for g in c.children))
            for c in token.rights
        ):  # "used to", with "to" attached to the verb that follows
            return True
        for child in token.children:
            if child.dep_ in {"aux", "auxpass"} and child.tag_ == "VBD" and child.lower_ not in {
                "could", "would", "should", "might"
            }:
                return True
    return False
