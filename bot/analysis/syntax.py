"""Small questions about a parse: who is the subject, is this a question, is it negated.

Every detector needs the same few facts about a clause. Answering them here, once, keeps the
detectors readable and makes them agree with each other (for example on what counts as a
question, which is why "Do you even care?" is not treated as a statement that they don't).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable, Iterator

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token

from bot.analysis import lexicon
from bot.language import english

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass", "csubj", "expl"})
CLAUSE_DEPS = frozenset({"ROOT", "ccomp", "xcomp", "advcl", "relcl", "conj", "parataxis", "acl"})
WH_WORDS = frozenset({"why", "how", "what", "when", "where", "who", "whose", "which"})
NOT_WORDS = frozenset({"not", "n't", "nt"})


def predicate_of(token: Token) -> Token:
    """Return the verb (or copula) that governs ``token``'s clause."""
    current = token
    for _ in range(40):  # parse trees are shallow; the bound only guards against odd parses
        if current.pos_ in {"VERB", "AUX"} and (
            current.dep_ in CLAUSE_DEPS or subject_of(current) is not None
        ):
            return current
        if current.head == current:
            return current
        current = current.head
    return current


def subject_of(predicate: Token) -> Token | None:
    """Return the subject of ``predicate``; coordinated verbs share their first verb's subject."""
    for child in predicate.children:
        if child.dep_ in SUBJECT_DEPS:
            return child
    for child in predicate.children:  # "I felt left out": the parser may hang "I" on "felt"
        if child.dep_ in {"aux", "auxpass"}:
            for grandchild in child.children:
                if grandchild.dep_ in SUBJECT_DEPS:
                    return grandchild
    if predicate.dep_ == "conj" and predicate.head != predicate:
        return subject_of(predicate.head)
    if predicate.dep_ in {"xcomp", "aux"} and predicate.head != predicate:
        return subject_of(predicate.head)
    return None


def governing_subject(predicate: Token) -> Token | None:
    """The subject, looking up through subjectless complements: in "you seem really
    stressed", "stressed" has no subject of its own; "you" is the one who seems stressed."""
    current = predicate
    for _ in range(10):
        subject = subject_of(current)
        if subject is not None or current.head == current:
            return subject
        if current.dep_ not in {"ccomp", "xcomp", "acomp", "oprd", "conj", "advcl"}:
            return None
        current = current.head
    return None


def join_words(words: Iterable[str]) -> str:
    """Join words with spaces, attaching punctuation and contractions ("you're", "don't")."""
    text = ""
    for word in words:
        if not word:
            continue
        if text and (word in {",", ".", "!", "?", ";", ":"} or word.startswith(("'", "n't"))):
            text += word
        else:
            text += (" " if text else "") + word
    return text


def addressed_in_order(predicate: Token) -> bool:
    """True inside an order, where "you" is implied: "(you) stop being so selfish"."""
    current = predicate
    for _ in range(10):
        if subject_of(current) is not None:
            return False
        if current.head == current:
            return current.tag_ == "VB" and current.pos_ == "VERB"
        current = current.head
    return False


def is_other_person(token: Token | None) -> bool:
    """True when ``token`` is a pronoun for the person spoken to or about (you, he, she, they)."""
    return token is not None and token.lower_ in lexicon.OTHER_PERSON_SUBJECTS


def is_speaker(token: Token | None) -> bool:
    """True when ``token`` is the speaker as subject ("I")."""
    return token is not None and token.lower_ in lexicon.FIRST_PERSON_SUBJECTS


def is_question(predicate: Token) -> bool:
    """True for questions, with or without a question mark ("do you even care").

    A question mark belongs to the clause it is attached to, so in "You never call, do you even
    care?" only "care" is asked about; "you never call" is still a statement.
    """
    asked = _asked_predicates(predicate.doc)
    if predicate.i in asked or predicate.dep_ == "conj" and predicate.head.i in asked:
        return True
    subject = subject_of(predicate)
    if subject is None:
        return False
    verbs = [predicate, *(c for c in predicate.children if c.dep_ in {"aux", "auxpass"})]
    if predicate.dep_ == "conj":
        verbs += [c for c in predicate.head.children if c.dep_ in {"aux", "auxpass"}]
    return any(v.i < subject.i and v.pos_ == "AUX" for v in verbs)


def _asked_predicates(doc: Doc) -> frozenset[int]:
    """Indices of the clauses question marks belong to, worked out once per parse."""
    cached = doc.user_data.get("asked_predicates")
    if cached is None:
        cached = frozenset(predicate_of(t.head).i for t in doc if t.text == "?")
        doc.user_data["asked_predicates"] = cached
    return cached


def is_wh_question(predicate: Token) -> bool:
    """True for "why/how could you..." questions, which complain rather than ask."""
    first = _first_word(predicate.sent)
    return is_question(predicate) and first is not None and first.lower_ in WH_WORDS


def has_not(predicate: Token) -> bool:
    """True when the clause is negated with not/n't (but not with "never")."""
    return any(c.dep_ == "neg" and c.lower_ in NOT_WORDS for c in predicate.children)


def is_negated(predicate: Token) -> bool:
    """True when the clause is negated by not, n't or never."""
    return any(c.dep_ == "neg" or c.lower_ == "never" for c in predicate.children)


def is_conditional(predicate: Token) -> bool:
    """True for "if you want", "unless you..." clauses, which assert nothing."""
    return any(c.dep_ == "mark" and c.lower_ in {"if", "unless", "whether"}
               for c in predicate.children)


def ancestors_and_self(token: Token) -> Iterator[Token]:
    """Yield ``token`` and then each head up to the root."""
    yield token
    yield from token.ancestors


def own_clause(predicate: Token, keep: frozenset[str] = frozenset()) -> list[Token]:
    """Tokens of ``predicate``'s clause, leaving out clauses nested inside it with their own
    subject (so "you never help with the kids you don't care" keeps only the first part),
    except those attached with a relation in ``keep``."""
    kept: list[Token] = []

    def walk(token: Token) -> None:
        kept.append(token)
        for child in token.children:
            if child.dep_ in keep:
                walk(child)
                continue
            if child.dep_ in CLAUSE_DEPS and child.dep_ != "xcomp" and (
                any(c.dep_ in SUBJECT_DEPS for c in child.children) or child.dep_ == "conj"
            ):
                continue
            if child.dep_ in {"cc", "parataxis"}:
                continue
            walk(child)

    walk(predicate)
    return sorted(kept, key=lambda t: t.i)


def sentence_words(sent: Span) -> list[str]:
    """Lower-case words of a sentence, punctuation dropped."""
    return [t.lower_ for t in sent if not t.is_punct and not t.is_space]


def _first_word(sent: Span) -> Token | None:
    return next((t for t in sent if not t.is_punct and not t.is_space), None)


@functools.lru_cache(maxsize=32)
def _matcher(phrases: tuple[str, ...]) -> PhraseMatcher:
    nlp = english()
    matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
    matcher.add("PHRASE", [nlp.make_doc(p) for p in phrases])
    return matcher


def phrase_spans(doc: Doc, phrases: tuple[str, ...]) -> list[Span]:
    """Spans of ``doc`` that match any of ``phrases`` (case-insensitive, whole tokens)."""
    matches = _matcher(phrases)(doc)
    return [doc[start:end] for _, start, end in matches]


def text_of(tokens: Iterable[Token]) -> str:
    """Join tokens back into text with their original spacing."""
    return "".join(t.text_with_ws for t in tokens).strip()
