"""Find the feelings the speaker names as their own, and whether they speak for themselves.

Naming a feeling ("I felt alone") tells the other person what the conflict is like from the
inside; it is the part of a message that is hardest to argue with. Only the speaker's own
feelings count: "you're always angry" is a verdict on the other person, and "I feel like you
don't care" is a thought dressed as a feeling, so neither is credited.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.analysis import lexicon
from bot.analysis.patterns import Evidence, Pattern
from bot.analysis.syntax import (
    governing_subject,
    has_not,
    is_question,
    is_speaker,
    phrase_spans,
    predicate_of,
    subject_of,
    text_of,
)

#: Verbs that link a person to a feeling: I feel / am / get / seem hurt.
LINKING_VERBS = frozenset({"feel", "be", "get", "become", "seem", "look", "sound", "go", "grow",
                           "make", "end"})
#: Feeling words that are ordinary words elsewhere ("down the road", "close the door").
NEEDS_LINKING_VERB = frozenset(
    {"down", "low", "close", "safe", "important", "content", "cross", "heard", "wanted", "small",
     "cared", "mad", "tense", "silly", "stupid", "useless", "worthless", "hopeless", "alone",
     "tired", "bitter", "calm", "connected", "touched", "pleased", "glad", "happy", "excluded",
     "supported", "valued", "respected", "upset", "hurt", "worry", "fear", "stress", "panic",
     "pain", "jealous", "isolated", "trapped", "foolish", "inadequate"}
)
#: Feeling phrases that also describe circumstances ("I did it on my own").
PLACE_LIKE_PHRASES = frozenset({"on my own", "left alone"})
NOUN_FEELING_VERBS = frozenset({"have", "feel", "get", "be", "cause", "give", "fill"})
#: "Me" in these roles marks the speaker as the one who feels.
EXPERIENCER_DEPS = frozenset({"dobj", "nsubj", "pobj", "dative"})
#: An own feeling with one of these as the clause subject is an I-statement.
OWN_SUBJECTS = frozenset({"i", "me"})
#: First-person verbs that speak for oneself without a feeling word ("I need", "I miss you").
SELF_VOICE_VERBS = frozenset(
    {"need", "want", "miss", "wish", "hope", "prefer", "appreciate", "value", "worry", "notice",
     "struggle", "find", "care", "love", "like", "realise", "realize"}
)


@dataclass(frozen=True)
class FeelingFindings:
    """Feelings named by the speaker, plus the evidence for the feeling and I-statement
    patterns."""

    feelings: tuple[str, ...]
    evidence: tuple[Evidence, ...]


def find_feelings(doc: Doc) -> FeelingFindings:
    """The speaker's own feelings, in the order they were named, and their I-statements."""
    feelings: list[str] = []
    evidence: list[Evidence] = []
    i_statements: list[Evidence] = []
    for span, feeling in _feeling_candidates(doc):
        predicate = predicate_of(span.root)
        if not _is_own(span.root, predicate) or (
            is_question(predicate) and not is_speaker(subject_of(predicate))
        ):
            continue
        negated = has_not(predicate) or any(c.dep_ == "neg" for c in span.root.children) or any(
            c.lower_ == "never" for c in predicate.children
        )
        if negated:
            if feeling not in lexicon.NEGATED_FEELINGS:
                continue  # "I'm not angry" names no feeling
            feeling = lexicon.NEGATED_FEELINGS[feeling]
        if feeling not in feelings:
            feelings.append(feeling)
        evidence.append(Evidence(Pattern.FEELING_NAMED, span.text))
        subject = governing_subject(predicate)
        # "I feel hurt", "it hurts me"; "you make me feel stupid" is about them
        if subject is not None and (
            subject.lower_ == "i"
            or subject.lower_ in lexicon.IMPERSONAL_SUBJECTS and _has_me(predicate)
        ):
            words = text_of(doc[min(subject.i, span.start) : max(span.end, predicate.i + 1)])
            i_statements.append(Evidence(Pattern.I_STATEMENT, words))
    i_statements.extend(_self_voice(doc))
    return FeelingFindings(tuple(feelings), tuple(evidence) + tuple(i_statements))


def _feeling_candidates(doc: Doc) -> list[tuple[Span, str]]:
    spans = phrase_spans(doc, tuple(lexicon.FEELING_PHRASES))
    covered = {t.i for span in spans for t in span}
    found = [
        (span, lexicon.FEELING_PHRASES[span.text.lower()])
        for span in spans
        if span.text.lower() not in PLACE_LIKE_PHRASES or span.root.head.lemma_ in LINKING_VERBS
    ]
    for token in doc:
        if token.i in covered:
            continue
        word, lemma = token.lower_, token.lemma_.lower()
        if token.pos_ == "VERB" and token.tag_ not in {"VBN", "JJ"} and lemma in (
            lexicon.FEELING_VERBS
        ):
            if _verb_has_experiencer(token):
                found.append((doc[token.i : token.i + 1], lexicon.FEELING_VERBS[lemma]))
            continue
        if word not in lexicon.FEELING_WORDS:
            continue
        if (word in NEEDS_LINKING_VERB or word in lexicon.SELF_APPRAISALS) and not _is_linked(
            token
        ):
            continue
        found.append((doc[token.i : token.i + 1], lexicon.FEELING_WORDS[word]))
    return sorted(found, key=lambda pair: pair[0].start)


def _verb_has_experiencer(verb: Token) -> bool:
    """"It hurts", "you upset me", "I worry", "it scares me": someone is the feeler."""
    subject = subject_of(verb)
    if _has_me(verb):
        return True
    if subject is None:
        return False
    if subject.lower_ == "i":
        return verb.lemma_.lower() in {"worry", "panic", "fear", "hurt"}
    return subject.lower_ in {"it", "that", "this"} and verb.lemma_.lower() == "hurt"


def _is_linked(token: Token) -> bool:
    """"I feel low" / "I'm so down": the word is the complement of a linking verb."""
    if token.pos_ == "NOUN":
        return any(c.lower_ == "my" for c in token.children) or (
            token.head.lemma_.lower() in NOUN_FEELING_VERBS
        )
    head = token.head
    if token.dep_ in {"conj", "advmod", "amod"} and head.lower_ in lexicon.FEELING_WORDS:
        return _is_linked(head) if head != token else False
    if token.dep_ in {"acomp", "attr", "oprd", "xcomp", "ccomp", "advmod", "dobj", "ROOT"}:
        return head.lemma_.lower() in LINKING_VERBS or head == token
    return token.i > 0 and token.nbor(-1).lemma_.lower() in {"feel", "so", "really", "very"}


def _is_own(feeling: Token, predicate: Token) -> bool:
    """Is the speaker the one who feels this? Not when it describes the other person."""
    if _has_me(predicate) or _has_me(feeling):
        return True
    if feeling.pos_ == "NOUN" and any(c.lower_ == "my" for c in feeling.children):
        return True
    subject = governing_subject(predicate)
    if subject is None:
        return True  # "so hurt right now", "feeling really low today"
    if subject.lower_ in OWN_SUBJECTS:
        return True
    if subject.lower_ in lexicon.IMPERSONAL_SUBJECTS | {"what"}:
        # "it was hurtful", "that's so frustrating", "it hurts"; but not "it's important"
        return feeling.lower_.endswith(("ing", "ful")) or feeling.pos_ == "VERB"
    return False


def _has_me(token: Token) -> bool:
    for child in token.children:
        if child.lower_ in {"me", "myself"} and child.dep_ in EXPERIENCER_DEPS:
            return True
        if child.dep_ == "prep" and any(g.lower_ == "me" for g in child.children):
            return child.lower_ in {"to", "for"}
        if child.lower_ == "feelings" and any(g.lower_ == "my" for g in child.children):
            return True
    return False


def _self_voice(doc: Doc) -> list[Evidence]:
    """"I need...", "I'd like...", "I miss you": speaking for oneself without a feeling word.

    "I feel like you..." and "I think you..." are left out on purpose: they talk about the
    other person while sounding like an I-statement.
    """
    found = []
    for token in doc:
        subject = subject_of(token) if token.pos_ in {"VERB", "AUX"} else None
        if not is_speaker(subject) or subject.head != token or is_question(token):
            continue
        lemma = token.lemma_.lower()
        if lemma == "feel" and any(c.dep_ in {"mark", "prep"} and c.lower_ in {"like", "that", "as"}
                                   for c in _descendants(token, depth=2)):
            continue
        if lemma in {"like", "love"} and not any(c.lemma_ == "would" for c in token.children):
            continue
        if lemma in SELF_VOICE_VERBS:
            found.append(Evidence(Pattern.I_STATEMENT, text_of(doc[subject.i : token.i + 1])))
    return found


def _descendants(token: Token, depth: int) -> list[Token]:
    level = [token]
    found: list[Token] = []
    for _ in range(depth):
        level = [c for t in level for c in t.children]
        found.extend(level)
    return found
