"""The theme matrix: the kinds of story that carry figures on each theme of the taxonomy, as a
newsroom's beats bring them in, each an invented mini-document (a headline and one to three
short paragraphs) with the theme a careful reader files its figures under.

Built like the format and ordinal matrices (tests/test_extract_format_matrix.py,
tests/test_extract_ordinal_matrix.py): the beat rows are a cross product of two small lists, a
beat (who publishes what figure: a statistics office's prices, a central bank's rate, an
operator's subscribers, a museum's visitors) and a register that writes it up (wire copy, a
release, a regional paper, a trade paper), so a new beat is one entry of a list, written four
ways. Then border rows (the same figure in documents about different things: exports of a
country and of a sector, visitors of a museum and of a zoo, shipments of smartphones and of
PCs) and near misses (a theme's cue word used in another sense). Every row goes through the
real pipeline: parse, extract, classify. The row id starts with its family (the theme's slug
for beats, ``border``, ``near``); the pass rate per family is what the rules are measured by.

The readings follow the taxonomy's conventions (content/taxonomy.yml, its descriptions and
comments): the economy is a whole economy's measures whoever publishes them, a country's total
trade, market prices of traded assets and commodities and a statistics office's retail sales;
general is one sector's exports, output or harvest, tourism, passenger traffic, one company's
results and a sector's own sales; culture is the games trade, theatre and cinema attendance,
museums, galleries, heritage sites, festivals and the performing arts (zoos, theme parks and
attractions at large stay general, as tourism); communications is broadband, subscribers,
internet use and speeds, and handsets (PCs, chips and consumer electronics stay general). A
sector's own figures keep their theme when the story passes a word of another (the maritime sector
in a shipyard's orders, broadcast networks buying a league's match rights, a company's net debt).
ip-statistics counts rights in court too (infringement and revocation actions, whatever the
court's name) and a report on one field's patents (AI patents by applicant are patents, not AI).
The scope rows read whose figure it is: a whole country's labour series, a market's listings and a
traded commodity's price by the tonne are the economy's (the taxonomy's widened_by), a sector's,
a firm's or a profession's figures general, whatever scope or economy words stand beside them.

Every document, name and figure here is invented.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from tests.classify_helpers import ThemeRow, assert_themes, theme_params

Row = ThemeRow


class Beat(NamedTuple):
    id: str
    theme: str
    head: str
    """The headline, with no figure of its own."""
    who: str
    """Who publishes the figures, as a noun phrase after a verb ("the statistics office")."""
    fact: str
    """The lead figure as a clause ("consumer prices rose 3.1% over the twelve months to April")."""
    more: str
    """A second sentence with a figure of the same story."""


ROWS: list[Row] = []


def _row(id_: str, title: str, body: str, theme: str, xfail: str = "",
         by_value: dict[object, str] | None = None) -> None:
    ROWS.append(Row(id_, title, body, theme, xfail, by_value))


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


# --- registers: how a desk writes a beat up ------------------------------------------------------
# (register id, body with {who}, {Who}, {fact}, {Fact} and {more})
_REGISTERS: list[tuple[str, str]] = [
    ("wire", "ARDEN, May 14 (Newswire) - {Who} said on Tuesday that {fact}. {more}"),
    ("release", "{Who} has published its latest figures.\n\n{Fact}. {more}"),
    ("regional", "Readers across the valley will feel the change.\n\n{Fact}, according to {who}.\n\n{more}"),
    ("trade", "{Fact}, {who} said in its monthly bulletin.\n\n{more}"),
]

# --- beats: per theme, the kinds of story that carry its figures --------------------------------
_BEATS: list[Beat] = [
    # economy: whole-economy measures from any publisher, total trade, market prices.
    Beat("cpi", "economy", "Consumer prices rise faster in April", "the statistics office",
         "consumer prices rose 3.1% over the twelve months to April",
         "Food and fuel costs rose 5.2% over the same period."),
    Beat("gdp", "economy", "Economy grows in the first quarter", "the statistics office",
         "gross domestic product grew 0.6% in the January-March quarter",
         "Output was 2.1% above its level a year before."),
    Beat("jobs", "economy", "Jobless rate falls again", "the labour ministry",
         "unemployment eased to 4.2% in June", "Employers added 38,000 jobs in the month."),
    Beat("rates", "economy", "Central bank holds its main rate", "the central bank",
         "its benchmark interest rate would stay at 5.25%", "Policymakers expect inflation to ease to 2.5% next year."),
    Beat("budget", "economy", "Deficit narrows as tax receipts grow", "the finance ministry",
         "the budget deficit narrowed to 41 billion crowns last year", "Tax receipts rose 6% over the year."),
    Beat("trade", "economy", "Trade surplus widens in May", "the customs agency",
         "the country's exports rose 12% to $4.1 billion in May",
         "Imports fell 3% to $3.6 billion, leaving a trade surplus of $500 million."),
    Beat("retail-sales", "economy", "Shop sales slip in March", "the statistics office",
         "retail sales volumes fell 0.7% in March", "Sales at food stores dropped 1.4% on the month."),
    Beat("retail-turnover", "economy", "Retail turnover edges up", "the statistics bureau",
         "retail turnover grew 0.9% in October once seasonal swings are taken out",
         "Turnover was 2.2% higher than in October last year."),
    Beat("wages", "economy", "Pay growth slows", "the statistics office",
         "average weekly earnings rose 5.6% over the quarter to June", "Wages grew 1.2% after inflation."),
    Beat("remittances", "economy", "Money sent home hits a high", "the central bank",
         "remittances from workers abroad rose 9% to $2.3 billion from January to June",
         "Inflows in June alone were $410 million."),
    Beat("gold", "economy", "Gold climbs as the dollar weakens", "dealers in the bullion market",
         "spot gold rose 1.2% to $2,410 an ounce", "Silver gained 0.8% to $29.10 an ounce."),
    Beat("oil", "economy", "Oil slides on supply worries", "traders in the oil market",
         "Brent crude fell 2.3% to $81.40 a barrel", "US crude futures lost 1.9% to $77.10 a barrel."),
    Beat("shares", "economy", "Shares close higher", "brokers on the stock exchange",
         "the main share index rose 1.4% to 7,420 points", "The index has gained 9% since January."),
    # general: what fits no theme, and the sector's side of the economy border.
    Beat("tourism", "general", "Tourist arrivals climb", "the tourism board",
         "foreign tourist arrivals rose 14% to 2.8 million last year",
         "Visitors spent $3.1 billion during their stays."),
    Beat("tourism-receipts", "general", "Tourism earnings rise", "the central bank",
         "receipts from foreign tourists rose 11% to $1.9 billion between January and March",
         "Hotel nights booked by foreigners rose 7% to 4.4 million."),
    Beat("wine-exports", "general", "Wine exports rise", "the wine growers' association",
         "wine exports rose 8% to 310 million euros last year", "Shipments to Asia grew 15%."),
    Beat("harvest", "general", "Wheat harvest falls after dry spring", "the farm ministry",
         "the wheat harvest fell 9% to 21 million tonnes", "Yields averaged 6.1 tonnes a hectare."),
    Beat("airport", "general", "Airport traffic climbs", "the airport operator",
         "the airport handled 24.6 million passengers last year, up 7%",
         "Cargo volumes rose 3% to 410,000 tonnes."),
    Beat("company", "general", "Brewer's profit falls", "the brewer",
         "net profit fell 12% to 410 million euros", "Revenue rose 3% to 5.2 billion euros."),
    Beat("car-sales", "general", "New car sales rise in May", "the carmakers' association",
         "new car registrations rose 6% to 142,000 in May", "Electric models took 21% of the market."),
    Beat("crime", "general", "Burglaries fall across the county", "the police",
         "reported burglaries fell 14% to 3,200 last year", "Car thefts rose 6% to 1,150."),
    Beat("hospital", "general", "Waiting lists grow", "the health service",
         "3.9 million people were waiting for treatment on the last day of March",
         "About 310,000 had waited more than a year."),
    Beat("rain", "general", "Wettest spring in the valley", "the weather service",
         "412mm of rain fell between March and May", "That is 48% more than the average."),
    Beat("zoo", "general", "Zoo visitor numbers rise", "the zoo",
         "visitor numbers rose 9% to 1.2 million last year", "Ticket sales brought in 18 million euros."),
    Beat("pcs", "general", "PC shipments fall again", "the market researcher",
         "PC shipments fell 6% to 61 million units in the quarter",
         "Laptops made up 74% of the machines shipped."),
    # A sector's own figures with one word of another theme in passing: shipyards' orders in a
    # story that names "the maritime sector" (shipping's word, not the sea's), a league's TV
    # rights sold to broadcast networks (channels, not telecom networks), a company's net debt
    # (its balance sheet, not a country's debt).
    Beat("shipbuilding", "general", "Shipyards win more orders", "the shipbuilders' association",
         "shipyards won orders for 41 ships of 1.2 million gross tons in June",
         "Demand for dual-fuel vessels across the maritime sector lifted orders 18%."),
    Beat("sports-rights", "general", "League sells its match rights", "the football league",
         "the broadcast networks will pay 2.1 billion euros a season for the rights to its matches",
         "Audiences on the television networks averaged 6.4 million viewers a match."),
    Beat("company-debt", "general", "Cement maker cuts its debt", "the cement maker",
         "net debt fell 9% to 410 million euros at the end of March",
         "Net bank debt was 120 million euros lower than a year before."),
    # culture: films, music, books, games, the stage, museums, heritage, festivals.
    Beat("box-office", "culture", "Animated film tops the box office", "the distributor",
         "the film took $84 million in its first weekend", "It played on 4,100 cinema screens."),
    Beat("museum", "culture", "Museum draws record crowds", "the museum",
         "visitor numbers rose 9% to 1.2 million last year", "Ticket sales brought in 18 million euros."),
    Beat("gallery", "culture", "Gallery visits recover", "the national gallery",
         "it welcomed 2.4 million visitors last year, up 17%", "Its summer exhibition drew 310,000 people."),
    Beat("heritage", "culture", "Castle and abbey visits climb", "the heritage trust",
         "visits to its historic sites rose 6% to 5.1 million", "Membership grew to 820,000."),
    Beat("festival", "culture", "Music festival sells out", "the organisers",
         "the three-day music festival sold 95,000 tickets", "Its 140 acts played on six stages."),
    Beat("theatre", "culture", "Theatre audiences return", "the theatres' association",
         "theatre attendance rose 11% to 14.2 million last season", "Musicals took 61% of ticket sales."),
    Beat("games-maker", "culture", "Games maker's profit jumps", "the video game publisher",
         "operating profit rose 48% to 310 million euros", "Its new console title sold 6.1 million copies."),
    Beat("games-market", "culture", "Games market grows", "the games industry body",
         "consumers spent 4.2 billion euros on video games last year", "Mobile games took 52% of the spending."),
    Beat("music", "culture", "Music streaming lifts record sales", "the record labels' association",
         "recorded music revenue rose 10% to 1.1 billion euros", "Streaming made up 71% of the total."),
    Beat("books", "culture", "Book sales steady", "the publishers' association",
         "book sales rose 2% to 212 million copies", "Audiobook sales jumped 24%."),
    # communications: networks, subscribers, internet use and speeds, handsets.
    Beat("broadband", "communications", "Broadband lines pass a milestone", "the telecoms regulator",
         "fixed broadband subscriptions rose 8% to 4.6 million", "Fibre lines made up 58% of the total."),
    Beat("mobile", "communications", "Mobile subscribers grow", "the telecoms regulator",
         "mobile subscribers rose to 38.7 million by mid-year", "Mobile data use rose 27% on the year."),
    Beat("speeds", "communications", "Download speeds rise", "the speed-test company",
         "median fixed download speeds rose 19% to 142 Mbps", "Mobile speeds averaged 61 Mbps."),
    Beat("internet-use", "communications", "More adults online", "the statistics office",
         "93% of adults used the internet every day last year", "Older people's use rose 6 points to 71%."),
    Beat("smartphones", "communications", "Smartphone shipments rebound", "the market researcher",
         "smartphone shipments rose 7% to 302 million units in the quarter",
         "The top vendor shipped 61 million handsets."),
    Beat("operator", "communications", "Phone operator's profit rises", "the mobile operator",
         "service revenue rose 5% to 2.4 billion euros", "It added 310,000 mobile customers in the half."),
    # ai
    Beat("ai-model", "ai", "Lab releases larger language model", "the AI lab",
         "its new model has 400 billion parameters", "It was trained on 15 trillion tokens."),
    Beat("ai-data-centre", "ai", "Data centre spending soars", "the cloud company",
         "it will spend $40 billion on AI data centres this year", "The sites will hold 600,000 GPUs."),
    Beat("ai-chatbot", "ai", "Chatbot use doubles", "the AI company",
         "its chatbot has 300 million weekly users", "Paying business customers rose to 2 million."),
    # quantum
    Beat("quantum-chip", "quantum", "New quantum processor unveiled", "the quantum computing startup",
         "its processor holds 156 qubits", "Error rates fell 40% from the previous chip."),
    Beat("quantum-network", "quantum", "Quantum key distribution network extended", "the operator",
         "the quantum key distribution network now spans 1,200 km", "It links 32 nodes."),
    # ip-statistics
    Beat("patents", "ip-statistics", "Patent filings rise", "the patent office",
         "patent applications rose 4% to 61,000 last year", "Trademark filings fell 2% to 140,000."),
    Beat("counterfeits", "ip-statistics", "Customs seize fake goods", "the customs agency",
         "officers seized 4.1 million counterfeit items last year", "The fakes were worth 96 million euros."),
    # Patent litigation: a court named for patents, its cases by their kind (infringement,
    # revocation), which the case counts name without the word "patent".
    Beat("patent-court", "ip-statistics", "Court's caseload grows", "the Northmark Patent Court",
         "infringement actions rose 14% to 310 cases last year",
         "Revocation actions were heard 46 times, and 58% of the cases were heard in English."),
    # A patent office's report on one field's patents counts patents, not the field's models.
    Beat("ai-patents", "ip-statistics", "AI patent filings soar", "the patent office",
         "applications for AI patents rose 31% to 14,000 last year",
         "Its top applicant was behind 1,240 inventions."),
    # space
    Beat("launches", "space", "Record year for launches", "the space agency",
         "rockets lifted off 112 times last year", "They carried 2,400 satellites into orbit."),
    Beat("mission", "space", "Lunar lander mission approved", "the space agency",
         "the lunar lander mission will cost 1.4 billion euros", "The spacecraft will carry 12 instruments."),
    # ocean
    Beat("ocean-survey", "ocean", "Research vessel maps the seabed", "the oceanographic institute",
         "its research vessel mapped 42,000 square kilometres of seabed", "The submersible made 31 dives."),
    Beat("coral", "ocean", "Coral bleaching spreads", "the marine science agency",
         "61% of the reef's coral was bleached this summer", "Sea temperatures peaked at 31C."),
    Beat("seals", "ocean", "Grey seal pups counted", "the wildlife trust",
         "rangers counted 2,140 grey seal pups on the islands", "The seal colony has grown 6% a year."),
    # robotics
    Beat("robots", "robotics", "Factories install more robots", "the robotics federation",
         "factories installed 54,000 industrial robots last year", "Robot density reached 310 per 10,000 workers."),
    Beat("drones", "robotics", "Drone deliveries take off", "the drone operator",
         "its drones made 81,000 deliveries last year", "Each flight averaged 6 km."),
    # innovation-ranking
    Beat("gii", "innovation-ranking", "Country climbs innovation ranking", "the innovation index's authors",
         "the country rose to 14th place among 127 economies", "It ranked 9th for knowledge outputs."),
    Beat("startup-ecosystem", "innovation-ranking", "City rises in startup ecosystem ranking", "the ranking",
         "the city's startup ecosystem climbed to 21st place", "It was 28th a year earlier."),
]

for _beat in _BEATS:
    for _register, _template in _REGISTERS:
        _body = _template.format(who=_beat.who, Who=_cap(_beat.who), fact=_beat.fact, Fact=_cap(_beat.fact),
                                 more=_beat.more)
        _row(f"{_beat.theme}-{_beat.id}-{_register}", _beat.head, _body, _beat.theme)


# --- borders: the same figure in documents about different things ------------------------------
_VISITORS = "Visitor numbers rose 9% to 1.2 million last year, and ticket sales brought in 18 million euros."
for _id, _title, _lede, _theme in [
    ("museum", "Museum visits climb", "The city museum reopened its modern art wing in spring.", "culture"),
    ("gallery", "Gallery visits climb", "The portrait gallery added two rooms of paintings.", "culture"),
    ("heritage-site", "Heritage site visits climb", "The old fortress, a heritage site, reopened its walls.",
     "culture"),
    ("festival", "Arts festival grows", "The arts festival ran for ten days of plays and concerts.", "culture"),
    ("zoo", "Zoo visits climb", "The zoo opened a new enclosure for its elephants.", "general"),
    ("theme-park", "Theme park visits climb", "The theme park added two roller coasters.", "general"),
    ("attractions", "Attractions draw crowds", "The region's tourist attractions had a strong summer.", "general"),
]:
    _row(f"border-visitors-{_id}", _title, f"{_lede}\n\n{_VISITORS}", _theme)

_SHIPMENTS = "Shipments rose 9% to 310 million units in the quarter, the market researcher said."
for _id, _title, _lede, _theme in [
    ("smartphones", "Smartphone market recovers", "Smartphone makers had their best quarter in two years.",
     "communications"),
    ("handsets", "Handset market recovers", "Demand for handsets picked up in the quarter.", "communications"),
    ("pcs", "PC market recovers", "Demand for personal computers picked up in the quarter.", "general"),
    ("chips", "Chip market recovers", "Demand for memory chips picked up in the quarter.", "general"),
    ("tvs", "Television market recovers", "Demand for flat-screen televisions picked up in the quarter.", "general"),
]:
    _row(f"border-shipments-{_id}", _title, f"{_lede}\n\n{_SHIPMENTS}", _theme)

_EXPORTS = "Exports rose 12% to $4.1 billion over the twelve months to June."
for _id, _title, _lede, _theme in [
    ("country", "Norland's exports rise", "Norland's goods trade picked up as demand abroad grew.", "economy"),
    ("wine", "Wine exports rise", "Wine growers shipped more of their vintage abroad.", "general"),
    ("timber", "Timber exports rise", "Sawmills sold more of their timber abroad.", "general"),
]:
    _row(f"border-exports-{_id}", _title, f"{_lede} {_EXPORTS}", _theme)

_SUBSCRIBERS = "Subscribers rose 14% to 3.2 million by June."
for _id, _title, _lede, _theme in [
    ("broadband", "Broadband provider adds customers", "The broadband provider laid fibre to 40 towns.",
     "communications"),
    ("streaming", "Streaming service adds customers", "The streaming service added films and series.", "culture"),
    ("newspaper", "Newspaper adds readers", "The newspaper put its archive behind a paywall.", "general"),
]:
    _row(f"border-subscribers-{_id}", _title, f"{_lede} {_SUBSCRIBERS}", _theme)

_ATTENDANCE = "Attendance rose 11% to 2.3 million over the season."
for _id, _title, _lede, _theme in [
    ("theatre", "Theatre season ends strongly", "The city's theatres staged 140 plays.", "culture"),
    ("cinema", "Cinema admissions climb", "Cinemas showed more local films this year.", "culture"),
    ("football", "Football crowds climb", "The league's clubs played 380 matches.", "general"),
]:
    _row(f"border-attendance-{_id}", _title, f"{_lede} {_ATTENDANCE}", _theme)

_SALES = "Sales rose 4.2% in May from a year earlier."
for _id, _title, _lede, _theme in [
    ("statistics-office", "Retail sales rise", "Retail sales figures from the statistics office beat forecasts.",
     "economy"),
    ("retailer", "Clothing chain's sales rise", "The clothing chain opened 12 new stores.", "general"),
    ("games", "Video game sales rise", "The video game publisher's new title did well.", "culture"),
]:
    _row(f"border-sales-{_id}", _title, f"{_lede} {_SALES}", _theme)

_row("border-tourism-central-bank", "Tourism earnings rise",
     "Tourism receipts rose 11% to $1.9 billion over the quarter, the central bank said. "
     "Arrivals rose 8% to 640,000.", "general")
_row("border-harvest-vs-gdp", "Farm output falls",
     "The rice harvest fell 7% to 4.3 million tonnes after the floods.", "general")
_row("border-sector-growth-list", "Economy grows 5.1%",
     "The economy grew 5.1% in the quarter, the statistics office said. Agriculture, forestry and fishery "
     "grew 2.9%, industry 6.4% and services 5.8%.", "economy")
_row("border-movie-download", "Broadband speeds ranked",
     "Median broadband download speeds rose to 142 Mbps. At that speed an 8GB movie downloads in 8 minutes.",
     "communications")
_row("border-ticket-inflation", "Box office weekend",
     "The film's weekend takings at the box office came to $84 million. Once ticket price inflation is "
     "taken into account, that is the 12th-best opening of the decade.", "culture")
_row("border-mobile-share-of-gdp", "Mobile industry's weight",
     "Mobile operators and their suppliers added $90 billion of value, 5.3% of the region's GDP, "
     "the mobile industry body said. Mobile subscribers reached 410 million.", "communications")
_row("border-startup-funding", "Startups raise more",
     "Startups raised $2.4 billion of venture capital over six months, 31% more than a year before, the "
     "investors' association said.", "economy")
_row("border-tourism-minister", "Tourist arrivals rise",
     "Trade and Travel Minister Ana Ruiz said 1.7 million visitors from abroad came last year, up 18%. The "
     "Ministry of Foreign Trade and Travel expects 2 million this year.", "general")
_row("border-trade-minister-on-trade", "Exports rise",
     "The trade minister said goods exports rose 4% to $2.1 billion. Foreign trade grew 6%.", "economy")
_row("border-festival-name-with-and", "Festival sells out",
     "The Northvale Film and Music Festival sold 41,000 tickets.", "culture")
_row("border-litigation-court-without-patent", "Court hears more cases",
     "The lower court heard 410 cases last year.\n\nInfringement actions made up 61% of them.\n\n"
     "Counterclaims for revocation were filed in 96 cases.", "ip-statistics")
_row("border-patents-by-applicant", "Language models lead AI patents",
     "Inventors filed 52,000 AI patents on language models over the decade, the patent office said. "
     "AI patents have grown 640% since the first chatbots.\n\n"
     "The top applicants were Northwind (2,310 inventions), Vellora (1,480) and Castrel (960).",
     "ip-statistics")
_row("border-company-vs-public-net-debt", "Public debt rises",
     "Public sector net debt rose to 2.4 trillion crowns in May, the statistics office said.", "economy")
_row("border-sports-rights-internet-in-passing", "League signs TV rights deals",
     "The league has signed television rights deals with three broadcast networks worth 9.6 billion euros "
     "over six years.\n\nThe broadcast networks will pay an average of 1.6 billion euros a year, up 41%.\n\n"
     "Audiences on the broadcast networks have slipped as more viewers watch over the internet. League "
     "matches still average 7.2 million viewers.", "general")
_row("border-broadcast-vs-mobile-network", "Operator adds customers",
     "The mobile network operator added 410,000 subscribers in the half. Its mobile network now reaches "
     "98% of homes.", "communications")
_row("border-ai-chips", "AI chip sales soar",
     "Sales of AI accelerators for data centres rose 68% to $31 billion in the quarter.", "ai")

# --- near misses: a cue word in another sense --------------------------------------------------
_row("near-grade-inflation", "Top grades fall",
     "Grade inflation eased as the share of top marks fell to 27% from 31%.", "general",
     )
_row("near-bus-network", "Bus network grows",
     "The bus network added 14 routes and carried 41 million passengers.", "general")
_row("near-product-launch", "Shoe launch sells out",
     "The shoe maker's launch of its running range sold 80,000 pairs in a week.", "general")
_row("near-museum-street", "Cafe does well",
     "The cafe on Museum Road sold 41,000 coffees last year.", "general")
_row("near-shopping-festival", "Shopping festival draws crowds",
     "The spring shopping festival drew 80,000 shoppers to the malls, who spent 12 million euros.", "general")
_row("near-drone-survey", "Seal pups counted",
     "Rangers counted 2,140 grey seal pups in a drone survey of the islands. The seal colony has grown 6% "
     "a year.", "ocean")
_row("near-fishery-sector", "Economy grows 5.1%",
     "The economy grew 5.1% in the year, the statistics office said. Output of the forestry-fishery sector "
     "rose 3.4%.", "economy")
_row("near-fishery-in-ocean-story", "Reef fish return",
     "Fisheries scientists counted 41% more reef fish on the seamount.", "ocean")
_row("near-licence-revocation", "Taxi licences revoked",
     "The licensing board revoked 41 taxi licences last year, and revocations rose 12%.", "general")
_row("near-inventors-fair", "Inventors' fair draws crowds",
     "The inventors' fair showed 310 inventions to 12,000 visitors.", "general")
_row("near-maritime-in-ocean-story", "Research vessel maps the seabed",
     "The research vessel mapped 42,000 square kilometres of seabed for the maritime agency. Its "
     "submersible made 31 dives.", "ocean")
_row("near-game-match", "Derby crowd record",
     "The derby game drew 61,000 fans, the biggest crowd in 14 years.", "general")
_row("near-space-office", "Office space in demand",
     "Demand for office space rose 12% to 410,000 square metres.", "general")
_row("near-network-of-stores", "Grocer expands",
     "The grocer's network of 310 stores will grow by 24 this year.", "general")
_row("near-gold-medal", "Team wins medals",
     "The team won 12 gold medals and 9 silver at the games.", "general")
_row("near-inflation-backdrop", "House prices rise",
     "House prices rose 4.1% to an average of 310,000 euros, below general inflation.", "general")
_row("near-inflation-below-the-lead", "House prices rise",
     "House prices rose 4.1% to an average of 310,000 euros.\n\nOne agent said high inflation had kept "
     "buyers away. Sales fell 6% in the spring.", "general")
_row("near-public-gallery", "Court hears appeal",
     "The court's public gallery held 120 people for the appeal, which lasted 3 days.", "general")
_row("near-photo-gallery", "Storm damage in pictures",
     "A photo gallery of the storm drew 41,000 readers; 310 roofs were damaged.", "general")
_row("near-seal-of-approval", "Regulator approves merger",
     "The regulator's seal of approval came after 14 months of review.", "general")
_row("near-stock-exchange-operator", "Exchange operator's profit rises",
     "The stock exchange operator's net profit rose 8% to 410 million pounds.", "general")
_row("near-lead-apposition", "Maker reports results",
     "Korvane, a maker of memory chips and smartphones, earned an operating profit of 1.2 trillion won. "
     "Its sales fell 9% to 52 trillion won.", "general", by_value={1200000000000: "communications"})
_row("near-inflation-as-cause-in-the-lead", "Poorest households lose out",
     "The poorest fifth of households lost 2% of their income last year as inflation outpaced pay. "
     "The richest fifth gained 310 euros.", "general", by_value={2: "economy"})
_row("economy-named-in-the-lead-figure", "Households lose out",
     "Inflation cut household incomes by 2% last year. The richest fifth gained 310 euros.", "economy")


# --- neighbourhoods: each written convention in four registers, with its nearest near misses ----
# A convention of the taxonomy (a phone operator's results are communications, a streaming
# service's figures culture, a price index of a whole market the economy, a state benefit and a
# defence order general) written as a wire story, a company release, an op-ed and a government
# report, each closing on a paragraph with no figure (the beat's own talk, or a passing word of
# another theme). The near misses sit on the other side of the same border: a firm that owns a
# telecom arm but reports on cement, a fitness app's streamed classes, a drone maker, one chain's
# price rise, a building society's house price index.
class Convention(NamedTuple):
    id: str
    theme: str
    head: str
    who: str
    fact: str
    more: str
    aside: str
    """A last paragraph without a figure."""


_CONVENTION_REGISTERS: list[tuple[str, str]] = [
    ("wire", "ARDEN, May 14 (Newswire) - {Who} said on Tuesday that {fact}. {more}\n\n{aside}"),
    ("release", "{Who} today publishes its figures for the period.\n\n{Fact}. {more}\n\n{aside}"),
    ("oped", "Few numbers tell the story better than this one.\n\n{Fact}, {who} says. {more}\n\n{aside}\n\n"
             "The rest of us should take note."),
    ("report", "Summary\n\n{Fact}, according to {who}.\n\n{more}\n\n{aside}"),
]

_CONVENTIONS: list[Convention] = [
    # communications: a phone operator's or telecom group's results, whatever the figure.
    Convention("telecom-results", "communications", "Group's revenue rises", "the telecom group",
               "revenue rose 4% to 3.1 billion euros in the first quarter",
               "Average revenue per user rose 2% to 21 euros a month.",
               "Its chief executive will step down in the autumn."),
    Convention("operator-dsl-lines", "communications", "Operator adds lines", "the operator",
               "its ADSL customers numbered 1.3 million in June, up 4%",
               "Its dividend will rise to 1.10 euros a share.",
               "The operator will raise its prices in April."),
    Convention("near-conglomerate-with-telecom-arm", "general", "Conglomerate's cement sales rise",
               "the conglomerate that also owns a mobile operator",
               "cement sales rose 6% to 2.1 million tonnes", "Rents at its shopping centres rose 3%.",
               "Its chairman said the group would keep all its businesses."),
    # culture: a streaming service's figures, as a film studio's.
    Convention("streaming-service", "culture", "Service nears a profit", "the streaming service",
               "paid subscribers rose 12% to 24 million in the quarter",
               "Its operating loss narrowed to $410 million.",
               "Its chief executive expects a profit next year."),
    Convention("streamer", "culture", "Losses narrow", "the streamer",
               "paid subscribers rose 12% to 24 million in the quarter",
               "Its operating loss narrowed to $410 million.",
               "Its chief executive expects a profit next year."),
    Convention("film-studio", "culture", "Studio's profit rises", "the film studio",
               "operating profit rose 9% to $620 million", "Revenue rose 4% to $7.1 billion.",
               "Its sequels open in the summer."),
    Convention("near-fitness-app-streamed-classes", "general", "App gains members", "the fitness app",
               "paying members rose 14% to 2.1 million", "Its streamed classes drew 310,000 viewers a week.",
               "It will open three gyms next year."),
    # general: a defence order with drones in passing; a drone maker stays robotics.
    Convention("defence-order-drones-in-passing", "general", "Navy to get new frigates", "the defence ministry",
               "the navy will buy nine frigates and 12 patrol boats", "The order is worth 6.2 billion euros.",
               "The army will also test armed drones on its ranges."),
    Convention("near-drone-maker", "robotics", "Maker's sales soar", "the drone maker",
               "revenue rose 31% to 410 million euros", "It shipped 62,000 aircraft.",
               "Its chief executive expects a quieter year."),
    Convention("near-drone-maker-sells-surveillance-drones", "robotics", "Maker's orders climb", "the drone maker",
               "it sold 4,100 surveillance drones to police forces last year", "Revenue rose 22% to 310 million euros.",
               "It will open a second factory in the spring."),
    # economy: a price index of a whole market, from an international body or a statistics office.
    Convention("food-price-index", "economy", "Prices climb again", "the UN food agency",
               "its food price index averaged 127.4 points in June, up 1.2% from May",
               "Dairy prices fell 0.6% and cereal prices rose 1.7%.",
               "Poorer importers will feel the rise most."),
    Convention("statistics-office-food-index", "economy", "Prices rise", "the statistics office",
               "its food price index rose 0.9% in March", "Bread and cereals cost 2.4% more than a year before.",
               "Shoppers have switched to cheaper brands."),
    Convention("near-chain-price-rise", "general", "Chain raises its prices", "the bakery chain",
               "it will raise the price of its loaves 6% to 2.10 euros", "Its flour costs rose 11% last year.",
               "Its shops will open longer on Sundays."),
    Convention("near-house-price-index", "general", "House prices edge up", "the building society",
               "its house price index rose 0.4% in May", "The average home cost 284,000 pounds.",
               "First-time buyers still find it hard to get a loan."),
    # general: a state pension is a welfare benefit, whatever it is pegged to.
    Convention("state-pension", "general", "Pension to rise", "the pensions department",
               "the state pension will go up 3.6% to 214 euros a week in the spring",
               "Pensioners will get 410 euros more over the year.",
               "The rise tracks average pay."),
]

for _conv in _CONVENTIONS:
    for _register, _template in _CONVENTION_REGISTERS:
        _body = _template.format(who=_conv.who, Who=_cap(_conv.who), fact=_conv.fact, Fact=_cap(_conv.fact),
                                 more=_conv.more, aside=_conv.aside)
        _family = "near" if _conv.id.startswith("near-") else "convention"
        _row(f"{_family}-{_conv.id.removeprefix('near-')}-{_register}", _conv.head, _body, _conv.theme)

# Borders where a passing word of another theme is named twice, and the pension's yardstick.
_row("border-defence-paper-drones-twice", "Defence paper sets out new spending",
     "The defence paper sets out the kit the forces will buy over the decade.\n\n"
     "The navy will add nine frigates and 12 patrol boats.\n\n"
     "The army will get armed drones of its own.\n\n"
     "The air force will also fly unmanned drones over the coast.", "general")
_row("border-pension-pegged-to-inflation", "How much will the pension rise?",
     "From the spring, the full state pension goes up by 410 euros over the year.\n\n"
     "Each year it goes up by either 3%, price inflation or the rise in earnings, whichever is highest.\n\n"
     "Inflation is read from the consumer price index for the autumn.", "general")
_row("border-defence-paper-budget-and-kit", "Defence paper sets out new spending",
     "Defence spending will rise to 64 billion crowns over five years, the paper says.\n\n"
     "The navy will add nine frigates and 12 patrol boats.\n\n"
     "Spending on pay will grow 4% a year.", "general",
     by_value={64000000000: "economy", 4: "economy"})
_row("near-either-two-alternatives", "Inflation outlook",
     "Inflation will end the year at either 2.4% or 2.9%, the central bank said.", "economy")
_row("near-either-alternatives-of-one-theme", "Where growth comes from",
     "Growth will come from either exports of goods, household consumption or foreign direct investment, "
     "which rose 6% last year.", "economy")
# --- scope: whose figure is it? The economy/general border ---------------------------------------
# The annotators file a figure by whose it is: one organisation's or one sector's (general), or an
# economy's, a labour market's or a market's as a whole (economy), whatever words the story uses.
# Each scope beat is written four ways: wire copy, the organisation's own release, a statistics
# office's release and an op-ed.
_SCOPE_REGISTERS: list[tuple[str, str]] = [
    ("wire", "LINDHAVEN, June 3 (Newswire) - {Fact}, {who} said on Wednesday. {more}"),
    ("release", "{Who} today published its figures for the period.\n\n{Fact}. {more}"),
    ("stats", "Figures released this morning by {who} show that {fact}.\n\n{more}"),
    ("oped", "Numbers rarely tell the whole story, but this one deserves a closer look.\n\n{Fact}, "
             "{who} says. {more}\n\nWe should all be paying attention."),
]
_SCOPE_BEATS: list[Beat] = [
    # One organisation's results, with the economy's words as their backdrop.
    Beat("bank-results", "general", "Lender's profit climbs", "the lender",
         "net profit rose 14% to 820 million euros as higher interest rates lifted lending margins",
         "Its loan book grew 6% to 41 billion euros despite the central bank's tighter policy."),
    Beat("retailer-inflation", "general", "Grocer's sales rise", "the supermarket chain",
         "like-for-like sales climbed 7.2% in the half as food inflation pushed up shelf prices",
         "Its customers made 3% more trips to its stores."),
    Beat("company-borrowing", "general", "Landlord's borrowing climbs", "the property group",
         "the group's debt rose 12% to 2.3 billion euros over the year",
         "The group's borrowing costs climbed to 4.1% after the central bank raised interest rates."),
    Beat("supplier-costs", "general", "Energy supplier's profit falls", "the energy supplier",
         "operating profit fell 18% to 240 million pounds in the year",
         "Inflation pushed its costs up 9%, and the company's shares fell 4%."),
    # National series that name no classic cue.
    Beat("business-registrations", "economy", "More firms set up", "the companies registry",
         "new business registrations rose 8% to 61,000 in the quarter",
         "Business registrations in the capital rose 11%."),
    Beat("household-savings", "economy", "Households save more", "the statistics bureau",
         "the household saving rate rose to 11.2% of disposable income in the quarter",
         "The saving rate was 9.8% a year before."),
    Beat("insolvencies", "economy", "Business failures rise", "the insolvency service",
         "company insolvencies rose 14% to 6,200 in the quarter",
         "Personal insolvencies rose 5% to 29,000."),
    Beat("household-lending", "economy", "Household borrowing slows", "the bankers' association",
         "lending to households rose 3.2% over the year to 410 billion crowns",
         "Lending to businesses rose 1.1%."),
    Beat("commodity-futures", "economy", "Cocoa hits a high", "traders in the cocoa market",
         "cocoa futures rose 3.4% to $8,120 a tonne", "Coffee futures gained 1.2% to $2.31 a pound."),
    Beat("food-price-index", "economy", "World food prices edge up", "the food agency",
         "its food price index averaged 131.4 points in May, up 1.2% on the month",
         "Cereal prices rose 2.1% over the month."),
    # The scope reading (the economy's widened_by): a scope word that says the figure covers a
    # whole country or market beside what it measures. A labour market's series ...
    Beat("national-employment", "economy", "Hiring picks up", "the statistics bureau",
         "employment rose by 40,000 nationwide in March",
         "Full-time jobs rose by 31,000 across the country."),
    Beat("weekly-earnings", "economy", "Pay keeps rising", "the statistics office",
         "average weekly earnings across all industries rose 4.2% to 1,310 dollars in the year to May",
         "Hourly earnings rose 3.9% nationwide."),
    Beat("vacancies-seasonally-adjusted", "economy", "Openings dwindle", "the statistics office",
         "seasonally adjusted job vacancies fell 3% to 410,000 in the quarter",
         "Vacancies were 18% below their peak across the economy."),
    # ... a market's count as a whole ...
    Beat("market-listings", "economy", "Listings dry up", "the stock exchange",
         "listings on the exchange fell 12% to 42 last year",
         "Flotations on the stock exchange raised 3.1 billion euros."),
    # ... and a traded commodity's market price by the tonne, ounce or barrel.
    Beat("metal-prices", "economy", "Nickel rallies", "traders in the metals market",
         "nickel rose 4% to $17,200 a tonne", "Cobalt fell 2% to $24,300 a tonne."),
    Beat("ore-prices", "economy", "Ore prices firm", "traders in the ore market",
         "iron ore rose 2.1% to $104 a tonne", "Coking coal gained 1.5% to $231 per tonne."),
    Beat("lithium-prices", "economy", "Lithium slides again", "the price reporting agency",
         "lithium carbonate prices fell 12% to $10,400 per tonne in May", "Spodumene fell 8% to $820 a tonne."),
    # The other side: a sector or one firm owns the figure, whatever scope or economy words
    # stand beside it.
    Beat("sector-output-with-inflation", "general", "Mines dig more", "the mining association",
         "the mining sector's output rose 4% as inflation eased",
         "The sector's wages rose 5% nationwide."),
    Beat("carmaker-jobs", "general", "Carmaker cuts jobs", "the carmaker",
         "the carmaker's jobs fell by 1,200 to 14,000 nationwide as higher interest rates hit demand",
         "The carmaker's output fell 9%."),
    Beat("airline-fares", "general", "Fares climb", "the airline",
         "airline fares rose 8% over the summer",
         "The airline's domestic fares rose 11% as inflation pushed up its fuel and staff costs."),
    Beat("sector-employment", "general", "Mines hire", "the mining association",
         "employment in the mining sector rose 3% to 41,000 nationwide",
         "The industry's weekly earnings rose 5% to 1,900 dollars."),
    Beat("commodity-exports", "general", "Rice exports climb", "the rice exporters' association",
         "rice exports rose 8% to 2.1 million tonnes at an average $510 a tonne",
         "Shipments to Asia grew 15%."),
    Beat("home-sales-nationwide", "general", "Home sales slip", "the estate agents' association",
         "home sales nationwide fell 6% to 41,000 in May",
         "The national average price of a home rose 2% to 284,000 pounds."),
]
for _beat in _SCOPE_BEATS:
    for _register, _template in _SCOPE_REGISTERS:
        _body = _template.format(who=_beat.who, Who=_cap(_beat.who), fact=_beat.fact, Fact=_cap(_beat.fact),
                                 more=_beat.more)
        _row(f"scope-{_beat.theme}-{_beat.id}-{_register}", _beat.head, _body, _beat.theme)

# Near misses of the scope: the economy's measures that name a company word, and a company's figures
# that name no economy word at all.
_row("near-scope-corporate-profits", "Company profits rise",
     "Corporate profits across the economy rose 6% to 310 billion euros in the quarter, the statistics "
     "office said. Wages rose 1.4%.", "economy")
_row("near-scope-economy-report-names-a-company", "Economy grows",
     "The economy grew 0.8% in the quarter, the statistics office said. Inflation slowed to 3.3%.\n\n"
     "Factories produced 1.2% more. The biggest carmaker's net profit rose 9%.", "economy",
     by_value={9: "general"})
_row("near-scope-country-its-exports", "Exports climb",
     "Norland said its exports rose 12% to $4.1 billion in May, and its imports 3%.", "economy")
_row("near-scope-company-without-economy-words", "Bakery chain grows",
     "The bakery chain's sales rose 9% to 41 million euros. Its stores served 3.1 million customers.",
     "general")
_row("near-scope-state-its-earnings", "Deficit to narrow",
     "The finance ministry aims to cut the budget deficit to 4.1% next year by raising its earnings from "
     "taxes. The state's borrowing costs rose to 3.9% after the central bank raised interest rates.",
     "economy")
_row("near-scope-central-bank-own-results", "Central bank makes a loss",
     "The central bank made a net loss of 2.1 billion crowns last year as it paid more interest on "
     "reserves. Its interest rate stayed at 4%.", "general", by_value={4: "economy"})
_row("near-scope-futures-of-workers", "Plant to close",
     "The plant's 310 workers fear for their futures after the owner announced its closure.", "general")
_row("near-scope-fuel-price-with-oil-backdrop", "Petrol gets cheaper",
     "Petrol averaged 1.62 euros a litre in May, down 3 cents on the month, as oil prices fell.", "general")
_row("near-scope-one-builder-insolvency", "Builder collapses",
     "The builder's insolvency left 410 suppliers unpaid.", "general")
_row("near-scope-one-lender-household-lending", "Lender's results",
     "Lending to households rose 4% to 12 billion euros, the lender's annual results showed.", "general")
_row("scope-economy-market-listings", "Listings dry up",
     "Forty-two companies listed their shares on the exchange last year, raising 3.1 billion euros in "
     "their flotations. Listings fell 12% from the year before.", "economy",
     xfail="a scope's measures place their own sentence only, leaning no paragraph (a miner's output below "
           "one price sentence stays the miner's): the first sentence's figure has no scope words of its own")
# A scope's measures place their own sentence only: one price sentence among a miner's output
# figures leans neither the paragraph nor the document.
_row("near-scope-price-sentence-leans-nothing", "Northfield lifts output",
     "Northfield Mining raised copper output 6% to 410,000 tonnes in the quarter. Copper rose 3% to "
     "$9,400 a tonne on the metals exchange, and zinc fell 2% to $2,700 a tonne.\n\nIts Eastvale pit "
     "produced 120,000 tonnes. Nickel gained 1% to $16,900 a tonne. 2,300 people work at its four mines.",
     "general", by_value={9400: "economy", 3: "economy", 2700: "economy", 2: "economy", 16900: "economy",
                          1: "economy"})
# Near misses of the scope reading: scope words beside one firm's figure, a ratio by the tonne, a
# singular listing, a sector's jobs named by the statistics office, a harvest in tonnes.
_row("near-scope-chain-stores-nationwide", "Chain keeps hiring",
     "The chain's 310 stores nationwide employ 12,000 people. It will open 14 more this year.", "general")
_row("near-scope-company-jobs-nationwide", "Rail operator cuts jobs",
     "Northfield Rail will cut 1,200 jobs nationwide, the company's chief executive said. Its trains "
     "carried 41 million passengers last year.", "general")
_row("near-scope-one-listing", "Rail operator lists its shares",
     "Northfield Rail's listing on the exchange raised 410 million euros. Its shares rose 6% on the "
     "first day.", "general")
_row("near-scope-emissions-per-tonne", "Steelworks cleans up",
     "The steelworks emits 1.4 tonnes of carbon dioxide per tonne of steel, 12% less than in 2030. "
     "It made 3.1 million tonnes of steel last year.", "general")
_row("near-scope-harvest-in-tonnes", "Wheat harvest shrinks",
     "Farmers harvested 21 million tonnes of wheat, 9% less than last year. Maize output rose 4%.",
     "general")
_row("near-scope-sector-jobs-statistics-office", "Tourism hires",
     "Employment in the tourism sector rose 4% to 310,000, the statistics office said. Hotels took on "
     "12,000 more staff.", "general")
_row("near-scope-tourism-statistics-office", "Arrivals climb",
     "Tourist arrivals rose 14% to 2.8 million, the statistics office said. Visitors stayed 3.1 nights "
     "on average.", "general")
_row("near-scope-airline-fuel-oil", "Airline's fuel bill climbs",
     "The airline's fuel bill rose 12% to 410 million euros as oil hit $90 a barrel. It carried "
     "14 million passengers.", "general")
# The one-organisation-report reading compares the sentences naming the theme's narrowing words
# with those naming the theme: a body's headings (a line of its own, no closing mark, no figure)
# count once on each side, however many there are, as section titles repeat a layout.
_HEADED_ECONOMY = ("Westia's economic growth reached 2.1% in 2031, the statistics office said.\n\n{h1}\n\n"
                   "Disposable income per household rose 3.1% to 41,200 crowns.\n\n{h2}\n\n"
                   "Payments to foreign owners fell 4% to 2.2 billion crowns.")
for _hid, _h1, _h2 in [("net-income-dividends", "Net income of households", "Dividends paid abroad"),
                       ("shareholders-dividend", "Savings of shareholders", "Dividend flows"),
                       ("results-net-loss", "Financial results of households", "Net loss on trade")]:
    _row(f"scope-economy-headings-{_hid}", "Westia's economy in 2031", _HEADED_ECONOMY.format(h1=_h1, h2=_h2),
         "economy")
_row("scope-economy-headings-three", "Westia's economy in 2031",
     _HEADED_ECONOMY.format(h1="Net income of households", h2="Dividends paid abroad")
     + "\n\nShareholders abroad\n\nInvestors abroad held 41% of listed stock.", "economy")
# Near misses: a firm's report says its results words in sentences too, whatever its headings; a
# line with a figure ("Net profit up 6%") is a statement, not a heading.
_row("near-scope-economy-headings-report-says-them", "Northfield Stores' year",
     "Net profit\n\nThe group's net profit rose 6% to 41 million euros as inflation eased.\n\nOur stores\n\n"
     "Its stores served 3.1 million customers, and inflation cut what each spent by 2%.", "general")
_row("near-scope-economy-headings-key-figure-lines", "Northfield Stores' year",
     "Inflation in Westia eased to 2.1%, the statistics office said.\n\nNet profit up 6% to 41 million euros\n\n"
     "Dividend up 4% to 1.1 euros a share\n\nInflation may ease to 1.9% next year, the bank said.\n\n"
     "Staff numbers rose 3% to 4,100.", "general", by_value={2.1: "economy", 1.9: "economy"})
_row("scope-economy-labour-market-report", "Jobs market cools",
     "Employment fell by 12,000 nationwide in June, the statistics bureau said on Thursday.\n\n"
     "Seasonally adjusted payrolls were 0.4% lower than in March, and hours worked fell 0.6% across "
     "the economy.\n\nThe bureau will publish its next figures in August.", "economy")
_row("scope-economy-metals-report", "Metals mixed",
     "Copper rose 1.1% to $9,420 a tonne on Tuesday.\n\nNickel fell 0.8% to $17,050 a tonne, and zinc "
     "was flat at $2,710 a tonne.\n\nGold held at $2,380 an ounce.", "economy")
# The scope reading's neighbourhood, one sentence each: other verbs, prepositions and publishers
# of the same national series and market prices (economy), and the same scope words beside one
# firm's, one trade's or one profession's figure (general).
for _id, _text in [
    ("employed-nationwide", "The number of people employed nationwide rose by 40,000 to 14.2 million in March."),
    ("nationwide-first", "Nationwide, employment climbed 0.3% in the month, the figures showed."),
    ("employers-across-the-country", "Employers across the country added 41,000 jobs in May."),
    ("seasonally-adjusted-terms", "Full-time employment rose by 22,000 in seasonally adjusted terms."),
    ("economy-added-jobs", "The economy added 41,000 jobs in May."),
    ("bureau-of-statistics", "Average hourly earnings rose 4.1% on the year, the Westia Bureau of Statistics said."),
    ("labour-department", "Job openings dropped to 7.4 million in April, the Labour Department said."),
    ("national-statistics-office", "Total employment reached 14.2 million, the national statistics office said."),
    ("wages-across-the-economy", "Wages across the economy grew 4.4% in the year to June."),
    ("national-average-wage", "The national average wage rose 5% to 41,000 euros."),
    ("per-metric-ton", "Copper climbed 1.2% to $9,410 per metric ton on the metals exchange."),
    ("yuan-a-tonne", "Benchmark iron ore futures rose 2% to 812 yuan a tonne."),
    ("prices-of-a-metal", "Prices of lithium carbonate have fallen 80% since their peak, to about $10,000 a tonne."),
    ("coal-at-a-port", "Thermal coal at the port of Westhaven rose to $140 a tonne."),
    ("a-pound", "Arabica coffee rose 3% to $2.41 a pound."),
    ("companies-listed", "The number of companies listed on the stock exchange fell to 410."),
    ("ipos-on-the-exchange", "IPOs on the exchange raised 3.1 billion euros last year."),
    ("new-listings", "Westia's stock market saw 42 new listings last year."),
    ("metal-prices-named-as-prices", "Copper prices rose 3% this week on the metals exchange."),
    ("prices-since-a-peak", "Lithium prices have fallen 80% since their peak in 2032."),
    ("the-price-of", "The price of cocoa has tripled in two years, to a record 12,000 dollars."),
    ("futures-a-bushel", "Corn futures fell 2% to $4.31 a bushel."),
]:
    _row(f"scope-economy-{_id}", "Latest figures", _text, "economy")
for _id, _text in [
    ("firm-employs-nationwide", "The retailer employs 41,000 people nationwide and will add 2,000 jobs this year."),
    ("trade-body-employment", "Construction employment rose 3% nationwide to 410,000, the builders' federation said."),
    ("union-members-pay", "The union said pay for its 41,000 members nationwide would rise 4%."),
    ("profession-pay", "Teachers' pay will rise 5.5% nationwide from September."),
    ("pay-rise-across-the-country", "Nurses across the country will get a 4% pay rise, costing 1.2 billion euros."),
    ("branches-nationwide", "The bank's 310 branches nationwide will close by 2032, cutting 4,100 jobs."),
    ("jewellery-sales-with-gold-price", "Gold jewellery sales fell 12% to 41 tonnes, with gold at a record $2,400 an "
                                        "ounce."),
    ("bakers-paid-with-wheat-price", "Bakeries paid 12% more for their flour as wheat rose to $310 a tonne."),
    ("company-sells-its-lithium", "The company expects to sell its lithium at $12,000 a tonne next year."),
    ("miner-cost-a-tonne", "Northfield Mining produced 41,000 tonnes of copper at a cost of $5,100 a tonne."),
    ("miner-all-in-cost", "The miner's all-in costs were $1,210 an ounce in the quarter."),
    ("occupancy-statistics-office", "Hotel occupancy nationwide averaged 71% in July, the statistics office said."),
    ("petrol-a-litre", "Petrol stations nationwide sold fuel at an average 1.62 euros a litre."),
    ("airline-fares-inflation", "The airline's fares rose 8% as inflation climbed to 4.1%."),
    ("plant-employment", "Employment at the plant fell to 1,200 as the carmaker cut shifts."),
    ("cafe-coffee-prices", "Coffee prices in cafes rose 10% last year."),
    ("miner-revenue-with-lithium-prices", "The miner's revenue fell 40% as lithium prices slumped."),
    ("chain-prices-with-wheat-prices", "The bakery chain will raise its bread prices 6% as wheat prices climb."),
    ("carmaker-costs-with-steel-prices", "Steel prices rose 4% in the quarter, lifting the carmaker's costs by "
                                         "120 million euros."),
    ("pay-tv-nationwide", "Pay-TV subscribers nationwide fell 6% to 2.1 million."),
]:
    _row(f"near-scope-{_id}", "Latest figures", _text, "general")

# The scope is read sentence by sentence: a measure in a later paragraph, or below a lede that names
# the publisher only, is not widened by the scope another sentence gives.
_SCOPE_PER_SENTENCE = (
    "the scope words are read in the measure's own sentence: widening a whole document once one "
    "sentence gives the scope also files a mine's output below a copper price, or one carmaker's new "
    "jobs below a national jobs figure, under the economy"
)
_row("scope-economy-later-paragraph", "Hiring picks up",
     "Employment rose by 40,000 nationwide in March.\n\nPart-time jobs fell by 9,000, and hours worked "
     "rose 0.4%.", "economy", xfail=_SCOPE_PER_SENTENCE)
_row("scope-economy-publisher-in-the-lede", "Openings dwindle",
     "The statistics office today published its figures for the quarter.\n\nJob vacancies fell 3% to "
     "410,000.", "economy", xfail=_SCOPE_PER_SENTENCE)

# Whole-economy series that named no cue: confidence, industrial output, producer prices, the
# current account, reserves, payrolls. Near misses: a bank's current accounts, one carmaker's
# factory output.
for _id, _text in [
    ("consumer-confidence", "The consumer confidence index fell 3.1 points to 94.2 in May."),
    ("industrial-production", "Industrial production rose 0.8% in April from March."),
    ("producer-prices", "Producer prices fell 1.2% on the year in June."),
    ("current-account", "The current account deficit narrowed to 2.1% of GDP."),
    ("reserves", "Foreign exchange reserves rose $4.1 billion to $212 billion."),
    ("payrolls", "Nonfarm payrolls rose by 175,000 in April."),
]:
    _row(f"scope-economy-series-{_id}", "Latest figures", _text, "economy")
_row("near-scope-bank-current-accounts", "Bank adds customers",
     "Customers opened 41,000 current accounts with the bank in the half.", "general")
# The possessive of the economy's own cue narrows nothing: the manufacturing sector is a part of
# the economy as statistics measure it (the taxonomy's comment on manufacturing).
_row("scope-economy-manufacturing-sector-possessive", "Factories slow",
     "The manufacturing sector's output fell 2% in May, the statistics office said. Orders fell 3%.", "economy")
_row("near-scope-carmaker-factory-output", "Carmaker slows",
     "The carmaker's factory output fell 9% in May.", "general")

# --- names, instruments and side sentences: cues that name something else ---------------------
# An acronym cue inside a body of members' name (an employers' association, a union) is part of
# the name, as a lower-case cue there is; one the document gives in brackets as a name's short
# form ("(AGV)" after a name it does not spell) stands for that name throughout. Near misses: the
# acronym that spells the words before it, a name of another kind that leads with an acronym.
_STRIKE = "About 4,100 workers will walk out on Monday, and 3.2% is the employers' last offer."
for _id, _lede in [
    ("bracketed-short-form", "Members of the Westia Metal Employers' Association (AGV) rejected the union's claim."),
    ("short-form-used-again", "The Westia Metal Employers' Association (AGV) met the union.\n\nAGV said it would "
                              "not raise its offer."),
    ("acronym-leads-a-body", "The Northern AGV Employers Association rejected the union's claim."),
    ("acronym-name-with-apposition", "AGV Banken, the banks' employers' association, rejected the union's claim."),
    ("body-named-before", "The employers' association AGV Banken rejected the union's claim."),
    ("body-trades-across-and", "The Northern Robotics and Automation Employers Association rejected the claim."),
]:
    _row(f"near-acronym-in-name-{_id}", "Strike looms", f"{_lede} {_STRIKE}", "general")
_row("near-acronym-spells-its-words", "Warehouse robots sell",
     "Sales of Automated Guided Vehicles (AGV) rose 14% to 41,000 units. The AGV market grew 9%.", "robotics")
_row("near-acronym-plain-plural", "Army buys drones",
     "The army bought 410 UAVs last year, 12% more than in 2030.", "robotics")
_row("near-acronym-leads-an-institute", "Models tested",
     "The Westia AI Safety Institute tested 41 language models last year.", "ai")
_row("near-acronym-in-a-law-beside-a-union", "AI law bites",
     "The EU AI Act, which the European Union passed in 2024, fines firms up to 7% of their turnover.", "ai")

# Drones as the instrument of a count: the count is the story (a herd, a flock, nests), not the
# drone. Near miss: a drone operator's own flights, which the title names as its business.
_HERD = "Calves made up 1,100 of the herd, and the count was 6% up on last year."
for _id, _lede in [
    ("drone-flights-counted", "Drone flights counted the herd at 4,100 reindeer this spring."),
    ("aerial-drone-surveys", "Aerial drone surveys found 4,100 reindeer on the fells this spring."),
    ("drone-count", "The spring drone count found 4,100 reindeer on the fells."),
    ("drone-census", "A drone census put the herd at 4,100 reindeer this spring."),
    ("drone-photographs", "Drone photographs of the fells showed 4,100 reindeer this spring."),
    ("drone-cameras-over-a-ranch", "Drone cameras over the ranch counted 4,100 cattle this spring."),
]:
    _row(f"near-drone-instrument-{_id}", "Herd counted", f"{_lede}\n\n{_HERD}", "general")
_row("near-drone-instrument-operator-flights", "Drone deliveries climb",
     "The company's drone flights rose 40% to 81,000 last year as it added deliveries of medicines.", "robotics")

# A side sentence on sea animals in a land count: a sentence that counts land animals or
# livestock is the land's, and a document that names them as often as the sea is a land count
# (the seal sentence keeps its own cue). Near misses: a whale count whose later sentences name
# only "calves", a seal count.
for _id, _body in [
    ("seals-then-seals-again", "Rangers counted 4,100 red deer on the island this spring, up 6%. Grey seals "
                               "numbered 310.\n\nThe seals share the shore with 2,300 wild goats. Hinds made up "
                               "2,600 of the deer."),
    ("porpoises-and-sea-cliffs", "Rangers counted 4,100 red deer on the island this spring, up 6%. The sea cliffs "
                                 "held 2,300 nesting puffins.\n\nA pod of porpoises was seen offshore. Hinds made "
                                 "up 2,600 of the deer."),
    ("seal-pups-lead", "Rangers counted 310 grey seal pups on the beaches this autumn. They also counted 4,100 red "
                       "deer, up 6%, and 2,300 wild goats."),
    ("whale-side-sentence", "Farmers on the headland keep 41,000 sheep and 12,000 cattle, the farm survey found. A "
                            "humpback whale was seen in the bay in June.\n\nThe sheep flock grew 3% on the year."),
]:
    _row(f"near-marine-side-sentence-{_id}", "Island wildlife counted", _body, "general",
         by_value={310: "ocean"})
# Sea animals named for land ones stay the sea's: sea lions, elephant seals, a flock of seabirds.
_row("near-marine-side-sentence-sea-lions", "Sea lions counted",
     "Sea lions on the rocks numbered 4,100, up 6%. The sea lion colony has grown for a decade.", "ocean")
_row("near-marine-side-sentence-elephant-seals", "Seal pups counted",
     "Elephant seal pups on the beach numbered 2,100. The elephant seal colony is the marine reserve's largest.",
     "ocean")
_row("near-marine-side-sentence-seabird-flock", "Survey at sea",
     "A flock of 4,000 seabirds followed the research vessel for 12 days. The marine survey counted 41 species.",
     "ocean")
_row("near-marine-side-sentence-whale-calves", "Whale calves counted",
     "Volunteers at the cape counted 212 gray whale calves this spring.\n\nThat beat the 198 counted last season, "
     "and 17 calves passed on a single day. The whales should keep passing until June.", "ocean")

# Heritage sites by their listing: a world heritage site (in capitals too), a heritage listing or
# status, a listed, scheduled or ancient monument (culture's description: heritage sites).
for _id, _body in [
    ("world-heritage-site-capitals",
     "The abbey, a UNESCO World Heritage Site, drew 410,000 visitors last year, up 9%."),
    ("world-heritage-site", "The abbey, a UNESCO World Heritage site, drew 410,000 visitors last year, up 9%."),
    ("heritage-listed", "Visitors to the heritage-listed lighthouse rose 9% to 41,000."),
    ("scheduled-monument", "The castle, a scheduled monument, drew 41,000 visitors last year, up 9%."),
    ("ancient-monument", "The stone circle, an ancient monument, drew 41,000 visitors last year, up 9%."),
    ("heritage-listing", "Since its heritage listing the mill has drawn 41,000 visitors a year, up 9%."),
    ("national-monument", "The fort, a national monument since 1931, drew 41,000 visitors last year, up 9%."),
]:
    _row(f"border-heritage-{_id}", "Visits climb", _body, "culture")
_row("border-heritage-listing-in-an-earlier-sentence", "Old mill draws visitors",
     "The old mill won a heritage listing in 2019. It drew 41,000 visitors last year, up 9%.", "culture",
     xfail=("the listing is named in a sentence without a figure above the lead figure's; culture needs two "
            "sentences (min_sentences) and the lead rule reads the figure's own sentence"))

_row("near-scope-sector-sales-with-rates", "Car sales slip",
     "New car sales fell 3% to 540,000 in the half, the carmakers' association said, as higher interest "
     "rates kept buyers away.", "general")

# The economy's words in a clause of cause or circumstance are the figure's backdrop when the main
# clause counts something else (the taxonomy's backdrop_clauses): a sector's sales, a firm's
# profit, a carrier's passengers. Each connector, after the main clause and before it, and in
# documents of several sentences, where the backdrop sentence leans no other either.
for _id, _text in [
    ("as", "Sales of new cars fell 4% to 41,000 in May as higher interest rates kept buyers away."),
    ("amid", "Wine shippers sent 2.1 million cases abroad, 4% fewer than a year before, amid a trade war."),
    ("despite", "Northfield Rail carried 41 million passengers last year, up 6%, despite weak economic growth."),
    ("after", "Bookings at the lake resorts fell 9% in June after the central bank raised interest rates."),
    ("thanks-to", "Furniture sales rose 7% to 310 million euros thanks to lower interest rates."),
    ("helped-by", "Profit at Northfield Bakeries rose 8% to 12 million euros, helped by lower inflation."),
    ("on-the-back-of", "Brokers arranged 12,000 loans in June, up 14%, on the back of interest rate cuts."),
    ("due-to", "Coach operators sold 1.2 million tickets, 9% fewer, due to high inflation."),
    ("because-of", "Car dealers in Westia sold 3% fewer cars, 41,000 in all, because of the recession."),
    ("boosted-by", "Westia Air carried 4.1 million passengers, up 12%, boosted by strong economic growth."),
    ("hit-by", "Orders at the Westia shipyards fell 21% to 14 vessels, hit by the trade war."),
    ("owing-to", "Ticket sales at the Northfield ferries fell 6% owing to the recession."),
    ("before-as", "As interest rates rose, car sales fell 3% to 41,000."),
    ("before-amid", "Amid a trade war, wine shipments fell 4% to 2.1 million cases."),
    ("before-despite", "Despite weak economic growth, the chain sold 12% more bicycles, 41,000 in all."),
    ("before-helped-by", "Helped by lower inflation, the brewery's sales rose 8% to 41 million euros."),
    ("before-after", "After the central bank cut interest rates, furniture sales rose 7% to 310 million euros."),
    ("present-tense", "Car sales fall 3% to 41,000 a month as interest rates rise, the dealers say."),
    ("amidst", "Westia Air cut 410 flights in May, 6% of its schedule, amidst the recession."),
    ("in-spite-of", "The ski resorts sold 1.2 million passes, up 4%, in spite of high inflation."),
    ("in-the-face-of", "Wine shippers held sales at 2.1 million cases in the face of a trade war."),
    ("attribution-after", "Car sales fell 3% to 41,000 as interest rates rose, the dealers' association said."),
    ("hyphenated-cue", "Furniture sales rose 7% to 310 million euros on the back of interest-rate cuts."),
]:
    _row(f"near-backdrop-clause-{_id}", "Latest figures", _text, "general")
_row("near-backdrop-clause-several-sentences", "Car sales slip",
     "Car sales fell 3% to 41,000 in May as higher interest rates kept buyers away.\n\nDealers sold 9,000 "
     "electric cars, 12% more than a year before. Van sales fell 2% to 6,100.", "general")
_row("near-backdrop-clause-leans-no-neighbour", "Wine shipments fall",
     "Wine shipments fell 4% to 2.1 million cases amid a trade war. Shipments to Asia fell 9% to 410,000 "
     "cases, and the average bottle sold for 6.20 euros.", "general")
_row("near-backdrop-clause-two-sentences-of-backdrop", "Furniture maker grows",
     "Northfield Furniture sold 410,000 sofas last year, up 7%, thanks to lower interest rates. Its "
     "factory in Arden made 120,000 tables despite weak economic growth.\n\nThe company employs 3,100 "
     "people.", "general")
# A sentence without a figure whose main clause names another theme's cue (a yardstick) leans no
# paragraph by its clause of cause; one whose main clause names nothing states the cause.
_row("near-backdrop-clause-yardstick-sentence", "Defence budget grows",
     "The defence budget will rise 4% to 12 billion euros next year. The minister also spoke of the trade "
     "war between Westia and Norland.\n\nDespite the rise, the budget's share of GDP has fallen because of "
     "faster economic growth. The army will buy 41 trucks.", "general")
_row("near-backdrop-economy-cause-is-the-statement", "Prices climb",
     "Inflation rose to 4.1% in May, the statistics office said. Much of the rise was due to higher "
     "interest rates.\n\nFood prices rose 6.2%.", "economy")
_row("near-backdrop-clause-other-theme", "Robot sales climb",
     "Sales of industrial robots rose 12% to 41,000 units despite weak economic growth.", "robotics")
# Near misses: the main clause is the economy's own series, so its clause of cause keeps its cues
# too; "as" in a comparison or a name, and "after" that adjusts the figure, open no clause.
for _id, _text in [
    ("gdp-as-exports", "GDP grew 2% in the quarter as exports rose."),
    ("inflation-as-fuel", "Inflation eased to 2.1% in May as fuel prices fell."),
    ("unemployment-amid", "Unemployment rose to 5.2% amid a slowdown in hiring."),
    ("central-bank-as", "The central bank cut its interest rate to 3.5% as inflation eased."),
    ("retail-sales-helped-by", "Retail sales rose 1.2% in June, helped by lower interest rates."),
    ("before-as-central-bank", "As inflation eased, the central bank cut its interest rate to 3.5%."),
    ("before-despite-exports", "Despite the trade war, the country's exports rose 12% to $4.1 billion."),
    ("known-as", "The measure known as core inflation rose 3.1% in May."),
    ("after-inflation", "Wages grew 1.2% after inflation in the year to May."),
    ("twice-as", "Prices at the pump rose twice as fast as inflation, by 6.2% in the year."),
    ("as-high-as", "Unemployment rose as high as 6.1% in the spring, as factories shed staff."),
    ("gdp-present-amid", "The economy grows 0.4% a quarter amid a trade war, the central bank says."),
    # The people of a whole economy as the main clause's subject (the economy's backdrop_clauses
    # subjects): their income, pay and spending are its series.
    ("workers-pay", "Workers' pay fell 2% in real terms last year as inflation outpaced wage deals."),
    ("pensioners", "Pensioners lost 310 euros a year on average as inflation ate into their savings."),
    ("families-before", "As interest rates rose, families cut their spending by 4% on the year."),
]:
    _row(f"near-backdrop-economy-{_id}", "Latest figures", _text, "economy")
_row("near-backdrop-economy-paragraph-decides", "Trade surplus widens",
     "The trade surplus widened to $500 million in May, the customs agency said. Exports rose 5% to "
     "$4.1 billion amid the trade war.", "economy")
_row("near-backdrop-clause-with-its-own-figure", "Car sales slip",
     "Car sales fell 3% to 41,000 as inflation eased to 2.1%.", "general", by_value={2.1: "economy"},
     xfail=("a clause of cause that gives a figure of its own ('as inflation eased to 2.1%') is a statement, "
            "not a backdrop, and the facts of one sentence share its cues: a fact does not say where in the "
            "sentence its figure stands, so the whole sentence keeps the economy's cues"))


_LEAD_PARAGRAPH_ONLY = (
    "the lead figure names the theme once and the next paragraph's figure names nothing: one cue "
    "leans the lead's own paragraph only (min_sentences), so the later figure falls to the fallback"
)
_PUBLISHER_NAMED_ONCE = (
    "a lede sentence without a figure names the publisher's business once ('The film studio today "
    "publishes its figures'), and the figures below name nothing; reading that sentence as the article's "
    "beat also reads 'The central bank has published its latest figures' over tourism receipts as economy "
    "news (general by the convention): it needs the publisher's kind (a business reporting its own results "
    "or a statistical body reporting others')"
)
_RELATIVE_CLAUSE = (
    "a cue in a relative clause on the subject ('the conglomerate that also owns a mobile operator said "
    "cement sales rose') describes who speaks, not what the figure counts; only the lead's apposition "
    "(', a maker of chips,') is read so, and only for leaning its paragraph"
)
# Rows left open on purpose, by id, and why.
_OPEN: dict[str, str] = {
    # The lead figure's theme leans its own paragraph only: a later paragraph that names no theme
    # falls to the fallback. Leaning the whole document from one lead sentence reads these rows,
    # but files the later paragraphs of a market researcher's report (a price-inflation lead over
    # paragraphs on one trade's sales, which annotators file under general) under the lead's theme.
    "economy-retail-sales-regional": _LEAD_PARAGRAPH_ONLY,
    "economy-retail-sales-trade": _LEAD_PARAGRAPH_ONLY,
    "economy-remittances-regional": _LEAD_PARAGRAPH_ONLY,
    "economy-remittances-trade": _LEAD_PARAGRAPH_ONLY,
    "economy-shares-regional": _LEAD_PARAGRAPH_ONLY,
    "economy-shares-trade": _LEAD_PARAGRAPH_ONLY,
    "culture-heritage-regional": _LEAD_PARAGRAPH_ONLY,
    "culture-heritage-trade": _LEAD_PARAGRAPH_ONLY,
    "communications-internet-use-regional": _LEAD_PARAGRAPH_ONLY,
    "communications-internet-use-trade": _LEAD_PARAGRAPH_ONLY,
    "general-tourism-receipts-wire": (
        "the publisher speaks: 'the central bank' is an economy cue in the sentence that gives the "
        "tourism figure; reading an attribution ('X said that', ', X said') as no topic needs the "
        "clause structure"
    ),
    "general-tourism-receipts-regional": "as general-tourism-receipts-wire",
    "general-tourism-receipts-trade": "as general-tourism-receipts-wire",
    "border-tourism-central-bank": "as general-tourism-receipts-wire",
    "border-movie-download": (
        "a film named as a file size ('an 8GB movie') is a cue in its own sentence; a data size before "
        "a creative work's noun is a measure of the line, which needs a rule for the size phrase"
    ),
    "convention-operator-dsl-lines-report": _LEAD_PARAGRAPH_ONLY,
    "convention-streaming-service-report": _LEAD_PARAGRAPH_ONLY,
    "convention-streamer-report": _LEAD_PARAGRAPH_ONLY,
    "convention-film-studio-report": _LEAD_PARAGRAPH_ONLY,
    "convention-food-price-index-report": _LEAD_PARAGRAPH_ONLY,
    "convention-statistics-office-food-index-report": _LEAD_PARAGRAPH_ONLY,
    "convention-streaming-service-release": _PUBLISHER_NAMED_ONCE,
    "convention-streamer-release": _PUBLISHER_NAMED_ONCE,
    "convention-film-studio-release": _PUBLISHER_NAMED_ONCE,
    "near-conglomerate-with-telecom-arm-wire": _RELATIVE_CLAUSE,
    "near-conglomerate-with-telecom-arm-oped": _RELATIVE_CLAUSE,
    "near-conglomerate-with-telecom-arm-report": _RELATIVE_CLAUSE,
    "border-defence-paper-budget-and-kit": (
        "a state's spending lines are public finances (the economy, as the annotators of three sets file "
        "national budget lines), its kit general; no cue names defence spending, and cues that do lean "
        "the whole paper, kit counts too (tried: one set gained two figures, another lost two)"
    ),
    "border-defence-paper-drones-twice": (
        "bare 'drones' in a defence paper's list of kit is a robotics cue, and robotics has no side-topic "
        "guard: real robotics articles (a surgical or cleaning robot maker's quarter, an industrial robot "
        "maker's orders) name robots in a paragraph or two below a title and lede that do not; drones of "
        "war named as such ('armed', 'surveillance') are the fallback's cues"
    ),
}


def test_row_ids_are_unique() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("title", "body", "theme", "by_value"), theme_params(ROWS, _OPEN))
def test_theme(title: str, body: str, theme: str, by_value: dict[object, str]) -> None:
    assert_themes(title, body, theme, by_value)
