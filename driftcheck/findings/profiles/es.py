"""Spanish: the words the cross-language rules read."""

from __future__ import annotations

from driftcheck.findings.lexicon import word_list
from driftcheck.findings.profiles import Profile

_INFINITIVE = r"(?:no )?\w+(?:ar|er|ir|ír)(?:l[aeo]s?|les|se|nos|me|te)?"
"""A Spanish infinitive, with an enclitic pronoun ("evitarlo") or a "no" before it."""

PROFILE = Profile(
    code="es",
    negation=(
        # not "pérdidas no aseguradas": between a plural noun and its plural participle "no"
        # is the negative prefix another language writes (uninsured, non assurées), as it is
        # between a noun and an adjective of relation ("trampas no letales", "organización
        # no gubernamental": non-lethal, non gouvernementale)
        r"(?:(?<![^\W\d_]{2}[aoe]s )no|no(?! [^\W\d_]+(?:ad|id)[oa]s\b))"
        r"(?!(?<=[^\W\d_]{3} no) [^\W\d_]{3,}al(?:es)?\b)"
        r"|nunca|jamás|nadie|nada|ningún|ninguna|ninguno|ni|tampoco"
        r"|neg(?:ó|aron|ar|aba|aban|ado|ó haber|ara|aran|ase|asen|ará|arán)|nieg(?:a|an|ue|uen)"
        r"|desminti\w*|se negó|declinó|rehus\w+"
        r"|deneg(?:ó|aron|ar|aba|aban|ado|ada|ados|adas|ará|arán)"  # refused (a licence, a request)
        r"|desconoc\w*|poco probable|improbable|a menos que|salvo que"
        r"|(?:sigue|siguen|seguía|seguían) sin"  # still not
        r"|ilesos?|ilesas?"  # a negation folded into a word: not hurt
        r"|sin \w+(?:ar|er|ir)"  # a negated action: "sin obtener respuesta"
        r"|(?:a|por) falta de"  # for lack of
        r"|(?:demasiado|aún|todavía|muy) pronto para"  # too early to: cannot yet
        # to reject a claim is to deny it: "rechazó las acusaciones de que"
        r"|rechaz\w* (?:las? |los? |esas? |esos |estas? |estos |ese |este |tales )?(?:acusaci\w+"
        r"|afirmaci\w+|alegaciones|versión|informaciones|sugerencias|insinuaciones|temores"
        r"|sospechas|denuncias)"
    ),
    not_negation=(
        r"\bno solo\b|\bno sólo\b|\bno menos de\b|\bcomo nunca\b"
        r"|\bno más tarde (?:de|del|que)\b"  # a deadline (see en "no later than")
        # "hasta que no" with no negation before it is "until": "seguirán en huelga hasta que
        # no se aclare" = "until it is cleared up"
        r"|^(?:(?!\b(?:no|nunca|jamás|nadie|nada|ningún|ninguna|ninguno|ni|tampoco)\b).)*"
        r"\bhasta que no\b"
        # a source's anonymity (see en): "que pidió no ser identificado"
        r"|\bno (?:\w+ )?ser (?:identificad|nombrad|citad)[oa]s?\b"
        # a chance not missed is seized (litotes): "no desaprovecha ninguna oportunidad"
        r"|\b(?:no|nunca|jamás) (?:\w+ )?(?:pierd|perd|desaprovech|dej)\w* (?:\w+ ){0,3}"
        r"(?:oportunidad|ocasión|ocasiones|chance)\w*"
        # "ni" joins the nouns of a "sin": "sin leche ni pan" (without milk or bread), one
        # "without" the other languages write as no negation of a clause
        r"|^(?!.*\b(?:no|nunca|jamás|nadie|nada|ningún|ninguna|ninguno)\b)"
        r".*\bsin (?!\w+(?:ar|er|ir)\b)[^,;]{0,40}\bni\b"
        # a negative word inside a "sin" phrase is concord with it: "sin presiones de ninguna
        # de las partes" = "without pressure from either side", no negation of the clause
        r"|^(?!.*\b(?:no|nunca|jamás|nadie|nada|ningún|ninguna|ninguno|ni|tampoco)\b.*\bsin\b)"
        r".*\bsin (?!\w+(?:ar|er|ir)\b)[^,;]{0,40}\b(?:ningún|ninguna|ninguno|nada|nadie)\b"
        r"(?!.*\b(?:no|nunca|jamás|nadie|nada|ningún|ninguna|ninguno|ni|tampoco)\b)"
        r"|\bcasi (?:nadie|nada|ningún|ninguna|ninguno)\b"  # hardly anyone
        # a comparison's "que nunca" is "than ever": "más que nunca", "los mejores resultados
        # que hemos visto nunca"; not "mejores precios y nunca los vimos" (and never saw them)
        r"|\b(?:mejor|mejores|peor|peores|más|mayor|mayores)\b[^,;]{0,40}\bque\b[^,;]{0,30}"
        r"\b(?:nunca|jamás)\b"
        # ... and its "que nadie", "que nada" is "than anyone", "than anything": "tardó más de
        # lo que nadie quería", "sabe más que nadie"; not "una vez más que nadie vino" (again)
        r"|(?<!\bvez )\b(?:más|menos|mejor|peor|mayor|menor)\s+(?:de lo )?que\s+(?:nadie|nada)\b"
        r"|\b(?:más|menos|mejor|peor|mayor|menor)\b[^,;]{0,40}\bde lo que\s+(?:nadie|nada)\b"
        # a negative word straight after an infinitive with no negation before it is one a
        # negative verb above it governs ("impide aceptar ningún buque" = "bars it from
        # accepting any ship"), unless that verb is one the count takes ("se negó a firmar nada")
        r"|^(?:(?!\b(?:no|ni|nunca|jamás|tampoco|nadie|nada|ningún|ninguna|ninguno"
        r"|neg\w*|rechaz\w*|rehus\w*)\b).)*?"
        r"(?<!\b(?:el|la|lo|un|su|al) )(?<!\b(?:los|las|una|sus|del) )"  # a noun: "el lugar"
        r"\b\w{2,}(?:ar|er|ir)(?:l[aeo]s?|se)?\s+(?:(?:a|de|en|con)\s+)?"
        r"(?:ningún|ninguna|ninguno|nada|nadie)\b"
        # after "antes de" a negative word is "anything", no negation: "antes de anunciar
        # nada" = "before anything is announced" (as "sin ... nada" is "without anything")
        r"|^(?!.*\b(?:no|ni|tampoco)\b).*\bantes (?:de|que)\b[^,;]{0,40}"
        r"\b(?:nada|nadie|ningún|ninguna|ninguno|nunca|jamás)\b"
        # after its verb, "nunca" or "jamás" negates only with a "no" before the verb; without
        # one it is "ever": "la más dura que este consejo ha tenido que tomar jamás"
        r"|^(?!.*\b(?:no|ni|nadie|nada|ningún|ninguna|ninguno|tampoco)\b).*\w\s+(?:nunca|jamás)\s*$"
        r"|\bo no\b"  # whether or not
        # a negation of a whole is a part: "no contó del todo" = undercounted
        r"|\bno (?:\w+ )?(?:del todo|completamente|totalmente|íntegramente)\b"
        # a stop negated is going on (litotes): "no deja de pedir" = keeps asking
        r"|\b(?:no|nunca|jamás) (?:\w+ )?"
        r"(?:(?:dej|ces)\w*|par(?:a|an|ó|aron|ará|arán|ar|e|en|aba|aban)) de \w+(?:ar|er|ir)"
        r"(?:l[aeo]s?|se)?\b"
        r"|\bno (?:es|son|era|eran|fue|fueron) más que\b|\bnada más que\b|\bno más de\b"  # bounds
        # a bound with its verb between: "no podrá transportar a más de 400" = "at most 400"
        r"|\bno (?:\w+ ){1,4}(?:más|menos) (?:de|que)(?=\s[^,;]{0,15}\d)"
        r"|\bni (?:siquiera )?(?:la mitad|un tercio|una cuarta parte|\d)"  # less than half
    ),  # "los mejores resultados que hemos visto nunca": ever, after a superlative
    hedge=(
        # not sure: "estar seguro" (a person's doubt), not "ser seguro" (safe)
        r"no (?:estoy|estaba|estamos|estábamos|está|están|estaban|estuve|estuvo)"
        r" (?:del todo |muy )?segur[oa]s?"
        r"|al parecer|presuntamente|presunt[oa]s?|supuestamente|supuest[oa]s?|aparentemente"
        r"|probablemente|posiblemente|quizá|quizás|tal vez|podría\w*"
        r"|puedo|puedes|puede|podemos|podéis|pueden"  # every person of the present
        # the past subjunctive: "pudiera retrasarse" (might be delayed), not the preterite
        # "pudieron" (were able)
        r"|pudier(?:a|as|an|amos)|pudies(?:e|es|en|emos)"
        # "no podrán regresar": will not be able to, as "could not"; "se podrán presentar"
        # (applications will open): what will be allowed, impersonal, not a guess
        r"|(?<!\bno )(?<!\bse )podrá\w*"
        r"|según (?:algunas|varias|ciertas) fuentes"
        r"|según (?:algunas |varias |ciertas |las primeras )?informaciones"
        # an impersonal report, no source named: "según se informó" (reportedly)
        r"|según se (?:ha |había )?(?:inform|sup|sab|dic|dij|coment|rumore|filtr|trascend)\w*"
        r"|se espera|se cree que|previsiblemente|probables?|improbables?|poco probables?"
        r"|(?:pudo|pudieron|podría|podrían) haber"  # may have
        r"|sospech(?!os)\w*|sospechos[oa]s? de\b"  # "suspected of"; "los sospechosos": suspects
        r"|parec(?:e|en|ió|ieron|ía|ían)|es posible que"
    ),
    soft_hedge=(
        r"\w+[aei]r(?:ía|ían|íamos)|\w+dr(?:ía|ían|íamos)|habría\w*|haría\w*|diría\w*"
        r"|posibles?"  # "un posible motivo": the motive they might have (possible, возможный)
        r"|prevé\w*|previst[oa]s?|unos|unas|alrededor|cerca|se espera|pued\w+|podr\w+"
        r"|pod(?:emos|éis|ía\w*)|pud\w+"  # the rest of "poder": podemos, podía, pudo, pudiera
        # planea; the noun with what is planned ("planes de cerrar": plans to close), not
        # "la planta" (the plant) nor "conocedoras de sus planes" (familiar with its plans)
        r"|plane(?:a|an|aba|aban|ó|aron|ar|ado|ada)|planes? (?:de|para) \w+(?:ar|er|ir)"
        r"|riesgos?|peligro"  # a risk renders a possibility: "el riesgo de que ceda el dique"
        r"|tem(?:er|en?|ía|ían|ió|ieron|ores?)"  # a fear renders a possibility: "hace temer
        # que ceda" (raising fears that it could give way)
        r"|estimaci\w+|cálculos?"  # "según sus cálculos": estimated
        r"|estimad[oa]s?|calculad[oa]s?"  # the participle, as English lists "estimated"
        # an estimate of what will be: "calculan que costará" = "is expected to cost"
        r"|(?:calcul|estim)(?:a|an|aba|aban|ó|aron) que"
        r"|esper(?:a|an|aba|aban)"  # "la empresa espera volver": expected to return
    ),
    # the words of each kind that hedges, whether they hedge here or not (Profile.hedge_kinds)
    # a thing stated as certain: a "would" beside it hedges nothing (Profile.certainty)
    certainty=(
        r"sin (?:ninguna )?duda|sin lugar a dudas|con (?:toda )?seguridad|ciertamente"
        r"|indudablemente|inevitablemente"
    ),
    hedge_kinds={
        "can": r"pod\w+|pued\w+|pud\w+|posibl\w*|eventual\w*",
        "expect": (
            r"esper(?:a|an|aba|aban|ó|aron|ar|ado|ada|ados|adas)|prev(?:é|én|eía|eían|ió|ieron|er)"
            r"|previst\w+|previsi\w+|plane\w*|planes?|pronóstic\w+|proyectad\w+"
        ),
        "estimate": r"estim\w+|calcul\w+|cálculos?",
        "risk": r"riesgos?|peligr\w*|tem(?:er|en?|ía|ían|ió|ieron|ores?)|amenaz\w*|miedo",
        "likely": r"(?:im)?probabl\w*",
        # the conditional, but "podría", "debería" (can, expect)
        "would": r"(?!pod|deb)(?:\w+[aei]r(?:ía|ían)|\w+dr(?:ía|ían)|habría\w*|haría\w*|diría\w*)",
    },
    complement=r"que",  # "se prevé que ... y que ...": a hedge for each
    # a hedge of hearsay (Profile.evidential); the conditional that reports is read apart
    evidential=(
        r"al parecer|aparentemente|supuestamente|presunt\w*"
        r"|según (?:\S+ ){0,4}?(?:informaciones|informes|fuentes|medios|prensa|rumores)"
        r"|según se (?:informó|dijo|supo)|trascendió"
        r"|habrían?|(?<=que )(?:estar|ser)ían?"  # the past conditional: "habrían perdido"
    ),
    attribution=(
        r"dijo|dice|dijeron|afirmó|afirma|declaró|declara|explicó|añadió|aseguró|señaló"
        r"|indicó|anunció|advirtió|confirmó|reconoció|calificó|criticó|según|de acuerdo con"
        r"|informó|sostuvo|subrayó|en un comunicado|citando a|citad[oa]s? por|conforme a"
        # the preterite's plural and the present of the same verbs ("los vecinos aseguran")
        r"|(?:afirm|declar|explic|asegur|señal|indic|anunci|confirm|inform|subray|destac|detall"
        r"|apunt|manifest|comunic|revel|agreg|precis|puntualiz|alert|reiter)(?:ó|aron)"
        r"|(?:añad|advirt|sostuv|insist|admit|reconoc|dij)(?:ió|ieron|o|eron)"
        r"|dicen|afirman|aseguran|señalan|explica|explican|asegura|señala|afirma"
        r"|añade|advierte|sostiene|reconoce|insiste|indica|informa|subraya|destaca"
    ),
    speaker_sources={
        # a public body's office or service, a body's management: a source as a speaker
        "oficina": "office", "servicio": "service", "servicios": "service",
        "departamento": "department", "ayuntamiento": "municipality", "alcaldía": "municipality",
        # a "dirección" runs a firm, or is a department of an administration ("la Dirección
        # General de Tráfico")
        "dirección": "directorate", "directiva": "management", "consorcio": "consortium",
        "fabricante": "firm", "bolsa": "firm", "hospital": "hospital",
        "abogados": "people", "juristas": "people", "expertos": "people", "vecinos": "people",
        "residentes": "people", "habitantes": "people", "hoteleros": "people",
        "economistas": "people", "científicos": "people", "agricultores": "people",
        "fiscalía": "prosecution", "fiscales": "prosecution",
        "el fiscal": "prosecution", "la fiscal": "prosecution",  # not "la política fiscal"
        "ministerio público": "prosecution", "ministerio fiscal": "prosecution",
        "tribunal de cuentas": "audit", "auditoría": "audit", "auditor": "audit",
        "asociación": "association", "federación": "association",
        "cooperativa": "association",  # a body of members
        "instituto": "institute", "universidad": "institute", "observatorio": "institute",
        "documentos": "document", "documento": "document",
    },
    source_markers=(
        r"según|de acuerdo con|a juicio de|en palabras de|a decir de|citando a|citad[oa]s? por"
        r"|conforme a"
    ),
    speaker_verbs=(
        r"calcul(?:ó|a|an|aron)|estim(?:ó|an|aron)|neg(?:ó|aron)|niega|niegan|desminti(?:ó|eron)"
        r"|lament(?:ó|a|aron)|relat(?:ó|aron)|coment(?:ó|aron)|se quej(?:ó|aron)"
        r"|concluy(?:ó|eron)|constat(?:ó|aron)"
        # a demand, also in the perfect: "el partido pidió", "la alcaldesa ha pedido"
        r"|pidi(?:ó|eron)|reclam(?:ó|aron)|exigi(?:ó|eron)|solicit(?:ó|aron)"
        r"|(?:ha|han|había|habían) (?:pedido|reclamado|exigido|solicitado)"
    ),
    indefinite=r"una?",
    agent=r"por",
    evidence=(
        r"estimaciones|estimación|cifras|datos|estudios?|informes?|cálculos|encuestas?|sondeos?"
        r"|modelos?|análisis|recuento|balance"
    ),
    roles={
        "capitán": "captain", "capitana": "captain", "comisario": "commissioner",
        "comisaria": "commissioner", "inspector": "inspector", "inspectora": "inspector",
        "general": "general", "profesor": "professor", "profesora": "professor",
        "senador": "senator", "senadora": "senator", "canciller": "chancellor",
        "sargento": "sergeant", "embajador": "ambassador", "embajadora": "ambassador",
        "almirante": "admiral", "teniente": "lieutenant", "comandante": "commander",
        "secretario": "secretary", "secretaria": "secretary",
        "portavoz": "spokesman", "presidente": "president", "presidenta": "president",
        "consejero delegado": "chief executive", "consejera delegada": "chief executive",
        "directora ejecutiva": "chief executive", "director ejecutivo": "chief executive",
        "director general": "chief executive", "directora general": "chief executive",
        "ministro": "minister", "ministra": "minister", "gobernador": "governor",
        "gobernadora": "governor", "alcalde": "mayor", "alcaldesa": "mayor",
        "director": "director",
        "coronel": "colonel", "directora": "director", "juez": "judge", "jueza": "judge",
        "fiscal": "prosecutor", "fiscalía": "prosecutor", "líder": "leader",
        "dirigente": "leader", "jefe": "chief", "jefa": "chief", "responsable": "chief",
        "analista": "analyst", "ingeniero": "engineer", "abogado": "lawyer",
        "abogada": "lawyer", "representante": "representative",
    },
    sources={
        "policía": "police", "museo": "museum", "empresa": "company", "compañía": "company",
        "grupo": "company", "sindicato": "union", "ministerio": "ministry",
        "gobierno": "government", "autoridad": "authority", "agencia": "agency",
        "regulador": "regulator", "auditoría": "authority",
        "tribunal de cuentas": "authority", "tribunal": "court", "aerolínea": "airline",
        "banco": "bank", "investigadores": "investigators", "ingenieros": "engineer",
        "fuentes": "insiders", "personas familiarizadas": "insiders",
        "personas conocedoras": "insiders", "testigos": "witnesses",
        # official sources are officials, on the record: "según fuentes municipales"
        "fuentes oficiales": "officials", "fuentes municipales": "officials",
        "fuentes gubernamentales": "officials",
        "federación": "organisation", "asociación": "organisation", "consejo": "organisation",
        "comisión": "organisation", "analistas": "analyst", "aseguradora": "insurer",
        "aseguradoras": "insurer", "periódico": "media", "diario": "media", "medios": "media",
        "patronal": "employers", "empresarios": "employers",
        "oposición": "opposition", "operador": "company", "operadora": "company",
    },
    number_words={
        "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
        "nueve": 9, "diez": 10, "once": 11, "doce": 12, "quince": 15, "veinte": 20,
        "treinta": 30, "cuarenta": 40, "cincuenta": 50, "sesenta": 60, "setenta": 70,
        "ochenta": 80, "noventa": 90, "cien": 100,
        # a round number about which (una veintena = about 20)
        "decena": 10, "quincena": 15, "veintena": 20, "treintena": 30, "cuarentena": 40,
        "cincuentena": 50, "centenar": 100,
        "trece": 13, "catorce": 14, "dieciséis": 16, "dieci": 10, "veinti": 20,
        "veintidós": 22, "veintitrés": 23, "veintiséis": 26, "ciento": 100, "cientos": 100,
        "cientas": 100, "quinientos": 500, "quinientas": 500, "setecientos": 700,
        "setecientas": 700, "novecientos": 900, "novecientas": 900,
        "diecisiete": 17, "dieciocho": 18, "diecinueve": 19,
    },
    number_like={
        "primer": 1, "primera": 1, "primero": 1, "segundo": 2, "segunda": 2, "tercer": 3,
        "tercera": 3, "cuarto": 4, "quinto": 5, "par": 2,
        "sexto": 6, "sexta": 6, "séptimo": 7, "séptima": 7, "octavo": 8, "octava": 8,
        "noveno": 9, "novena": 9, "décimo": 10, "décima": 10, "vigésimo": 20,
        "centésimo": 100,
        "mediodía": 12,  # twelve o'clock
        "medianoche": 24,  # "las 24 horas", "las 0 horas"
    },
    count_nouns={"década": 10, "docena": 12},
    approximate={"decenas": 10, "docenas": 10, "centenares": 100, "cientos": 100,
                 "miles": 1000, "millares": 1000},
    number_joiner="y",
    and_a_half=r"y medi[oa]",
    share_of=r"de cada",
    share_one=r"uno|una|un",
    rates=(
        (r"por hora|a la hora|cada hora", "hour"),
        (
            r"por día|al día(?! (?:siguiente|de|anterior)\b)|cada día|a diario|"
            r"diariamente|diari[oa]s?",
            "day",
        ),
        (
            r"por semana|a la semana(?! (?:siguiente|de|anterior|próxima)\b)|"
            r"cada semana|semanal\w*",
            "week",
        ),
        (r"por mes|al mes(?! (?:siguiente|de|anterior)\b)|cada mes|mensual\w*", "month"),
        (r"por año|al año(?! (?:siguiente|de|anterior)\b)|cada año|anual\w*", "year"),
    ),
    durations=(
        (r"días?", "day", 1), (r"semanas?", "day", 7), (r"quincenas?", "day", 14),
        (r"mes|meses", "month", 1), (r"años?", "month", 12),
        (r"medias? horas?", "minute", 30), (r"cuartos? de hora", "minute", 15),
        (r"horas?", "minute", 60), (r"minutos?", "minute", 1),
    ),
    days=r"días?|jornadas?",
    half_of=r"medio|media",
    weeks_in_days={"ocho días": 7, "quince días": 14},
    week_runs=(
        (r"entre semana|días? (?:laborables|hábiles|entre semana|de diario)", 0, 4),
        (r"fines? de semana", 5, 6),
    ),
    fractions={"mitad": 2, "tercio": 3, "tercios": 3, "terceras": 3, "cuarta": 4, "cuartas": 4,
               "quinta": 5, "quintas": 5, "décima": 10, "décimas": 10},
    afternoon=r"(?:horas )?de la (?:tarde|noche)",
    scales={"mil": 3, "millón": 6, "millones": 6, "mil millones": 9, "billón": 12,
            "billones": 12, "millar": 3, "millares": 3},
    units={"%": "%", "por ciento": "%", "puntos básicos": "bp", "metros": "m",
           "kilómetros": "km", "toneladas": "t", "horas": "h"},
    currencies={"euro": "EUR", "euros": "EUR", "dólar": "USD", "dólares": "USD",
                "libra": "GBP", "libras": "GBP", "tenge": "KZT", "rublos": "RUB"},
    quotes=(("«", "»"), ("“", "”"), ('"', '"'), ("‘", "’")),
    negation_continued=r"ni|tampoco",  # nor: "..., tampoco a mí"
    relative=r"que|quienes?|cuy[oa]s?|donde|(?:el|la|los|las|lo) (?:que|cual|cuales)",
    condition=r"si",
    # a verb of saying or knowing and the question word after it: "no dijo cómo votaría"
    # (did not say how he will vote) asks, and its conditional reports nothing
    indirect_question=(
        r"(?:dijo|decir|precisó|precisar|indicó|indicar|explicó|explicar|aclaró|aclarar|sabe"
        r"|saber|sabía|se sabe|decidido|decidir|claro) (?:cómo|por qué|cuándo|dónde|cuánt\w+)"
    ),
    purpose=r"para que|a fin de(?: que)?",
    approximators=r"unos|unas|alrededor|cerca",
    stopwords=frozenset(word_list(
        """el la los las lo un una unos unas y o u pero sino que quien quienes cual cuales cuyo
        de del al a en por para con sin sobre entre hacia hasta desde durante según tras ante
        bajo él ella ellos ellas se su sus nuestro nuestra este esta estos estas ese esa esos
        esas aquel no ni también ya aún todavía muy todo todos toda todas si como cuando donde
        así además sin embargo mientras"""
    )),
    hearsay=r"(?:habr|estar|ser|tendr)ían?",
    hearsay_after=r"que|si|cuando|como|cómo|cuándo|dónde|por qué",
    reflexive=r"se",
    # "si" + past subjunctive: "si la ambulancia hubiera llegado", "si lloviera", "si fuese"
    unreal_condition=r"si (?:\S+ ){0,4}?(?!para\b)\w+(?:ara|aran|iera|ieran|ase|asen|iese|iesen)",
    reporting_conditional=r"\w+[aei]r(?:ía|ían)|\w+dr(?:ía|ían)|habría\w*|haría\w*|diría\w*",
    speech_future=r"\w+[aei]r(?:ía|ían)|\w+dr(?:ía|ían)|habría\w*|haría\w*|diría\w*",
    speech_that=r"que",  # "dijo que": a conditional after it is a "would"
    time_limit=r"hasta|a menos que|salvo que",  # a condition bounds as a time does
    time_bound=r"hasta|antes",
    without=r"sin",
    only_then=r"solo|sólo|solamente|únicamente|como pronto",
    contrast=r"en lugar de|en vez de|y no|no (?:\w+ )?\w+,? sino",
    # the affirmative a negation word leaves when it is taken out (see Profile.affirmatives)
    affirmatives={
        "nadie": "alguien",
        "nada": "algo",
        "ningún": "algún",
        "ninguna": "alguna",
        "ninguno": "alguno",
    },
    polarity={
        # deny / admit; refuse / agree; reject / accept; rule out (its opposite: consider)
        "assent": (
            r"neg(?:ó|aron|ar|aba|aban|ado|ara|aran|ase|asen|ará|arán)|nieg(?:a|an|ue|uen)"
            r"|desminti\w*|desment\w*|rechaz\w*|refut\w*|impugn\w*|rehus\w*|descart\w*|deneg\w*"
            r"|excluy\w*|exclu(?:ir|ido|ida|idos|idas)|en desacuerdo"
            r"|se op(?:on|us)\w*|(?:vot[óoa]|votaron|votan) en contra",  # against: opposed
            r"admit\w*|reconoc(?:e|en|ía|ían|er)|reconoci(?:ó|eron|do|da)|confirm\w*|acept\w*"
            r"|acord(?:ó|aron|ado|ada|ar)|dispuest[oa]s? a|contempl\w*|de acuerdo",
        ),
        "success": (
            r"fracas\w*|incapa(?:z|ces)",
            r"logr\w*|consigui\w*|consegu\w*|capa(?:z|ces) de|en condiciones de",
        ),
        "permission": (
            r"prohib\w*|vet(?:ó|ar|ado|a|an)|imped(?:ir|ido|irá|irán|ía)|impid\w*",
            r"permit\w*|autoriz\w*",
        ),
        "guilt": (r"inocen\w*", r"culpable\w*"),
        "always": (  # and again and again: "más de una vez" is never's opposite
            r"nunca|jamás",
            r"siempre|repetidamente|reiteradamente|más de una vez|una y otra vez"
            r"|en (?:varias|repetidas|reiteradas) ocasiones",
        ),
        "anyone": (r"nadie|ningun[oa]s?|ningún", r"algun[oa]s|vari[oa]s|todo el mundo"),
        "already": (
            r"todavía no|aún no|(?:no|nunca) (?:\w+ ){0,3}(?:todavía|aún)", r"ya(?! que)(?! no)"
        ),
        # lose / keep; move / stay
        # lack / enough: "we are 40 seafarers short" = "nos faltan 40 marineros"
        "enough": (
            r"falt(?:a|an|aba|aban|ará|arán|ó|aron)|escase\w*|insuficien\w*"
            r"|privad[oa]s? de|carec\w+ de"  # deprived of, lack: "have no"
            # to fall short: "did not go far enough" = "se queda corto"
            r"|qued(?:a|an|aba|aban|ó|aron|ar|ará|arán|aría|arían)(?:se)? cort[oa]s?",
            r"suficiente\w*",
        ),
        # overwhelmed / cope: "would have been stretched" = "не справились бы"
        "cope": (
            r"desbordad\w*|saturad\w*|sobrepasad\w*",
            r"(?:dar|dan|daban|daría|darían|dado) abasto|(?:hacer|hacen|harían|haría) frente",
        ),
        "keep": (r"perd\w*|pierd\w*", r"conserv\w*|manten\w*|mantien\w*|mantuv\w*"),
        "stay": (r"traslad\w*|mudar\w*", r"permanec\w*|permanez\w*|se quedar\w*"),
        # miss / notice: "the warning signs were missed" = "nadie las notó"
        "notice": (
            r"inadvertid[oa]s?|pas(?:ó|aron|ado|ada|ados|adas) por alto",
            r"not(?:ó|aron|ado|ada|ados|adas)\b|detect(?:ó|aron|ado|ada|ados|adas)\b",
        ),
        # give way / hold
        "hold": (r"ceder|cedió|ceda|cedan|derrumb\w+|colaps\w+", r"resistir|resistió|aguantar"),
        # fall / rise: "se habían reducido" is the opposite of "no se habían reducido"
        "rise": (
            r"baj(?:ó|aron|ado|ar|an|ando)|ca(?:yó|yeron|ído|ídas?)|disminu\w+|descen\w+"
            r"|reduc\w+|reduj\w+|retroced\w+",
            r"sub(?:ió|ieron|ido|ir)|aument\w+|crec\w+|increment\w+|alzas?",
        ),
        # out of action / work: "paralizó los pagos" = "payments did not work"
        "work": (
            r"paraliz\w*|fuera de servicio|inutiliz\w*|averiad[oa]s?",
            r"funcion(?:a|an|aba|aban|ó|aron|ar|ando|ado|ados)",
        ),
    },
    softeners=(
        # try = intentar / tratar de + an infinitive: "intentaremos no perder", not "un
        # intento de robar" (an attempt) nor "se trata de" / "trata de" (it is about)
        rf"intent\w* {_INFINITIVE}|(?<!\bse )trat\w* de {_INFINITIVE}"
        r"|esper\w+ que|ojalá|prefer(?!en[ct])\w*|prefier\w*|en parte"
        r"|parcialmente|rara vez|raramente|menos a menudo|no realmente|principalmente|un poco"
        r"|ligeramente|lamentabl\w*|desafortunad\w*"
        r"|consider(?:ar|amos|an|a|ará\w*)|plante(?:ar|amos|a)"
        r"|no (?:es |está |son |fue |ha sido )?del todo|no exactamente|no precisamente|no muy"
        r"|no demasiado|no necesariamente"
        r"|no (?:es )?(?:lo )?(?:ideal|perfect\w*)|no es (?:el|la) mejor"
        # reluctance, difficulty, a belief (see en)
        r"|a regañadientes|de mala gana|reacio\w*|reticen\w*|apenas|difícilmente|difícil de"
        r"|con dificultad|no mucho\w*|cre(?:o|emos|en|e)|pens(?:amos|o|an)"
        r"|suficiente\w*"
        # short of the whole; provisional (see en)
        r"|(?:casi|prácticamente|virtualmente|más o menos)"
        r"|por (?:ahora|el momento|lo pronto)|de momento|hasta nuevo aviso|provisional\w*"
        r"|temporalmente|transitori\w*"
        # "algo" before an adjective that agrees with a noun (feminine or plural), or before
        # "más"/"menos" and a word, is a degree (somewhat): "algo elevada", "algo difíciles",
        # "algo más difícil"; before a masculine singular one it is a pronoun ("algo
        # importante", something important)
        r"|algo(?= (?:(?:más|menos) (?!de\b|que\b)\w|\w+(?:(?:ad|id|os|iv|ic)(?:as?|os)"
        r"|(?:[ai]l|bl|nt)es)\b))"
        # a frequency short of always, an effort bounded by what can be done: "the trains
        # are late" -> "sometimes late", "we will keep them open" -> "as far as possible"
        r"|a veces|algunas veces|en ocasiones|de vez en cuando"
        r"|en (?:la )?medida de lo posible|lo más posible|si es posible|siempre que sea posible"
    ),
    intensifiers=(
        r"en absoluto|para siempre|completamente|totalmente|enteramente|absolutamente"
        r"|inevitabl\w*|ineludibl\w*"
        r"|en toda la línea|en todos los frentes|en todos los sentidos"  # across the board
    ),
    # "perfectamente válidas", "exactamente el mismo", "nunca" (see Profile.full_degrees)
    full_degrees=r"perfectamente|(?<!no )exactamente|(?<!no )precisamente|nunca|jamás",
    extremes=(
        r"catástrof\w*|catastróf\w*|desastr\w*|escándal\w*|escandal\w*|indign\w*|ultraj\w*"
        r"|furios\w*|furia|ira|devastad\w*|vergüenz\w*|vergonzos\w*|crimen|crímenes"
        r"|criminal\w*|colapso\w*|derrumbe\w*|irresponsabl\w*|imprudent\w*|temerari\w*"
        r"|chantaje\w*|traici\w*|traicion\w*|engañ\w*|mentir\w*|mentira\w*|mintie\w*|mintió"
        # not "en ruinas": a building's decay ("caer en ruinas" for "rot"), no blame
        r"|caos|caótic\w*|(?<!en )ruina\w*|arruin\w*|pesadilla\w*|horribl\w*|terribl\w*"
        r"|espantos\w*"
        r"|fiasco|debacle|insoportabl\w*|intolerabl\w*|insult\w*|humill\w*|sabot\w*"
        # without mercy: the top of a scale of blame (ruthless, беспощадный)
        r"|despiadad\w*|sin piedad"
    ),
    mild=(
        r"decepcion\w*|decepción|revés|contratiempo\w*|precipitad\w*|apresurad\w*"
        r"|indeseabl\w*|preocup\w*|inquiet\w*|frustra\w*|molest\w*|lamentabl\w*"
    ),
    obligations=(
        r"debe|deben|debemos|debes|tiene que|tienen que|tenemos que|hay que|no puede"
        r"|no pueden|no podemos|prohibid\w*"
    ),
    advice=r"deberí\w*|convendría|habría que",
    wishes=(
        r"quier(?:o|es|e|en)|quer(?:emos|éis|ía|ían|íamos|ido|rá|rán|er)|dese(?:o|a|an|amos)"
        r"|desear\w*|gustarí\w+|prefer\w*|prefier\w*"
    ),
    uniques=(
        # the superlative: an article before "más" or "menos", the noun and its
        # complements between ("la decisión en materia de transporte más importante"), or
        # "mejor", "peor"; and the absolute superlative in -ísimo
        r"(?:el|la|los|las|lo|del|al|su|sus|nuestr[oa]s?|mis?) (?:\w+ ){0,6}?"
        r"(?:más|menos|mayor|menor)(?:es)?"
        r"|como nunca|que nunca"  # the equative of "never": "más bajo que nunca"
        r"|(?:el|la|los|las|lo|del|al|nuestr[oa]s?|sus?|mis?) (?:\w+ )?(?:mejor|peor)(?:es)?"
        r"|\w+ísim[oa]s?|únic[oa]s?"
    ),
    conjunctions=r"y|e|pero",
    name_links=r"de|del|y|para",
    articles=r"el|la|los|las",
    # a place's people and adjective (maroviano, marovianas, togolés, ribereño), a place in
    # -ia, a plural (Transportes); Spanish inflects no name
    place_endings=(
        "s", "es", "o", "a", "os", "as", "ia", "ano", "ana", "anos", "anas", "iano", "iana",
        "ianos", "ianas", "ense", "enses", "eño", "eña", "eños", "eñas", "ino", "ina", "inos",
        "inas", "és", "esa", "eses", "esas",
    ),
    # the auxiliaries, modals and pronoun forms the stop words leave out: not content words
    # when a quote's length is weighed (see xling.quote_length)
    function_words=frozenset(word_list(
        """es son era eran fue fueron ser sido soy somos está están estaba estaban estar he has
        ha hemos han había habían haber hay me te le les nos os mí ti puede pueden podría
        debe deben va van"""
    )),
    wholes=r"tod[oa]s?|enter[oa]s?|cada|nadie|nada|ningun\w*|ningún",
    parts=r"algun[oa]s|parte de|pocos|pocas|poco",
    sole=r"únic[oa]s?|únicamente|sol[oa]s?|sólo|solamente|exclusivamente",
    one_of=r"(?:uno|una) de (?:los|las|nuestr\\w+|sus|mis)",
)  # fmt: skip
