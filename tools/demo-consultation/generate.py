#!/usr/bin/env python3
"""Generates the synthetic Local Offer consultation bundled for `leavingcare demo`.

Everything it writes is invented: respondents, answers and every planted identifier (Ofcom
drama-reserved phone numbers, example.com/.org e-mail addresses, QQ-prefixed National Insurance
numbers, NHS numbers in the 999 test range or the published test number 943 476 5919,
made-up names and streets, institutional postcodes). No real person's words are used.

Deterministic: the same script always writes the same bytes (fixed seed, no clock, no locale).
Only the Python 3 standard library is needed.

    python3 tools/demo-consultation/generate.py            # writes into the CLI's demo resources
    python3 tools/demo-consultation/generate.py --out DIR  # somewhere else

Design (research/instruments.md §12, scaled to a few hundred responses):
- groups and sizes in GROUPS; care experience by group in CARE_EXPERIENCED_SHARE;
- Likert items whose agreement differs by care experience, so the care-experience weighting
  changes some conclusions (B2 cash allowance: minority unweighted, majority weighted; B7 "easy
  to understand": majority unweighted, minority weighted) and not others (B1, B3);
- free-text "why" answers built from short sentences written for each theme in THEMES, with
  prevalences that differ by care experience, some non-substantive and off-topic answers, a few
  multi-line answers, and about one answer in twenty with one planted synthetic identifier
  (listed in pii-ground-truth.csv so tests can check that redaction removes every one);
- about one answer in a hundred starts with a character a spreadsheet would treat as a formula.
"""

import argparse
import collections
import csv
import io
import json
import os
import random

SEED = 20261122

ROOT = os.path.join(os.path.dirname(__file__), "..", "..")
DEFAULT_OUT = os.path.join(ROOT, "cli", "src", "main", "resources", "org", "leavingcare", "cli", "demo", "consultation")
STARTER_CODEBOOK = os.path.join(ROOT, "consultation", "src", "main", "resources", "org", "leavingcare", "consultation",
                                "themes", "local-offer-starter-codebook.json")

# ---- respondents --------------------------------------------------------------------------------

GROUPS = [  # (label, count, kind) kind: yp = young person's voice, pro = professional, pub = public
    ("Care leaver", 86, "yp"),
    ("Young person in care", 18, "yp"),
    ("Foster carer", 38, "pro"),
    ("Professional", 94, "pro"),
    ("Member of the public", 70, "pub"),
    ("Other", 14, "pub"),
]

CARE_EXPERIENCED_SHARE = {
    "Care leaver": 1.0, "Young person in care": 1.0, "Foster carer": 0.13,
    "Professional": 0.07, "Member of the public": 0.05, "Other": 0.4,
}

AGREE5 = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
DONT_KNOW = "Don't know"

# Likert items: (column, statement, agree share by class, disagree share by class).
# Classes: ce = care-experienced, pro = foster carers and professionals, pub = public and other.
LIKERT = [
    ("B1. Council tax exemption for every care leaver aged 18 to 24 living in the area",
     {"ce": 0.85, "pro": 0.70, "pub": 0.45}, {"ce": 0.06, "pro": 0.14, "pub": 0.33}),
    ("B2. Pay part of the setting-up-home allowance as money the young person controls",
     {"ce": 0.72, "pro": 0.30, "pub": 0.26}, {"ce": 0.14, "pro": 0.48, "pub": 0.52}),
    ("B3. Go back to your personal adviser for help at any point until 25 without a new referral",
     {"ce": 0.80, "pro": 0.76, "pub": 0.70}, {"ce": 0.07, "pro": 0.09, "pub": 0.10}),
    ("B7. The draft Local Offer is easy to understand",
     {"ce": 0.36, "pro": 0.74, "pub": 0.62}, {"ce": 0.44, "pro": 0.12, "pub": 0.18}),
]

PRIORITY_COLUMN = "Which ONE area should the council improve first?"
PRIORITY_OPTIONS = ["Housing", "Money and benefits", "Health and wellbeing", "Education and training",
                    "Employment", "Relationships and family", "Having a say"]
PRIORITY_WEIGHTS = {
    "ce": [30, 32, 20, 5, 4, 6, 3],
    "pro": [22, 10, 14, 24, 20, 6, 4],
    "pub": [25, 12, 15, 20, 18, 5, 5],
}

INFO_COLUMN = "How would you like to get information about support? (tick all that apply)"
INFO_OPTIONS = ["From my PA", "Council website", "An app", "Text messages", "Social media",
                "Printed booklet", "Drop-in hub", "From other care leavers"]
INFO_PROBS = {
    "ce": [0.70, 0.25, 0.45, 0.50, 0.40, 0.10, 0.35, 0.40],
    "pro": [0.60, 0.55, 0.35, 0.30, 0.25, 0.40, 0.45, 0.30],
    "pub": [0.40, 0.60, 0.30, 0.20, 0.30, 0.35, 0.30, 0.20],
}

CONSENT_COLUMN = "May we publish your response?"
CONSENT_OPTIONS = ["Yes, with my name", "Yes, without my name", "No"]

WHY_B2 = "B2. Please tell us why"
CHANGE_ONE = "If you could change one thing about the Local Offer, what would it be?"
ANYTHING_ELSE = "Is there anything else you want to tell us?"

# ---- free text ----------------------------------------------------------------------------------
# Each theme: target prevalence among answers (care-experienced, others) and sentences by voice.
# yp = how young people write; pro = professionals and carers; any = either.

THEMES = {
    "pa-support": ((0.35, 0.20), {
        "pub": [
            "Every young person should have one person at the council who knows them and sticks with them.",
        ],

        "yp": [
            "I've had 4 different PAs in two years and had to tell my story every time.",
            "my PA never answers her phone and i only see her when its my review",
            "PAs have too many young people each so you just get forgotten.",
            "When my personal adviser left nobody told me for weeks.",
            "I want a PA who actually knows me, not a new one every six months.",
            "Keeping the same worker until 25 would make the biggest difference tbh.",
            "You should be able to get hold of your PA when something goes wrong, not wait a week for a call back.",
        ],
        "pro": [
            "Personal adviser caseloads are too high to offer the relationship-based practice the offer promises.",
            "Turnover of personal advisers means young people lose trust and disengage from their pathway plan.",
            "Continuity of worker matters more than any single entitlement in the offer.",
            "PA availability out of hours is a recurring gap raised by the young people we support.",
        ],
    }),
    "housing": ((0.40, 0.30), {
        "pub": [
            "Young people leaving care should never be put in hostels or B&Bs.",
            "There is not enough affordable housing in this town for anyone, let alone care leavers.",
        ],

        "yp": [
            "The flat they gave me had damp and mould and no carpets.",
            "I was moved 40 miles away from my college and my friends.",
            "Supported accommodation wasn't safe, there were people dealing outside my door.",
            "I was told I'd get a council flat but I've been on the housing list for over a year.",
            "Staying Put with my foster carers was the best thing that happened to me.",
            "i was basically homeless at 18 sofa surfing at mates houses",
            "Help with deposits and rent in advance would stop people ending up in hostels.",
            "Nobody explained my tenancy agreement so I got into rent arrears without realising.",
        ],
        "pro": [
            "The shortage of suitable move-on accommodation is the main pressure on the service.",
            "Staying Put should be extended and foster carers paid properly to make it viable.",
            "Young people are being placed out of area in unregulated accommodation far from their networks.",
            "Housing and leaving care teams need a joint protocol so homelessness is prevented, not managed.",
            "Supported lodgings hosts need more training and support to keep placements stable.",
        ],
    }),
    "money": ((0.45, 0.20), {
        "pub": [
            "Any parent would help their child with money when they first move out, so the council should too.",
            "Cash is fine as long as there is help with budgeting alongside it.",
            "Public money needs to be accounted for, so vouchers make more sense than cash.",
        ],

        "yp": [
            "The setting up home allowance doesn't go far when a cooker alone costs £400.",
            "I should be able to choose what I buy with my own allowance, not get a catalogue list.",
            "Being exempt from council tax helped me so much, my friend in another area still has to pay.",
            "I got into debt in my first year because nobody taught me how to budget.",
            "£3,000 sounds a lot but it went on basics and I still had no bed for weeks.",
            "Universal Credit took 5 weeks and I had nothing to live on in the meantime.",
            "They bought me stuff I didn't need and I couldn't afford the bills.",
            "If it's my money I should get a say in how it's spent.",
        ],
        "pro": [
            "Giving young people some control of the allowance builds budgeting skills, with support alongside.",
            "There is a risk that cash payments are lost to exploitation or debt without financial education.",
            "Council tax exemption should apply wherever the care leaver lives, not only in district areas that agree.",
            "Young people leave care without basic financial literacy and the offer should fund it.",
            "The allowance has not kept pace with the cost of white goods and furniture.",
        ],
    }),
    "mental-health": ((0.30, 0.25), {
        "pub": [
            "Mental health services are stretched for everyone, care leavers should get priority.",
        ],

        "yp": [
            "I waited 8 months for counselling and it stopped when I turned 18.",
            "Mental health support just drops off a cliff when you leave care.",
            "I have anxiety and nobody checked in on me after I moved into my own place.",
            "CAMHS discharged me at 18 and adult services said I wasn't bad enough.",
            "Sometimes I just need someone to talk to, not a referral form.",
        ],
        "pro": [
            "Transition from CAMHS to adult mental health services is the point where young people fall through the gaps.",
            "Waiting lists for therapeutic support are too long for care leavers in crisis.",
            "The offer should include a named health contact and access to emotional wellbeing support up to 25.",
            "Many care leavers carry unresolved trauma and need trauma-informed support, not signposting.",
        ],
    }),
    "information": ((0.30, 0.15), {
        "pub": [
            "I had no idea the council had a Local Offer until I saw this survey.",
            "The document is hard to follow for anyone, it needs a plain English summary.",
        ],

        "yp": [
            "I didn't even know I was entitled to the bursary until my friend told me.",
            "The offer is full of jargon, I had to ask my PA what half of it meant.",
            "Nobody told me what I could get, I found out by accident.",
            "Put it on an app or text us, nobody reads a 30 page PDF.",
            "It needs to say clearly what you get at 18, 21 and 25.",
            "the document is way too long and confusing",
        ],
        "pro": [
            "The draft is long and uses service language; a young person's version is needed.",
            "Entitlements should be set out by age with clear eligibility, so workers give consistent answers.",
            "Many young people we work with are unaware of what the Local Offer includes.",
            "Information needs to reach care leavers living outside the area as well.",
        ],
    }),
    "education-work": ((0.15, 0.35), {
        "pub": [
            "Getting them into jobs and training is the best long-term help.",
            "Local businesses should be encouraged to offer apprenticeships to care leavers.",
        ],

        "yp": [
            "The bursary helped me stay at college when I nearly dropped out.",
            "I want an apprenticeship but they don't pay enough to live on.",
            "Help with university holiday accommodation would have saved me a lot of stress.",
            "A guaranteed interview for council jobs would give people like me a chance.",
        ],
        "pro": [
            "Ring-fenced apprenticeships and work experience within the council would make a real difference.",
            "Too many care leavers are not in education, employment or training at 19 to 21.",
            "Partnerships with local employers and colleges should be part of the offer.",
            "Support to stay in higher education, including vacation accommodation, should be guaranteed.",
            "Interview clothes, travel costs and mentoring help young people into work.",
        ],
    }),
    "relationships": ((0.20, 0.10), {
        "pub": [
            "Nobody should spend Christmas on their own because they grew up in care.",
        ],

        "yp": [
            "It gets really lonely living on your own at 18.",
            "I'd like help to stay in touch with my brothers and sisters.",
            "Events where you meet other care leavers make you feel less alone.",
            "Christmas is the worst time when you don't have family to go to.",
        ],
        "pro": [
            "Loneliness and isolation after leaving care are under-recognised in the draft.",
            "Support to maintain relationships with siblings and former carers should be explicit.",
            "Peer support groups reduce isolation and should be funded properly.",
        ],
    }),
    "listened-to": ((0.25, 0.10), {
        "pub": [
            "The young people themselves know best what they need, ask them.",
        ],

        "yp": [
            "Decisions get made about me without anyone asking what I want.",
            "I just want to be treated like an adult and listened to.",
            "Every young person is different, the offer treats us all the same.",
            "They should ask care leavers before changing things, not after.",
        ],
        "pro": [
            "Young people should be involved in designing and reviewing the offer, not only consulted on a draft.",
            "The offer should be flexible enough to respond to individual needs rather than fixed entitlements.",
            "Care-experienced people should be on the panel that decides how the offer is delivered.",
        ],
    }),
    "praise": ((0.20, 0.15), {
        "pub": [
            "It is good to see the council taking its responsibilities as a corporate parent seriously.",
        ],

        "yp": [
            "My PA has been amazing and went above and beyond for me.",
            "The drop-in on Fridays is brilliant, I can just turn up.",
            "The leaving care team helped me get my passport and bank account sorted.",
            "Staying with my foster family after 18 meant I could finish college.",
        ],
        "pro": [
            "The leaving care team are committed and know their young people well.",
            "The care leavers' forum has been a real strength of the service.",
            "The recent improvements to the offer, especially council tax exemption, are welcome.",
        ],
    }),
    "travel-leisure": ((0.08, 0.05), {
        "pub": [
            "Free bus travel would make a big difference in a rural area like ours.",
        ],

        "yp": [
            "A free bus pass would help me get to college and see my family.",
            "Free gym or leisure centre access would help my mental health.",
        ],
        "pro": [
            "Travel costs are a real barrier to education and work for care leavers in rural areas.",
            "Free leisure passes are a low-cost way to support wellbeing.",
        ],
    }),
}

OPENERS = {
    "yp": ["", "", "", "Honestly, ", "Tbh ", "For me ", "Because ", "Basically "],
    "pro": ["", "", "", "In my experience, ", "From our service's perspective, ", "Overall, "],
    "pub": ["", "", "", "I think ", "In my opinion ", "As a parent, "],
}
AGREE_WHY = {
    "yp": ["yes but ", "I agree but ", "Good idea, but ", ""],
    "pro": ["I support this in principle, but ", "Agree, although ", ""],
}

NON_SUBSTANTIVE = ["n/a", "No", "no comment", "Nothing", "Not sure", "-", "nothing else to add", "None", "."]
OFF_TOPIC = [
    "The roads round here need fixing before anything else.",
    "Why is this survey so long?",
    "Bins only get collected every two weeks now.",
    "I am responding as a parent of a child at the local school.",
]
FORMULA_STARTS = [
    "-not enough support once you hit 21",
    "=HYPERLINK(\"http://example.com\",\"more info\")",
    "+1 to everything the care leavers forum said",
    "@council you need to listen to young people",
]

# Planted synthetic identifiers (type, sentence template). {x} is filled per use.
FIRST_NAMES = ["Jordan", "Kayleigh", "Tyler", "Priya", "Marcus", "Shannon", "Dionne", "Callum", "Aisha", "Reece"]
PII = [
    ("PHONE", "You can ring me on {x} if you want to talk about it.", lambda r: f"07700 900{r.randint(0, 999):03d}"),
    ("PHONE", "The duty number {x} just rings out.", lambda r: f"020 7946 0{r.randint(0, 999):03d}"),
    ("PHONE", "My PA's number is {x} but she never picks up.", lambda r: f"0161 496 0{r.randint(0, 999):03d}"),
    ("EMAIL", "Email me at {x} and I'll tell you more.", lambda r: f"{r.choice(FIRST_NAMES).lower()}{r.randint(1, 99)}@example.com"),
    ("NI_NUMBER", "They kept losing my forms even though my NI number is {x}.",
     lambda r: f"QQ {r.randint(10, 99)} {r.randint(10, 99)} {r.randint(10, 99)} {r.choice('ABCD')}"),
    ("NHS_NUMBER", "My GP couldn't find my records even with my NHS number {x}.", lambda r: nhs_test_number(r)),
    ("DATE_OF_BIRTH", "I was born on {x} and left care on my 18th birthday with nothing sorted.",
     lambda r: f"{r.randint(1, 28):02d}/{r.randint(1, 12):02d}/{r.choice([2004, 2005, 2006, 2007])}"),
    ("NAME", "My PA {x} has been the only one who listens.", lambda r: r.choice(FIRST_NAMES)),
    ("NAME", "My name is {x} and I left care last year.", lambda r: r.choice(FIRST_NAMES)),
    ("ADDRESS", "The flat at {x} had no heating all winter.",
     lambda r: f"{r.randint(2, 98)} {r.choice(['Acacia Avenue', 'Larch Close', 'Old Mill Lane', 'Birch Road'])}"),
    ("POSTCODE", "They moved me to {x} which is nowhere near my college.", lambda r: r.choice(["SW1A 1AA", "EC1A 1BB", "W1A 0AX"])),
]


def nhs_test_number(r):
    """A ten-digit number in the 999 test range that passes the modulus-11 check."""
    while True:
        digits = [9, 9, 9] + [r.randint(0, 9) for _ in range(6)]
        check = 11 - sum(d * (10 - i) for i, d in enumerate(digits)) % 11
        check = 0 if check == 11 else check
        if check != 10:
            s = "".join(map(str, digits + [check]))
            return f"{s[0:3]} {s[3:6]} {s[6:10]}"


def weight_class(group, care_experienced):
    if care_experienced == "Yes":
        return "ce"
    return "pro" if group in ("Foster carer", "Professional") else "pub"


def likert_answer(r, agree, disagree):
    """One answer: item non-response 4%, don't know 5%, otherwise agree/neutral/disagree split."""
    u = r.random()
    if u < 0.04:
        return ""
    if u < 0.09:
        return DONT_KNOW
    v = r.random()
    if v < agree:
        return "Strongly agree" if r.random() < 0.45 else "Agree"
    if v < agree + disagree:
        return "Strongly disagree" if r.random() < 0.4 else "Disagree"
    return "Neither agree nor disagree"


def compose(r, voice, cls, lead="", focus=None):
    """A free-text answer: one to three themes, a sentence or two each; returns (text, themes).
    A "why" answer about a proposal starts with the proposal's theme (focus) most of the time."""
    col = 0 if cls == "ce" else 1
    chosen = [t for t, (prev, _) in THEMES.items() if r.random() < prev[col]]
    if focus and r.random() < 0.7:
        chosen = [focus] + [t for t in chosen if t != focus][:1]
    if not chosen:
        chosen = [r.choices(list(THEMES), weights=[p[col] for p, _ in THEMES.values()])[0]]
    if not (focus and chosen[0] == focus):
        r.shuffle(chosen)
    chosen = chosen[:3]
    sentences = []
    for t in chosen:
        bank = THEMES[t][1]
        pool = bank["yp"] if voice == "yp" else bank["pro"]
        if voice == "pub":
            pool = bank.get("pub", []) + bank["pro"][:2]
        k = 1 if r.random() < 0.75 else 2
        sentences += r.sample(pool, min(k, len(pool)))
    opener = r.choice(OPENERS[voice])
    sentences = [x if x.endswith((".", "!", "?")) or i == len(sentences) - 1 else x + "."
                 for i, x in enumerate(sentences)]
    text = lead + opener + lower_first(sentences[0]) if (lead or opener) else sentences[0]
    rest = sentences[1:]
    if rest and r.random() < 0.08:
        return text + "\n\n" + " ".join(rest), chosen  # a multi-line answer, as paper forms are typed in
    return " ".join([text] + rest), chosen


KEEP_CAPITAL = ("I ", "I'", "Universal ", "Staying ", "Christmas ")


def lower_first(s):
    return s if s.startswith(KEEP_CAPITAL) or (s[:2].isalpha() and s[:2].isupper()) else s[0].lower() + s[1:]


def free_text(r, voice, cls, kind):
    """(text, themes, planted) for one free-text cell; text empty when not answered."""
    answer_rate = {"ce": 0.66, "pro": 0.58, "pub": 0.38}[cls] * (0.8 if kind == "else" else 1.0)
    if r.random() > answer_rate:
        return "", [], None
    u = r.random()
    if u < 0.06:
        return r.choice(NON_SUBSTANTIVE), [], None
    if u < 0.09:
        return r.choice(OFF_TOPIC), [], None
    if u < 0.10:
        return r.choice(FORMULA_STARTS), [], None
    lead = r.choice(AGREE_WHY["yp" if voice == "yp" else "pro"]) if kind == "why" and r.random() < 0.3 else ""
    text, themes = compose(r, voice, cls, lead, focus="money" if kind == "why" else None)
    planted = None
    if r.random() < 0.055:
        ptype, template, value = r.choice(PII)
        x = value(r)
        text = text + " " + template.format(x=x)
        planted = (ptype, x)
    return text, themes, planted


def respondent_id(r, used):
    alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
    while True:
        rid = "ANON-" + "".join(r.choice(alphabet) for _ in range(4)) + "-" + "".join(
            r.choice(alphabet) for _ in range(4)) + "-" + r.choice(alphabet)
        if rid not in used:
            used.add(rid)
            return rid


def generate(out_dir):
    r = random.Random(SEED)
    header = (["Response ID", "In what capacity are you answering?", "Are you care-experienced?",
               "How old are you?"]
              + [c for c, _, _ in LIKERT]
              + [WHY_B2, PRIORITY_COLUMN, INFO_COLUMN, CHANGE_ONE, ANYTHING_ELSE, CONSENT_COLUMN])
    rows, truth, themes_truth = [], [], []
    used = set()
    people = [(g, voice) for g, n, voice in GROUPS for _ in range(n)]
    r.shuffle(people)
    for group, voice in people:
        rid = respondent_id(r, used)
        ce = "Yes" if r.random() < CARE_EXPERIENCED_SHARE[group] else ("Prefer not to say" if r.random() < 0.03 else "No")
        cls = weight_class(group, ce)
        age = ""
        if ce == "Yes":
            age = (r.choices(["16-17", "18-20", "21-24", "25", "Prefer not to say"], [1, 0, 0, 0, 0])[0]
                   if group == "Young person in care" else
                   r.choices(["18-20", "21-24", "25", "26 or over", "Prefer not to say"], [45, 35, 8, 8, 4])[0])
        likert = [likert_answer(r, a[cls], d[cls]) for _, a, d in LIKERT]
        row = {"Response ID": rid, "In what capacity are you answering?": group,
               "Are you care-experienced?": ce, "How old are you?": age}
        for (col, _, _), ans in zip(LIKERT, likert):
            row[col] = ans
        text_voice = "yp" if cls == "ce" else voice
        for col, kind in ((WHY_B2, "why"), (CHANGE_ONE, "change"), (ANYTHING_ELSE, "else")):
            text, themes, planted = free_text(r, text_voice, cls, kind)
            row[col] = text
            if text:
                themes_truth.append((rid, col, ";".join(sorted(themes))))
            if planted:
                truth.append((rid, col, planted[0], planted[1]))
        row[PRIORITY_COLUMN] = "" if r.random() < 0.05 else r.choices(PRIORITY_OPTIONS, PRIORITY_WEIGHTS[cls])[0]
        ticks = [o for o, p in zip(INFO_OPTIONS, INFO_PROBS[cls]) if r.random() < p]
        row[INFO_COLUMN] = ";".join(ticks)
        row[CONSENT_COLUMN] = r.choices(CONSENT_OPTIONS, [10, 55, 35] if group != "Young person in care" else [3, 50, 47])[0]
        rows.append(row)

    os.makedirs(out_dir, exist_ok=True)
    write_csv(os.path.join(out_dir, "responses.csv"), header, [[row[h] for h in header] for row in rows], bom=True)
    write_csv(os.path.join(out_dir, "pii-ground-truth.csv"), ["respondent_id", "column", "type", "value"], truth)
    write_csv(os.path.join(out_dir, "generator-themes.csv"), ["respondent_id", "column", "themes"], themes_truth)
    with open(os.path.join(out_dir, "codebook.json"), "w", encoding="utf-8", newline="\n") as f:
        f.write(demo_codebook())
    return len(rows), len(truth)


# ---- codebook ----------------------------------------------------------------------------------
# The demo codebook: a section written for question b2_why (why people agreed or disagreed with
# paying part of the allowance as cash), then the starter codebook unchanged for every other question.

def _theme(id, label, definition, phrases, patterns, areas, principles):
    return collections.OrderedDict(id=id, label=label, definition=definition, phrases=phrases, patterns=patterns,
                                   exclusions=[], localOfferAreas=areas, principles=principles, equalityRelevant=False)


B2_THEMES = [
    _theme("choice-and-control", "Choice and control over the allowance",
           "The young person should decide how the allowance is spent: choice, control, being trusted and treated as an "
           "adult, not a catalogue or list.",
           ["choose", "choice*", "my own money", "my money", "own allowance", "control*", "get a say", "say in how",
            "trusted", "treated like an adult", "dignity", "catalogue", "didn't need", "if it's my money"], [],
           ["FINANCIAL_LITERACY", "PARTICIPATION_IN_SOCIETY"], ["TAKE_VIEWS_INTO_ACCOUNT", "PREPARATION_FOR_ADULTHOOD"]),
    _theme("risk-of-misuse", "Risk: debt, exploitation and accountability",
           "Concern that cash could be lost to debt, exploitation or poor spending, or that public money must be "
           "accounted for; vouchers or purchases preferred.",
           ["risk*", "exploit*", "lost to", "accounted for", "accountab*", "voucher*", "public money", "misuse*"], [],
           ["FINANCIAL_LITERACY"], ["SAFETY_AND_STABILITY", "BEST_INTERESTS_AND_WELLBEING"]),
    _theme("allowance-too-small", "The allowance does not go far enough",
           "The amount does not cover what is needed to set up a home (furniture, white goods, a bed), or has not kept "
           "pace with prices.",
           ["doesn't go far", "not enough", "kept pace", "went on basics", "no bed", "cooker", "white goods", "furniture",
            "too small", "increase*", "cost of"], ["£\\s?\\d"],
           ["ACCOMMODATION", "FINANCIAL_LITERACY"], ["PREPARATION_FOR_ADULTHOOD"]),
    _theme("budgeting-support", "Budgeting help alongside the money",
           "Help to budget and manage money, financial education, support given alongside any cash payment.",
           ["budget*", "financial education", "financial literacy", "taught", "support alongside", "manage money",
            "into debt"], [],
           ["FINANCIAL_LITERACY"], ["PREPARATION_FOR_ADULTHOOD"]),
    _theme("council-tax", "Council tax exemption",
           "The council tax exemption or discount for care leavers: its value and who qualifies.",
           ["council tax"], [], ["FINANCIAL_LITERACY", "ACCOMMODATION"], ["PREPARATION_FOR_ADULTHOOD"]),
]


def demo_codebook():
    with open(STARTER_CODEBOOK, encoding="utf-8") as f:
        starter = json.load(f, object_pairs_hook=collections.OrderedDict)
    general = starter["codebooks"][0]["themes"]
    book = collections.OrderedDict()
    book["$comment"] = ("Codebook for the bundled synthetic demo consultation, generated by "
                        "tools/demo-consultation/generate.py. Question b2_why has its own section (its money themes, "
                        "then the starter's other themes); every other free-text question uses the starter unchanged.")
    book["id"] = "demo-local-offer-2026"
    book["title"] = "Demo Local Offer consultation 2026: codebook"
    book["version"] = "1.0"
    book["source"] = ("leavingcare project, 2026-11-22: section b2_why written by the themes engineer for the synthetic "
                      "demo; section * is " + starter["id"] + " v" + starter["version"] + ".")
    book["nonSubstantive"] = starter["nonSubstantive"]
    book["codebooks"] = [
        collections.OrderedDict(questions=["b2_why"], themes=B2_THEMES + [t for t in general if t["id"] != "money"]),
        collections.OrderedDict(questions=["*"], themes=general),
    ]
    return json.dumps(book, indent=2, ensure_ascii=False) + "\n"


def write_csv(path, header, rows, bom=False):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    with open(path, "w", encoding="utf-8-sig" if bom else "utf-8", newline="") as f:
        f.write(buf.getvalue())


if __name__ == "__main__":
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--out", default=DEFAULT_OUT, help="output directory (default: the CLI's demo resources)")
    args = p.parse_args()
    n, planted = generate(os.path.normpath(args.out))
    print(f"wrote {n} responses, {planted} planted identifiers, to {os.path.normpath(args.out)}")
