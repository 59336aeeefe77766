"""Find what the speaker asks for, and whether they ask or order.

A request leaves the other person room to say yes ("Could you pick the kids up on Tuesday?");
a demand does not ("Pick the kids up."). A request that is too general ("could you be nicer?")
is hard to say yes to because nobody knows what yes would mean. This module finds both kinds of
ask, keeps the words of the action so the rephrasing can reuse them, and judges whether the ask
is specific.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from bot.analysis import lexicon
from bot.analysis.patterns import Pattern
from bot.analysis.syntax import (
    has_not,
    is_conditional,
    is_other_person,
    is_question,
    is_wh_question,
    join_words,
    phrase_spans,
    subject_of,
    text_of,
)

ASKING_MODALS = frozenset({"can", "could", "would", "will", "might"})
WILLING_WORDS = frozenset({"willing", "able", "ok", "okay", "happy", "free", "up", "alright"})
#: Words dropped from the action when it is reused ("could you *just* call me *please*").
FILLER = frozenset(
    {"please", "just", "maybe", "perhaps", "possibly", "kindly", "even", "pls", "immediately",
     "asap", "already", "again", "ever"}
)
#: Exasperation dropped from the action ("call me back *for god's sake*").
EXASPERATION = ("for god's sake", "for christ's sake", "for fuck's sake", "for heaven's sake",
                "for goodness sake", "for goodness' sake", "for once", "for a change")
#: Lemmas the small model gets wrong ("hoping" -> "hop").
LEMMA_FIXES = {"hoping": "hope", "hoped": "hope"}
#: Openers skipped when deciding whether a sentence starts with a verb (an imperative).
OPENERS = frozenset(
    {"just", "please", "so", "and", "but", "now", "then", "ok", "okay", "oh", "well", "hey",
     "seriously", "honestly", "right", "look", "listen", "mum", "mom", "dad", "god", "for",
     "sake", "'s", "pls", "babe", "honey", "mate", "dude", "bro", "sis"}
)
#: Imperatives that are wishes or courtesies, not orders.
COURTESIES: tuple[str, ...] = (
    "take care", "have a good", "have a nice", "have a great", "have fun", "enjoy", "sleep well",
    "get well", "feel better", "don't worry", "do n't worry", "feel free", "be safe", "stay safe",
    "drive safe", "see you", "thank", "thanks", "excuse me", "forgive me", "sorry", "guess what",
    "bear with me", "let me know", "hope", "come on", "look here", "listen here",
)
#: Verbs that start a wish or a courtesy rather than an order ("Thank you", "Hope it went ok").
WISH_VERBS = frozenset({"thank", "excuse", "forgive", "hope", "wish", "love", "miss", "guess",
                        "imagine", "believe", "trust", "sorry", "thanks"})
DEMANDING_FIRST_PERSON = frozenset({"expect", "demand", "insist", "order", "require"})
SARCASTIC_ASKS = ("would it kill you", "will it kill you", "is it too much to ask",
                  "too much to ask")


@dataclass(frozen=True)
class Ask:
    """One request or demand found in the text."""

    kind: Pattern
    """``Pattern.REQUEST`` or ``Pattern.DEMAND``."""
    sentence: str
    """The sentence it was found in, as typed (the ``request_text`` of the analysis)."""
    action: str
    """The action in base form, in the speaker's words: "text me if you're running late"."""
    together: bool
    """True for "let's..."/"can we...": the speaker is part of the action."""
    specific: bool
    """True when the action says what, or when, concretely."""
    words: str
    """The words that mark it as an ask ("could you", "you need to", "Do")."""


def find_asks(doc: Doc) -> list[Ask]:
    """Every request and demand in ``doc``, in order."""
    asks: list[Ask] = []
    for sent in doc.sents:
        lowered = sent.text.lower()
        if any(p in lowered for p in SARCASTIC_ASKS):
            continue
        urgent = any(t.lower_ in lexicon.URGENCY_WORDS for t in sent) or "right now" in lowered
        for verb in sent:
            ask = _ask_at(verb, sent, urgent)
            if ask is not None and not any(a.sentence == ask.sentence and a.action == ask.action
                                           for a in asks):
                asks.append(ask)
    return asks


def _ask_at(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    if verb.pos_ not in {"VERB", "AUX"} or not verb.is_alpha and "'" not in verb.text:
        return None  # an emoji the tagger took for a verb
    for rule in (_modal_question, _owned_request, _it_would_help, _suggestion, _imperative,
                 _obligation, _first_person_demand):
        ask = rule(verb, sent, urgent)
        if ask is not None:
            return ask
    return None


# --- requests ------------------------------------------------------------------------------------


def _modal_question(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    """"Could you...?", "can we...?", "would you mind...?", "are you willing to...?"."""
    subject = _direct_subject(verb)
    if subject is None or subject.lower_ not in {"you", "we"}:
        return None
    if not is_question(verb) or is_wh_question(verb):
        return None
    if any(c.lower_ == "even" for c in verb.children):
        return None  # "can you even listen?" is rhetorical
    modal = next((c for c in verb.children if c.dep_ == "aux" and c.lemma_ in ASKING_MODALS), None)
    invitation = _xcomp(verb) if verb.lemma_ in {"want", "like", "fancy"} else None
    if invitation is not None and (modal is not None or verb.lemma_ in {"want", "fancy"}):
        # "Would you like to get dinner on Friday?", "do you want to go for a walk?"
        return _make(Pattern.REQUEST, invitation, sent, True, _words_from(sent[0], verb))
    action = verb
    if verb.lemma_ == "be":
        willing = next((c for c in verb.children if c.lower_ in WILLING_WORDS), None)
        target = _xcomp(willing) if willing is not None else None
        target = target or _xcomp(verb)
        if target is None:
            if modal is None:
                return None
        else:
            action = target
    elif modal is None:
        if verb.lemma_ in {"think", "suppose", "reckon"}:
            inner = next((c for c in verb.children if c.dep_ == "ccomp"
                          and any(a.lemma_ in ASKING_MODALS for a in c.children)), None)
            if inner is not None and _direct_subject(inner) is not None:
                return _make(Pattern.REQUEST, inner, sent,
                             _direct_subject(inner).lower_ == "we", "do you think you could")
        return None
    if verb.lemma_ == "mind":
        action = next((c for c in verb.children if c.tag_ == "VBG"), verb)
    words = f"{modal.text} {subject.text}" if modal is not None else f"{verb.text} {subject.text}"
    return _make(Pattern.REQUEST, action, sent, subject.lower_ == "we", words)


def _owned_request(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    """"I'd like you to...", "I need you to...", "I was hoping we could...", "I'd like to talk"."""
    subject = _direct_subject(verb)
    if subject is None or subject.lower_ != "i" or is_question(verb) or has_not(verb):
        return None
    lemma = LEMMA_FIXES.get(verb.lower_, verb.lemma_.lower())
    if lemma not in lexicon.REQUEST_VERBS or verb.tag_ in {"VBD", "VBN"}:
        return None  # "I've asked you three times" reports; it does not ask
    would = any(c.lemma_ == "would" for c in verb.children)
    if lemma in {"like", "love", "appreciate", "prefer"} and not would:
        return None
    kind = Pattern.DEMAND if urgent else Pattern.REQUEST
    for child in verb.children:
        if lemma in {"hope", "wonder"} and not any(
            c.lemma_ in ASKING_MODALS or c.lower_ == "if" for c in child.children
        ):
            continue  # "I hope you feel better" wishes; "I was hoping you could..." asks
        if child.dep_ not in {"ccomp", "xcomp", "advcl", "dobj"} or child.pos_ not in {"VERB",
                                                                                        "AUX"}:
            continue
        inner_subject = _direct_subject(child)
        if inner_subject is not None and inner_subject.lower_ in {"you", "we", "us"}:
            return _make(kind, child, sent, inner_subject.lower_ != "you",
                         _words_from(subject, verb))
        if inner_subject is None and any(c.lower_ == "you" and c.dep_ == "dobj"
                                         for c in verb.children):
            return _make(kind, child, sent, False, f"{subject.text} {verb.text} you")
        if inner_subject is None and would and child.lemma_ != "be" and lemma != "appreciate":
            return _make(kind, child, sent, True, _words_from(subject, verb))
    # "I'd appreciate it if you called first"
    for child in verb.children:
        if child.dep_ in {"advcl", "ccomp"} and is_conditional(child) and _subject_is(
            child, {"you", "we"}
        ):
            return _make(kind, child, sent, _subject_is(child, {"we"}),
                         _words_from(subject, verb))
    return None


def _it_would_help(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    """"It would really help if you could text me"."""
    subject = _direct_subject(verb)
    if subject is None or subject.lower_ not in {"it", "that"}:
        return None
    if not any(c.lemma_ == "would" for c in verb.children):
        return None
    for child in verb.children:
        if child.dep_ in {"advcl", "ccomp"} and is_conditional(child) and _subject_is(
            child, {"you", "we"}
        ):
            return _make(Pattern.REQUEST, child, sent, _subject_is(child, {"we"}),
                         text_of(sent[: child.i - sent.start]))
    return None


def _suggestion(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    """"Let's...", "maybe you could...", "how about we...", "what if we..."."""
    lowered = sent.text.lower().lstrip()
    if _lets(verb):
        target = next((c for c in verb.subtree if c.dep_ in {"ccomp", "xcomp"}
                       and c.pos_ == "VERB"), None)
        if target is not None:
            return _make(Pattern.REQUEST, target, sent, True, "let's")
    if lowered.startswith(("how about", "what about", "what if")) and verb.tag_ in {"VB", "VBG",
                                                                                    "VBP"}:
        first_verb = next((t for t in sent if t.pos_ == "VERB"), None)
        if first_verb == verb:
            together = any(t.lower_ == "we" for t in sent)
            return _make(Pattern.REQUEST, verb, sent, together, sent[:2].text)
    subject = _direct_subject(verb)
    if subject is not None and subject.lower_ in {"you", "we"} and not is_question(verb):
        modal = any(c.lemma_ in {"could", "might"} for c in verb.children)
        hedge = any(t.lower_ in {"maybe", "perhaps"} for t in sent)
        if modal and hedge:
            return _make(Pattern.REQUEST, verb, sent, subject.lower_ == "we",
                         f"maybe {subject.text} could")
    return None


# --- demands -------------------------------------------------------------------------------------


def _imperative(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    """A sentence that starts with a bare verb: an order, unless softened by "please"."""
    if verb.dep_ != "ROOT" or verb.tag_ not in {"VB", "VBP"} or _order_subject(verb) is not None:
        return None
    if is_question(verb) and not sent.text.rstrip().endswith("!"):
        return None
    first = _first_content(sent, verb)
    if first != verb:
        return None
    opening = sent.text.lower().lstrip(" ,.!-")
    if opening.startswith(COURTESIES) or verb.lemma_.lower() in WISH_VERBS:
        return None
    if verb.lemma_.lower() in lexicon.DISCOURSE_VERBS and not any(
        c.dep_ in {"dobj", "prep", "xcomp", "ccomp", "prt", "advcl", "advmod", "npadvmod"}
        for c in verb.children
    ):
        return None  # "Look, ..." / "Listen, I ..."
    if _lets(verb):
        return None
    polite = any(t.lower_ in {"please", "pls"} for t in sent)
    kind = Pattern.REQUEST if polite and not urgent else Pattern.DEMAND
    start = min([verb.i] + [c.i for c in verb.children if c.dep_ in {"aux", "neg"}])
    shown = [t for t in verb.doc[start : verb.i + 3] if not t.is_punct]
    return _make(kind, verb, sent, False, text_of(shown))


def _obligation(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    """"You need to...", "you have to...", "you must...", "you should...", "you'd better..."."""
    subject = subject_of(verb)
    if not is_other_person(subject) or is_question(verb) or is_conditional(verb):
        return None
    if has_not(verb):
        return None  # "you don't have to" gives permission
    lemma = verb.lemma_.lower()
    if lemma in {"need", "have", "got"}:
        target = _xcomp(verb)
        if target is not None and any(c.lower_ == "to" for c in target.children):
            words = f"{subject.text} {verb.text} to"
            return _make(Pattern.DEMAND, target, sent, False, words)
        return None
    modal = next((c for c in verb.children if c.dep_ == "aux"
                  and c.lower_ in {"must", "should", "better", "shall"}), None)
    perfect = any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    better = any(c.lower_ == "better" and c.dep_ == "advmod" for c in verb.children)
    if (modal is not None and not perfect) or better:
        marker = modal.text if modal is not None else "better"
        return _make(Pattern.DEMAND, verb, sent, False, f"{subject.text} {marker}")
    return None


def _first_person_demand(verb: Token, sent: Span, urgent: bool) -> Ask | None:
    """"I expect you to...", "I insist"."""
    subject = _direct_subject(verb)
    if subject is None or subject.lower_ != "i" or verb.lemma_.lower() not in (
        DEMANDING_FIRST_PERSON
    ) or is_question(verb) or has_not(verb):
        return None
    target = _xcomp(verb) or verb
    return _make(Pattern.DEMAND, target, sent, False, f"{subject.text} {verb.text}")


# --- the action and how specific it is -----------------------------------------------------------


def _make(kind: Pattern, action_verb: Token, sent: Span, together: bool, words: str) -> Ask:
    tokens = action_tokens(action_verb)
    said_before = [t for t in sent if t.i < action_verb.i and t.lower_ in lexicon.TIME_WORDS]
    return Ask(
        kind=kind,
        sentence=sent.text.strip(),
        action=render_action(tokens, action_verb),
        together=together,
        specific=_is_specific(action_verb, tokens + said_before),
        words=words,
    )


def action_tokens(verb: Token) -> list[Token]:
    """The words of the asked-for action: the verb and what follows, without the subject,
    modals and fillers ("could you *just* text me" gives "text me")."""
    skipped: set[int] = set()
    for child in verb.children:
        before = child.i < verb.i
        if child.dep_ in {"nsubj", "nsubjpass"} or before and child.dep_ in {
            "ccomp", "advcl", "parataxis", "conj", "npadvmod", "prep", "dep", "nsubj"
        }:
            skipped.update(t.i for t in child.subtree)  # "I need space tonight, can we talk"
    skipped.update(t.i for span in phrase_spans(verb.doc, EXASPERATION) for t in span)
    tokens = []
    for token in verb.subtree:
        if token.i in skipped:
            continue
        before = token.i < verb.i and token.head == verb
        if before and token.dep_ in {"aux", "auxpass", "mark", "advmod", "intj", "punct"}:
            continue  # "could", "to", "maybe": everything before the verb except "not"
        if token.lower_ in FILLER and token.dep_ not in {"pobj", "dobj", "nsubj"}:
            continue
        if token.lower_ == "now" or token.dep_ == "intj":
            continue
        if token.lower_ == "right" and token.i + 1 < len(token.doc) and token.nbor(1).lower_ in (
            lexicon.URGENCY_WORDS
        ):
            continue  # "right now"
        tokens.append(token)
    while tokens and (tokens[-1].is_punct or tokens[-1].dep_ in {"cc", "intj"}):
        tokens.pop()
    while tokens and (tokens[0].is_punct or tokens[0].dep_ == "cc"):
        tokens.pop(0)
    return tokens


def render_action(tokens: list[Token], verb: Token) -> str:
    """Join action tokens in base form, turning "not X" into "try not to X"."""
    words: list[str] = []
    for token in tokens:
        word = token.text
        if token.dep_ == "neg" and token.head == verb:
            word = "not"
        elif token == verb and token.tag_ in {"VBG", "VBP", "VBZ", "VBD"}:
            word = token.lemma_
        elif token.lower_ == "i":
            word = "I"
        words.append(word)
    text = join_words(words)
    if text.startswith("not "):
        text = "try not to " + text[4:]
    return text


def _is_specific(verb: Token, tokens: list[Token]) -> bool:
    lemma = verb.lemma_.lower()
    others = [t for t in tokens if t != verb and not t.is_punct]
    timed = any(
        t.lower_ in lexicon.TIME_WORDS or t.ent_type_ in {"DATE", "TIME"} or t.like_num
        for t in others
    )
    if lemma in lexicon.ATTITUDE_ACTIONS:
        return timed
    concrete = any(
        (t.pos_ in {"NOUN", "PROPN", "NUM"} and t.lower_ not in lexicon.VAGUE_COMPLEMENTS)
        or (t.pos_ == "VERB" and t.lemma_.lower() not in lexicon.VAGUE_ACTIONS | (
            lexicon.ATTITUDE_ACTIONS))
        for t in others
    )
    if lemma in lexicon.VAGUE_ACTIONS:
        return timed or concrete
    return timed or concrete or any(t.lower_ not in lexicon.VAGUE_COMPLEMENTS for t in others)


# --- small helpers -------------------------------------------------------------------------------


def _direct_subject(verb: Token) -> Token | None:
    return next((c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}), None)


def _subject_is(verb: Token, words: set[str]) -> bool:
    subject = _direct_subject(verb)
    return subject is not None and subject.lower_ in words


def _xcomp(token: Token | None) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ in {"xcomp", "ccomp"}
                 and c.pos_ in {"VERB", "AUX"}), None)


def _words_from(start: Token, end: Token) -> str:
    return text_of(start.doc[start.i : end.i + 1])


def _lets(verb: Token) -> bool:
    """"Let's..." / "let us...": the parser attaches "'s" to the next verb, so look at words."""
    doc = verb.doc
    return verb.lemma_ == "let" and verb.i + 1 < len(doc) and doc[verb.i + 1].lower_ in {"'s",
                                                                                         "us"}


def _order_subject(verb: Token) -> Token | None:
    """The subject, ignoring a name said to the person ("Mum, stop...")."""
    subject = _direct_subject(verb)
    doc = verb.doc
    if subject is not None and subject.i < verb.i and subject.i + 1 < len(doc) and (
        doc[subject.i + 1].text == ","
    ) and subject.pos_ in {"PROPN", "NOUN"}:
        return None
    return subject


def _first_content(sent: Span, verb: Token) -> Token | None:
    for token in sent:
        if token.is_punct or token.is_space or token.pos_ == "INTJ":
            continue
        if token.lower_ in OPENERS:
            continue
        if token.head == verb and token.dep_ in {"aux", "neg"} and token.lemma_ in {"do", "not"}:
            continue
        if token.pos_ == "PROPN" and token.i + 1 < len(token.doc) and token.nbor(1).text == ",":
            continue  # a name said to the person: "Sam, ..."
        return token
    return None
