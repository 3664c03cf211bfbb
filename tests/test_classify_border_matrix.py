"""The border matrix: conventions of the taxonomy settled on the borders between themes, each
family written as a few invented mini-documents (the convention's beat in several registers) with
its nearest near misses on the other side of the border. Built like the theme matrix
(tests/test_classify_theme_matrix.py): every row goes through parse, extract and classify with the
project's taxonomy, its id starts with its family, and open rows are xfail with their reason.

The families: the games market in its researchers' words (culture); a streaming service by name
(culture); live sport on television or a streaming platform (general, as sport's attendance is);
fishing and the seafood trade (general, not the ocean); trade policy's levers (economy); market
prices against one buyer's or one board's price to farmers (economy / general); a good's share of
a country's exports and inflation as an adjustment (yardsticks: the sector is the topic); the
budget of a city, county or state as a whole (economy: public finances at every level of
government) against one sector's allocation (general); and housing-market figures with the
economy's words as their backdrop (general); a firm's name that borrows a theme's word ("Northgate
Quantum", a miner: general) against firms of the theme's own; a phone operator's results and its mobile
money (communications); a mine's unit cost against the market's price; drone monitoring as a way of
counting (general); one company's share price (general); the sea named with rivers (water pollution,
general); a power sector's circular debt (general); AI as the driver of another trade's series
(general); job losses of a sector, a town or an employer (general) against the labour market's;
admissions of a hospital or a school (general) against a cinema's; a price before or after a sales tax
(general); a firm's earnings (general); a sector's share of real or nominal GDP and the sector named
again as a figure's scope or subject (general); a good's share of all exports (general); bare "debt",
anyone's (a state's debt names whose it is: economy); marine and offshore engineering (general, no sea);
the parts of a country's total, a segment's output or one good's exports (general); food prices as a
whole across a country (economy) against one chain's, pet food and one food's price (general); a theme
named in one passage of a longer article, which leans no whole article (general); firms' shares of
their market beside the trade's inflation (general; the inflation sentence economy).

Every document, figure and place here is invented; streaming services are named by the taxonomy's
own cues, in sentences written for these tests.
"""

from __future__ import annotations

import pytest

from tests.classify_helpers import ThemeRow, assert_themes, theme_params

Row = ThemeRow


ROWS: list[Row] = []


def _row(id_: str, title: str, body: str, theme: str, xfail: str = "",
         by_value: dict[object, str] | None = None) -> None:
    ROWS.append(Row(id_, title, body, theme, xfail, by_value))


# --- the games market: its size and its players by platform (culture) ---------------------------
_row("games-market-researcher", "Westian games market to grow",
     "The Westian games market will reach $4.2 billion this year, up 3%, the researcher Playcount said. "
     "Mobile will take $2.1 billion of it.", "culture")
_row("games-market-industry-body", "Games industry earns more",
     "The games industry in Norland earned 1.8 billion euros last year, 6% more than the year before, its "
     "trade body said.\n\nConsole titles made up 31% of the total.", "culture")
_row("games-market-platforms", "PC spending rises",
     "Spending on PC gaming rose 4% to $41 billion, while console gaming slipped 1% to $52 billion.", "culture")
_row("games-market-gamers", "More players on phones",
     "Arvelia has 31 million gamers, and 62% of them play on their phones.", "culture")
_row("games-market-console-players", "Player numbers climb",
     "Console players grew 2.5% to 610 million this year, the researcher said.", "culture")
_row("games-market-cloud-wire", "Cloud play grows",
     "ARDEN, May 14 (Newswire) - Cloud gaming revenue will grow 18% to $2.4 billion, the analysts said.",
     "culture")
# Near misses: casino gaming and sports games.
_row("near-games-casino-gaming-revenue", "Casino takings climb",
     "Gross gaming revenue in Lusong's casinos rose 18% to 14.2 billion patacas.", "general")
_row("near-games-casino-gaming-industry", "Casino jobs",
     "The gaming industry employs 52,000 people in the casino city, 3% more than last year.", "general")
_row("near-games-summer-games-tickets", "Games tickets sold",
     "Organisers of the Summer Games have sold 8.1 million tickets, 72% of those on offer.", "general")

# --- a streaming service by name: its subscribers and results (culture) -------------------------
_row("streaming-name-subscribers", "Subscriber gains beat forecasts",
     "Netflix added 4.1 million subscribers in the quarter, taking its total to 281 million.", "culture")
_row("streaming-name-results", "Streamer's profit climbs",
     "Netflix said operating income rose 31% to $2.9 billion in the quarter.\n\n"
     "It now has 281 million members.", "culture")
_row("streaming-name-music", "Paying listeners rise",
     "Spotify counted 246 million paying subscribers by the close of June, up 12%.", "culture")
_row("streaming-name-video-service", "Monthly viewers",
     "Viewers of Prime Video passed 210 million a month, the company said.", "culture")
_row("streaming-name-regional", "Subscriptions climb",
     "Showmax subscriptions rose 38% in the half, to 2.4 million.", "culture")
# Near misses: a newspaper's and a gym's subscribers; a phone network's.
_row("near-streaming-newspaper-subscribers", "Newspaper adds readers",
     "The Arden Courier added 41,000 digital subscribers in the quarter.", "general")
_row("near-streaming-broadband-subscribers", "Broadband subscribers grow",
     "The broadband provider added 41,000 subscribers in the quarter, taking its total to 1.2 million.",
     "communications")

# --- live sport on television (general, as its attendance is) -----------------------------------
_row("sport-tv-grand-final-bvod", "Final tops the ratings",
     "The league's grand final drew a combined TV audience of 3.2 million, the broadcaster said. Its BVOD "
     "streams reached 410,000 viewers, up 38%.", "general")
_row("sport-tv-world-cup-streaming-service", "Final watched on phones",
     "Almost 9 million viewers watched the world cup final on the streaming service, 12% more than four "
     "years before.", "general")
_row("sport-tv-box-office-headline", "Millions watch cup final on box office",
     "The cup final drew 6.1 million viewers across three channels.\n\n"
     "That is 18% more viewers than last year's final, and 84% of sports fans said they followed the "
     "tournament.", "general")
_row("sport-tv-tournament-report", "Ratings record for the tournament",
     "The tournament's 48 matches reached 11.2 million people on free-to-air TV and video on demand, "
     "the rights holder said.\n\nThe semi-final alone drew 2.9 million viewers.", "general")
# Near misses: a drama's audience, a football film, a football video game.
_row("near-sport-tv-drama-bvod", "Drama tops the ratings",
     "The TV drama drew 4.2 million viewers, and its BVOD streams reached 610,000.", "culture")
_row("near-sport-tv-football-film", "Football film opens well",
     "The football film took $12 million at the box office in its first weekend.", "culture")
_row("near-sport-tv-football-video-game", "Football game sells fast",
     "The football video game sold 6.2 million copies in its first week.", "culture")
_row("near-sport-tv-tournament-documentary", "Documentary opens",
     "The documentary about the world cup took $3 million at the box office.", "culture",
     xfail="a film about a sports event names the event in its own sentence ('the documentary about the "
           "world cup'): the event's words are culture's narrowing words, which cannot tell the film's "
           "subject from the broadcast of the match")

# --- fishing and the seafood trade (general, not the ocean) -------------------------------------
_row("fisheries-seafood-exports", "Seafood exports climb",
     "Seafood exports rose 9% to $3.1 billion, the fisheries department said. The catch grew 2% to "
     "1.4 million tonnes.", "general")
_row("fisheries-aquaculture-output", "Fish farms grow",
     "The fisheries ministry said aquaculture output rose 5% to 2.2 million tonnes.", "general")
_row("fisheries-lake", "Lake catch falls",
     "The lake's fisheries landed 41,000 tonnes of perch, 8% less than a year before.", "general")
# Near miss: fish counted in a survey of the sea.
_row("near-fisheries-survey-at-sea", "Cod return to the bank",
     "Fisheries scientists counted 12% more cod on the seabed survey. The research vessel trawled 210 sites.",
     "ocean")

# --- trade policy's levers (economy) ------------------------------------------------------------
_row("trade-policy-tariff-rate", "Steel tariff raised",
     "The government will set a 25% tariff rate on imported steel from June.", "economy")
_row("trade-policy-export-duty", "Cashew duty",
     "An export duty of 20% now applies to raw cashew nuts, the trade ministry said.", "economy")
_row("trade-policy-minimum-export-price", "Onion floor price",
     "The ministry set a minimum export price of $950 a tonne for onions.", "economy")
_row("trade-policy-customs-duty", "Car duty cut",
     "Customs duty on imported cars falls to 15% in July.", "economy")
_row("trade-policy-anti-dumping", "Duties on panels",
     "Westia imposed an anti-dumping duty of 48% on solar panels from Norland.", "economy")
# Near misses: price schedules of power and phones.
_row("near-trade-policy-power-tariff", "Power bills rise",
     "The electricity tariff rate for homes rises 6% in July.", "general")
_row("near-trade-policy-feed-in-tariff", "Solar payments cut",
     "The feed-in tariff rate for rooftop panels falls to 5 cents a unit.", "general")

# --- market prices against a price to farmers ---------------------------------------------------
_row("market-price-futures-market", "Coffee climbs",
     "On the futures market, coffee rose 4% to $3,900 a tonne.", "economy")
_row("market-price-futures-exchange", "Wheat slips",
     "Wheat fell 2% to $212 a tonne on the futures exchange.", "economy")
_row("producer-price-cocoa-board", "Board raises cocoa price to farmers",
     "The cocoa board lifted the producer price of beans 12% to 2,900 crowns a tonne for the season. "
     "Growers sold 410,000 tonnes last season.\n\n"
     "On the futures market, prices fell 8% to $6,100 a tonne in May. Spot prices fell 6% to $6,900.",
     "general", by_value={8: "economy", 6100: "economy", 6: "economy", 6900: "economy"})
_row("producer-price-cocoa-board-plain-title", "Cocoa season opens",
     "The cocoa board lifted the producer price of beans 12% to 2,900 crowns a tonne for the season. "
     "Growers sold 410,000 tonnes last season.\n\n"
     "On the futures market, prices fell 8% to $6,100 a tonne in May. Spot prices fell 6% to $6,900.",
     "general", by_value={8: "economy", 6100: "economy", 6: "economy", 6900: "economy"},
     xfail="the market's prices name the economy in two sentences and the board's price is named once: "
           "the economy leans the document (min_sentences), and the growers' tonnes, naming nothing, follow "
           "it; the title that names the price to farmers tips the count (the row above)")
_row("producer-price-farmgate-milk", "Dairy group cuts its price",
     "The dairy cooperative lowered its farmgate milk price outlook to $7.10 a kilogram of milk solids, as "
     "dairy commodity futures prices fell.\n\nThe forecast was $8.00 in May.", "general")
_row("producer-price-paid-to-farmers", "Sugar growers paid more",
     "The mill raised the price paid to farmers for cane by 9% to 3,400 rupees a tonne, as sugar futures "
     "climbed.", "general")
# Near miss: producer prices as a statistics office's series.
_row("near-producer-price-inflation", "Factory-gate prices ease",
     "Producer price inflation eased to 2.1% in May, the statistics office said.", "economy")

# --- yardsticks: a good's share of exports, inflation as an adjustment (general) ----------------
_row("yardstick-share-of-total-exports", "Tea's share of exports",
     "Tea brought in 28% of total export earnings in 2031, its board said.", "general")
_row("yardstick-share-of-the-country-total", "Coffee's weight",
     "Coffee brought in 17% of the country's total exports in the season.", "general")
_row("yardstick-one-good-total-exports", "Coffee exports rise",
     "Arvelia's total exports of coffee rose 7% to $1.2 billion.", "general")
_row("yardstick-inflation-adjusted", "Farm income to fall",
     "Inflation-adjusted farm income is forecast to fall 4.1% this year.", "general")
_row("yardstick-adjusted-for-inflation", "Craft sales slip",
     "Adjusted for inflation, sales of pottery fell 3% at the fair.", "general")
# Near misses: a country's total exports.
_row("near-yardstick-total-exports-of-goods", "Exports rise",
     "Norland's total exports of goods rose 5% to $41 billion.", "economy")
_row("near-yardstick-total-exports", "Exports rise",
     "Total exports rose 6% to $12 billion in May, the statistics office said.", "economy")

# --- the budget of a city, county or state as a whole (economy) ---------------------------------
_row("budget-county-draft", "County budget tabled",
     "The county's draft budget of 41 billion shillings goes to the assembly next week. Own-source "
     "revenue is projected at 19 billion shillings.", "economy")
_row("budget-state-proposal", "Governor presents spending plan",
     "The governor presented a 2.4 trillion naira budget proposal to the state assembly. Recurrent "
     "expenditure takes 1.1 trillion naira of it.", "economy")
_row("budget-council-rates-rise", "Rates to climb",
     "Councillors approved a 6.8% rise in council rates for households, taking the average bill from "
     "$3,100 to $3,311.\n\nThe council's budget goes out for consultation in March.", "economy")
_row("budget-bare-rates-rise", "Rates to climb",
     "Councillors approved a 6.8% rates rise for households, taking the average bill from $3,100 to "
     "$3,311.\n\nThe council's budget goes out for consultation in March.", "economy",
     xfail="a council's rates named only as 'rates rise' (crime, birth and vacancy rates rise too), and "
           "the budget named in one other paragraph: the public finances are named once, which leans "
           "neither the lead's paragraph nor the document (min_sentences)")
_row("budget-city-deficit-financing", "City borrows more",
     "Deficit financing will reach 210 million crowns, the finance chief said in her budget speech.",
     "economy")
_row("budget-province-transfers", "Province counts on the centre",
     "The province expects federal transfers of 4.2 billion pesos next year, 6% more than this year.",
     "economy")
_row("budget-municipal-total", "Town budget grows",
     "The municipal budget grows 4% to 310 million euros next year.", "economy")
# One sector's allocation within the budget is the sector's (general), and "budget" alone is anyone's.
_row("budget-sector-allocation", "County budget tabled",
     "The county's draft budget of 41 billion shillings goes to the assembly next week.\n\n"
     "Of that, 2.9 billion shillings is allocated to roads and street lighting.", "economy",
     by_value={2_900_000_000: "general"})
_row("budget-sectoral-breakdown", "State budget",
     "The state budget proposal totals 2.4 trillion naira. The sectoral breakdown gives health 204 "
     "billion naira and education 208 billion naira.", "economy",
     by_value={204_000_000_000: "general", 208_000_000_000: "general"})
_row("near-budget-film", "Epic's cost climbs",
     "The film's budget rose to $180 million after the reshoots.", "culture")
_row("near-budget-household", "Food bills",
     "The average household budget for food rose 4% to $210 a week.", "general")
_row("near-budget-freight-rates-rise", "Shipping costs",
     "Freight rates rise 14% on the Asia route this month.", "general")
_row("near-budget-crime-rates-rise", "Burglaries climb",
     "Crime rates rise 6% across the county, the police said.", "general")
_row("budget-household-rates-bill", "Rates bills to climb",
     "The average household rates bill will rise 6.8% to $3,311 under the draft budget.", "economy")

# --- housing-market figures with the economy's words as their backdrop (general) ----------------
_row("housing-prices-rates-backdrop", "House prices edge up",
     "House prices rose 1.2% in the quarter, the statistics office said, as interest rates stayed high. "
     "Sales fell 8%.", "general")
_row("housing-approvals-quoted-rates", "Approvals point to recovery",
     "Building approvals rose 7% in May, and dwelling approvals for flats jumped 18%.\n\n"
     "\"Steady interest rates have helped buyers,\" the builders' economist said. \"Inflation is "
     "easing too, and interest rate cuts would help more.\"\n\nDetached house approvals were up 2% on the year.",
     "general")
_row("housing-named-once-quoted-rates", "Approvals point to recovery",
     "Building approvals rose 7% in May.\n\n"
     "\"Steady interest rates have helped buyers,\" the builders' economist said. \"Inflation is "
     "easing too, and interest rate cuts would help more.\"\n\nDetached houses were up 2% on the year.",
     "general",
     xfail="the housing market is named in one sentence and the economy in two (an economist's quote): "
           "the economy leans the document (min_sentences), and a figure whose sentence names neither "
           "('detached houses were up 2%') follows it")
_row("housing-resale-inflation", "Resale prices climb",
     "Resale prices went up 1.4% in the quarter, the housing board said. Private home prices rose 0.6%."
     "\n\nBuyers face inflation, and interest rates remain high for longer. Sales "
     "volumes fell 15%.", "general")
# Near misses: the economy's own releases with a housing line, and a rate decision naming house prices.
_row("near-housing-cpi-release", "Inflation eases",
     "Consumer prices rose 3.1% in the year to April, the statistics office said. Inflation was driven "
     "by food and fuel.\n\nHouse prices rose 0.4% in the month.", "economy", by_value={0.4: "general"})
_row("near-housing-rate-decision", "Central bank raises rates",
     "The central bank raised its main interest rate to 4.5% to cool house prices.", "economy",
     xfail="a rate decision that names the housing market as its aim: the housing words narrow the "
           "economy's cues in their sentence, as 'house prices rose as interest rates stayed high' needs; "
           "telling whose figure it is needs the figure's own noun (the rate, not the prices)")

# --- a country's startups raising money together (economy, as venture capital is) ---------------
_row("startup-funding-country-total", "Startup funding falls",
     "Norland's startups raised $1.4 billion last year, 41% less than the year before, the tracker "
     "Dealbook said.\n\nSeed-stage investments fell 22% to $190 million.", "economy")
_row("startup-funding-weekly-roundup", "This week's deals",
     "In five days, 18 startups raised $96 million between them, the deal tracker said.\n\n"
     "Late-stage funding slid to $40 million from $210 million the week before.", "economy")
_row("startup-funding-city", "Tech funding slows",
     "Tech funding in Arden fell 12% to $620 million in the half, and early-stage funding fell 8%.",
     "economy")
# Near misses: one startup's round is its own, and "startup" in another sense.
_row("near-startup-one-round", "Delivery app raises money",
     "The delivery app raised $23 million in a Series B round led by Harbour Ventures.", "general")
_row("near-startup-one-seed-round", "Farm software firm raises",
     "The farm software startup closed a $4 million seed round, its chief executive said.", "general")

# --- the distributive trade as a statistics office releases it (economy) ------------------------
_row("distributive-trade-release", "Trade sales climb",
     "Wholesale and retail trade sales rose 6.2% to 140 billion ringgit in May, the statistics department "
     "said. Wholesale trade grew 4.1%.\n\nIts index of retail sale over the internet climbed 5.2%.", "economy")
_row("distributive-trade-online-wire", "Online sales index",
     "ARDEN, May 14 (Newswire) - Sales over the internet rose 7% in April, and wholesale trade slipped "
     "0.4%, the statistics office said.", "economy")
# Near miss: calls over the internet are a network's.
_row("near-distributive-trade-calls-over-internet", "Internet calls grow",
     "Calls over the internet rose 31% to 4.1 billion minutes, the telecoms regulator said. Broadband "
     "lines grew 3%.", "communications")

# --- GDP as a yardstick, with an article or a qualifier between (general) -----------------------
_row("gdp-yardstick-of-the-gdp", "Defence outlay set",
     "The defence budget is around 1.9% of the projected GDP, the ministry said.", "general")
_row("gdp-yardstick-of-the-gross-domestic-product", "Military spending held",
     "The state plans to hold defence outlays near 3% of the gross domestic product (GDP) for the "
     "coming decade.", "general")
_row("gdp-yardstick-percentage", "Health spending's share",
     "Health spending as a percentage of GDP reached 11.2% last year.", "general")
_row("gdp-yardstick-contributes-to", "Tourism recovers",
     "Tourism contributed 4.1% to GDP last year, up from 3.2%.", "general")
_row("gdp-yardstick-contributes-to-long-form", "Tourism recovers",
     "Fishing now contributes 6.1% to gross domestic product and employs 240,000 people.",
     "general")
# Near misses: GDP itself, and the debt ratio whose cue is the state's debt.
_row("near-gdp-yardstick-debt-to-gdp", "Debt climbs",
     "The ratio of debt to GDP rose to 74% last year.", "economy")
# Near miss: GDP itself.
_row("near-gdp-yardstick-gdp-growth", "Economy grows",
     "Gross domestic product grew 0.6% in the quarter, the statistics office said.", "economy")

# --- a name joined by an ampersand names nothing of its words (a company's division) ------------
_row("ampersand-division-name", "Defence group's orders",
     "The defence group's order intake rose to 33 billion pounds, with a 3 billion pound backlog in "
     "Space & Launch Services.", "general")
_row("ampersand-name-leading-word", "Retailer's sales",
     "Sales at Harbour Film & Photo rose 6% to 41 million euros.", "general")
# Near miss: the name's last word still says what the thing is.
_row("near-ampersand-gallery", "Gallery visits",
     "The Arden Print & Gallery welcomed 41,000 visitors last year.", "culture")

# --- a firm's name that borrows a theme's word (general, unless the document names the theme) ---
# A lower-case cue as the last word of a company's or a brand's name ("Northgate Quantum", a
# miner) names the firm, not the theme, when the document names the theme nowhere else: by no
# cue outside such a name, and by no weak word of its own in a text without the name.
_row("borrowed-name-quantum-miner", "Northgate Quantum lifts copper output",
     "Northgate Quantum produced 41,200 tonnes of copper in the quarter, up 9%. Northgate Quantum's gold "
     "output rose to 12,400 ounces.", "general")
_row("borrowed-name-quantum-possessive", "Copper output rises",
     "Northgate Quantum's mines in Westia produced 41,200 tonnes of copper, 9% more than a year earlier.",
     "general")
_row("borrowed-name-quantum-wire", "Results",
     "ARDEN, May 14 (Newswire) - Northgate Quantum said on Tuesday that its copper output rose 9% to "
     "41,200 tonnes.", "general")
_row("borrowed-name-marine-data-firm", "Coal loadings climb",
     "Loadings of coal rose 4% to 310 million tonnes, based on Tarrow Marine tracking data.", "general")
_row("borrowed-name-marine-carrier", "Results",
     "Kessler Marine carried 4.1 million tonnes of grain, up 3%.", "general")
_row("borrowed-name-rocket-app", "Startup rounds",
     "App-building platform Halden Rocket raised $15 million in a round led by Arlo Ventures.", "general")
_row("borrowed-name-orbit-travel", "Holidays sold",
     "Tarrow Orbit sold 41,000 package holidays, up 6%.", "general")
_row("borrowed-name-one-word-rocket", "Startup rounds",
     "Investors put $15 million into app maker Rocket, up from $4 million in its first round.", "general")
_row("borrowed-name-one-word-after-the-maker", "Startup rounds",
     "Investors put $15 million into the app maker Quantum, whose bookings app has 2 million users.",
     "general")
# Near misses: a firm of the theme's own names what it makes outside its name; "the" before a
# name makes it a place or an institution named for what it is.
_row("near-borrowed-name-own-quantum-firm", "Sales climb",
     "Westia Quantum sold 14 quantum computers last year, up from 9.\n\nWestia Quantum revenue rose 22% "
     "to $41 million.", "quantum")
_row("near-borrowed-name-own-robotics-firm", "Quarter results",
     "Carrow Robotics revenue rose 12% to $41 million.\n\nIts warehouse robots sold 1,200 units.", "robotics")
_row("near-borrowed-name-one-word-own-firm", "Startup rounds",
     "Investors put $15 million into Orbit, a maker of small satellites.", "space")
_row("near-borrowed-name-the-moon", "Samples return",
     "Samples from the Moon weighed 1.7 kilograms, the agency said.", "space")
_row("near-borrowed-name-the-ocean", "Plastic spreads",
     "Floating plastic covers 12 percent of the Northern Ocean in summer.", "ocean")
_row("near-borrowed-name-the-theatre", "Season ends",
     "The Lakeside Arts Theatre sold 41,000 tickets, up 8%.", "culture")
_row("near-borrowed-name-the-museum", "Visits climb",
     "Visitors to the Arden Folk Museum rose 8% to 52,000.", "culture")

# --- a phone operator's results and its mobile money (communications) ---------------------------
# The operator is the network's own firm (the description): its revenue, profit, subscribers and
# fibre, and the mobile money it sells over its lines, are communications.
_row("operator-telekom-results", "Operator results",
     "Norvik Telekom raised its revenue by 12% to 4.1 billion crowns.\n\nIts fibre network reached "
     "310,000 homes.", "communications")
_row("operator-telekom-profit", "Operator results",
     "Norvik Telekom's net profit rose 8% to 1.1 billion crowns.\n\nIts mobile subscribers grew 3% to "
     "21 million.", "communications")
_row("operator-by-name", "Half-year results",
     "Vodacom's service revenue rose 6% to R21 billion in the half year.", "communications")
_row("operator-mobile-money", "Transfers grow",
     "Payments on the mobile money service rose 11% to 2.1 trillion shillings, and its agents grew 4% to "
     "120,000.", "communications")
_row("operator-mobile-money-by-name", "Transfers grow",
     "Transactions on M-Pesa rose 10% to 9.2 trillion shillings.\n\nM-Pesa's active customers grew 4.1% "
     "to 31 million.", "communications")
# A brand cue leading a sponsored venue's or event's name names the sponsor, not its trade.
_row("operator-sponsored-venue", "Derby crowd",
     "A crowd of 58,000 watched the derby at Optus Stadium, up 4% on last season.", "general")
_row("operator-sponsored-event-streaming", "Golf day",
     "The Netflix Cup drew 41,000 spectators to the course, up 8%.", "general")
_row("near-operator-name-before-division", "Operator results",
     "Optus Mobile revenue rose 4% to $4.1 billion.", "communications")
# Near miss: a bank's app is no operator's service.
_row("near-operator-mobile-banking", "Bank app use",
     "Mobile banking logins at Westbank rose 12% to 41 million.", "general")

# A cue that is a name of several capitalised words (a firm, a service: "Orange Money", "Prime
# Video") names it only written with its capitals, as in a sentence or a headline in capitals; in
# lower case, or with only its first word capitalised by the sentence, its words are a phrase of
# common words ("orange money boxes", "China mobile phone shipments").
for _nid, _name, _rest, _theme in [
        ("orange-money", "Orange Money", "transfers rose 11% to 2.1 trillion francs.", "communications"),
        ("prime-video", "Prime Video", "added 4.1 million paying members in the year.", "culture"),
        ("apple-music", "Apple Music", "added 4.1 million paying members in the year.", "culture"),
        ("china-unicom", "China Unicom", "added 4.1 million paying members in the year.", "communications")]:
    _row(f"name-cue-as-written-{_nid}", "Year in review", f"{_name} {_rest}", _theme)
    _row(f"name-cue-as-written-capitals-{_nid}", "Year in review", f"{_name.upper()} {_rest}", _theme)
    _row(f"name-cue-as-written-mid-sentence-{_nid}", "Year in review", f"In Westia, {_name} {_rest}", _theme)
for _nid, _body in [
        ("orange-money-lower", "The stall sold 4,100 orange money boxes at the fair."),
        ("orange-money-sentence-start", "Orange money boxes sold 4,100 units at the fair."),
        ("prime-video-lower", "The channel sold 41 prime video slots to advertisers."),
        ("prime-video-sentence-start", "Prime video slots went for 41,000 crowns each."),
        ("china-mobile-lower", "The potter sold 4,100 bone china mobile stands.")]:
    _row(f"near-name-cue-as-written-{_nid}", "Year in review", _body, "general")
_row("near-name-cue-as-written-china-mobile-games", "Year in review",
     "China mobile game spending rose 4% to 41 billion yuan.", "culture")
_row("near-name-cue-title-case-china-mobile-games", "China Mobile Game Spending Rises 4%",
     "Players spent 41 billion yuan on games for their phones, the trade body said.", "culture",
     xfail="a title in title case capitalises every word, so _name_capitals cannot tell the operator's name "
           "from 'China mobile game': the name's cue, read first, takes the title's figure to communications")
_row("name-cue-as-written-kind-word-lower", "Year in review",
     "Filings under the Madrid system rose 4% to 71,400.", "ip-statistics",
     xfail="a name whose kind word is written in lower case ('the Madrid system') is not told from a "
           "place before a phrase of common words ('China mobile phone'): the capitals decide (a cue "
           "written 'Madrid system' in the taxonomy would match in any case)")

# --- a mine's unit cost is the mine's own figure, not a market price (general) -------------------
_row("mine-cost-aisc", "Miner's year",
     "The Carrow mine's all-in sustaining cost fell 3% to $1,150 per ounce of gold sold.", "general")
_row("mine-cost-aisc-acronym", "Miner's year",
     "AISC at the Carrow mine fell 3% to $1,150 an ounce, the gold miner said.", "general")
_row("mine-cost-unit", "Mine costs",
     "Unit costs at the copper mine fell 4% to $4,100 a tonne.", "general")
_row("mine-cost-operating", "Mine costs",
     "The iron ore operation's operating cost rose to $21 a tonne.", "general")
# Near misses: the market's price, also when held against the mines' costs.
_row("near-mine-cost-gold-price", "Metals",
     "Gold rose 2% to $2,410 an ounce on Friday.", "economy")
_row("near-mine-cost-below-cost-of-production", "Metals",
     "Copper fell to $9,100 a tonne, below the cost of production at many mines.", "economy")

# --- drone monitoring or mapping is a way of counting, as a drone survey is (general) ------------
_row("drone-instrument-monitoring", "Deer count",
     "Rangers counted 4,100 deer across the park, using drone monitoring and camera traps.\n\nThe count "
     "was 6% higher than last year.", "general")
_row("drone-instrument-mapping", "Nests counted",
     "Drone mapping of the coast found 310 nests, up 12% on last year.", "general")
# Near miss: drones at work are robotics.
_row("near-drone-instrument-deliveries", "Deliveries",
     "Drone deliveries rose 40% to 1.2 million parcels.", "robotics")

# --- one company's share price is its own result (general) -----------------------------------------
_row("company-share-price", "Retailer rallies",
     "Westmart's share price climbed 4.3% to 187 rand on the day of a further rate cut.\n\nHeadline "
     "earnings grew 3.9% to 311 cents per share.", "general")
# Near miss: the market as a whole.
_row("near-company-share-price-market", "Markets",
     "The stock market fell 3% as interest rates rose, and share prices of banks fell 5%.", "economy")

# --- the sea named with rivers: water pollution at large (general) -----------------------------
_row("rivers-and-seas-sewage", "Spills harm marine wildlife",
     "Utilities let waste water into the rivers and the sea for 2.2 million hours in 2030.\n\nSpills rose 54% "
     "on the year before.", "general")
_row("rivers-and-seas-plural", "Spills harm marine wildlife",
     "Spills into rivers and seas rose 54% to 464,000 last year.\n\nThe regulator fined 9 water firms.",
     "general")
# Near miss: the sea on its own, with a cue of the ocean.
_row("near-rivers-and-seas-seabed", "Marine litter grows",
     "Litter on the seabed off Westia rose 12% last year.\n\nDivers found 41 tonnes of plastic in the sea.",
     "ocean")

# --- a power sector's circular debt is the sector's arrears (general) -------------------------
_row("circular-debt-power", "Arrears mount",
     "Circular debt across the power chain hit 1.9 trillion rupees by March, up 6% on the year.", "general")
# Near miss: the state's own debt.
_row("near-circular-debt-public", "Borrowing climbs",
     "Government debt rose 6% to 71 trillion rupees by June.", "economy")

# --- AI as the driver of another trade's series: the trade is the topic (general) ----------------
_row("ai-driver-demand-title", "Chip sales climb on AI demand",
     "Norvale Semi's chip sales rose 22% to $4.1 billion in the quarter.\n\nServer parts made up 41% of the "
     "total.", "general")
_row("ai-driver-related-orders", "Orders grow",
     "Orders for server racks rose 38% to $2.1 billion as AI-related demand from cloud firms grew.", "general")
_row("ai-driver-supply-chain", "Supply chain gains",
     "Makers across the AI supply chain raised exports 17% to $12 billion.", "general")
_row("ai-driver-related-patents", "Patent filings at a record",
     "Filings at the patent office rose 3% to 199,000 last year.\n\nComputer technology led with 16,200 "
     "filings, with AI-related fields behind the rise.", "ip-statistics")
# Near miss: AI's own products.
_row("near-ai-driver-chatbots", "Chatbot use grows",
     "Use of AI chatbots rose 41% to 310 million users this year.", "ai")

# --- job losses are the labour market's only when counted across it (widened_by) ---------------
_row("job-losses-sector-town", "Steel towns brace",
     "Some 3,200 steel jobs sit in Harbourton, where any job losses would hurt most."
     "\n\nA further 1,900 staff work in Tarrow.", "general")
_row("job-losses-one-employer", "University cuts staff",
     "The university plans 230 job losses to close a gap of 41 million dollars.", "general")
# Near misses: the labour market as a whole.
_row("near-job-losses-nationwide", "Jobs report",
     "Job losses nationwide reached 41,000 in March, the statistics office said.", "economy")
_row("near-job-losses-all-industries", "Jobs report",
     "The economy shed 41,000 jobs in March as job losses spread across all industries, the statistics "
     "office said.", "economy")

# --- admissions: a cinema's tickets, or a hospital's or a school's intake (a weak unit) ----------
_row("admissions-hospital", "Pollution's toll",
     "Dirty air caused almost 9,400 hospital admissions last year, including 845 asthma admissions of "
     "children.", "general")
_row("admissions-university", "Intake falls",
     "University admissions fell 3% to 41,200 this autumn.", "general")
# Near misses: a cinema's, named by a cue in the sentence or the article.
_row("near-admissions-cinema", "Box office",
     "Cinema admissions rose 6% to 41 million last year.", "culture")
_row("near-admissions-film-article", "A year of film",
     "Films drew bigger crowds this year, the film board said.\n\nAdmissions rose 6% to 41 million.",
     "culture")

# --- a price before or after a sales tax is the price's (the tax only its basis) -----------------
_row("sales-tax-basis-gst", "Power bills fall",
     "The power tariff will drop 0.4 per cent to 31.12 cents per kilowatt-hour before goods and "
     "services tax (GST), from 29.89 cents.", "general")
_row("sales-tax-basis-excluding", "Water bills rise",
     "Households will pay 412 dollars a year for water excluding GST, up 6%.", "general")
# Near misses: the tax's own rate, and trade in goods and services.
_row("near-sales-tax-rate", "Tax rise",
     "The goods and services tax rose from 8 per cent to 9 per cent in January.", "economy")
_row("near-sales-tax-trade", "Trade grows",
     "Exports of goods and services rose 4% to 41 billion euros.", "economy")

# --- a firm's earnings are its own result, its debt with them (general) --------------------------
_row("firm-earnings-possessive", "Operator squeezed",
     "Price wars have eaten into the operator's earnings, leaving it with 26.1 billion euros of debt.",
     "general")
_row("firm-earnings-named-firm", "Operator squeezed",
     "Westmart's earnings fell 12% to 410 million euros, and its debt rose to 26.1 billion euros.",
     "general")
# Near misses: the labour market's earnings and a country's export earnings.
_row("near-firm-earnings-weekly", "Pay report",
     "Average weekly earnings rose 5.2% across all industries, the statistics office said.", "economy")
_row("near-firm-earnings-export", "Exports",
     "The country's export earnings rose 8% to 41 billion dollars.", "economy")


# --- a sector's share of real or nominal GDP, and the sector named again (general) ---------------
_row("sector-gdp-real", "Builders' share grows",
     "The building sector added 3.9 per cent to real GDP over the first quarter, up from 3.6 per cent.",
     "general")
_row("sector-gdp-nominal", "Property services",
     "Property services' contribution to nominal GDP rose to 7.4 per cent over the three months, against 6.9 per "
     "cent a year earlier.", "general")
_row("sector-gdp-of-real", "Farm output",
     "Farming made up 21 per cent of real gross domestic product for Tarvia last year.", "general")
_row("sector-gdp-contribution", "Mining slips",
     "The mining sector's GDP contribution fell from 6% to 4.8% over five years.", "general")
_row("sector-gdp-growth-in-the-sector", "Builders slow",
     "Westia's construction output rose 2.1% to 8.4 trillion marks in the quarter.\n\n"
     "Real GDP growth in the sector slowed to 0.7 per cent, down from 1.9 per cent.\n\n"
     "The sector expanded by 12 per cent in nominal terms.", "general")
_row("sector-the-sector-jobs", "Builders shed jobs",
     "Ministers want building to lift economic growth and job creation across Westia.\n\n"
     "Building is vital for GDP growth, the minister said.\n\n"
     "The sector shed 48,000 jobs in the quarter, and the industry lost 3% of its firms.", "general")
_row("sector-named-jobs-economy-twice", "Builders shed jobs",
     "Ministers want building to lift economic growth and job creation across Westia.\n\n"
     "Building is vital for GDP growth, the minister said.\n\n"
     "Some 910,000 people work in construction, 6.1% of all those in work.", "general",
     xfail="the sector is named by its own word only ('work in construction'), and the document names the "
           "economy in two sentences: the figure's sentence says nothing, so the document's lean places it")
_row("sector-the-industry-grew", "Brewers recover",
     "Beer output in Norland rose 4% to 2.2 million hectolitres.\n\nThe industry grew 6% by value even as "
     "inflation stayed high, and the industry employs 14,000 people.", "general")
# Near misses: the whole economy's real and nominal GDP, and the manufacturing sector as a part of it.
_row("near-sector-gdp-real-growth", "Economy grows",
     "Real GDP grew 2.4 per cent over the quarter, while nominal GDP climbed 5.3 per cent.", "economy")
_row("near-sector-gdp-country-real", "Output rises",
     "Tarvia's real gross domestic product rose 1.8% in the second quarter, the statistics office said.",
     "economy")
_row("near-sector-pmi-for-the-sector", "Factory survey",
     "The manufacturing PMI rose to 52.6 from 49.1 in June, a better month for the sector.", "economy")
_row("near-sector-manufacturing", "Factories busier",
     "Manufacturing output rose 3.1% in May, and the manufacturing sector added 12,000 jobs.", "economy")

# --- a good's share of all exports is a yardstick: the good is the topic (general) -------------
_row("exports-share-all-merchandise", "Drug makers thrive",
     "Medicines made up 41pc of all merchandise exports in 2030, worth 58 billion euros.", "general")
_row("exports-share-all-exports", "Wine abroad",
     "Norland's exports rose 3% to 88 billion crowns in 2030.\n\nWine made up 12% of all exports, "
     "up from 9%.", "general", by_value={3: "economy", 88_000_000_000: "economy"})
_row("exports-share-total-goods", "Copper ships out",
     "Copper was 54 per cent of total goods exports in 2030.", "general")
# Near misses: the country's merchandise exports themselves.
_row("near-exports-share-merchandise-total", "Exports rise",
     "Merchandise exports rose 6% to 41 billion euros last year.", "economy")
_row("near-exports-share-all-goods-growth", "Exports rise",
     "Norland's exports of all goods rose 4% in May, the statistics office said.", "economy")

# --- bare "debt" is anyone's: a state's debt names whose it is (economy), others' are general ----
_row("debt-sector-arrears-named-again", "Arrears mount",
     "Circular debt in Tarvia's power chain reached 2.1 trillion rupees in March.\n\n"
     "The debt had climbed to 1.7 trillion rupees in 2029 and to 1.9 trillion rupees in 2030.", "general")
_row("debt-credit-card-survey", "Cards outrun savings",
     "Some 38% of adults in Norland say their credit card debt now exceeds what they have put by.",
     "general")
_row("debt-firm-raised", "Defence group borrows",
     "The defence group raised 2.6 billion pounds of debt to pay for the purchase.", "general")
_row("debt-student", "Graduates owe more",
     "Graduates leave with 41,000 pounds of student debt on average, up 7%.", "general")
# Near misses: the state's debt by the words that say so, and "the debt" in a public-finance article.
_row("near-debt-public", "Borrowing climbs",
     "Public debt rose to 88% of output, the finance ministry said.", "economy")
_row("near-debt-national", "Debt milestone",
     "The national debt passed 2.2 trillion dollars in May.", "economy")
_row("near-debt-ratio-hyphen", "Debt ratio falls",
     "The debt-to-GDP ratio fell to 61% in 2030.", "economy")
_row("near-debt-external", "Owed abroad",
     "Westia's external debt stood at 41 billion marks at the end of June.", "economy")
_row("near-debt-public-finance-article", "Deficit narrows",
     "The budget deficit narrowed to 3.1% of output, the finance ministry said, as tax revenue rose 6%.\n\n"
     "Tax revenue reached 310 billion marks.\n\nThe debt rose 4% to 910 billion marks.", "economy")

# --- marine and offshore engineering is a branch of industry (shipyards, rigs), no sea ----------
_row("marine-offshore-engineering", "Yards busier",
     "Marine and offshore engineering output grew 27.4% on more rig repairs at Tarvia's yards.", "general")
_row("marine-engineering-firm", "Yard orders",
     "Orders at the marine engineering firm rose 12% to 1.4 billion dollars.", "general")
# Near miss: the sea's own marine figures.
_row("near-marine-heatwave", "Hot seas",
     "Marine heatwaves struck 41% of the ocean's surface last year.", "ocean")

# --- the parts of a country's total: a segment's output, one good's exports (general) -----------
# A total's breakdown names its parts: "the tools segment", "exports of machine parts" are one
# branch's or one good's figures, as a sector's own are, below a headline on the whole.
_TOTAL = ("Norland's exports rose 8% to 31 billion crowns in June. The trade surplus widened to 5 billion "
          "crowns, the statistics office said.")
_TOTAL_THEMES: dict[object, str] = {8: "economy", 31_000_000_000: "economy", 5_000_000_000: "economy"}
_row("parts-segment-output", "Factory output slips",
     "Westia's manufacturing output fell 2.1% in March, the statistics office said.\n\n"
     "The precision tools segment grew 6.4%, while the chemicals segment slid 3.8%.", "general",
     by_value={2.1: "economy"})
_row("parts-segments-plural", "Factory output steadies",
     "Norland's industrial production rose 1.4% in May.\n\n"
     "Its two largest segments, metals and food processing, grew 4.2% and 2.7%.", "general",
     by_value={1.4: "economy"})
_row("parts-segment-in-total-article", "Trade in June",
     _TOTAL + "\n\nThe machinery segment shipped 14% more abroad.", "general", by_value=_TOTAL_THEMES)
_row("parts-exports-of-good", "Trade in June",
     _TOTAL + "\n\nExports of machine parts climbed 14% to 9.2 billion crowns.", "general",
     by_value=_TOTAL_THEMES)
_row("parts-exports-of-mid-sentence", "Trade in June",
     _TOTAL + "\n\nMeanwhile, exports of farm machinery fell 7% on weaker orders.", "general",
     by_value=_TOTAL_THEMES)
_row("parts-exports-of-plural-goods", "Trade in June",
     _TOTAL + "\n\nExports of cut flowers and bulbs rose 11%, the growers' board said.", "general",
     by_value=_TOTAL_THEMES)
_row("parts-shipments-of-category", "Trade in June",
     _TOTAL + "\n\nServer shipments jumped 60% to 11 billion crowns.", "general", by_value=_TOTAL_THEMES,
     xfail="a product's shipments name no part word; the document's economy lean places them")
# Near misses: exports of goods or of services, and of all goods, are the country's total (economy).
_row("near-parts-exports-of-goods", "Trade in June",
     _TOTAL + "\n\nExports of goods climbed 9% to 24 billion crowns, and exports of services rose 4%.",
     "economy")
_row("near-parts-total-exports-of-goods", "Goods abroad",
     "Total exports of goods reached 41 billion marks in 2030, the statistics office said.", "economy")
_row("near-parts-country-exports-of-all", "Trade in June",
     _TOTAL + "\n\nNorland's exports of all goods and services rose 6%.", "economy")

# --- food prices as a whole across a country (economy) against one chain's, pet food, one food ----
_row("food-prices-release", "Grocery bills keep rising",
     "Food prices rose 4.1% in the year to June, the statistics office said.", "economy")
_row("food-prices-title-leans", "Annual food price rise slows to 3.2%",
     "Food prices climbed 3.2% in the year to March, down from 3.9% in February.\n\n"
     "Milk cost 12% more, and butter 30% more.\n\n"
     "Vegetables were 2.5% cheaper than a year earlier.\n\n"
     "From February to March, food prices rose 0.4%.", "economy")
_row("food-prices-singular", "Shoppers pay more",
     "The food price rise eased to 2.7% in August from 3.4% in July.", "economy")
# Near misses: one chain's food prices, pet food, one food's price in a grocer's story.
_row("near-food-prices-chain", "Grocer trims its prices",
     "The chain's food prices rose 1.9% over the year, below its rivals', the retailer said.", "general")
_row("near-food-prices-pet-food", "Pet food costs more",
     "Pet food prices rose 7% last year, the trade body said.", "general")
_row("near-food-prices-one-food", "Butter dearer at the corner shop",
     "The price of butter at Lenna's Grocery rose 30% to 6.40 crowns a block.", "general")

# --- a passing theme: named in one passage, it leans no whole article (general) ------------------
# A theme that neither the title, the lede nor the lead figure's sentence names, and that fewer than
# a third of the paragraphs with figures name, is a passage's (a definition, a closing remark, one
# item of a roundup): it places its own sentence and leans its own paragraph only.
_row("passing-ocean-definition", "Fleet landings rise",
     "Norland vessels landed 412 thousand tonnes of fish in 2031, worth 640 million crowns.\n\n"
     "Landings by foreign boats rose 8% to 21 thousand tonnes.\n\n"
     "Herring and sprat live in the open ocean, far from the coast. Cod and plaice feed near the seabed.\n\n"
     "Landings of herring climbed 14% to 98 thousand tonnes.", "general")
_row("passing-economy-closing-remark", "State pension to rise 6%",
     "The Westian state pension will rise 6% in April, the pensions board said.\n\n"
     "The weekly rate will go from 210 crowns to 222.60 crowns.\n\n"
     "About 1.2 million pensioners receive it.\n\n"
     "The rise is set each year by law to keep pace with inflation. The board weighs the consumer price "
     "index and average pay.", "general")
_row("passing-ai-one-round", "Biggest biotech rounds of the year",
     "Kelvara Therapeutics raised $310 million in March, the year's largest round.\n\n"
     "Dunmore Bio, which designs drugs with artificial intelligence, raised $220 million.\n\n"
     "Oristo Pharma and Velden Cell raised $150 million each.\n\n"
     "Investors backed fewer firms with AI at their core than a year ago.\n\n"
     "The tenth-largest round came to $95 million.", "general", by_value={220_000_000: "ai"})
_row("passing-economy-mid-body", "Ferry operator carries more cars",
     "Skerry Line carried 1.4 million cars in 2031, 6% more than a year before.\n\n"
     "Freight volumes rose 3% to 410,000 lorries.\n\n"
     "Its chief executive said interest rates weighed on bookings. The central bank cut them in the spring.\n\n"
     "Passenger numbers reached 4.9 million.\n\n"
     "The line added two routes and 140 sailings a week.\n\n"
     "Its newest ship seats 1,800 people.", "general")
# Near misses: the article's own topic, named where articles name it, still leans every paragraph.
_row("near-passing-lede-names", "Prices climb again",
     "Inflation picked up in March, the statistics office said.\n\n"
     "Food cost 4.1% more than a year earlier.\n\n"
     "Rents rose 3.2%, and fuel 2.4%.\n\n"
     "The central bank meets next week.", "economy")
_row("near-passing-title-names", "Inflation eases in May",
     "Prices rose 2.4% in the year to May, down from 2.9% in April.\n\n"
     "Food cost 3.1% more than a year earlier.\n\n"
     "Rents rose 3.2%, and fuel 2.4%.\n\n"
     "The central bank meets next week.", "economy")
_row("near-passing-lead-figure", "Borrowing picks up",
     "Westians borrowed more in October.\n\n"
     "Net lending to households rose by 2.1 billion crowns to 4.8 billion crowns, the central bank said.\n\n"
     "Approvals for home loans climbed 3% to 51,200.\n\n"
     "Deposits rose by 1.4 billion crowns.\n\n"
     "Savings accounts paid 3.1% on average.\n\n"
     "The central bank meets again in December.", "economy")
_row("near-passing-short-article", "Shops sell more",
     "Westian shops sold 3% more in May than a year before.\n\n"
     "Inflation eased in the spring. Interest rates held.\n\n"
     "Clothing sales rose 5%.", "economy")
_row("near-passing-two-figure-sentences", "Harbour has its busiest year",
     "The harbour handled 3.1 million containers in 2031, its board said.\n\n"
     "Cargo ships made 2,400 calls, up from 2,150.\n\n"
     "The region's GDP grew 1.8% last year. Unemployment fell to 6.1%.\n\n"
     "The board plans a new quay with 410 metres of berths.", "economy")
_row("near-passing-across-body", "October figures",
     "Westian shoppers spent 3.1% more in October.\n\n"
     "Spending on clothes rose 5%.\n\n"
     "Retail sales excluding fuel rose 2.8%, the statistics office said.\n\n"
     "Online spending climbed 9%.\n\n"
     "Consumer prices rose 1.9% over the year, so volumes grew less.", "economy")

# --- a firm's share of its market: the trade's figure, with the trade's inflation beside it ------
# A market researcher's table of grocers' or carmakers' shares is the trade's (general); an article
# that gives shares in as many sentences as it names the economy is the trade's report, which the
# economy does not lean; the sentence that names inflation or rates keeps its own cue.
_row("market-share-grocers-inflation-lede", "Chocolate dearer, cheese cheaper",
     "Tallow Research said grocery inflation eased to 2.7% in the four weeks to June. Grocery inflation has "
     "fallen for five months.\n\n"
     "Brannock Foods grew sales by 6.2%, lifting its market share to 24.1%.\n\n"
     "Harlow Stores held 11.3% of the market, down from 11.9%.\n\n"
     "The discounter Pelco took a record market share of 9.4%.\n\n"
     "Online grocer Fenmart accounted for 2.2% of the market.", "general", by_value={2.7: "economy", 5: "economy"})
_row("market-share-carmakers-inflation-lede", "Car buyers return",
     "New car registrations rose 8% to 41,300 in May, the dealers' body said. Car price inflation slowed to "
     "1.9%. Inflation on used models fell to 0.8%.\n\n"
     "Osterby Motors had a 17.5% share of the market, ahead of Kalden at 12.8%.\n\n"
     "Electric models took 21% of the market. Kalden's market share was its highest since 2029.\n\n"
     "Vantor lost market share for a third month and sold 2,950 cars.", "general",
     by_value={1.9: "economy", 0.8: "economy"})
_row("market-share-spoken-inflation-twice", "Shoppers trade down",
     "Grocery inflation fell to 3.4% in August, Tallow Research said. Food inflation was 4.0%.\n\n"
     "Brannock Foods took 23.8% of the market. Harlow Stores' market share slipped to 11.1%.\n\n"
     "Pelco's share of the market rose to 9.9%, and Fenmart's market share to 2.4%.\n\n"
     "Own-label sales rose 5.1%.", "general", by_value={3.4: "economy", 4.0: "economy"})
_row("market-share-plural-hyphenated", "Grocers' shares shift",
     "Food inflation rose to 4.6% in July, Tallow Research said. Inflation on fresh goods was 5.2%.\n\n"
     "The two biggest chains held market shares of 22.4% and 14.9%.\n\n"
     "Pelco posted its best market-share gain in two years, up 0.6 points.\n\n"
     "Fenmart's sales grew 11%.", "general", by_value={4.6: "economy", 5.2: "economy"})
# Near misses: an inflation release that names one chain's share once, and a stock market's month,
# are the economy's (the chain's share, and a sector's share of the market's value, a yardstick, stay
# the part's).
_row("near-market-share-inflation-release", "Inflation eases to 2.6%",
     "Consumer prices rose 2.6% in the year to May, the statistics office said, after 3.0% in April.\n\n"
     "Food inflation eased to 3.3%. Rents rose 4.1%, and fuel 1.2%.\n\n"
     "Core inflation held at 2.9%. The central bank meets in June.\n\n"
     "Brannock Foods, with a market share of 24%, cut prices on 300 lines.", "economy",
     by_value={24: "general", 300: "general"})
_row("near-market-share-stock-market", "Shares climb",
     "The Westia stock market rose 2.4% in May, its best month of the year.\n\n"
     "Banks led the gains, up 4.1%. Trading volume climbed 12%.\n\n"
     "Banks make up 31% of the market by value, the exchange said.\n\n"
     "The central bank held interest rates at 3.5%.", "economy", by_value={31: "general"})


def test_row_ids_are_unique() -> None:
    ids = [row.id for row in ROWS]
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(("title", "body", "theme", "by_value"), theme_params(ROWS))
def test_theme(title: str, body: str, theme: str, by_value: dict[object, str]) -> None:
    assert_themes(title, body, theme, by_value)

