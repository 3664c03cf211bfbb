"""Word lists and regex fragments shared by the recognisers.

General English and measurement vocabulary only: no names or phrases from any one text.
"""

from __future__ import annotations

import re
from decimal import Decimal, InvalidOperation
from fractions import Fraction
from typing import NamedTuple


def split_words(text: str) -> list[str]:
    """Word lists are written as one string to keep them readable."""
    return text.split()


UNITS_WORDS = split_words(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen "
    "fifteen sixteen seventeen eighteen nineteen"
)
TENS_WORDS = ["twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"]
NUMBER_WORDS: dict[str, int] = {w: i for i, w in enumerate(UNITS_WORDS)}
NUMBER_WORDS.update({w: 20 + 10 * i for i, w in enumerate(TENS_WORDS)})
NUMBER_WORDS.update({"dozen": 12, "hundred": 100})

ORDINAL_WORDS: dict[str, int] = {
    w: i + 1 for i, w in enumerate(
        split_words("first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
        "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth twentieth")
    )
}
# Ordinals of the tens and the compounds written with a hyphen ("thirtieth", "sixty-third",
# "ninety-ninth"): a tens word and a unit ordinal, as English spells every ordinal to 99.
_TENS_ORDINALS = dict(zip(
    split_words("thirtieth fortieth fiftieth sixtieth seventieth eightieth ninetieth"), range(30, 100, 10), strict=True
))
ORDINAL_WORDS.update(_TENS_ORDINALS)
ORDINAL_WORDS.update({
    f"{tens}-{unit}": NUMBER_WORDS[tens] + ORDINAL_WORDS[unit]
    for tens in TENS_WORDS
    for unit in split_words("first second third fourth fifth sixth seventh eighth ninth")
})
ORDINAL_STARTS = frozenset(w.split("-")[0] for w in ORDINAL_WORDS)
"""The a-z runs an ordinal word starts with ("sixty" for "sixty-third"): a sentence whose
``SentenceContext.words`` hold none of them has no ordinal word, and ``word_starts`` of them
are where one may start."""

SCALES: dict[str, int] = {
    "thousand": 10**3, "k": 10**3, "million": 10**6, "mn": 10**6, "mln": 10**6, "m": 10**6,
    "billion": 10**9, "bn": 10**9, "b": 10**9, "bln": 10**9, "trillion": 10**12, "tn": 10**12,
    "trn": 10**12, "t": 10**12,
    # Scales past a trillion, met in science copy ("10 septillion years"): short-scale names.
    "quadrillion": 10**15, "quintillion": 10**18, "sextillion": 10**21, "septillion": 10**24,
    "octillion": 10**27, "nonillion": 10**30,
    # South Asian scales: a lakh is 100,000, a crore ten million ("Rs 615 crore"); "lac" is how
    # many Indian and Pakistani papers spell the lakh ("Rs 4.5 lac"), and "cr" abbreviates the
    # crore after a currency ("Rs 500 cr": SCALE_SUFFIX_AFTER_SIGN).
    "lakh": 10**5, "lac": 10**5, "crore": 10**7, "cr": 10**7,
    # Malaysian papers shorten the scale after a currency to "bil" and "mil" ("RM4.2bil",
    # "RM850mil": SCALE_SUFFIX_AFTER_SIGN).
    "bil": 10**9, "mil": 10**6,
}
INDIAN_SCALES = frozenset(split_words("lakh lakhs lac lacs crore crores"))
"""The South Asian scale words as SentenceContext.words holds them."""

# Units a number is often glued to ("10km", "5kg"); anything else glued on makes a name (5G, 3D).
GLUED_UNITS = frozenset(
    split_words("km kg mg g t m cm mm nm µm um mi ft lb lbs oz l ml kW MW GW TW kWh MWh GWh TWh W V "
    "mph kph kmh km/h Hz kHz MHz GHz GB TB MB KB PB Gbps Mbps s ms h hr hrs min x X ha pts yrs")
)
"""Case matters: "5g" is grams, "5G" a network generation."""

# Abbreviated units written after a number, spaced or glued ("2,400 MW", "510GW", "19 GB"):
# the abbreviation is the unit. Case matters ("MB" is not "mb"); one-letter ones (m, t, g)
# are left out, as they also stand for million, trillion and names. "MT" is metric tonnes to
# some desks and million tonnes to others: kept as written, its scale left as the figure gives it.
UNIT_ABBREVIATIONS = frozenset(
    split_words("km cm mm nm µm um kg mg mi ft lb lbs oz ml mL kW MW GW TW kWh MWh GWh TWh kV "
    "mph kph kmh km/h Hz kHz MHz GHz THz KB kB MB GB TB PB Kbps kbps Mbps Gbps Tbps ms ha TEU MT")
)

# Trade abbreviations written after a number, glued or spaced, case as written: the scale word
# a prefix stands for and the unit written out ("85kt" is 85 thousand tonnes, "4.2 mhl" 4.2
# million hectolitres, "1.2mb/d" 1.2 million barrels a day, "4.2 MMT" 4.2 million metric
# tonnes). A lone "t" is tonnes here
# (numbers.py keeps "3t users" a trillion); "Mt" spaced before a capitalised word is a mountain
# ("12 Mt Kenya climbers") and "kt" in a sentence of wind or speed is knots (numbers.py).
# Before "CO2" or "CO2e", glued or spaced, a mass of tonnes is of that gas (CARBON_AFTER).
SCALED_UNITS: dict[str, tuple[str | None, str]] = {
    "t": (None, "tonnes"), "kt": ("thousand", "tonnes"), "Mt": ("million", "tonnes"),
    "Gt": ("billion", "tonnes"), "MMT": ("million", "tonnes"), "mmt": ("million", "tonnes"),
    "hl": (None, "hectolitres"), "khl": ("thousand", "hectolitres"), "mhl": ("million", "hectolitres"),
    "bcm": ("billion", "cubic metres"), "tcf": ("trillion", "cubic feet"),
    "mb/d": ("million", "barrels per day"),
}
# "12.4 GtCO2e", "42 Mt CO2-eq", "7.9 tCO2": a tonnes abbreviation and the gas it weighs,
# after a number; "e" or "eq" is the equivalent of other gases.
CARBON_MASS = re.compile(r"[ \u00a0]?(?P<abbr>t|kt|Mt|Gt)[ \u00a0]?CO(?:2|₂)(?P<e>e|-?eq)?(?![\w-])")

# Nouns of change: "a net increase of 1.1 million" counts what the figure before counted.
CHANGE_NOUNS = frozenset(
    split_words("increase increases decrease decreases rise rises fall falls drop drops decline "
    "declines gain gains growth jump jumps reduction reductions addition additions loss losses "
    "surge surges climb slide dip")
)

# Plain present-tense verbs that follow a plural subject ("850 electric buses run on ..."):
# they end a unit noun phrase. Verbs in -ed, -ing and the common irregular ones are in
# STOP_WORDS or caught by their ending already.
PLURAL_VERBS = frozenset(
    split_words("run operate serve carry work live remain stay need use take come go show help "
    "face pay join hold offer provide cover connect link travel stand sit lie exist continue "
    "account belong depend produce generate consume employ receive represent contribute "
    "make get give keep want seem appear cut "
    # verbs of news that are also nouns: after a plural noun they are the verb ("firms bid")
    "bid play report plan win lose sell buy build expect hope fear own vote agree compete trade")
)

# Measurement units: the noun phrase after them is what is measured ("2 kilograms of dust").
MEASURE_UNITS = frozenset(
    split_words("""
    ton tons tonne tonnes metric kilogram kilograms kg gram grams pound pounds lb lbs ounce
    ounces mile miles kilometre kilometres kilometer kilometers km metre metres meter meters
    m centimetre centimetres cm millimetre millimetres mm foot feet ft inch inches yard yards
    acre acres hectare hectares litre litres liter liters gallon gallons barrel barrels
    second seconds minute minutes hour hours day days week weeks month months year years
    decade decades century centuries percent degrees degree celsius fahrenheit kelvin
    watt watts kilowatt kilowatts megawatt megawatts gigawatt gigawatts terawatt terawatts
    kwh mwh gwh twh volt volts hertz byte bytes gigabytes terabytes petabytes bits
    times fold mph knots light-years light-year storey storeys story stories points point
    square cubic
    """)
)
TIME_UNITS = frozenset(
    split_words("second seconds minute minutes hour hours day days week weeks month months year years "
    "decade decades century centuries quarter quarters season seasons")
)

# Words that end a unit noun phrase: function words, auxiliaries and common verbs.
STOP_WORDS = frozenset(
    split_words("""
    a an the this that these those its it their his her our my your to of in on at by for from
    with without into onto over under about above below between among through during after
    before since until than as and or but nor so yet per via vs versus while when where which
    who whom whose what why how if because although though whereas is are was were be been
    being am has have had do does did will would shall should can could may might must
    not no also only just even still already then there here each every all both either
    neither some any many much more most less least few fewer other another such same own
    up down out off again further once across along against around beyond inside outside
    toward towards upon within throughout near behind beside besides despite except like
    unlike plus minus worth
    said says say according reported reports report announced announces show shows showed
    shown make makes made take takes took get gets got reach reaches reached rose rise rises
    fell fall falls grew grow grows increased decreased surged jumped climbed dropped declined
    totalled totaled totaling totalling compared including included includes used uses using
    came went saw gave left ran won lost held began became beat beats hit set put met paid sold
    bought built kept led spent cost costs brought thought told found felt stood sent
    """)
)

# Approximation and bound words kept apart from the value.
QUALIFIERS = (
    "a little more than", "a little over", "slightly more than", "slightly less than",
    "just over", "just under", "well over", "well above", "well below", "no more than",
    "no less than", "not more than", "not less than", "more than", "less than", "fewer than",
    "greater than", "at least", "at most", "up to", "as many as", "as much as", "as few as",
    "as little as", "as high as", "as low as", "upwards of", "in excess of", "close to",
    "nearly", "almost", "about", "around", "approximately", "approx.", "roughly", "some",
    "over", "under", "below", "above", "exceeding", "exceeded", "exceeds", "surpassing", "surpassed",
    "surpasses", "topping", "an estimated", "estimated", "circa",
    "around", "~", "c.", "ca.",
)

class DollarCountry(NamedTuple):
    """A country (or currency union) whose money is called the dollar, other than the US."""

    code: str
    adjectives: tuple[str, ...]
    """How "dollars" is qualified for it ("New Zealand dollars", "Fijian dollars")."""
    signs: tuple[str, ...]
    """Its own signs and code as written ("NZ$", "NZD"); a sign two countries write ("B$": the
    Bahamas and Brunei) names neither as a currency symbol."""
    places: str = ""
    """Its names, people, largest cities (datelines), regions whose names are no one else's and
    time zones, each opening with a capital (a regex alternation): a text placed there writes its
    own dollar as a bare "$" (local_dollar.py). Empty for a country whose press writes a bare "$"
    for the US dollar, which circulates there (Liberia, Zimbabwe) or marks its own ("NT$")."""
    exchanges: str = ""
    """Its stock exchanges' short names (a regex alternation): a company given with its ticker
    there ("(ASX: NRT)") reports in the home dollar, and places the text as a dateline does."""


# Every dollar but the US one: the one table the money reader (symbols, "Fijian dollars") and
# the local-dollar rule (where a bare "$" is written) derive theirs from.
DOLLAR_COUNTRIES: tuple[DollarCountry, ...] = (
    DollarCountry("AUD", ("Australian",), ("A$", "AU$", "AUD"),
                  r"Australia|Australians?|Sydney|Melbourne|Brisbane|Perth|Canberra|Adelaide|"
                  r"Queensland(?:ers?)?|New\s+South\s+Wales|NSW|Tasmanian?|Aussies?|AEST|AEDT|ACST|AWST", "ASX"),
    DollarCountry("CAD", ("Canadian",), ("C$", "CA$", "Can$", "CAD"),
                  r"Canada|Canadians?|Toronto|Ottawa|Montreal|Vancouver|Calgary|"
                  r"Ontario|Quebec|Alberta|British\s+Columbia|Manitoba|Saskatchewan|Nova\s+Scotia|Newfoundland",
                  "TSX|TSXV|TSX-V"),
    DollarCountry("NZD", ("New Zealand",), ("NZ$", "NZD"),
                  # "NZ" alone ("Stats NZ") and Kiwis, also as the first half of a name ("KiwiSaver").
                  r"New\s+Zealand(?:ers?)?|NZ(?!\$)|Aotearoa|Kiwis?|Kiwi[A-Z][a-z]+|Auckland|Wellington|Christchurch|"
                  r"NZST|NZDT", "NZX"),
    DollarCountry("SGD", ("Singapore", "Singaporean"), ("S$", "SGD"), r"Singapore(?:ans?)?|SGT", "SGX"),
    DollarCountry("HKD", ("Hong Kong",), ("HK$", "HKD"), r"Hong\s+Kong(?:ers?)?|HKT", "HKEX|SEHK"),
    DollarCountry("TWD", ("Taiwan", "New Taiwan"), ("NT$", "TWD")),
    DollarCountry("JMD", ("Jamaican", "Jamaica"), ("J$", "JA$", "JMD"), r"Jamaica|Jamaicans?|Montego\s+Bay"),
    DollarCountry("TTD", ("Trinidad and Tobago", "Trinidadian"), ("TT$", "TTD"),
                  r"Trinidad|Tobago|Trinidadians?|Port\s+of\s+Spain"),
    DollarCountry("BBD", ("Barbados", "Barbadian"), ("Bds$", "BBD$", "BBD"),
                  r"Barbados|Barbadians?|Bajans?|Bridgetown"),
    DollarCountry("BSD", ("Bahamian",), ("B$", "BSD"), r"Bahamas|Bahamians?"),
    DollarCountry("BZD", ("Belize", "Belizean"), ("BZ$", "BZD"), r"Belize|Belizeans?|Belmopan"),
    DollarCountry("GYD", ("Guyana", "Guyanese"), ("G$", "GY$", "GYD"), r"Guyana|Guyanese"),
    DollarCountry("XCD", ("Eastern Caribbean", "East Caribbean"), ("EC$", "XCD"),
                  r"Antigua|Dominica|Grenada|Grenadines|St\.?\s+Kitts|Saint\s+Kitts|Nevis|St\.?\s+Lucia|"
                  r"Saint\s+Lucia|St\.?\s+Vincent|Saint\s+Vincent|Anguilla|Montserrat|Eastern\s+Caribbean"),
    DollarCountry("KYD", ("Cayman Islands", "Caymanian"), ("CI$", "KYD"), r"Cayman(?:ians?)?"),
    DollarCountry("BMD", ("Bermudian", "Bermuda"), ("BD$", "BMD"), r"Bermuda|Bermudians?"),
    DollarCountry("FJD", ("Fijian", "Fiji"), ("FJ$", "FJD"), r"Fiji|Fijians?|Suva"),
    DollarCountry("SBD", ("Solomon Islands",), ("SI$", "SBD"), r"Solomon\s+Islands?|Solomon\s+Islanders?|Honiara"),
    DollarCountry("NAD", ("Namibian", "Namibia"), ("N$", "NAD"), r"Namibia|Namibians?|Windhoek"),
    DollarCountry("BND", ("Brunei", "Bruneian"), ("B$", "BND"), r"Brunei|Bruneians?|Bandar\s+Seri\s+Begawan"),
    DollarCountry("LRD", ("Liberian",), ("L$", "LRD")),
)
_DOLLAR_SIGNS = [sign.lower() for d in DOLLAR_COUNTRIES for sign in d.signs if sign.endswith("$")]

# Signs a sum may be written with; every symbol below that is not all letters ends with one.
CURRENCY_SIGNS = "$€£¥₹₩₽₺₦₱₪₴¢₵"
CURRENCY_SYMBOLS: dict[str, str] = {
    "us$": "USD", "u.s.$": "USD", "$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR",
    "₩": "KRW", "r$": "BRL", "chf": "CHF", "rmb": "CNY", "₽": "RUB",
    "₺": "TRY", "₦": "NGN", "₱": "PHP", "₪": "ILS", "₴": "UAH",
    # A country's letters before a shared sign: Ghana's cedi, Egypt's pound, China's and Japan's ¥,
    # Mexico's peso.
    "gh¢": "GHS", "gh₵": "GHS", "₵": "GHS", "e£": "EGP", "cn¥": "CNY", "jp¥": "JPY", "mex$": "MXN", "mx$": "MXN",
}
CURRENCY_SYMBOLS.update({
    sign.lower(): d.code for d in DOLLAR_COUNTRIES for sign in d.signs
    if sign.endswith("$") and _DOLLAR_SIGNS.count(sign.lower()) == 1
})
# Words that place a bare "¥" in Japan (it is the yuan elsewhere): money.py reads them in the
# sentence, local_dollar.py counts them across the document against China's.
JAPAN_WORDS = ("Japan", "Japanese", "Tokyo", "Osaka", "yen")
# ISO codes of currencies often quoted in news. Left out: codes that are also common
# abbreviations written next to numbers (PHP, SAR, ILS).
CURRENCY_CODES = frozenset(
    split_words("USD EUR GBP CNY JPY INR KRW HKD AUD CAD SGD NZD BRL CHF RUB ZAR MXN SEK NOK DKK "
    "MYR TRY IDR THB TWD VND PKR NGN EGP AED PLN CZK HUF GHS KES")
)
# Every ISO 4217 code (and the common unofficial ones); CURRENCY_CODES above are the ones the
# money reader reads.
ISO_CURRENCY_CODES = frozenset(split_words("""
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN BWP BYN BZD
    CAD CDF CHF CLP CNH CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD FKP GBP GEL GHS GIP
    GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD
    KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK
    NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS
    SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF
    XCD XOF XPF YER ZAR ZMW ZWL NTD RMB BTC
"""))
# Letter prefixes written (spaced or glued) before a sum, case as written: "RM2.5 billion"
# (ringgit), "Rs 500", "Rs.40", "Rp 9,000" (rupiah), "Tk 50 crore" (taka), "Dh5 million"
# (dirhams). ("kr" is read after the sum, by the country the article names: SHARED_CURRENCIES.)
# East African shillings: "KSh" Kenya, "TSh" Tanzania, "USh" Uganda; a bare "Sh"/"Shs" is the
# shilling of the country the article names (money.py), Kenya's by default.
# "Dh"/"Dhs" is how Gulf papers write the UAE dirham ("Dh4.2 billion").
CURRENCY_PREFIXES: dict[str, str] = {
    "RM": "MYR", "Rs": "INR", "Rs.": "INR", "Rp": "IDR", "Tk": "BDT", "Dh": "AED", "Dhs": "AED",
    "KSh": "KES", "Ksh": "KES", "KSH": "KES", "Sh": "KES", "Shs": "KES",
    "TSh": "TZS", "Tsh": "TZS", "USh": "UGX", "UShs": "UGX",
    # South Asian copy also writes the word first, as the "Rs" it abbreviates ("rupees 3.5 crore").
    "Rupees": "INR", "rupees": "INR",
}
# Each prefix is an abbreviation, so a paper may close it with a point ("Ksh.250 billion",
# "Tk.50 crore"), as "Rs." is.
CURRENCY_PREFIXES.update({p + ".": code for p, code in list(CURRENCY_PREFIXES.items())
                          if not p.endswith(".") and not p.lower().startswith("rupee")})
CURRENCY_WORDS: dict[str, str] = {
    "us dollars": "USD", "u.s. dollars": "USD", "dollars": "USD", "dollar": "USD",
    "euros": "EUR", "euro": "EUR", "pounds sterling": "GBP", "sterling": "GBP",
    "yuan": "CNY", "renminbi": "CNY", "yen": "JPY", "rupees": "INR", "rupee": "INR",
    "won": "KRW", "swiss francs": "CHF", "francs": "CHF", "roubles": "RUB", "rubles": "RUB",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "lira": "TRY",
    "naira": "NGN", "zloty": "PLN", "dirhams": "AED", "dirham": "AED", "patacas": "MOP", "pataca": "MOP",
    # A bare riyal is Saudi unless the article names Qatar (SHARED_CURRENCIES below, which also
    # adds "qatari riyals" and the like); Oman and Iran write "rial".
    "riyals": "SAR", "riyal": "SAR",
    # Lower-case only (money.py): "Rand" is also a name ("the 12 Rand fellows").
    "rand": "ZAR", "reais": "BRL",
    # Swedish crowns are "kronor" (Norway and Denmark write "kroner", left out: two currencies).
    "swedish kronor": "SEK", "kronor": "SEK",
    # Pence are not pounds: "GBp" is the code markets give sums quoted in pence sterling.
    "pence": "GBp",
    # Capitalised "Dong" is also a name (money.py).
    "dong": "VND", "cedis": "GHS", "cedi": "GHS", "forint": "HUF", "forints": "HUF", "taka": "BDT",
    "shekels": "ILS", "shekel": "ILS", "new shekels": "ILS", "hryvnias": "UAH", "hryvnia": "UAH",
    "zlotys": "PLN", "zł": "PLN", "koruna": "CZK", "korunas": "CZK", "kč": "CZK",
    "swiss franc": "CHF",
}
# Currency nouns several countries use: the noun, then each country's code and its names (the
# adjective first). With the adjective ("Mexican pesos") the noun is that country's currency;
# bare ("pesos", "kr"), it is the currency of the one country among them the article names
# (money.py), else no currency (the noun stays the unit as written).
SHARED_CURRENCIES: dict[str, dict[str, tuple[str, ...]]] = {
    "peso": {"MXN": ("Mexican", "Mexico"), "PHP": ("Philippine", "Philippines", "Filipino"),
             "ARS": ("Argentine", "Argentinian", "Argentina"), "CLP": ("Chilean", "Chile"),
             "COP": ("Colombian", "Colombia"), "UYU": ("Uruguayan", "Uruguay"), "DOP": ("Dominican",)},
    "krone": {"NOK": ("Norwegian", "Norway"), "DKK": ("Danish", "Denmark")},
    "kr": {"SEK": ("Swedish", "Sweden"), "NOK": ("Norwegian", "Norway"), "DKK": ("Danish", "Denmark")},
    "shilling": {"KES": ("Kenyan", "Kenya"), "TZS": ("Tanzanian", "Tanzania"), "UGX": ("Ugandan", "Uganda"),
                 "SOS": ("Somali", "Somalia")},
    "pound": {"EGP": ("Egyptian", "Egypt"), "LBP": ("Lebanese", "Lebanon"), "SDG": ("Sudanese", "Sudan")},
    "riyal": {"SAR": ("Saudi",), "QAR": ("Qatari", "Qatar", "Doha")},
    "rial": {"OMR": ("Omani", "Oman"), "IRR": ("Iranian", "Iran"), "YER": ("Yemeni", "Yemen")},
    "rupee": {"INR": ("Indian", "India"), "PKR": ("Pakistani", "Pakistan"), "LKR": ("Sri Lankan", "Sri Lanka"),
              "NPR": ("Nepalese", "Nepal"), "MUR": ("Mauritian", "Mauritius")},
    "dinar": {"KWD": ("Kuwaiti", "Kuwait"), "BHD": ("Bahraini", "Bahrain"), "JOD": ("Jordanian", "Jordan"),
              "RSD": ("Serbian", "Serbia"), "DZD": ("Algerian", "Algeria"), "IQD": ("Iraqi", "Iraq"),
              "TND": ("Tunisian", "Tunisia"), "LYD": ("Libyan", "Libya")},
    "dirham": {"AED": ("Emirati", "UAE"), "MAD": ("Moroccan", "Morocco")},
    "dollar": {d.code: d.adjectives for d in DOLLAR_COUNTRIES},
}
_PLURALS = {"krone": "kroner", "kr": "kr"}
# The bare nouns read by the country named (not "pound", a weight, nor "dollar", local_dollar.py).
SHARED_BARE: dict[str, str] = {}
for _noun, _by_code in SHARED_CURRENCIES.items():
    _plural = _PLURALS.get(_noun, _noun + "s")
    if _noun not in ("pound", "dollar"):
        SHARED_BARE[_noun] = SHARED_BARE[_plural] = _noun
    if _noun == "kr":
        continue
    for _iso, _names in _by_code.items():
        for _name in _names:
            CURRENCY_WORDS.setdefault(f"{_name.lower()} {_noun}", _iso)
            CURRENCY_WORDS.setdefault(f"{_name.lower()} {_plural}", _iso)

# --- regex fragments ------------------------------------------------------------------

_words = sorted(
    list(NUMBER_WORDS) + [f"{t}-{u}" for t in TENS_WORDS for u in UNITS_WORDS[1:10]],
    key=len, reverse=True,
)


def _by_first_letter(words: list[str]) -> str:
    """An alternation grouped by first letter ("t(?:wenty|en)|f(?:ive|our)"), same order within
    a group: the regex engine then tries a dozen letters, not a hundred words, at each word."""
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(re.escape(word[0]), []).append(re.escape(word[1:]))
    return "(?:" + "|".join(f"{first}(?:{'|'.join(rest)})" for first, rest in groups.items()) + ")"


WORD_NUMBER = _by_first_letter(_words)
# Digits with thousands separators or decimals, not glued to a letter, digit or hyphenated name.
# The digit comes first and the look-behinds check the character before it: a pattern that
# starts with \d lets the regex engine skip ahead to digits, several times faster.
# Thousands may also be set off by a space ("87 000 tonnes", WHO and European style): a group of
# exactly three digits, not glued to a letter, hyphen or further digit ("3 200-page" is not one).
# The groups may end in a decimal comma or point ("1 234,5", SI and continental style); a comma
# or point then three digits is another grouping, not this number's decimals.
# The last group may carry a glued unit abbreviation ("1 500km", "12 000t"), as unspaced digits do.
_SPACED_GROUPS = (
    r"(?:[ \u00a0\u2009\u202f]\d{3}(?!(?!(?:km|kg|m|t|MW|GW|kW|ha)\b)[\w-]|[,.]\d{3}))+"
    r"(?:[.,]\d{1,2}(?!\d)|\.\d+)?"
)
# Thousands set off by points, continental style: two groups or more ("1.234.567"), or one
# before a decimal comma ("1.234,5"). One group alone ("1.234") stays an English decimal.
_POINT_GROUPS = r"\d{0,2}(?:(?:\.\d{3})+,\d+|(?:\.\d{3}){2,})"
# Thousands set off by an apostrophe, Swiss style ("1'234.5", "1’234’567").
_APOSTROPHE_GROUPS = r"\d{0,2}(?:['’]\d{3})+(?:\.\d+)?"
# A preposition glued to a number ("rose from8.3 percent", a space lost in the source) does
# not make it part of a word: each is a fixed-width look-behind, tried only after a letter.
_GLUED_PREPOSITIONS = split_words("from to of at by in than over under about around")
_AFTER_PREPOSITION = "|".join(rf"(?<=\b{p}\d)" for p in _GLUED_PREPOSITIONS)
# The same look-behinds before a number's first digit ("higher than1990": years.py).
GLUED_PREPOSITION_BEFORE = "|".join(rf"(?<=\b{p})" for p in _GLUED_PREPOSITIONS)
# Indian grouping sets off the last three digits, then pairs: "4,72,816" (472816), "12,50,000".
_INDIAN_GROUPS = r"\d?(?:,\d\d)+,\d{3}"
# A decimal comma (South African and continental style: "6,3%", "7,5-million", "4,5 km"): a
# comma and one or two digits, then a percent sign, a scale or a unit abbreviation. English
# sets off thousands in threes, so "4,200" keeps its separator, and a comma before a space
# ("in 2019, 42 stores", "1, 2 and 3") is no part of a number.
_DECIMAL_COMMA_AFTER = (
    r"(?=\s?(?:%|(?i:per[\s-]?cent|percentage|pct|pp)\b)|(?:\s+|-)?(?i:thousand|million|billion|trillion)\b"
    r"|(?:[kKmMbBtT]|[bBmMtT][nN]|[mMbB][lL][nN])\b|\s?(?:"
    + "|".join(re.escape(u) for u in sorted(UNIT_ABBREVIATIONS, key=len, reverse=True)) + r")(?![\w/]))"
)
# A decimal comma also before a word of weight, length, volume or money ("12,5 tonnes", "3,75
# euros"): a count is not grouped so, and a list written without spaces ("aged 10,12 and 14")
# names no unit. Not ",00": a measure given to no hundredths is a thousands group short of a
# zero ("52,00 hectares" for 52,000).
_DECIMAL_UNIT_WORDS = sorted(
    set(split_words("tonnes tons kilograms grams litres liters metres meters kilometres kilometers miles "
                    "hectares acres barrels gallons"))
    | {w for w in CURRENCY_WORDS if " " not in w and w != "won"},
    key=len, reverse=True,
)
_DECIMAL_COMMA_BEFORE_WORD = r",(?!00\b)\d{1,2}(?=\s(?:" + "|".join(_DECIMAL_UNIT_WORDS) + r")\b)"
# "38 thousand 415 million": the word set between a number and a group of three digits, as
# copy translated from Spanish or Portuguese ("38 mil 415 millones") writes 38,415 million.
# Read apart, the two halves would be two wrong figures (38,000 and 415 million).
_WORD_THOUSANDS = r"\d{0,2}\s(?i:thousand)\s\d{3}(?![\w-]|[,.]\d)"
GROUPED_DIGITS = (
    r"(?:(?:\d{0,2}(?:,\d{3})+|" + _INDIAN_GROUPS + r")(?:\.\d+)?|" + _POINT_GROUPS + r"|" + _APOSTROPHE_GROUPS
    + r"|\d{0,2}" + _SPACED_GROUPS + r"|" + _WORD_THOUSANDS
    + r"|\d*(?:\.\d+|,\d{1,2}" + _DECIMAL_COMMA_AFTER + "|" + _DECIMAL_COMMA_BEFORE_WORD + r")?)(?![,.]?\d)"
)
"""What follows a number's first digit: thousands in threes (commas or spaces), Indian pairs
or plain digits, then decimals after a point or a decimal comma. A currency code glued to
the digits ("RM12 500 million") reads its number with it too."""
# "c.5,000", "ca.300": the abbreviation of circa glued to the digits, its point no decimal one.
_AFTER_CIRCA = r"(?<=\bc\.\d)|(?<=\bca\.\d)"
# A whole and a fraction: "1½", "2 ¾", "2 1/2" (halves, thirds, quarters and eighths, as recipes,
# distances and times are written); a slash fraction not part of a date ("2 1/2/2031").
VULGAR_FRACTIONS: dict[str, Fraction] = {
    "½": Fraction(1, 2), "⅓": Fraction(1, 3), "⅔": Fraction(2, 3), "¼": Fraction(1, 4), "¾": Fraction(3, 4),
    "⅕": Fraction(1, 5), "⅖": Fraction(2, 5), "⅗": Fraction(3, 5), "⅘": Fraction(4, 5), "⅛": Fraction(1, 8),
    "⅜": Fraction(3, 8), "⅝": Fraction(5, 8), "⅞": Fraction(7, 8),
}
_FRACTION_AFTER_WHOLE = (
    r"(?:[ \u00a0]?[" + "".join(VULGAR_FRACTIONS) + r"]|[ \u00a0][1-7]/[2348](?![/\d]))(?![\w/])"
)
DIGITS = (r"\d(?:(?<![\w.,/:'’]\d)|" + _AFTER_PREPOSITION + "|" + _AFTER_CIRCA + r")(?<![A-Za-z0-9]-\d)"
          + GROUPED_DIGITS + r"(?:(?<![.,]\d)(?<=\d)" + _FRACTION_AFTER_WHOLE + r")?")
# A document that writes its decimals with a comma: two decimal commas by the rule above and no
# thousands set off by a comma (such writers set thousands off by a space: "608 000").
# (The look-behind comes after the first digit, so that the regex engine skips to digits
# instead of trying it at every offset of the document.)
_DECIMAL_COMMA_NUMBER = re.compile(r"\d(?<![\w.,]\d)\d{0,2},\d{1,2}" + _DECIMAL_COMMA_AFTER)
_COMMA_THOUSANDS = re.compile(r"\d,\d{3}(?!\d)")


def uses_decimal_commas(text: str) -> bool:
    """Whether a document writes decimals with a comma throughout (decimals.py then reads a
    bare "7,25" as a decimal too)."""
    # Thousands set off by a comma first: most documents have one early on, which settles it.
    if "," not in text or _COMMA_THOUSANDS.search(text):
        return False
    found = _DECIMAL_COMMA_NUMBER.finditer(text)
    return next(found, None) is not None and next(found, None) is not None


# A year as writers give it: 1800-2099 (later ones only after a preposition, years.py).
YEAR = r"(?:1[89]\d\d|20\d\d)"
_SEPARATORS = str.maketrans("", "", ", \u00a0\u2009\u202f'’")
# A comma before the last one or two digits is a decimal comma: GROUPED_DIGITS ends every
# thousands group with three.
_DECIMAL_COMMA = re.compile(r",(?=\d{1,2}$)")


_THOUSAND = re.compile("thousand", re.IGNORECASE)
_SLASH_FRACTION = re.compile(r"\s(?P<n>\d)/(?P<d>\d)$")


def _trailing_fraction(digits: str) -> tuple[str, Fraction] | None:
    """The whole and the fraction of "2½", "2 ¾" or "2 1/2"; None for other digits."""
    if digits and digits[-1] in VULGAR_FRACTIONS:
        return digits[:-1].rstrip(), VULGAR_FRACTIONS[digits[-1]]
    if "/" in digits and (m := _SLASH_FRACTION.search(digits)):
        return digits[:m.start()], Fraction(int(m.group("n")), int(m.group("d")))
    return None


def _as_decimal_text(value: Fraction) -> str:
    """A fraction as decimal digits: exact where it ends ("2.5"), else to four places ("1.3333")."""
    exact = Decimal(value.numerator) / Decimal(value.denominator)
    return str(exact if exact == exact.quantize(Decimal("0.001")) else exact.quantize(Decimal("0.0001")))


def _plain_digits(digits: str) -> str:
    """Digits as Decimal reads them: separators dropped (also the word in "38 thousand 415"),
    a decimal comma made a point, a whole and a fraction ("2½", "2 1/2") a decimal."""
    if (fraction := _trailing_fraction(digits)) is not None:
        whole, part = fraction
        return _as_decimal_text(Fraction(Decimal(_plain_digits(whole))) + part)
    if "." in digits and (digits.count(".") > 1 or digits.rfind(",") > digits.rfind(".")):
        digits = digits.replace(".", "").replace(",", ".")  # points set thousands off: "1.234.567", "1.234,5"
    if "," in digits:
        digits = _DECIMAL_COMMA.sub(".", digits)
    if " " in digits:
        digits = _THOUSAND.sub("", digits)
    return digits.translate(_SEPARATORS)
# "4.5 lakh crore" is 4.5 trillion (a lakh of crores), as Indian budgets write it. "lac" in
# lower case only, where a case-insensitive pattern reads the scales: "Lac" names lakes.
SCALE_WORD = (r"(?:thousand|million|billion|trillion|quadrillion|quintillion|sextillion|septillion|"
              r"octillion|nonillion|(?:lakh|(?-i:lac))s?(?:[\s-]+crores?)?|crores?)")
# After digits the scale word may be capitalised ("Sh29.3 Billion", "$4 MILLION"): headlines and
# some papers' body copy write it so, and no name is spelt digits then a scale word.
SCALE_WORD_ANY_CASE = f"(?i:{SCALE_WORD})"
LARGE_SCALES = ("quadrillion", "quintillion", "sextillion", "septillion", "octillion", "nonillion")
# Headlines and wire copy write the abbreviations in capitals too ("A$1.4BN", "EUR2Bn").
SCALE_SUFFIX = r"(?:[kKmMbBtT]|[bBmMtT][nN]|[mMbB][lL][nN]|[tT][rR][nN])"
# After a currency, "cr" (glued or spaced) is the crore, as South Asian headlines shorten it
# ("Rs 500 cr", "₹1,200cr"); elsewhere "12 cr" may be credits or chromium. Glued "bil" and
# "mil" likewise ("RM4.2bil"): elsewhere "5mil" may be a thickness.
SCALE_SUFFIX_AFTER_SIGN = r"(?:[kKmMbBtT]|[bBmMtT][nN]|[mMbB][lL][nN]|[tT][rR][nN]|[cC][rR]|[bB][iI][lL]|[mM][iI][lL])"
# A number: digits with an optional scale word or glued suffix, or number words with a scale.
# The scale word may be spaced, glued ("$3.17billion", a space lost in the copy) or hyphenated
# ("a 2.3-million-mile trip", a scaled figure used as an adjective): a number glued to a
# scale word is never a name. "a half-dozen" is six.
# A scale abbreviation of two letters or more may also be spaced ("2.5 bn users", "€4 mn"): no
# word is spelt so. A spaced single letter ("$2.5 m", "£3 M", "$1.2 tn") is a scale only after
# a currency sign (money.py): elsewhere "5 m" is metres and "5 t" tonnes.
SPACED_SCALE = r"(?i:bn|mn|mln|bln|trn)"
SPACED_SCALE_AFTER_SIGN = r"(?:[kKmMbBT]|tn|(?i:bn|mn|mln|bln|trn|cr))"


# A release's note mark glued after a figure's word ("$4.5 billion3", "12 per cent2"): one or
# two digits that end the word (identifiers.py claims them).
NOTE_MARK_AFTER = r"(?=\d\d?(?![\w.,]))"


# A scale abbreviation after a sign may run into the next word, its space lost in the copy
# ("a $47mloss", "$3bnboost"): a lower-case word of three letters or more that starts with a
# consonant (the abbreviation's own letters go on with a vowel: "$5month", "$9mile") and does not
# continue the abbreviation ("mn", "mln", "trn").
_GLUED_WORD_AFTER_SCALE = r"(?=(?![nN]|[lLrR][nN])[b-df-hj-np-tv-z][a-z]{2,}\b)"


def scale_after_digits(spaced: str = SPACED_SCALE, suffix: str = SCALE_SUFFIX, glued_word: bool = False) -> str:
    """The scale after a number's digits: glued (``suffix``: "2.5bn"), spaced (``spaced``:
    "2.5 bn"), or a scale word spaced, glued or hyphenated, in any case ("Sh29.3 Billion"). A "+"
    or "-plus" may come between the digits and a scale word ("200+ million", "200-plus million":
    at least 200 million). With ``glued_word`` the suffix may run into the next word ("$47mloss")."""
    tail = rf"(?:\b|{_GLUED_WORD_AFTER_SCALE})" if glued_word else r"\b"
    return (rf"(?:(?:\s(?={spaced}(?![\w'’&-])))?(?P<suffix>{suffix}){tail}"
            rf"|(?:\+|-plus)?(?:\s+|-)?(?P<scale>(?:hundred\s+)?{SCALE_WORD_ANY_CASE}|hundred(?!-))(?:\b|{NOTE_MARK_AFTER}))")


# "a quarter of a million", "three-quarters of a billion": a fraction of a scale word; so is
# "two and a half million" a whole and a half, and "two hundred thousand" has two scale words.
_FRACTION_OF_A = r"(?:an?\s+(?:quarter|third)|three[\s-]quarters)\s+of\s+an?"
_FRACTIONS_OF: dict[str, Decimal] = {
    "quarter": Decimal("0.25"), "third": Decimal(1) / 3, "three-quarters": Decimal("0.75"), "quarters": Decimal("0.75"),
}


# A compound adjective takes the singular ("a 3-cent stamp", a kind); a plural money noun after
# the hyphen ("by 67-cents", "four-pence a litre") is the sum itself, its space written as a hyphen.
HYPHENED_MONEY_PLURALS = frozenset(split_words("cents pence dollars euros pounds"))
HYPHENED_MONEY = "|".join(sorted(HYPHENED_MONEY_PLURALS))  # as a pattern's alternatives
# A scale word hyphenated to a currency's singular ("a 28 billion-dollar fund", "a
# million-pound deal") is the sum, in that currency, of the thing it sizes; a plural noun after it
# ("28 billion-dollar storms") is counted instead (compounds.py).
SCALED_COMPOUND_CURRENCIES = frozenset(
    split_words("dollar pound euro rand rupee naira shilling peso yen yuan franc")
)
SCALED_COMPOUND_CURRENCY = "|".join(sorted(SCALED_COMPOUND_CURRENCIES))  # as a pattern's alternatives


# "two thousand 935": the thousands in words and the rest in digits, as "38 thousand 415" is
# written in digits (GROUPED_DIGITS); the scale word and the digits are read as one scale
# (number_value).
_WORD_THOUSAND_DIGITS = r"thousand\s\d{3}(?![\w-]|[,.]\d)"


def _numbers(spaced: str, suffix: str = SCALE_SUFFIX, glued_word: bool = False) -> tuple[str, str]:
    """NUMBER and NUMBER_DIGITS with ``spaced`` and glued ``suffix`` scale abbreviations."""
    after = scale_after_digits(spaced, suffix, glued_word)
    full = (
        rf"(?:(?P<digits>{DIGITS}){after}?"
        rf"|(?<![\w-])(?:(?P<word>{WORD_NUMBER}(?:\s+and\s+a\s+half(?=\s+{SCALE_WORD}\b))?|an?|half\s+a"
        rf"|half(?=-dozen\b)|{_FRACTION_OF_A})(?:\s+|-(?=dozen\b))"
        rf"(?P<wscale>{_WORD_THOUSAND_DIGITS}|(?:hundred\s+)?{SCALE_WORD}|dozen|hundred)\b"
        rf"|(?P<bare>{WORD_NUMBER})\b(?!-(?!(?:{HYPHENED_MONEY})\b))))"
    )
    # The same groups, without the (slow) number-word alternatives: for sentences with none.
    # The word groups are optional never-matching tails, so the pattern still starts with \d.
    digits_only = rf"(?P<digits>{DIGITS}){after}?(?P<word>(?!))?(?P<wscale>(?!))?(?P<bare>(?!))?"
    return full, digits_only


NUMBER, NUMBER_DIGITS = _numbers(SPACED_SCALE)
NUMBER_AFTER_SIGN, NUMBER_DIGITS_AFTER_SIGN = _numbers(
    SPACED_SCALE_AFTER_SIGN, SCALE_SUFFIX_AFTER_SIGN, glued_word=True)
NUMBER_VOCAB = (frozenset(NUMBER_WORDS) | {f"{t}" for t in TENS_WORDS} | {"thousand", "million", "billion", "trillion"}
                | frozenset(LARGE_SCALES) | INDIAN_SCALES)


def number_pattern(full: str, digits_only: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Compile a pattern twice: with number words, and with digits only (much faster)."""
    return re.compile(full), re.compile(digits_only)


QUALIFIER_BEFORE = re.compile(
    r"(?:^|(?<=[\s(]))(?P<q>" + _by_first_letter(sorted(set(QUALIFIERS), key=len, reverse=True))
    + r")\s*$",
    re.IGNORECASE,
)


_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


def fold(word: str) -> str:
    """The word-list key of text a case-insensitive pattern matched: re.IGNORECASE also
    matches İ and ı to "i" and ſ to "s", which lower() alone does not give back."""
    return word.translate(_FOLD).lower()


def _word_value(word: str) -> Decimal:
    """A number word's value ("four", "twenty-one"); KeyError for other words."""
    if "-" in word:
        tens, unit = word.split("-", 1)
        return Decimal(NUMBER_WORDS[tens] + NUMBER_WORDS[unit])
    return Decimal(NUMBER_WORDS[word])


def number_value(digits: str | None, word: str | None, scale: str | None) -> Decimal | None:
    """The value of a matched number: digits or a number word, times its scale."""
    try:
        if digits is not None:
            base = Decimal(_plain_digits(digits))
        elif word is not None:
            words = fold(word).split()
            w = words[0]
            if len(words) > 2 and words[-2] == "of":  # "a quarter of a": see _FRACTION_OF_A
                base = _FRACTIONS_OF[words[-3]]
            elif words[-3:] == ["and", "a", "half"]:  # "two and a half million"
                base = _word_value(w) + Decimal("0.5")
            elif w in ("a", "an"):
                base = Decimal(1)
            elif w == "half":
                base = Decimal("0.5")
            else:
                base = _word_value(w)
        else:
            return None
    except (InvalidOperation, KeyError):
        return None
    if scale and scale[-1].isdigit():  # "two thousand 935": see _WORD_THOUSAND_DIGITS
        word_scale, rest = scale.rsplit(None, 1)
        return base * _factor(word_scale) + Decimal(rest)
    if scale:
        factor = _factor(scale)
        if factor != 1:
            base *= factor
    return base


def as_number(value: Decimal) -> int | float:
    """An int when the value is whole, else a float with the digits as written."""
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def figure_value(digits: str | None, word: str | None, scale: str | None) -> int | float | None:
    """``as_number(number_value(digits, word, scale))``. Short ASCII digits (most figures)
    are read with integer arithmetic, exact as Decimal is at these sizes, without the
    Decimal round trip; a fraction left over with a scale goes the Decimal way."""
    if digits is not None:
        plain = _plain_digits(digits)
        if plain.isascii() and len(plain) <= 15:
            whole, dot, fraction = plain.partition(".")
            if whole.isdigit() and (not dot or fraction.isdigit()):
                factor = _factor(scale) if scale else 1
                scaled = int(whole + fraction) * factor
                places: int = 10 ** len(fraction)
                if scaled % places == 0:
                    return scaled // places
                if not scale:
                    return float(plain)  # what float(Decimal(plain)) gives
    value = number_value(digits, word, scale)
    return None if value is None else as_number(value)


def scale_factor(scale: str) -> int:
    """What a scale word or abbreviation multiplies by ("mln": a million; 1 for none)."""
    return _factor(scale)


def _factor(scale: str) -> int:
    """The factor number_value() multiplies by (1 where it does not multiply)."""
    key = fold(scale)
    if not key.isalpha():  # "lakh crore", "lakh-crore": the product of its words
        product = 1
        for word in key.replace("-", " ").split():
            product *= _factor(word)
        return product
    return SCALES.get(key) or NUMBER_WORDS.get(key) or SCALES.get(key.rstrip("s")) or 1
