"""French: the words the cross-language rules read."""

from __future__ import annotations

from driftcheck.findings.lexicon import word_list
from driftcheck.findings.profiles import Profile

_AUXILIARY = (
    r"(?:a|ont|avait|avaient)"
    r"(?: (?:\w+ment|toutefois|également|aussi|déjà|encore|pourtant|cependant|ensuite|enfin"
    r"|alors|toujours|néanmoins|d['’]ailleurs|par ailleurs|en outre|de son côté"
    r"|pour sa part))?"
)
"""The auxiliary of a compound past, and an adverb French puts between it and the participle
("a toutefois indiqué", "ont également déclaré"); not a negation's "pas" or "jamais" (a
report not made) nor the passive's "été"."""

PROFILE = Profile(
    code="fr",
    negation=(
        # "non-" opens a noun of absence, one word: "le point de non-retour", "le non-paiement"
        # nor "heures non payées", "revenus non déclarés": "non" before a participle is the
        # negative prefix another language writes (unpaid, unbezahlt); before an adjective
        # it negates as "not" does ("plaider non coupable": plead not guilty), but not before
        # an adjective of relation, which takes the prefix "non-" in English and Russian
        # ("pièges non létaux", "organisation non gouvernementale": non-lethal,
        # нелетальные); before a function word that only looks like one ("et non au manque
        # de", "non du", "non sous") it sets one thing against another
        r"ne|n['’]|non(?!-)"
        r"(?! (?!(?:plus|au|du|lui|nous|vous|tous|sous)\b)"
        r"[^\W\d_]+(?:ée?s?|ie?s?|ise?s?|ue?s?|ite?s?|erte?s?"
        r"|[^\W\d_]{2}(?:aux|ales?|els?|elles?|iques?|aires?))\b)"
        r"|aucun|aucune|ni|personne ne|ni(?:e|é|ait|aient|er)|dément\w*|démenti\w*"
        r"|inconnu\w*|peu probable|(?:a |ont |avait |avaient )?refus\w* d(?:e|['’])"
        r"|à moins qu(?:e|['’])"
        r"|refusée? à tout|par la négative"  # "s'est refusé à tout commentaire"
        r"|ignor(?:e|ent|ait|aient) (?:encore )?(?:qui|quand|où|comment|pourquoi|si|combien|ce)"
        r"|indemnes?|sain(?:e|s|es)? et sau(?:f|fs|ve|ves)"  # a negation in a word: not hurt
        r"|sans (?:l['’]|les? |la )?\w+(?:er|ir|re)"  # a negated action: "sans obtenir de réponse"
        # but the nouns that look like one: "utilisés sans danger" (safely), "sans encombre"
        r"(?<!danger)(?<!encombre)(?<!frontière)(?<!avenir)(?<!plaisir)(?<!ordre)(?<!titre)"
        r"|pas(?= d(?:e\b|['’]))"  # "no X" without its "ne": "sans abeilles, pas de récolte"
        # "not X" set against what comes before, without its "ne": "des mesures ciblées, pas
        # une interdiction", "mais pas pour tous"
        r"|(?:(?<=^)|(?<=^ )|(?<=[,;:(] )|(?<=\bet )|(?<=\bmais ))pas(?= (?:une?|les?|la|l['’]"
        r"|des|du|au|aux|à|ce|cet|cette|ces|sa|son|ses|leurs?|notre|nos|votre|vos|pour|en|dans"
        r"|sur|avec|par|contre)\b)"
        r"|faute de"  # for lack of: "faute de pouvoir l'abreuver" (because they cannot water it)
        r"|trop tôt pour"  # too early to: cannot yet
        # to reject a claim is to deny it: "a rejeté les accusations selon lesquelles"
        r"|(?:rejet|rejett|contest)\w* (?:les? |la |l['’]|ces |cette |ce |cet )?(?:accusations?"
        r"|allégations?|affirmations?|suggestions?|version|informations?|soupçons?|rumeurs?"
        r"|assertions?|hypothèses?|craintes?)"
    ),
    not_negation=(
        # a source's anonymity (see en): "qui a demandé à ne pas être nommé"
        r"\bpas être (?:nommé|identifié|cité)e?s?\b|"
        # an expletive "ne" ("que" whole or elided), where no "ne" before it negates the
        # clause: "tant que le litige ne sera pas réglé" = "until the dispute is settled"
        r"^(?:(?!\bn(?:e\b|['’])).)*\b(?:tant|avant|sans|de (?:peur|crainte)) qu(?:e\b|['’])"
        # ... and a comparison's: "davantage d'appareils que ne l'a constaté l'audit" = "more
        # machines than the audit found"; no other negation before it, none completing it
        r"|^(?:(?!\bn(?:e\b|['’])).)*\b(?:plus|moins|davantage|mieux|pire|autre(?:ment)?"
        r"|meilleure?s?|supérieure?s?|inférieure?s?)\b[^,;]{0,60}\bqu(?:e\s+|['’])(?:\w+\s+)?"
        r"n(?:e\b|['’])(?![^,;]*\b(?:pas|jamais|plus|rien|aucune?|personne|guère|point|que)\b)"
        # a chance not missed is seized (litotes): "ne manque jamais une occasion"
        r"|\bn(?:e\b|['’])\s*(?:\w+ )?(?:manqu|rat|laiss)\w* (?:pas|jamais|aucune) (?:\w+ ){0,2}"
        r"(?:occasion|chance|opportunité)\w*"
        # ... after a verb of fearing or preventing: "craindre qu'elle n'encourage"
        r"|\b(?:crai(?:n|gn)\w*|redout\w*|appréhend\w*|évit\w*|empêch\w*|peur) qu(?:e\b|['’])"
        r"[^,;]*?\bn(?:e\b|['’])(?![^,;]*\b(?:pas|jamais|plus|rien|aucune?|personne|guère|point)\b)"
        r"|\bnon seulement\b|\bpresque (?:personne|rien|aucune?)\b"
        # "ni" joins the nouns of a "sans": "sans lait ni pain" (without milk or bread)
        r"|^(?!.*\b(?:ne|n['’]|jamais|aucune?|personne|rien)(?:\b|(?<=['’])))"
        r".*\bsans (?!\w+(?:er|ir|re)\b)[^,;]{0,40}\bni\b"
        # a negative word inside a "sans" phrase is concord with it: "sans pression d'aucune
        # des parties" = "without pressure from either side", no negation of the clause
        r"|^(?!.*\b(?:ne|n['’]|jamais|aucune?|personne|rien|ni)(?:\b|(?<=['’])).*\bsans\b)"
        r".*\bsans (?!\w+(?:er|ir|re)\b)[^,;]{0,40}\b(?:aucune?|personne|rien)\b"
        r"(?!.*\b(?:ne|n['’]|jamais|aucune?|personne|rien|ni)(?:\b|(?<=['’])))"
        # "ne ... que" is "only" ("n'a reçu que 190 millimètres"), but where a negative
        # subject before it is the negation ("personne ne sait que", "aucun élu n'a dit que")
        # or the "que" opens a clause ("ce que")
        r"|^(?:(?!\b(?:personne|rien|aucune?|nul(?:le)?)\b).)*?\bn(?:e\b|['’])"
        r"(?:(?!\bpas\b|\bjamais\b|\bplus\b|\brien\b|\baucune?\b|\bpersonne\b|\bni\b).)*"
        r"(?<!\bce )\bqu(?:['’]|e\b)|\b(?:que|comme) jamais\b|\bpas moins de\b"
        r"|\bou (?:non|pas)\b"  # whether or not
        # a stop negated is going on (litotes): "ne cesse de demander", "n'arrête pas de"
        r"|\bn(?:e\b|['’])\s*(?:\w+ )?(?:cess|arrêt)\w* (?:pas |jamais |plus )?d(?:e\b|['’])"
        # a negation of a whole is a part: "pas entièrement recensés" = undercounted
        r"|\bpas (?:entièrement|complètement|totalement|intégralement)\b"
        r"|\b(?:pas même|même pas) (?:la moitié|le tiers|le quart|\d)"  # less than half
        # after "avant de" a negative word is "anything", no negation: "avant de rien
        # annoncer" = "before anything is announced"
        r"|^(?!.*\bn(?:e\b|['’])).*\bavant d(?:e\b|['’])[^,;]{0,40}\b(?:rien|personne|jamais)\b"
        r"|\bn(?:e\b|['’])(?:(?!\bpas\b|\bjamais\b|\bplus\b|\brien\b).)*\bguère\b"  # hardly
        # a bound: "de ne pas stocker plus de 20 litres", "pas plus que l'inflation"
        r"|\bpas plus (?:de|que|qu['’])|\bne pas \S+ plus de\b"
        # ... with its verb between: "ne pourra pas transporter plus de 400" = "at most 400"
        r"|\bn(?:e |['’])\S+ pas (?:\S+ ){0,2}(?:plus|moins) de(?=\s[^,;]{0,15}\d)"
        r"|\bn(?:e |['’])\S+ plus qu(?:e|['’])"  # "ne contenait plus que": only ... left
        r"|\bce qui n['’](?:a|avait) pas (?:fonctionné|marché)"  # what went wrong
        r"|\b(?:plus|moins|mieux|pire)\b[^,;]{0,60}\bqu['’](?:il|elle|ils|elles|on) n['’e]"
    ),
    hedge=(
        # not sure (a person's doubt; "n'est pas sûr" alone is also "not safe")
        r"ne (?:suis|sommes|étais|étions) pas (?:tout à fait |très |vraiment )?sûr\w*"
        r"|pas (?:tout à fait |très |vraiment )?sûr\w* (?:que|de)\b"
        r"|(?:selon|d['’]après) (?:des |certaines |plusieurs |de premières )?informations"
        r"|(?:selon|d['’]après) (?:certaines|plusieurs) sources|apparemment|présumé\w*"
        r"|prétendu\w*|probablement|vraisemblablement|sans doute|peut-être"
        r"|(?<!\bne )pourr(?!i[rs])\w*"  # "ne pourra plus payer": will no longer be able to
        # the verb, not the noun after a determiner ("assume tout le risque de retard"), and
        # its participle: "les patients risquant de se précipiter" (patients may rush)
        r"|susceptible\w*|(?<!\ble )(?<!\bun )(?<!\bdu )(?<!\bau )(?<!\bce )"
        r"risqu(?:e(?!s\b)|ai|ant)\w* d(?:e|['’])|sembl(?:e|ent|ait|aient|ant|é)"
        r"|paraît|soupçonn\w*|peu probable|peu de chances?"  # unlikely
        r"|(?:im)?probables?|devrait|devraient"  # the adjective and its negative, as en lists them
    ),
    soft_hedge=(
        # a conditional, not a noun or adjective in -rais/-rait (frais, vrais, marais, retrait)
        r"(?!(?:f|v|ma)rais\b|(?:re|por|at|ex|dis|abs|sous)?traits?\b)\w+rai(?:t|ent|s)"
        r"|\w+r(?:ai|i)ons|devr\w+|s['’]attend\w*|prévu\w*|possible\w*|environ"
        r"|attendu(?:e|s|es)?"  # the participle, as English lists "expected"
        r"|quelque|pourr(?!i[rs])\w+|prévoi\w+|prévoy\w+"
        r"|compt(?:e|ent|ait|aient|er)"  # "a dit compter déposer": said it expected to file
        r"|s['’]annon(?:ce|cent|çait|çaient)"  # "la récolte s'annonce bonne": is expected to be
        # "il doit livrer": is expected to deliver; the modal is followed by its infinitive,
        # "l'entreprise doit 38 millions d'euros" owes
        r"|(?:doi(?:t|vent)|devai(?:t|ent))(?= (?:\S+ ){0,2}?(?:\w+['’])?\w+(?:er|ir|re|oir)\b)"
        r"|pouvoir|peu(?:x|t|vent)|pouv(?:ons|ez|ions|iez|ais|ait|aient|ant)"  # can, cannot
        r"|pu|puiss\w+"  # its participle and subjunctive: "avaient pu se voir couper"
        # (may have had)
        r"|encour(?!ag)\w+"  # "encourt une amende": could face a fine (not "encourager")
        r"|estimation\w*"  # "selon leurs estimations": estimated
        r"|estimée?s?"  # the participle, as English lists "estimated" (not "estimate")
        r"|crai(?:n|gn)\w*"  # a fear renders a possibility: "faisant craindre une rupture"
        r"|risques?|danger"  # so does a risk: "le risque d'une rupture" (the dam could burst)
        # (raising fears that it could give way)
        r"|éventuel\w*"  # the adjective renders "possibly": "un lien éventuel" (possibly linked)
        r"|soupçons?"  # a suspicion renders "suspected": "leurs soupçons" (what they suspected)
    ),
    # the words of each kind that hedges, whether they hedge here or not (Profile.hedge_kinds)
    # a thing stated as certain: a "would" beside it hedges nothing (Profile.certainty)
    certainty=(
        r"sûrement|certainement|assurément|à coup sûr|sans aucun doute|inévitablement"
        r"|immanquablement"
    ),
    hedge_kinds={
        "can": r"pouv\w*|peu[xt]|peuvent|pourr(?!i[rs])\w*|pu|puiss\w+|possibl\w*|éventuel\w*",
        "expect": (
            r"s['’]attend\w*|attendu\w*|prévu\w*|prévoi\w+|prévoy\w+|prévision\w*|envisag\w+"
            r"|planifi\w*|pronostic\w*"
        ),
        "estimate": r"estim\w+",
        "risk": r"risqu\w*|danger\w*|crain\w*|craign\w*|menac\w*|peur",
        "likely": r"(?:im)?probabl\w*|vraisemblabl\w*|sans doute",
        # the conditional, but "pourrait", "devrait" (can, expect)
        "would": r"(?!pourr|devr|(?:re|por|at|ex|dis|abs|sous)?traits?\b)\w+rai(?:t|ent)",
    },
    complement=r"que|qu['’]",  # "il est prévu que ... et que ...": a hedge for each
    # a hedge of hearsay (Profile.evidential); the conditional that reports is read apart
    evidential=(
        r"selon (?:\S+ ){0,4}?(?:informations?|sources?|médias|presse|rapports?|rumeurs?)"
        r"|d['’]après (?:\S+ ){0,4}?(?:informations?|sources?|médias|presse|rapports?)"
        r"|prétendu\w*|présum[ée]\w*|apparemment|semble-t-il|paraît-il|dit-on|de source \w+"
        r"|(?:aur|ser)ai(?:t|ent)"  # the past conditional: "dont beaucoup auraient perdu"
    ),
    attribution=(
        rf"{_AUXILIARY} (?:déclaré|dit|affirmé|indiqué|expliqué|ajouté|annoncé|souligné"
        r"|précisé|estimé|assuré|averti|confirmé|reconnu|répondu|qualifié|critiqué)|selon|d['’]après"
        r"|déclare|affirme|dit|indique|explique|estime|citant|cité par|cités par|à en croire"
        r"|aux dires d(?:e|u|es)"
        # the present's plural and more past participles ("les éleveurs disent")
        r"|disent|déclarent|affirment|indiquent|expliquent|assurent|soulignent|précisent"
        r"|assure|souligne|ajoute|prévient|insiste|rapporte|reconnaît"
        rf"|{_AUXILIARY} (?:rapporté|fait savoir|prévenu|insisté|martelé|relevé|noté"
        r"|signalé|écrit|admis|ajouté)"
        r"|a-t-(?:il|elle) (?:dit|déclaré|ajouté|affirmé)"
        r"|a déclaré|dans un communiqué|a-t-il|a-t-elle"
    ),
    speaker_sources={
        # a public body's office or service, a body's management: a source as a speaker
        "office": "office", "service": "service", "services": "service",
        "département": "department", "mairie": "municipality", "municipalité": "municipality",
        # a "direction" runs a firm, or is a department of an administration ("la direction
        # de l'Éducation de la ville": the city's Education Department)
        "direction": "directorate", "consortium": "consortium",
        "constructeur": "firm", "fabricant": "firm", "bourse": "firm", "hôpital": "hospital",
        "avocats": "people", "juristes": "people", "experts": "people", "habitants": "people",
        "riverains": "people", "hôteliers": "people", "économistes": "people",
        "chercheurs": "people", "scientifiques": "people", "agriculteurs": "people",
        "parquet": "prosecution", "procureur": "prosecution", "procureure": "prosecution",
        "procureurs": "prosecution", "ministère public": "prosecution",
        "cour des comptes": "audit", "auditeur": "audit", "d'audit": "audit",
        "association": "association", "fédération": "association",
        "coopérative": "association",  # a body of members
        "institut": "institute", "université": "institute", "observatoire": "institute",
        "documents": "document", "document": "document",
    },
    source_markers=(
        r"selon|d['’]après|de l['’]avis d(?:e|u|es)|citant|cités? par|à en croire"
        r"|aux dires d(?:e|u|es)"
    ),
    speaker_verbs=(
        r"estim(?:ent|ait|aient)|calcul(?:e|ent)|raconte|déplore|nie|nient|dément|démentent"
        rf"|{_AUXILIARY} (?:calculé|raconté|déploré|commenté|nié|démenti|regretté"
        # a demand: "le parti a réclamé une enquête", "la maire a demandé une enquête"
        r"|conclu|constaté|réclamé|exigé|demandé|sollicité|appelé à)"
    ),
    indefinite=r"une?",
    agent=r"par",
    evidence=(
        r"estimations?|chiffres|données|études?|rapports?|calculs|enquêtes?|sondages?|modèles?"
        r"|analyses?|bilan|décompte"
    ),
    roles={
        "capitaine": "captain", "commissaire": "commissioner", "inspecteur": "inspector",
        "inspectrice": "inspector", "général": "general", "professeur": "professor",
        "professeure": "professor", "sénateur": "senator", "sénatrice": "senator",
        "chancelier": "chancellor", "chancelière": "chancellor", "sergent": "sergeant",
        "ambassadeur": "ambassador", "ambassadrice": "ambassador", "amiral": "admiral",
        "lieutenant": "lieutenant", "commandant": "commander", "secrétaire": "secretary",
        "porte-parole": "spokesman", "président": "president", "présidente": "president",
        "directeur général": "chief executive", "directrice générale": "chief executive",
        "pdg": "chief executive", "ministre": "minister", "gouverneur": "governor",
        "gouverneure": "governor", "maire": "mayor", "directeur": "director", "colonel": "colonel",
        "directrice": "director", "juge": "judge", "procureur": "prosecutor",
        "procureure": "prosecutor", "parquet": "prosecutor", "dirigeant": "leader",
        "dirigeante": "leader", "chef": "chief", "responsable": "chief", "analyste": "analyst",
        "ingénieur": "engineer", "avocat": "lawyer", "avocate": "lawyer",
        "représentant": "representative", "représentante": "representative",
    },
    sources={
        "police": "police", "musée": "museum", "entreprise": "company", "société": "company",
        "groupe": "company", "syndicat": "union", "ministère": "ministry",
        "gouvernement": "government", "autorité": "authority", "agence": "agency",
        "régulateur": "regulator", "cour des comptes": "authority",
        "tribunal": "court", "compagnie": "airline",
        "banque": "bank", "enquêteurs": "investigators", "ingénieurs": "engineer",
        # "proches du dossier" are insiders, "des proches de donneurs" relatives
        "proches du": "insiders", "proches des": "insiders", "proches de la": "insiders",
        "proches de l'": "insiders", "proches de l’": "insiders",
        "sources": "insiders", "témoins": "witnesses",
        "sources officielles": "officials", "source officielle": "officials",
        "fédération": "organisation", "association": "organisation", "conseil": "organisation",
        "commission": "organisation", "analystes": "analyst", "assureur": "insurer",
        "assureurs": "insurer", "journal": "media", "médias": "media",
        "patronat": "employers", "employeurs": "employers", "opposition": "opposition",
        "opérateur": "company", "exploitant": "company",
    },
    number_words={
        "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7, "huit": 8,
        "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "quinze": 15, "vingt": 20,
        "trente": 30, "quarante": 40, "quarantaine": 40, "cinquante": 50, "soixante": 60,
        "soixante-dix": 70, "quatre-vingts": 80, "quatre-vingt": 80, "quatre-vingt-dix": 90,
        "cent": 100,
        # a round number about which (une vingtaine = about 20): the -aine of a number
        "huitaine": 8, "dizaine": 10, "quinzaine": 15, "vingtaine": 20, "trentaine": 30,
        "cinquantaine": 50, "soixantaine": 60, "centaine": 100,
        "treize": 13, "quatorze": 14, "seize": 16, "cents": 100,
    },
    number_like={
        "premier": 1, "première": 1, "deuxième": 2, "second": 2,
        "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5,
        "sixième": 6, "septième": 7, "huitième": 8, "neuvième": 9, "dixième": 10,
        "onzième": 11, "douzième": 12, "vingtième": 20, "centième": 100, "couple": 2,
        "midi": 12,  # twelve o'clock
        "minuit": 24,  # "24 h", "0 h"
    },
    count_nouns={"décennie": 10, "douzaine": 12},
    approximate={"dizaines": 10, "douzaines": 10, "centaines": 100, "milliers": 1000},
    number_joiner="et",
    and_a_half=r"et demie?",
    share_of=r"sur",
    share_one=r"une?",
    rates=(
        (r"par heure|de l['’]heure|à l['’]heure", "hour"),
        (r"par jour|chaque jour|quotidien\w*|journalier\w*", "day"),
        (r"par semaine|chaque semaine|hebdomadaire\w*", "week"),
        (r"par mois|chaque mois|mensuel\w*", "month"),
        (
            r"par an|par année|chaque année|annuel\w*|l['’]an(?! \d)(?! (?:dernier|"
            r"prochain|passé)\b)",
            "year",
        ),
    ),
    durations=(
        (r"jours?|journées?", "day", 1), (r"semaines?", "day", 7), (r"quinzaines?", "day", 14),
        (r"mois", "month", 1), (r"ans|an|années?", "month", 12),
        (r"demi-heures?", "minute", 30), (r"quarts? d['’]heure", "minute", 15),
        (r"heures?", "minute", 60), (r"minutes?", "minute", 1),
    ),
    days=r"jours?|journées?",
    half_of=r"demi",
    weeks_in_days={"huit jours": 7, "quinze jours": 14},
    week_runs=(
        (r"en semaine|jours? (?:ouvrables?|ouvrés?|de (?:la )?semaine)", 0, 4),
        (r"week-ends?|fins? de semaine", 5, 6),
    ),
    fractions={"moitié": 2, "tiers": 3, "quart": 4, "quarts": 4, "cinquième": 5,
               "cinquièmes": 5, "dixième": 10, "dixièmes": 10},
    afternoon=r"(?:heures? )?(?:du soir|de l['’]après-midi)",
    scales={"mille": 3, "million": 6, "millions": 6, "milliard": 9, "milliards": 9,
            "mrd": 9, "billion": 12, "billions": 12, "millier": 3, "milliers": 3},
    units={"%": "%", "pour cent": "%", "points de base": "bp", "point de base": "bp",
           "mètres": "m", "kilomètres": "km", "tonnes": "t", "heures": "h"},
    currencies={"euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD",
                "livre": "GBP", "livres": "GBP", "tenge": "KZT", "roubles": "RUB"},
    negation_partner=r"pas|jamais|plus|rien|guère|point",
    negation_continued=r"ni|non plus",  # nor: "..., moi non plus"
    relative=r"qui|dont|où|(?:le|la|les|aux|au)quel(?:le)?s?",  # "La banque, qui ne peut ..."
    condition=r"si|s['’](?=ils?\b)",
    # a verb of saying or knowing and the question word after it: "n'a pas dit comment il
    # voterait" (has not said how he will vote) asks, and its conditional reports nothing
    indirect_question=(
        r"(?:dit|dire|précisé|préciser|indiqué|indiquer|expliqué|expliquer|su|sait|savoir"
        r"|demandé|décidé|décider|clair) (?:comment|pourquoi|quand|où|combien)"
    ),
    purpose=r"(?:pour|afin) qu(?:e|['’])|afin de",
    approximators=r"environ|quelque|près de|autour de",
    quotes=(("«", "»"), ("“", "”"), ('"', '"'), ("‹", "›")),
    stopwords=frozenset(word_list(
        """le la les l un une des du de d au aux et ou mais donc car ni que qu qui quoi dont
        où en dans sur sous par pour avec sans chez entre vers depuis pendant selon après avant
        il elle ils elles on nous vous je tu son sa ses leur leurs notre nos votre vos ce cet
        cette ces celui celle ceux celles y ne pas plus aussi déjà encore très tout tous toute
        toutes si comme lors alors ainsi cependant toutefois mardi lundi"""
    )),
    # the third person, not a noun or adjective in -rait (retrait, portrait)
    # "si" + imparfait or plus-que-parfait: "si le couvre-feu était maintenu", "s'il pleuvait"
    unreal_condition=r"(?:si|s['’]ils?) (?:\S+ ){0,4}?(?!(?:f|l|tr)ait\b)\w+(?:ait|aient)",
    reporting_conditional=r"(?!(?:re|por|at|ex|dis|abs|sous)?traits?\b)\w+rai(?:t|ent)",
    speech_future=r"(?!(?:re|por|at|ex|dis|abs|sous)?traits?\b)\w+rai(?:t|ent)",
    speech_that=r"que|qu['’]",  # "a dit que": a conditional after it is a "would"
    # after these, a conditional is reported speech, a hypothesis or a relative clause's
    hearsay_after=r"que|qu['’]|qui|si|s['’]|dont|où|lorsque|quand|comme|comment|pourquoi",
    time_limit=r"tant que|jusqu['’]à|tant qu['’]|à moins qu(?:e|['’])",
    time_bound=r"avant|tant que|tant qu['’]|jusqu['’](?:à|au|aux)",
    without=r"sans",
    only_then=r"seulement|qu['’](?:à|au|aux|en|après|lorsqu)|au plus tôt",
    contrast=r"au lieu d[eu'’]|plutôt que|et non|mais non|non (?:pas )?(?:\w+ )?\w+,? mais",
    # the affirmative a negation word leaves when it is taken out (see Profile.affirmatives)
    affirmatives={"personne ne": "quelqu'un", "aucun": "un", "aucune": "une"},
    polarity={
        # deny / admit; refuse / agree; reject / accept; rule out (its opposite: consider)
        "assent": (
            r"ni(?:e|é|ée|ées|és|ait|aient|er|ent)|dément\w*|démenti\w*|rejet\w*|rejett\w*"
            r"|contest\w*|réfut\w*|refus\w*|exclu(?:t|e|es|s|ent|ait|aient|re)?|en désaccord"
            r"|s['’](?:y )?oppos\w*|opposée?s? à",  # against: opposed
            r"reconn(?:u|ue|us|ues|aît|aissent|ait|aissait|aître)|admi(?:s|t|se|ttent|ttait)"
            r"|avou\w*|confirm\w*|accept\w*|concéd\w*|prêt(?:e|s|es)? à|dispos(?:é|ée|és|ées) à"
            r"|envisag\w*|d['’]accord",
        ),
        "success": (
            r"échou\w*|incapables?",
            r"réussi\w*|réussit|parv(?:enu|enue|enus|iennent|ient|enait)|en mesure de"
            r"|capables? de",
        ),
        "permission": (r"interdi\w+|prohib\w+|empêch\w+", r"autoris\w+|permet\w*"),
        "guilt": (r"innocen\w+", r"coupables?|culpabilité"),
        "always": (  # and again and again: "à plusieurs reprises" is never's opposite
            r"jamais",
            r"toujours(?! pas)|à (?:plusieurs|maintes|de nombreuses) reprises"
            r"|plus d['’]une fois|maintes fois",
        ),
        "anyone": (
            r"personne(?= ne\b| n['’])|aucune?|nul(?:le)?(?= ne\b| n['’])",
            r"plusieurs|certain(?:e)?s|quelques|tout le monde|chacun\w*",
        ),
        "already": (r"pas encore|toujours pas|jamais encore", r"déjà"),
        # lose / keep; move / stay
        # lack / enough: "we are 40 seafarers short" = "il nous manque 40 marins"
        "enough": (
            r"manqu(?:e|ent|ait|aient|é|era|eront)|pénurie\w*|insuffisa\w*"
            r"|privée?s? d(?:e|['’])|dépourvue?s? d(?:e|['’])"  # deprived of: "have no"
            # for lack of, (run) short of: "faute de draps en quantité suffisante"
            r"|faute d(?:e|['’])|à court d(?:e|['’])",
            r"suffisa\w*|assez",
        ),
        # overwhelmed / cope: "would have been stretched" = "не справились бы"
        "cope": (
            r"débordé\w*|submergé\w*|saturé\w*",
            r"(?:faire|fait|font|faisaient|feraient|ferait) face",
        ),
        "keep": (
            r"perd\w*",
            r"conserv\w*|gard(?:er|ent|era|eront|ait|aient|é|ée|és|ées)|maintenu\w*",
        ),
        "stay": (
            r"déplac\w*|déménag\w*|transfér\w*",
            r"rester|restera|resteront|restait|restaient|resté\w*|demeur\w*",
        ),
        # miss / notice: "the warning signs were missed" = "personne ne les a remarqués"
        "notice": (
            r"inaperçue?s?",
            r"remarqu(?:é|ée|és|ées|er|ait|aient)\b|repér(?:é|ée|és|ées|er)\b",
        ),
        # give way / hold
        "hold": (r"céder|cède|cèdent|cédé|cédera|effondr\w+", r"résister|résisté|tenir bon"),
        # fall / rise: "ont légèrement baissé" is the opposite of "n'ont pas baissé"
        "rise": (
            r"baiss\w+|diminu\w+|recul\w*|chut(?:e|es|é|ée|és|ées|ent|ait|aient|er)",
            r"augment\w+|hausses?|grimp\w+|croissance|accru\w*",
        ),
        # out of action / work: "a paralysé les paiements" = "payments did not work"
        "work": (
            r"paralys\w*|hors service|hors d['’]usage|en panne|pannes?",
            r"fonctionn(?:e|ent|ait|aient|er|é|és|ée|ées)",
        ),
    },
    softeners=(
        # the verbs, not the nouns that share their stem: "un essai de", "une tentative de",
        # "l'espérance de vie", "une préférence"
        r"essa(?!is?\b)\w+ d(?:e|['’])|tent(?!ati)\w+ d(?:e|['’])|esp[éè]r(?!ance)\w*"
        r"|préf[éè]r(?!en[ct])\w*|en partie|partiellement"
        r"|quelque peu|rarement|moins souvent|pas vraiment|principalement|un peu|légèrement"
        r"|regrettabl\w*|malheureusement"
        # considering it, not "pas envisageable" (out of the question: "not an option")
        r"|envisag(?!eable)\w*|(?<!pas )(?<!plus )(?<!jamais )envisageables?"
        r"|pas tout à fait|pas entièrement|pas forcément|pas exactement|pas très|pas trop"
        r"|pas (?:été )?(?:idéal|parfait)\w*|pas (?:le|la) meilleur\w*"
        # reluctance, difficulty, a belief (see en); the verbs, not "une pensée"
        r"|à contrecœur|à contre-cœur|réticen\w*|guère|à peine|difficilement|difficile à"
        r"|difficile de|pas beaucoup|pens(?:e|ons|ez|ent)|cro(?:is|it|yons|ient)"
        r"|suffisa\w*"
        # short of the whole; provisional (see en)
        r"|(?:presque|quasi(?:ment)?|pratiquement|pour ainsi dire|plus ou moins)"
        r"|pour l['’](?:instant|heure)|pour le moment|jusqu['’]à nouvel ordre|provisoire\w*"
        r"|temporaire\w*"
        # a frequency short of always, an effort bounded by what can be done: "the trains
        # are late" -> "sometimes late", "we will keep them open" -> "as far as possible"
        r"|parfois|quelquefois|de temps en temps"
        r"|(?:autant|dans la mesure) (?:que|du) possible|si possible|là où c['’]est possible"
    ),
    intensifiers=(
        r"du tout|pour toujours|à jamais|complètement|totalement|entièrement|absolument"
        r"|inévitabl\w*|inéluctabl\w*"
        r"|sur toute la ligne|sur tous les fronts|à tous égards"  # completely, across the board
    ),
    # "parfaitement valables", "exactement la même", "jamais" (see Profile.full_degrees)
    full_degrees=r"parfaitement|(?<!pas )exactement|(?<!pas )précisément|jamais",
    extremes=(
        # not "tromper": "se tromper" is to be mistaken; not "outre": "en outre" is "besides";
        # not "en ruine": a building's decay ("laisser tomber en ruine" for "let rot"), no blame
        r"catastroph\w*|désast\w*|désastr\w*|scandal\w*|indign\w*|outrag\w*|outré\w*"
        r"|furieu\w*|fureur|colère|dévast\w*|honte\w*|honteu\w*|crimes?|criminel\w*"
        r"|effondrement\w*|irresponsabl\w*|imprudent\w*|chantage\w*|trah\w*|dup[eé]\w*"
        r"|mensong\w*|menti|mentir|chao\w*|(?<!en )ruin\w*|cauchemar\w*|effroyabl\w*|horribl\w*"
        r"|terribl\w*|épouvantabl\w*|fiasco|débâcle|insupportabl\w*|intolérabl\w*|insult\w*"
        r"|humili\w*|sabot\w*"
        # without mercy: the top of a scale of blame (ruthless, беспощадный)
        r"|impitoyabl\w*|sans pitié"
    ),
    mild=(
        r"déçu\w*|décevant\w*|déception\w*|revers|contretemps|hâti\w*|précipit\w*"
        r"|indésirabl\w*|préoccup\w*|inqui[eè]t\w*|frustr\w*|agac\w*|contrari\w*|regrettabl\w*"
    ),
    obligations=(
        r"doit|doivent|devons|devez|dois|il faut|ne peut pas|ne peuvent pas|ne pouvons pas"
        r"|n'a pas le droit|interdit\w*"
    ),
    advice=r"devrai\w*|devri\w*|faudrait|mieux vaudrait",
    wishes=r"veu(?:x|t|lent)|voul\w+|souhait\w*|aimer(?:ais|ait|ions|iez|aient)|préfér\w*",
    uniques=(
        # the superlative: an article before "plus" or "moins", with the noun between ("la
        # sanction la plus sévère", "des plus pauvres", "au pire moment"; not "ne ... plus"),
        # or "meilleur"
        r"(?:le|la|les|l['’]|des|du|au|aux|son|sa|ses|leurs?|notre|nos|mon|ma|mes)"
        r" ?(?:(?!ne\b)\w+ ){0,3}?(?:plus|moins|pire\w*)"
        r"|comme jamais|que jamais"  # the equative of "never": "plus bas que jamais"
        r"|(?:le|la|les|l['’]|nos|notre|leurs?|ses|son|sa|mes|mon|ma) ?meilleur\w*"
        r"|(?:le|la|les|leurs?|son|sa|ses|notre|nos|mon|ma|mes) seul(?:e)?s?|unique\w*"
    ),
    conjunctions=r"et|mais",
    name_links=r"de|du|des|d['’]|et|pour",
    articles=r"le|la|les",
    # a place's people and adjective (marovien, marovienne, togolais), a place in -ie
    # (Marovie), a plural; French inflects no name
    place_endings=(
        "s", "es", "e", "ie", "ien", "ienne", "iens", "iennes", "éen", "éenne", "éens",
        "éennes", "ais", "aise", "aises", "ois", "oise", "oises", "ain", "aine", "ains",
        "aines", "in", "ine", "ins", "ines", "ique", "iques",
    ),
    # the auxiliaries, modals and pronoun forms the stop words leave out (an elided word,
    # "l'eau", is read without its article): not content words when a quote's length is
    # weighed (see xling.quote_length)
    function_words=frozenset(word_list(
        """suis es est sommes êtes sont était étaient sera seront serait seraient être ai as a
        avons avez ont avait avaient aura auront aurait auraient me te se moi toi lui eux
        peut peuvent pouvait pourrait doit doivent devrait"""
    )),
    wholes=r"tout|toute|tous|toutes|entier\w*|chaque|personne|rien|aucun\w*",
    parts=r"certain(?:e)?s|quelques|une partie|peu",
    # "ne ... que" is "only" too ("nous ne voulons que")
    sole=r"seul(?:e|s|es)?|seulement|uniques?|uniquement|exclusivement|n(?:e |['’])\w+ que",
    one_of=r"(?:l['’])?(?:un|une) (?:des|de nos|de ses|de leurs|d['’]entre)|parmi les",
)  # fmt: skip
