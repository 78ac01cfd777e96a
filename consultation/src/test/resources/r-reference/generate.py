# Generates the synthetic consultation used for the R reference values (fixed seed; all data synthetic).
import csv, random
random.seed(20261122)
groups = [("Care leaver", 120, True, 1.0), ("Young person in care", 25, True, 1.0),
          ("Care-experienced adult", 10, True, 1.0), ("Foster carer", 40, False, 1.5),
          ("Council staff", 70, False, 1.0), ("Partner organisation", 45, False, 1.0),
          ("Member of the public", 110, False, 1.0)]
AGREE = ["Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree"]
IMP = ["Not at all important", "Not very important", "Fairly important", "Very important"]
AWARE = ["Yes, and I have read it", "Yes, but I have not read it", "No", "Not sure"]
INFO = ["From my PA", "A council website page", "An app", "Text messages", "Social media", "A printed booklet"]
CHANNEL = ["Online", "Paper", "Event"]
def likert(p_agree, p_dk, p_missing, scale):
    r = random.random()
    if r < p_missing: return ""
    if r < p_missing + p_dk: return "Don't know"
    h = len(scale) // 2
    if random.random() < p_agree:
        return random.choice(scale[len(scale) - h:])
    return random.choice(scale[:len(scale) - h])
rows = []
rid = 1000
for g, n, ce, _ in groups:
    for i in range(n):
        rid += 1
        pub = g == "Member of the public"
        b1 = likert(0.85 if ce else (0.45 if pub else 0.7), 0.05, 0.04, AGREE)
        b2 = likert(0.72 if ce else (0.30 if pub else 0.35), 0.08 if pub else 0.04, 0.06, AGREE)
        b7 = likert(0.40 if ce else (0.60 if pub else 0.75), 0.03, 0.08, AGREE)
        imp = likert(0.8 if ce else 0.5, 0.04, 0.05, IMP).replace("Don't know", "Don't know")
        aw = "" if random.random() < 0.03 else random.choices(AWARE, weights=[35, 30, 30, 5] if ce else [20, 25, 50, 5])[0]
        k = random.choice([0, 0, 1, 1, 2, 3])
        info = ";".join(sorted(random.sample(INFO, k), key=INFO.index))
        w1 = str(random.choice(range(0, 11))) if ce and random.random() < 0.7 else ""
        ch = random.choices(CHANNEL, weights=[6, 2, 2])[0]
        rows.append([str(rid), g, "Yes" if ce else "No", ch, b1, b2, b7, imp, aw, info, w1])
random.shuffle(rows)
with open("synthetic-consultation.csv", "w", newline="", encoding="utf-8") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["respondent_id", "respondent_group", "care_experienced", "channel", "b1", "b2", "b7", "imp_money",
                "aware", "info", "w1"])
    w.writerows(rows)
print(len(rows))
