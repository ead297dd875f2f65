"""A negation written as its opposite word: "denied" -> "a reconnu", "did not rule out" ->
"descartó", "not yet" -> "bereits", "nobody was hurt" -> "несколько человек".

A translator who turns a denial into an admission keeps the story's count of negation
words (or changes it where the embedder cannot tell), so the count rules of xling.rules
miss the flip. Each profile lists, per canonical class, the words of its two poles
(Profile.polarity: deny / admit, rule out, fail / manage, ban / allow, innocent / guilty,
never / always, nobody / several, not yet / already, lack / enough, overwhelmed / cope).
A clause's polarity for a class is the pole of its word, turned round by a negation just
before it ("did not deny" admits, "no negó" admits, "no shortage" is enough; see
`_negates`); the words of a quantity or a time
("nobody", "jamais", "todavía no") carry their pole whatever else the clause negates,
since French, Spanish and Russian double them with "ne", "no", "не". Where an aligned
pair of sentences changes its count of negations and has more of one pole of a class in
A and more of the other in B, the pair says the opposite; opposite words under a kept
count are a translator's idiom ("failed to find" = "no logró encontrar").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from driftcheck.findings.context import GroupView
from driftcheck.findings.profiles import Profile
from driftcheck.findings.xling import facts, negated_clauses
from driftcheck.findings.xling.units import Span, Unit, located
from driftcheck.types import Finding

POLARITY = "polarity flipped"
"""The start of this rule's messages: its flips stand on their own words, so the story's
count of negations (see xling._story_agrees) does not overrule them."""

CONCORD = frozenset({"always", "anyone", "already"})
"""Classes whose negative words are negations themselves (never, nobody, not yet): their
pole stands whatever else negates the clause ("personne n'a été blessé" is one negation)."""

GOVERNING = frozenset({"assent", "success", "permission", "guilt"})
"""Classes whose negative verbs take another verb and turn it round ("refused to rule out",
"failed to agree"); "lose" and "move" take a noun ("lose a month than lose the satellite")."""


@dataclass(frozen=True, slots=True)
class Mark:
    """A word of a polarity class in a text, with the pole the clause gives it."""

    kind: str
    sign: int
    span: Span
    turned: bool = False
    """True when a negation of the clause turned the word's pole round ("did not deny")."""
    negated: bool = False
    """True when the word's clause holds a negation besides the word, whether or not it
    reaches the word."""

    @property
    def pole(self) -> int:
        """The word's own pole, before a negation turns it: -1 for "deny" in "did not deny"."""
        return -self.sign if self.turned else self.sign


def marks(text: str, profile: Profile) -> list[Mark]:
    """The polarity words of a text, each with the pole its clause gives it."""
    found: list[Mark] = []
    for start, end in facts.clauses(text):
        clause = text[start:end]
        words: list[tuple[str, int, Span]] = []
        for kind in profile.polarity:
            for sign in (-1, 1):
                for match in profile.polarity_re(kind, sign).finditer(clause):
                    if not any(_overlaps(match.span(), span) for _, _, span in words):
                        words.append((kind, sign, match.span()))
        if not words:
            continue
        negations = [] if profile.not_negation_re.search(clause) else _negations(clause, profile)
        every_negation = list(negations)  # the clause's, whatever each reaches
        subjects = [  # a negative subject opens the clause: "Nobody ... was willing to"
            span
            for kind, sign, span in words
            if kind in CONCORD and sign < 0 and _distance(clause[: span[0]]) <= 1
        ]
        verbs = [span for kind, sign, span in words if kind in GOVERNING and sign < 0]
        lacks = [span for kind, sign, span in words if kind == "enough" and sign < 0]
        # "no shortage", "aucune pénurie", "kein Verbot": "no" turns the word it stands before
        determiners = [span for kind, sign, span in words if kind == "anyone" and sign < 0]
        nouns = [span for kind, _, span in words if kind == "anyone"]
        negations = [  # "aucun élément qui permettrait": "no" negates its noun, not a verb
            n for n in negations if not any(_overlaps((n[0], n[1]), q) for q in nouns)
        ]
        sentence_end = _SENTENCE_END.search(text, end)
        rest = text[: sentence_end.start() if sentence_end else len(text)]
        limit = profile.time_limit_re.search(clause) if profile.time_limit else None
        for kind, sign, span in words:
            if limit is not None and limit.end() <= span[0]:
                continue  # "until CSR confirmed" = "tant que CSR n'aurait pas confirmé"
            turned = (
                kind not in CONCORD
                and (
                    any(s[1] <= span[0] for s in subjects)
                    or any(
                        d[1] <= span[0] and not clause[d[1] : span[0]].strip() for d in determiners
                    )
                    or any(  # "refused to rule out", "failed to agree"
                        v[1] <= span[0] and _governs(clause[v[1] : span[0]], profile) for v in verbs
                    )
                    or (kind in GOVERNING and _without(clause, span, profile))
                    or any(
                        _negates(clause, span, other, profile)
                        and not (
                            profile.time_limit
                            and profile.time_limit_re.search(rest, start + other[1])
                        )
                        for other in negations
                    )
                )
            )
            # "entbehrt jeder Grundlage" = "has no basis": "every" after a lack is "any"
            turned = turned or (
                kind == "anyone" and sign > 0 and _lacked(clause, span, lacks, profile)
            )
            at = (start + span[0], start + span[1])
            negative = any(  # a negation besides the word ("denied" is one too), before it,
                not _overlaps((n[0], n[1]), span)  # or after it in the same predicate
                and (n[1] <= span[0] or _same_predicate(clause, span, n, profile))
                for n in every_negation
            )
            found.append(Mark(kind, -sign if turned else sign, at, turned, negative))
    return found


_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")


def _same_predicate(
    clause: str, word: Span, negation: tuple[int, int, int], profile: Profile
) -> bool:
    """True when a negation after a polarity word belongs to the word's own predicate: in a
    language whose negation closes the clause (de), or with no conjunction between them
    ("отказываются от заказов не из вредности" = "are not refusing work out of spite");
    after "and" it negates a verb of its own ("a exclu ... et a demandé de ne pas")."""
    if profile.negation_closes:
        return True
    if negation[0] < word[1] or not profile.conjunctions:
        return False
    return profile.conjunctions_re.search(clause, word[1], negation[0]) is None


def _negations(clause: str, profile: Profile) -> list[tuple[int, int, int]]:
    """The negations of a clause as (start, end, reach): a negation reaches to the word
    that completes it (French "ne ... pas": from "ne" to "pas")."""
    found = []
    partners = (
        [m.span() for m in profile.negation_partner_re.finditer(clause)]
        if profile.negation_partner
        else []
    )
    for match in profile.negation_re.finditer(clause):
        after = [p for p in partners if p[0] >= match.end()]
        near = after and len(clause[match.end() : after[0][0]].split()) <= 2
        found.append((match.start(), match.end(), after[0][1] if near else match.end()))
    return found


def _without(clause: str, word: Span, profile: Profile) -> bool:
    """True when a "without" stands just before a verb of assent, success or permission
    ("without ruling out", "sans toutefois exclure", "sin lograr"): the count of negated
    clauses takes "sans exclure" as one negation, word and verb together, which leaves the
    verb unturned, and a word between hides it from the count."""
    if not profile.without:
        return False
    return any(
        m.end() <= word[0] and _distance(clause[m.end() : word[0]]) <= 1
        for m in profile.without_re.finditer(clause, 0, word[0])
    )


def _lacked(clause: str, word: Span, lacks: list[Span], profile: Profile) -> bool:
    """True when a word stands just after a word of lack or a "without": a word of "every"
    there says "any" ("entbehrt jeder Grundlage" = "has no basis")."""
    before = list(lacks)
    if profile.without:
        before += [m.span() for m in profile.without_re.finditer(clause, 0, word[0])]
    return any(s[1] <= word[0] and _distance(clause[s[1] : word[0]]) == 0 for s in before)


_WORDS_BETWEEN = 2
"""How many words may stand between a negation and the polarity word it turns round
("did not deny", "no había logrado", "would not be allowed", "n'a pas nié"); one further
off negates another verb ("we will not let this reform fail"). The particle of an
infinitive does not count ("no power to accept", "pas le pouvoir d'accepter")."""

_PARTICLES = frozenset({"to", "zu", "de", "d'", "d’", "à", "a"})


def _distance(stretch: str) -> int:
    return sum(1 for word in stretch.lower().split() if word not in _PARTICLES)


def _governs(stretch: str, profile: Profile) -> bool:
    """True when a negative verb takes the polarity word after it as the verb it governs:
    joined by the particle of an infinitive ("refused to rule out", "se negó a aceptar"),
    or with no function word between ("отказался признать", "refused outright to"). A
    preposition or an article between opens a phrase of its own: "calls failed during
    the outage" says nothing about the outage."""
    words = stretch.lower().split()
    if _distance(stretch) > _WORDS_BETWEEN:
        return False
    return any(w in _PARTICLES for w in words) or not any(w in profile.stopwords for w in words)


def _negates(clause: str, word: Span, negation: tuple[int, int, int], profile: Profile) -> bool:
    """True when a negation turns a polarity word round: before it, at most two words
    off (counted from the word that completes it, "pas"); inside a word of several parts
    ("schließt der Verband nicht aus"); or, in a language whose negation closes the
    clause of its verb (Profile.negation_closes), after a verb: at most one word off
    ("bestritt nicht", "gelang ihm nicht"), or further off where it closes the clause
    (`_MIDDLE_FIELD`). A negation after a noun ("das Verbot gilt nicht", "cette
    interdiction ne nous laisse") negates the verb after the noun."""
    start, end, reach = negation
    head_end = word[0] + len(clause[word[0] : word[1]].split(maxsplit=1)[0])
    if _overlaps((word[0], head_end), (start, end)):
        return False  # the polarity word itself ("denied" is a negation word too)
    if word[0] <= start < word[1]:
        return True
    if end <= word[0]:
        since = reach if reach <= word[0] else end
        return _distance(clause[since : word[0]]) <= _WORDS_BETWEEN
    if not profile.negation_closes or _noun(clause[word[0] : word[1]], profile):
        return False
    between = _distance(clause[word[1] : start])
    return between <= 1 or (
        between <= _MIDDLE_FIELD and len(clause[end:].split()) <= 1
    )  # "bestritt die Zahlen nicht": a German "nicht" closes the clause of the verb it negates


def _noun(word: str, profile: Profile) -> bool:
    """True when a language that writes every noun with a capital (de) writes the word so."""
    return profile.capitalised_nouns and word[:1].isupper()


_MIDDLE_FIELD = 5
"""How many words (objects, adverbs) a German main clause puts between its verb and the
"nicht" that closes the clause and negates that verb ("bestritt die Zahlen nicht",
"lehnte den Vorschlag am Montag nicht ab")."""


def _overlaps(one: Span, other: Span) -> bool:
    return one[0] < other[1] and other[0] < one[1]


def check_polarity(unit: Unit, profiles: tuple[Profile, Profile]) -> list[Finding]:
    """negation.flipped: an aligned pair where a class of opposite words has more of one
    pole in A and more of the other in B ("denied" -> "admitió")."""
    found = []
    for view in unit.views:
        if not (view.a.text and view.b.text):
            continue
        clauses = len(negated_clauses.negated(view.a.text, profiles[0])) != len(
            negated_clauses.negated(view.b.text, profiles[1])
        )
        words = _negation_words(view.a.text, profiles[0]) != _negation_words(
            view.b.text, profiles[1]
        )
        if not (clauses or words):
            continue  # the pair keeps its negations: opposite words alone are an idiom
        a_marks, b_marks = marks(view.a.text, profiles[0]), marks(view.b.text, profiles[1])
        if not clauses:  # a negative quantity doubles its negation in fr, es, ru ("ne ... aucun")
            a_marks = [m for m in a_marks if m.kind not in CONCORD]
            b_marks = [m for m in b_marks if m.kind not in CONCORD]
        flipped = _flipped(view, a_marks, b_marks)
        if flipped is not None:
            found.append(flipped)
    return found


def _negation_words(text: str, profile: Profile) -> int:
    """How many negation words the text has (in clauses that negate: not "not only")."""
    return sum(
        len(profile.negation_re.findall(text[start:end]))
        for start, end in facts.clauses(text)
        if not profile.not_negation_re.search(text[start:end])
    )


def _flipped(view: GroupView, a_marks: list[Mark], b_marks: list[Mark]) -> Finding | None:
    """The first class whose poles swap between the two sides of a pair, as a finding."""
    a_marks, b_marks = _unscoped(a_marks, b_marks)
    a_marks, b_marks = a_marks + _not_yet(a_marks), b_marks + _not_yet(b_marks)
    for kind in dict.fromkeys(m.kind for m in a_marks):
        for sign in (-1, 1):
            a_own = [m for m in a_marks if m.kind == kind and m.sign == sign]
            b_own = [m for m in b_marks if m.kind == kind and m.sign == sign]
            a_other = [m for m in a_marks if m.kind == kind and m.sign == -sign]
            b_other = [m for m in b_marks if m.kind == kind and m.sign == -sign]
            if len(a_own) > len(b_own) and len(b_other) > len(a_other):
                a_mark, b_mark = _evidence(a_own), _evidence(b_other)
                a_word = view.a.original(*a_mark.span)
                b_word = view.b.original(*b_mark.span)
                poles = ("negative", "positive") if sign < 0 else ("positive", "negative")
                message = (
                    f'{POLARITY}: A says "{a_word}", B says "{b_word}" (words of opposite '
                    f"sense, {kind}: {poles[0]} in A, {poles[1]} in B)"
                )
                return located(
                    "negation.flipped",
                    message,
                    a=(view, a_mark.span),
                    b=(view, b_mark.span),
                )
    return None


def _not_yet(marks: list[Mark]) -> list[Mark]:
    """A "never" says "not yet" too: "had never carried out" and "ya había realizado"
    (had already) say the opposite, as "not yet" and "already" do. Each side gets one for
    each of its own, so "never" against "todavía no" (not yet) is no flip."""
    return [
        Mark(_ALREADY, m.sign, m.span, m.turned, m.negated)
        for m in marks
        if m.kind == _ALWAYS and m.sign < 0
    ]


_ALWAYS, _ALREADY = "always", "already"


def _evidence(own: list[Mark]) -> Mark:
    """The word a flip points at: the last one a negation turned round, where one did (its
    negation is what changed: "no se habían reducido", not the "creciendo" of the clause
    after it), else the last."""
    return next((m for m in reversed(own) if m.turned), own[-1])


def _unscoped(a_marks: list[Mark], b_marks: list[Mark]) -> tuple[list[Mark], list[Mark]]:
    """The marks of both sides without the pairs of the same word whose clauses both
    negate, where one side's negation reaches the word and the other's stands further
    off: "did not check the facts closely enough" = "не проверили факты достаточно
    тщательно", "no choice but to keep" = "pas d'autre choix que de garder". How far a
    negation reaches is a count of words, which articles and particles change from one
    language to another; the two clauses say the same."""
    a_left, b_left = list(a_marks), list(b_marks)
    for mark in a_marks:
        partner = next(
            (
                other
                for other in b_left
                if other.kind == mark.kind
                and other.pole == mark.pole
                and other.turned != mark.turned
                and (other.negated if mark.turned else mark.negated)
            ),
            None,
        )
        if partner is not None:
            a_left.remove(mark)
            b_left.remove(partner)
    return a_left, b_left


def merged(counted: list[Finding], opposite: list[Finding]) -> list[Finding]:
    """The count rule's negation flips with this rule's: on a group with a flip of opposite
    words, that flip stands for the group (its words are the evidence; the count's may be
    an info-level reading of the same change)."""
    groups = {f.group for f in opposite}
    return [f for f in counted if f.group not in groups] + opposite
