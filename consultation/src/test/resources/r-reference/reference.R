# Reference values for the synthetic consultation, computed with R's survey package.
# Run from this directory: Rscript reference.R  (writes reference.csv and versions.txt)
# Design: svydesign(ids = ~1, weights = ~w); w = group multiplier (Foster carer 1.5) x (care-experienced ? 3 : 1).
suppressMessages(library(survey))
options(digits = 17)
d <- read.csv("synthetic-consultation.csv", stringsAsFactors = FALSE, na.strings = "", check.names = FALSE,
              colClasses = "character", encoding = "UTF-8")
d$ce <- d$care_experienced == "Yes"
d$w <- ifelse(d$respondent_group == "Foster carer", 1.5, 1) * ifelse(d$ce, 3, 1)
AGREE <- c("Strongly disagree", "Disagree", "Neither agree nor disagree", "Agree", "Strongly agree")
IMP <- c("Not at all important", "Not very important", "Fairly important", "Very important")
AWARE <- c("Yes, and I have read it", "Yes, but I have not read it", "No", "Not sure")
INFO <- c("From my PA", "A council website page", "An app", "Text messages", "Social media", "A printed booklet")
NS <- c("Don't know", "Prefer not to say")
questions <- list(b1 = list(type = "likert", opts = AGREE), b2 = list(type = "likert", opts = AGREE),
                  b7 = list(type = "likert", opts = AGREE), imp_money = list(type = "likert", opts = IMP),
                  aware = list(type = "single", opts = AWARE), info = list(type = "multi", opts = INFO))
out <- data.frame(scenario = character(), question = character(), domain = character(), measure = character(),
                  option = character(), stat = character(), value = numeric(), stringsAsFactors = FALSE)
add <- function(s, q, dom, m, o, st, v) {
  out[nrow(out) + 1, ] <<- list(s, q, dom, m, o, st, as.numeric(v))
}
# indicator of a category; NA when not answered
indicator <- function(q, cat) {
  x <- d[[q]]
  if (questions[[q]]$type == "multi") {
    y <- sapply(strsplit(ifelse(is.na(x), "", x), ";", fixed = TRUE), function(p) as.numeric(cat %in% p))
    y[is.na(x)] <- NA
    y
  } else {
    ifelse(is.na(x), NA, as.numeric(x == cat))
  }
}
likert_score <- function(q, f) {
  x <- d[[q]]; opts <- questions[[q]]$opts; pos <- match(x, opts)
  ifelse(is.na(pos), NA, f(pos, length(opts)))
}
agree <- function(pos, L) as.numeric(pos > L - L %/% 2)
disagree <- function(pos, L) as.numeric(pos <= L %/% 2)
net <- function(pos, L) agree(pos, L) - disagree(pos, L)
domains <- function(des) {
  list(all = des, "ce=TRUE" = subset(des, ce), "ce=FALSE" = subset(des, !ce),
       "group=Care leaver" = subset(des, respondent_group == "Care leaver"),
       "group=Foster carer" = subset(des, respondent_group == "Foster carer"),
       "group=Member of the public" = subset(des, respondent_group == "Member of the public"))
}
prop_stats <- function(s, q, dom, m, o, dd) {
  est <- svymean(~y, dd, na.rm = TRUE)
  p <- coef(est)[1]; se <- SE(est)[1]
  add(s, q, dom, m, o, "est", p); add(s, q, dom, m, o, "se", se)
  w <- weights(dd); yy <- model.frame(dd)$y; used <- !is.na(yy) & w > 0
  add(s, q, dom, m, o, "kish", sum(w[used])^2 / sum(w[used]^2))
  if (p > 0 && p < 1) {
    for (meth in c("logit", "beta", "mean", "xlogit")) {
      ci <- attr(svyciprop(~y, dd, method = meth, na.rm = TRUE), "ci")
      add(s, q, dom, m, o, paste0(meth, ".lo"), ci[1]); add(s, q, dom, m, o, paste0(meth, ".hi"), ci[2])
    }
  }
}
run <- function(s, des) {
  for (q in names(questions)) {
    cats <- c(questions[[q]]$opts, NS)
    for (cat in cats) {
      des2 <- update(des, y = indicator(q, cat))
      for (dn in names(domains(des2))) prop_stats(s, q, dn, "option", cat, domains(des2)[[dn]])
    }
    if (questions[[q]]$type == "likert") {
      for (m in c("agree", "disagree")) {
        des2 <- update(des, y = likert_score(q, get(m)))
        for (dn in names(domains(des2))) prop_stats(s, q, dn, m, m, domains(des2)[[dn]])
      }
      des2 <- update(des, y = likert_score(q, net))
      for (dn in names(domains(des2))) {
        e <- svymean(~y, domains(des2)[[dn]], na.rm = TRUE)
        add(s, q, dn, "net", "net", "est", coef(e)[1]); add(s, q, dn, "net", "net", "se", SE(e)[1])
      }
      des2 <- update(des, y = likert_score(q, function(pos, L) pos))
      for (dn in c("all", "ce=TRUE")) {
        md <- svyquantile(~y, domains(des2)[[dn]], 0.5, na.rm = TRUE)$y
        add(s, q, dn, "median", "median", "est", md[1, 1]); add(s, q, dn, "median", "median", "lo", md[1, 2])
        add(s, q, dn, "median", "median", "hi", md[1, 3]); add(s, q, dn, "median", "median", "se", md[1, 4])
      }
    }
    if (questions[[q]]$type != "multi") {
      des2 <- update(des, ans = factor(ifelse(d[[q]] %in% questions[[q]]$opts, d[[q]], NA)))
      f <- svychisq(~respondent_group + ans, des2, statistic = "F")
      add(s, q, "all", "raoScott", "group", "F", f$statistic); add(s, q, "all", "raoScott", "group", "ndf", f$parameter[1])
      add(s, q, "all", "raoScott", "group", "ddf", f$parameter[2]); add(s, q, "all", "raoScott", "group", "pF", f$p.value)
      ch <- svychisq(~respondent_group + ans, des2, statistic = "Chisq")
      add(s, q, "all", "raoScott", "group", "X2", ch$statistic); add(s, q, "all", "raoScott", "group", "pChisq", ch$p.value)
      f <- svychisq(~ce + ans, des2, statistic = "F")
      add(s, q, "all", "raoScott", "ce", "F", f$statistic); add(s, q, "all", "raoScott", "ce", "pF", f$p.value)
    }
  }
}
des <- svydesign(ids = ~1, weights = ~w, data = d)
run("k3", des)
# care-experienced minus others in % agree on b2: svyttest(y ~ ce) estimates TRUE - FALSE (rows not answering dropped by svyglm)
des2 <- update(des, y = likert_score("b2", agree))
tt <- svyttest(y ~ ce, des2)
add("k3", "b2", "all", "ttest", "agree", "diff", tt$estimate); add("k3", "b2", "all", "ttest", "agree", "t", tt$statistic)
add("k3", "b2", "all", "ttest", "agree", "df", tt$parameter); add("k3", "b2", "all", "ttest", "agree", "p", tt$p.value)
# numeric w1: mean and median among those answering (care-experienced only answered)
des2 <- update(des, y = as.numeric(d$w1))
e <- svymean(~y, des2, na.rm = TRUE)
add("k3", "w1", "all", "mean", "mean", "est", coef(e)[1]); add("k3", "w1", "all", "mean", "mean", "se", SE(e)[1])
md <- svyquantile(~y, des2, 0.5, na.rm = TRUE)$y
add("k3", "w1", "all", "median", "median", "est", md[1, 1]); add("k3", "w1", "all", "median", "median", "se", md[1, 4])
# calibration scenarios on top of the policy weights
pop_group <- data.frame(respondent_group = c("Care leaver", "Young person in care", "Care-experienced adult", "Foster carer",
  "Council staff", "Partner organisation", "Member of the public"), Freq = c(215, 60, 40, 120, 150, 90, 400))
ps <- postStratify(des, ~respondent_group, pop_group)
pop_channel <- data.frame(channel = c("Online", "Paper", "Event"), Freq = c(700, 200, 175))
rk <- rake(des, list(~respondent_group, ~channel), list(pop_group, pop_channel), control = list(epsilon = 1e-9, maxit = 100))
for (s in c("poststrat", "rake")) {
  cd <- if (s == "poststrat") ps else rk
  for (q in c("b2", "aware")) {
    for (cat in c(questions[[q]]$opts, NS)) {
      des2 <- update(cd, y = indicator(q, cat))
      for (dn in c("all", "ce=TRUE")) prop_stats(s, q, dn, "option", cat, domains(des2)[[dn]])
    }
  }
}
write.csv(out, "reference.csv", row.names = FALSE)
writeLines(c(R.version.string, paste("survey", as.character(packageVersion("survey")))), "versions.txt")
cat(nrow(out), "values\n")
