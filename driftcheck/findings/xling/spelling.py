"""How a name is spelt across languages and scripts: a key that survives transliteration
(Abenov = Abenow = Абенов) and when two keys are one name."""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import cache

from anyascii import anyascii

_KEY_RULES = (
    ("eau", "o"), ("au", "o"), ("tsch", "ch"), ("sch", "sh"), ("ck", "k"), ("ph", "f"),
    ("w", "v"), ("ou", "u"), ("y", "i"), ("j", "i"), ("ie", "i"), ("ee", "i"), ("ei", "ai"),
    ("z", "s"),
)  # fmt: skip


_CYRILLIC_SOUNDS = (("дж", "j"), ("ж", "j"), ("оу", "о"), ("ёй", "уй"))
"""Russian spellings of English, French and Dutch sounds, as a Latin alphabet writes them
(Дженкинс = Jenkins, Жан = Jean, Оукс = Oakes, and the ёй of a Dutch ui: Kuyt = Кёйт,
Vaarhuis = Ваархёйс); anyascii spells them letter by letter."""
_CYRILLIC_VOWELS_AS_HEARD = (
    (re.compile(r"(?<=[еиюя])у(?=[аеиоэ])"), "в"),
    (re.compile(r"(?<=[бвгдзклмнпрстфхцчшщ])ю"), "у"),
    (re.compile(r"(?<=[бвгдзклмнпрстфхцчшщ])э"), "а"),
    (re.compile(r"кь(?=[её])"), "ч"),
    (re.compile(r"ь(?=[аеёиоуэюя])"), "и"),
    (re.compile(r"(?<![аеёиоуыэюя])ку(?=[аоэи])"), "кв"),
    (re.compile(r"(?<=[бгдзлмнпрстфхцчшщ])у(?=[ао])"), "в"),
)
"""Russian letters for sounds of other alphabets: ю after a consonant is a French or German u
(Lucille = Люсиль, Müller = Мюллер), э after a consonant an English a (Hamley = Хэмли,
Campbell = Кэмпбелл), кь before e a Nordic kj (Kjersti = Кьерсти, as Kjellmark = Чельмарк),
ь before a vowel the i of a French ie or a Spanish io (Pierre = Пьер, Javier = Хавьер), ку
before a vowel the kw of an English qu (Quarrie = Куорри, Quinn = Куинн, as Quist = Квист),
and у after another consonant before а or о an English w (Renwald = Ренуолд, Ranworth =
Рануорт, Ashworth = Эшуорт); so is a у between е, и, ю or я and another vowel
(Merriweather = Мерриуэзер, Mayweather = Мейуэзер; not after а or о, where it is the second
half of a diphthong, Powell = Пауэлл, Owen = Оуэн, nor after the э of an English away,
Hathaway = Хэтэуэй)."""
_CH_BEFORE_FRONT_VOWEL = re.compile(r"ч(?=[еёиюя])")
"""Russian ч before a front vowel, which a Latin alphabet writes c (Лючия = Lucia, Чезаре =
Cesare: an Italian c before e or i is said ch); the key reads both as s."""
_CH_SPELT_OUT = re.compile(r"tsch|tch(?![eiy])")
"""German and French spellings of the sound English writes ch (Welitschko = Velitchko =
Velichko): a name from a third alphabet is spelt out by each language's own rules."""
_ENGLISH_SOUNDS = (
    (r"^wr", "r"), (r"^kn", "n"), (r"eigh$", "i"), (r"igh", "ai"), (r"gh(?=t)", ""), (r"qu", "kv"),
    (r"oa(?=[^aeiouy])", "o"), (r"ow(?=a.)", "o"), (r"(?<=a)w(?=ay)", "u"), (r"ay", "ei"),
    (r"(?<![aeo])ugh(?=$|es$)", "iu"), (r"(?<=r)ew(?=$|[^aeiouy])", "u"),
    (r"(?<=[^aeiouyr])ew(?=$|[^aeiouy])", "iu"), (r"ow(?=e)", "o"), (r"^wa(?=l|r(?!e)|t|sh)", "wo"),
    (r"(?<=[^aeiouy])es$", "s"),
    (r"(?<=[^aeiouy])u(?=[bcdfgkmnptvz][^aeiouyh])", "a"),
    (r"ea(?=[^aeiouy][aeiouy]|[^aeiouyhn][^aeiouy]*e?$)", "i"), (r"(?<=[^aeiouy])ey$", "i"),
    (r"aw(?=$|[sfkrn])", "o"),
)  # fmt: skip
"""English spellings of sounds a transliteration writes as heard (Wright = Райт, Knight =
Найт, Quist = Квист, Calloway = Кэллоуэй; a short u before two consonants is an a: Hunter =
Хантер, Dunmere = Данмир; ea before a syllable and a final ey are an i: Heaney = Хини); a
final "owa" is a Slavic ending German spells with w (Morosowa = Morozova), not an English "ow".
A final "ugh" is the yu of Хью (Hugh, Hughes, Pugh), and so is an "ew" at the end or before
a consonant (Agnew = Агнью, Newman = Ньюман, Matthews = Мэтьюз; after r a у: Andrew = Эндрю,
Drew = Дрю); an "owe" is an оуэ or оу (Owen = Оуэн, Howell = Хауэлл), an initial "wa" before
l, r, t or sh an уо (Walker = Уокер, Wallace = Уоллес, Ward = Уорд), a final "eigh" an i
(Leigh = Ли). An "aw" at the end or before a consonant is an o (Shaw = Шоу,
Dawson = Доусон, Crawford = Кроуфорд; the w of an "away" is the у of "уэй": Hathaway =
Хэтэуэй, Greenaway = Гринауэй), and a g or dg before e, i or y the sound Russian
writes дж (Bridget = Бриджет, George = Джордж, Angela = Анджела; a hard g there, Gibson =
Гибсон, gets the same key on both sides: _SOFT_G reads a Cyrillic г before е or и the same
way; not before ei, which Russian writes for an English a: Gates = Гейтс). An ea before
a consonant other than n is an i (Sears = Сирс, Pearce = Пирс, Heath = Хит; French Jean = Жан)."""
_SOFT_G = re.compile(r"d?g(?=[eiy])(?!ei|ey)")

_FOREIGN_SOUNDS = {"dj": "j", "gi": "j", "kj": "c"}
_FOREIGN_LATIN = re.compile(r"dj|gi(?=[aou])|kj(?=[aeiouy])")
"""Spellings of other Latin alphabets that a transliteration writes as heard: dj (Adjoa =
Аджоа, Djokovic), an Italian gi before a back vowel (Giulia = Джулия, Giovanni), a Nordic kj
before a vowel (Kjellmark = Чельмарк; the key reads ч before a front vowel as c, see
_CH_BEFORE_FRONT_VOWEL)."""


@cache
def name_key(word: str) -> str:
    """A spelling of a name that survives transliteration: Abenov = Abenow = Абенов (an
    English possessive is no part of it: Dunmere's = Dunmere)."""
    lowered = re.sub(r"['’]s$", "", word.lower())
    for old, new in _CYRILLIC_SOUNDS:
        lowered = lowered.replace(old, new)
    for letter, heard in _CYRILLIC_VOWELS_AS_HEARD:
        lowered = letter.sub(heard, lowered)
    lowered = _CH_BEFORE_FRONT_VOWEL.sub("c", lowered)
    lowered = _CH_SPELT_OUT.sub("ch", lowered)
    latin = anyascii(lowered).lower()
    latin = re.sub(r"[^a-z]", "", latin)
    latin = re.sub(r"(?<=[aeo]u)x$", "", latin).replace("x", "ks")  # Devereux = Деверо
    if latin and lowered[:1].isascii():
        for pattern, sound in _ENGLISH_SOUNDS:
            latin = re.sub(pattern, sound, latin)
    if not word.isupper():  # an acronym is spelt letter by letter (NGI)
        latin = _SOFT_G.sub("j", latin)
    latin = _FOREIGN_LATIN.sub(lambda m: _FOREIGN_SOUNDS[m.group()], latin)
    latin = latin.replace("kh", "h").replace("ts", "z")
    latin = re.sub(r"^ch(?=[^aeiouy])", "h", latin)  # German Chmelko = Khmelko = Хмелько
    latin = re.sub(r"c(?=[eiy])", "s", latin).replace("c", "k")
    for old, new in _KEY_RULES:
        latin = latin.replace(old, new)
    latin = re.sub(r"^u(?=[aeio])", "v", latin.replace("h", "")).replace("ai", "a")
    latin = re.sub(r"(?<=[^aeiou])e$", "", latin) if len(latin) > 3 else latin  # Tate = Тейт
    return re.sub(r"(.)\1+", r"\1", latin)


PLACE_ADJECTIVE = re.compile(r"(?:ian|ean|ese)s?$")
"""How the name key of an adjective of a place ends (Marovian, Korean, Togolese), or of its
people (Marovians = Marowier): translated
with the other language's own ending ("marowische", "marovienne", "селванийская"), not
copied or inflected as a person's name is."""


def heard_keys(word: str) -> tuple[str, ...]:
    """The name keys a transliteration by sound may start from: the word's, and where it
    opens with an x before a vowel, an old Spanish spelling of a j (Ximena = Jimena =
    Химена, Xavier = Хавьер), as well as the ks of other languages (Xander = Ксандер); where
    a qu comes before an e after the first letter, the k of French and Spanish (Duquerre =
    Дюкерр, Marquez = Маркес) as well as the kw of English (McQueen = Маккуин); where a c
    stands as in a Slavic name, its ts (see _SLAVIC_C); where an English name opens with an
    h, the old Russian convention that spells a name letter for letter with the h as г and
    a w as в (Howard = Говард, Harold = Гарольд); where an English th follows the first
    letter, the з Russian writes for it as well as the т (Merriweather = Мерриуэзер,
    Rutherford = Резерфорд; Smith = Смит); where a name ends in an ly after a vowel, the й
    Russian writes for a Hungarian ly (Keszthely = Кестхей, Szombathely = Сомбатхей); the wa
    of a French final oi (see _FRENCH_OI), the dz of a Japanese j (see _JAPANESE_J) and the
    y of a French final ille (see _FRENCH_ILL), the o of an English ow before a consonant
    (see _OW_AS_A_VOWEL), the u of a Dutch oe (see _DUTCH_OE), the g of a French or Spanish
    gu before e or i (see _HARD_GU) and the e of a Dutch ee (see _DUTCH_EE)."""
    keys = [name_key(word)]
    word = re.sub(r"['’]s$", "", word)
    if re.match(r"[Xx][aeiouáéíóú]", word):
        keys.append(name_key("J" + word[1:]))
    if re.search(r"(?<=.)qu(?=[eé])", word):
        keys.append(name_key(re.sub(r"(?<=.)qu(?=[eé])", "k", word)))
    if _SLAVIC_C.search(word):
        keys.append(name_key(_SLAVIC_C.sub("ts", word)))
    if re.match(r"H[a-z]+$", word):
        keys.append(name_key("G" + word[1:].replace("w", "v")))
    if re.search(r"(?<=.)th", word):
        keys.append(name_key(re.sub(r"(?<=.)th", "z", word)))
    if re.search(r"(?<=[aeiou])ly$", word):
        keys.append(name_key(word[:-2] + "y"))
    if _FRENCH_OI.search(anyascii(word)):
        keys.append(name_key(_FRENCH_OI.sub("wa", anyascii(word))))
    keys += [
        name_key(pattern.sub(heard, word))
        for pattern, heard in (
            (_JAPANESE_J, "dz"),
            (_FRENCH_ILL, "y"),
            (_JOINED_KH, "k"),
            (_EW_BEFORE_A_VOWEL, "iu"),
            (_OW_AS_A_VOWEL, "o"),
            (_DUTCH_OE, "u"),
            (_HARD_GU, ""),
            (_DUTCH_EE, "eh"),
        )
        if pattern.search(word)
    ]
    return tuple(dict.fromkeys(keys))


_OW_AS_A_VOWEL = re.compile(r"(?<=[^aeiouyAEIOUY])[Oo]w(?=[^aeiouy]|$)")
"""An English ow before a consonant or at the end, a vowel Russian writes оу or ау
(Barlow = Барлоу, Carrowby = Карроуби, Bowman = Боумен, Brown = Браун), where the key reads
the w as a v; the key of the word stays a key too, for the ow of a Slavic name German spells
with a w (Abenow = Абенов, Dombrowski = Домбровский)."""


_DUTCH_OE = re.compile(r"(?<=[^aeiouyAEIOUY])oe(?=[^aeiouy])")
"""A Dutch oe before a consonant, said u, which Russian writes у (Verhoek = Верхук, Hoekstra
= Хукстра, Koenen = Кунен); English says it otherwise (Joel = Джоэл), which the word's own
key keeps."""


_HARD_GU = re.compile(r"(?<=[Gg])u(?=[eéèêiíî])")
"""The u of a French or Spanish gu before e or i, silent: it keeps the g hard, which Russian
writes г (Marguerite = Маргерит, Guillaume = Гийом, Miguel = Мигель, Guerrero = Герреро);
the key then reads g before e as a soft g on both sides (see _SOFT_G)."""


_DUTCH_EE = re.compile(r"(?<=[^aeiouyAEIOUY])ee(?=[^aeiouy\W])")
"""A Dutch ee between consonants, a long e, which Russian writes е (Kees = Кес, Veenhoven =
Венховен, Meester = Местер): read as German spells a long e, eh (Lehmann = Леман), which no
English ending takes; English says ee as i (Reed = Рид), which the word's own key keeps."""


_EW_BEFORE_A_VOWEL = re.compile(r"(?<![aeiouyAEIOUY])[Ee]w(?=[aeiouy])")
"""An English ew before a vowel, said yu as it is before a consonant (see _ENGLISH_SOUNDS),
which Russian writes ью (Lewis = Льюис, Newell = Ньюэлл, Hewitt = Хьюитт, Dewar = Дьюар,
Renewables = Риньюаблс), where the key reads the w as a v."""


_JOINED_KH = re.compile(r"(?<=[a-z])kh")
"""A k and an h inside a Latin name, which may be the end of one English word and the start
of the next (Oakhurst = Окхерст, Blackhall = Блэкхолл), said k, where the key reads the kh of
a transliteration from Russian as the h Russian writes х (Mikhail = Михаил)."""


_FRENCH_ILL = re.compile(r"(?<=[aeou])ille?$")
"""A French final ill or ille after a vowel other than i, said as a y, which Russian writes й
(Mireille = Мирей, Abeille = Абей), unlike an ille after a consonant (Camille = Камиль)."""


_FRENCH_OI = re.compile(r"(?<=[^aeiouy])oi[sxt]?$")
"""A French final oi, with the silent consonant after it, said wa, which Russian writes уа
(Delacroix = Делакруа, Benoît = Бенуа, Dubois = Дюбуа)."""
_JAPANESE_J = re.compile(r"(?<=[aeioun])j(?=[aeiou])")
"""A j between vowels or after an n, as in a Japanese name, which Russian writes дз by its
convention for Japanese (Kenji = Кэндзи, Fujimoto = Фудзимото)."""


_SLAVIC_C = re.compile(r"(?<=[aeiou])c(?=[aou]|$)")
"""A c after a vowel and before a back vowel or at the end, which the Latin alphabets of
Slavic languages say ts and Russian writes ц (Zorica = Зорица, Ivica = Ивица, Mladic =
Младиц), where English and Spanish say k (Duncan = Дункан)."""


LOOSE_SIMILARITY = 0.75
"""Name keys across scripts this alike in spelling are one name (Halloran = Хэллоран)..."""


CONSONANT_SIMILARITY = 0.7
"""... and their consonants this alike: a transliteration changes vowels more than
consonants (Desroches = Дерош), a changed name its consonants (Varnay -> Варга)."""


def _consonants_alike(one: str, other: str) -> bool:
    """True when the consonants of two name keys are CONSONANT_SIMILARITY alike."""
    a, b = (re.sub(r"[aeiouy]", "", key) for key in (one, other))
    if not a or not b:
        return True
    return max(SequenceMatcher(None, a, b).ratio(), SequenceMatcher(None, b, a).ratio()) >= (
        CONSONANT_SIMILARITY
    )


SKELETON = 5
"""The fewest consonants of a name key whose consonants alone, all kept in order, keep the
name across scripts (see same_skeleton)."""


def same_skeleton(one: str, other: str) -> bool:
    """True when two name keys of SKELETON consonants or more have the same consonants in
    the same order, and lengths two letters apart at most: a transliteration by sound
    changes a name's vowels as the name is said, not as it is spelt (Ambleside = Эмблсайд,
    the silent e of an English compound gone and its i said ai), and keeps its consonants;
    a changed name changes a consonant (Wexby -> Уэкслер)."""
    a, b = (re.sub(r"[aeiouy]", "", key) for key in (one, other))
    return a == b and len(a) >= SKELETON and abs(len(one) - len(other)) <= 2


def same_name(one: str, other: str, *, loose: bool = False) -> bool:
    """True when two name keys are one name, allowing an inflected ending (Фуэнтеса, Abenows).

    `loose` is for a name written in another script: a transliteration follows the
    sound, not the letters (Desroches = Дерош, Arnaud = Арно), so keys this close in
    spelling (LOOSE_SIMILARITY) count as one name. In one script a changed letter is a
    changed name (Kessler -> Keller).
    """
    if one == other or (loose and _devoiced(one) == _devoiced(other)):
        return True
    if loose and len(one) >= 3 and one[:-1] == other[:-1] and {one[-1], other[-1]} <= set("aeiouy"):
        return True  # a case ending in another script: Hanna = Ханны
    if (
        loose
        and min(len(one), len(other)) >= 3
        and (
            _vowels_apart(one, other)  # a vowel transliterated as heard: Ola = Ула
            or (
                SequenceMatcher(None, one, other).ratio() >= LOOSE_SIMILARITY
                and _consonants_alike(one, other)
                and not _consonant_added(one, other)
                and not _consonant_replaced(one, other)
            )
        )
    ):
        return True
    short, long = sorted((one, other), key=len)
    if len(short) >= 5 and long.startswith(short):
        return True  # an adjective of a place: Лондонской, Londoner
    if len(short) < 3 or len(long) - len(short) > 3:
        return False
    common = _common_start(short, long)
    # in another script another ending is another name: Sandell -> Сандберг
    return (
        (not loose or ending_kept(short, long))
        and (common >= max(4, len(short) - 2) or (len(short) == 3 and common == 3))
        and _tails_agree(short[common:], long[common:])
    )


def built_on(one: str, name: str) -> bool:
    """True when a name key of one script is another word built on a name key, not the name:
    the name and BUILT letters or more after it, where a name keeps its spelling but for an
    ending of two letters ("Odegaards", "Corvayer"): "Transportistas" (hauliers) is no
    "Transport" of "Transport Minister Oskar Tirnevik", "Finanzamt" no "Finance"."""
    return one.startswith(name) and len(one) - len(name) >= BUILT


BUILT = 3
"""Letters at least after a name that make a word of the same script another word."""


_VOICELESS = {"b": "p", "d": "t", "g": "k", "v": "f"}


def _devoiced(key: str) -> str:
    """The key with a final voiced consonant made voiceless, as Russian and German say it,
    and an initial v the f of Dutch and German: a name written by ear in another script may
    write it so (Brigid = Бриджит, Ingrid = Ингрит, Vlieger = Флигер, Vogel = Фогель)."""
    return re.sub(r"^v", "f", key[:-1] + _VOICELESS[key[-1]] if key[-1:] in _VOICELESS else key)


def same_person(one: str, other: str, *, loose: bool = False) -> bool:
    """True when two name keys are one person's name: in one script as spelt or with a
    genitive s (Odegaards), since a language that writes the other's letters keeps a name
    as it is; in another script as same_name reads it, with a case ending at most. A word
    that only starts with a name ("Derechos", "Radiodifusión" for Derek, Radio) is another
    word, as a place's adjective is."""
    if not loose:
        return other in {one, f"{one}s"} or one == f"{other}s"
    return same_name(one, other, loose=True) and abs(len(one) - len(other)) <= _PERSON_ENDING


_PERSON_ENDING = 3
"""Letters at most of a case ending on a person's name in another script (Рувеллом)."""


_ENDING_CONSONANTS = re.compile(r"(?:sk|[mgvsn])*")
"""The consonants of an ending as a name key spells it: a case ending's m, g or v (see
_CASE_ENDING), a genitive or plural s, an n, the sk of a Slavic adjective (Marowiens,
Kowalskogo, Abenows; Celvanian = Селванийская)."""


def _tails_agree(one: str, other: str) -> bool:
    """True when what two keys have after their common start has the same consonants, or
    only those of endings (Maresca = Mareski, Marovia = Marowiens): a name keeps its
    consonant skeleton, so a key that goes on with others is another word (Wexby -> Уэкслер,
    German "Preise" for Prasko). A t before an s is the s the key reads a ts as (Fuentes =
    Фуэнтеса: fuens, fuentesa)."""
    a, b = (re.sub(r"[aeiouy]", "", tail).replace("ts", "s") for tail in (one, other))
    return a == b or all(_ENDING_CONSONANTS.fullmatch(tail) for tail in (a, b))


STEM_KEY = 4
"""The fewest letters of the key of a stem an ending is taken from: a shorter one (Hald for
Halder) is no name of its own."""


def stems(word: str, endings: tuple[str, ...]) -> frozenset[str]:
    """The name keys of a word and of each stem it has before one of its language's
    `endings` (see Profile.name_endings, place_endings): Marowier = marov + ier, Transportes =
    transport + es. Two words with a stem key in common are one name with endings of their
    languages: the tail after the shared stem is an ending, whatever its consonants."""
    lowered = re.sub(r"['’]s$", "", word).lower()
    found = {name_key(word)}
    for ending in endings:
        if lowered.endswith(ending) and len(lowered) > len(ending):
            stem = name_key(lowered[: -len(ending)])
            if len(stem) >= STEM_KEY:
                found.add(stem)
    return frozenset(found)


_ONE_SOUND = ("skzj", "kgq", "vfbp", "td", "mn")
"""Consonants of a name key a transliteration may write for one another: sounds alike in
where and how they are said (a voiced and a voiceless one: Brigid = Бриджит; s and z;
k, g and the h a key drops: Helga = Хельга)."""


def _consonant_replaced(one: str, other: str) -> bool:
    """True when a consonant of one key stands where the other has a consonant of another
    sound: a transliteration follows the sound, so it changes a letter only for one said
    alike (see _ONE_SOUND); Petrescu -> Петренко, Varnay -> Варга are other names. The last
    consonant is left to the checks of endings: a plural's t or s (Democrats = демократы)."""
    a, b = (re.sub(r"[aeiouy]", "", key) for key in (one, other))
    return any(
        tag == "replace"
        and i2 - i1 == j2 - j1
        and i2 < len(a)
        and j2 < len(b)
        and not all(_one_sound(x, y) for x, y in zip(a[i1:i2], b[j1:j2], strict=True))
        for tag, i1, i2, j1, j2 in SequenceMatcher(None, a, b, autojunk=False).get_opcodes()
    )


def _one_sound(x: str, y: str) -> bool:
    return any(x in group and y in group for group in _ONE_SOUND)


def _consonant_added(one: str, other: str) -> bool:
    """True when the second key has every consonant of the first and one more after them,
    not the m, g or v of a case ending (see _CASE_ENDING): a transliteration drops silent
    letters (Arnaud = Арно) but adds none, so Oberwinkel -> Обервинклер, Morrisey ->
    Моррисон are other names."""
    a, b = (re.sub(r"[aeiouy]", "", key) for key in (one, other))
    return len(b) > len(a) and b.startswith(a) and not re.fullmatch(r"[mgv]", b[len(a) :])


def another_person(a_word: str, b_key: str) -> bool:
    """True when a person's name keeps A's letters but changes the name: a said consonant
    dropped (see said_consonant_dropped) or a Slavic surname suffix added (see
    suffix_added)."""
    return said_consonant_dropped(a_word, b_key) or suffix_added(name_key(a_word), b_key)


_SURNAME_SUFFIX = re.compile(r"(?:ov|ev|in)[aeiouy]*[mg]?[aeiouy]*")
"""A Slavic surname's suffix, with a case ending or a woman's after it, as a key spells it
(-ова, -ев, -ину, -овой)."""


def suffix_added(a_key: str, b_key: str) -> bool:
    """True when B's key is A's, which ends in a consonant, with a Slavic surname suffix
    after it (Vostan -> Востанова): another surname, made Russian. A case ending of a name
    that ends in a consonant is a vowel with at most an m (Востана, Востаном); the suffix
    of a name that has it is A's (Ivanov = Иванова)."""
    return (
        len(a_key) >= 3
        and a_key[-1] not in "aeiouy"
        and b_key.startswith(a_key)
        and _SURNAME_SUFFIX.fullmatch(b_key[len(a_key) :]) is not None
    )


def said_consonant_dropped(a_word: str, b_key: str) -> bool:
    """True when a person's name in another script lacks the last consonant of A's key, the
    second of two, where A writes a vowel after it (Rinde -> Ринне, Lavandre -> Лаванд): a
    letter before a written vowel is said, and a transliteration drops only a silent letter,
    which a final written consonant may be (Arnaud = Арно, Delmont = Дельмон, Deschamps =
    Дешан), or one a key reads from a vowel's spelling (Mireille = Мирей)."""
    a_key = name_key(a_word)
    a, b = (re.sub(r"[aeiouy]", "", key) for key in (a_key, b_key))
    return (
        len(b) == len(a) - 1
        and a.startswith(b)
        and re.search(r"[^aeiouy]{2}$", a_key) is not None
        and re.search(r"[aeiouy]$", anyascii(a_word).lower()) is not None
    )


def _common_start(one: str, other: str) -> int:
    """How many letters two keys share from the start."""
    common = 0
    for x, y in zip(one, other, strict=False):
        if x != y:
            break
        common += 1
    return common


def ending_kept(one: str, other: str) -> bool:
    """False when two name keys part before the end of the shorter one by more than a case
    ending (see _an_ending): in another script, where a transliteration keeps the stem of
    a name and only inflects it, that is another name."""
    short, long = sorted((one, other), key=len)
    common = _common_start(short, long)
    return common == len(short) or _an_ending(short[common:], long[common:])


_CASE_ENDING = re.compile(r"[aeiouy]*[mgv]?[aeiouy]*")
"""A case ending as a name key spells it: vowels, with at most one m, g or v among them
(Марески, Кинтеры, Окафором, Ковальского)."""


def _an_ending(one: str, other: str) -> bool:
    """True when two keys that part at the end differ by a case ending only: the last
    vowels of a name inflected (Maresca = Марески, Kowalski = Ковальского); a consonant
    there is another name (Sandell -> Сандберг, Korhaug -> Корхонен, Arbel -> Арбенин)."""
    return bool(re.fullmatch(r"[aeiouy]+", one) and _CASE_ENDING.fullmatch(other))


def _vowels_apart(one: str, other: str) -> bool:
    """True when two name keys differ only where one has a u and the other an o or an a:
    a transliteration follows the sound (a Nordic o is said u: Ola = Ула, Jorunn = Юрунн;
    the key reads an English short u as a, Hunter = Хантер), and keeps every consonant
    (Holm -> Helm is another name)."""
    return len(one) == len(other) and all(
        x == y or {x, y} in ({"o", "u"}, {"a", "u"}) for x, y in zip(one, other, strict=True)
    )


def spelt_alike(a_key: str, b_key: str) -> bool:
    """True when a person's name written in one script is kept by a translation in the same
    script: the same key (Welitschko = Velichko), or the key with an ending of up to two
    letters added (German "Abenows"; a word of a title read as a name, "Recursos Marinos").

    Translators in a shared alphabet copy a person's name; a same_name match that is not
    this (Kowalski -> Kowalczyk, Vostrik -> Vostrak, Pelloux -> Pellou) is another name.
    """
    return b_key.startswith(a_key) and len(b_key) - len(a_key) <= 2


_EVERY = frozenset({"de", "en", "es", "fr"})
_TRANSLITERATED = (
    (r"tsch|sch", "ch", frozenset({"de"})), (r"tch(?![eiy])|sh", "ch", _EVERY - {"de"}),
    (r"w", "v", _EVERY), (r"ou", "u", frozenset({"fr"})), (r"[jy]", "i", _EVERY),
    (r"z", "s", _EVERY), (r"kh", "h", _EVERY), (r"^ch(?=[^aeiouy])", "h", frozenset({"de"})),
    (r"^i(?=[aeou])", "i", _EVERY),
)  # fmt: skip
"""The letters two Latin alphabets write one sound of a third one with (Welitschko =
Velitchko, Abenow = Abenov, Jaroslaw = Iaroslav = Yaroslav, Morosowa = Morozova, Nourlan =
Nurlan, Chmelko = Khmelko): the only differences a translator's copy of a name may have,
each with the languages that write it (German sch and tsch, French ou: a French "Marsch"
for an English "Marsh" is a misspelling, not a transliteration)."""


@cache
def letters(word: str, languages: frozenset[str] = _EVERY) -> str:
    """A person's name as its letters, with only the transliteration alternatives above made
    one, those that one of `languages` (the pair's) writes: doubled letters, ck, ey / ai
    stay (Tilbrook is not Tillbrock, Faltermeyer not Faltermaier), as a translator copies a
    name in a shared alphabet letter for letter."""
    latin = re.sub(r"[^a-z]", "", anyascii(re.sub(r"['’]s$", "", word.lower())).lower())
    for pattern, sound, written in _TRANSLITERATED:
        if written & languages or not languages & _EVERY:
            latin = re.sub(pattern, sound, latin)
    return latin


def copied(a_letters: str, b_letters: str) -> bool:
    """True when B's letters (see `letters`) copy A's, with at most a case ending of vowels
    or s, which may replace a final e (German "Abenows", Spanish "Marinos" for "Marine"),
    never another consonant (Oberlan -> Oberland). A final e dropped with no ending in its
    place is another spelling of the name, not a copy (Quarrie -> Quarry)."""
    if b_letters.startswith(a_letters) and re.fullmatch(
        r"[aeious]{0,2}", b_letters[len(a_letters) :]
    ):
        return True
    stem = a_letters[:-1]
    return (
        a_letters.endswith("e")
        and b_letters.startswith(stem)
        and re.fullmatch(r"[aeious]{1,2}", b_letters[len(stem) :]) is not None
    )


def first_name_kept(a_key: str, b_key: str, *, a_h: bool = False) -> bool:
    """True when a first name written in another script keeps every consonant of A's, with
    at most a case ending in m (Marta = Марты, Rolf = Рольфом; Marta -> Мария, Lorna -> Лора
    are other names). A first name has a conventional form in each language, so the loose
    match of same_name, which lets a transliteration drop a silent letter, reads too much
    into it. A longer B key (a name joined with the next one) is judged as before.
    `a_h` when A's name starts with an h, which the key leaves out and Russian writes as a
    г in a name handed down (Harriet = Гарриет, Hamlet = Гамлет; Hugo = Хьюго: its own g).
    Russian keeps the o of a first name as it keeps its consonants (Rolf = Рольф, Donald =
    Дональд), so an a for it is another name (Rolf -> Ральф)."""
    if len(b_key) > len(a_key) + 3:
        return True
    a, b = (re.sub(r"[aeiouy]", "", _devoiced(key)) for key in (a_key, b_key))
    if a_h and b.startswith("g") and b[1:] in (a, a + "m"):
        b = b[1:]
    vowels = {m.group() for m in (re.search(r"[aeiouy]", key) for key in (a_key, b_key)) if m}
    return b in (a, a + "m") and vowels != {"a", "o"}
