# Reference values for the estimator package's edge cases, computed with R's survey package.
# Run from this directory: Rscript estimators.R  (writes estimators-reference.csv)
# A small weights-only design chosen to reach every branch: zero weights (row 3 of A, row 5 of C),
# unanswered rows (NA), domains, a post-stratified (sex) and a raked (sex, group; zero weights
# replaced by 0.5) version, and factors with missing values for the Rao-Scott tests (2 and 3
# columns). R 4.2.2, survey 4.1.1 (../versions.txt). EstimatorsReferenceTest reads the output.
suppressMessages(library(survey))
d <- data.frame(
  grp = rep(c("A", "B", "C"), each = 6),
  sex = c("M", "F", "M", "F", "M", "F", "M", "M", "F", "F", "M", "F", "F", "M", "F", "M", "M", "F"),
  w = c(1.5, 2, 0, 3, 1, 2.5, 1, 2.5, 1, 0.5, 4, 1, 2, 1, 1, 3, 0, 1),
  y = c(3, 5, 4, NA, 2, 5, 1, 4, 2, NA, 5, 3, 2, 4, NA, 1, 5, 3),
  aware = c("yes", "no", "yes", NA, "no", "yes", "no", "no", "yes", "yes", NA, "no", "yes", "no", "no", NA, "yes", "yes"),
  stringsAsFactors = FALSE)
d$agree <- ifelse(is.na(d$y), NA, as.numeric(d$y >= 4))
d$level <- cut(d$y, c(0, 2, 3, 5), labels = c("low", "mid", "high"))
out <- character()
add <- function(key, v) out[length(out) + 1] <<- sprintf("%s,%.17g", key, as.numeric(v))
des <- svydesign(ids = ~1, weights = ~w, data = d)
ps <- postStratify(des, ~sex, data.frame(sex = c("F", "M"), Freq = c(12, 10)))
# R's rake variance divides by the raked weight and gives NaN with zero weights: rake a copy without them
rk <- rake(svydesign(ids = ~1, weights = ~w2, data = transform(d, w2 = ifelse(w == 0, 0.5, w))), list(~sex, ~grp), list(data.frame(sex = c("F", "M"), Freq = c(12, 10)),
                                       data.frame(grp = c("A", "B", "C"), Freq = c(8, 8, 6))),
           control = list(epsilon = 1e-9, maxit = 100))
designs <- list(plain = des, ps = ps, rake = rk)
add("plain.degf", degf(des))
for (dn in names(designs)) {
  dd <- designs[[dn]]
  doms <- list(all = dd, A = subset(dd, grp == "A"), B = subset(dd, grp == "B"), C = subset(dd, grp == "C"))
  for (g in names(doms)) {
    s <- doms[[g]]
    k <- paste(dn, g, sep = ".")
    m <- svymean(~y, s, na.rm = TRUE)
    add(paste0(k, ".mean.est"), coef(m)); add(paste0(k, ".mean.se"), SE(m)); add(paste0(k, ".degf"), degf(s))
    ci <- confint(m, df = degf(s)); add(paste0(k, ".mean.lo"), ci[1]); add(paste0(k, ".mean.hi"), ci[2])
    tt <- svytotal(~y, s, na.rm = TRUE)
    add(paste0(k, ".total.est"), coef(tt)); add(paste0(k, ".total.se"), SE(tt))
    ci <- confint(tt, df = degf(s)); add(paste0(k, ".total.lo"), ci[1]); add(paste0(k, ".total.hi"), ci[2])
    pm <- svymean(~agree, s, na.rm = TRUE)
    add(paste0(k, ".agree.est"), coef(pm)); add(paste0(k, ".agree.se"), SE(pm))
    for (meth in c("logit", "xlogit", "beta", "mean")) {
      ci <- attr(svyciprop(~agree, s, method = meth, na.rm = TRUE), "ci")
      add(paste0(k, ".agree.", meth, ".lo"), ci[1]); add(paste0(k, ".agree.", meth, ".hi"), ci[2])
    }
    # survey 4.5's wilson method, from its formula (survey 4.1.1 has none)
    p <- coef(pm)[1]; n <- p * (1 - p) / vcov(pm)[1, 1]; t <- qt(0.975, degf(s))
    centre <- p + t^2 / (2 * n); half <- t / (2 * n) * sqrt(4 * n * p * (1 - p) + t^2)
    add(paste0(k, ".agree.wilson.lo"), (centre - half) / (1 + t^2 / n))
    add(paste0(k, ".agree.wilson.hi"), (centre + half) / (1 + t^2 / n))
    q <- svyquantile(~y, s, c(0.1, 0.25, 0.5, 0.75, 0.9), ci = TRUE, na.rm = TRUE)$y
    for (i in seq_len(nrow(q))) {
      qk <- paste0(k, ".q", c("10", "25", "50", "75", "90")[i])
      add(paste0(qk, ".est"), q[i, 1]); add(paste0(qk, ".lo"), q[i, 2]); add(paste0(qk, ".hi"), q[i, 3])
      add(paste0(qk, ".se"), q[i, 4])
    }
  }
  # differences of domain means: the domain means as ratios with their covariance (what svyby(...,
  # covmat = TRUE) gives, which fails with na.rm), then svycontrast; t test on svyttest's df
  dv <- update(dd, yA = ifelse(!is.na(y) & grp == "A", y, 0), yB = ifelse(!is.na(y) & grp == "B", y, 0),
               yC = ifelse(!is.na(y) & grp == "C", y, 0), nA = as.numeric(!is.na(y) & grp == "A"),
               nB = as.numeric(!is.na(y) & grp == "B"), nC = as.numeric(!is.na(y) & grp == "C"))
  r <- svyratio(~yA + yB + yC, ~nA + nB + nC, dv, covmat = TRUE)
  ratios <- setNames(coef(r), sub("/.*", "", names(coef(r))))
  for (pair in list(c("A", "B"), c("A", "C"), c("B", "C"))) {
    k <- paste(dn, "diff", pair[1], pair[2], sep = ".")
    w <- setNames(rep(0, 9), names(coef(r)))
    w[paste0("y", pair[1], "/n", pair[1])] <- 1; w[paste0("y", pair[2], "/n", pair[2])] <- -1
    ct <- svycontrast(r, w)
    add(paste0(k, ".est"), coef(ct)); add(paste0(k, ".se"), SE(ct))
    dd$variables$first <- dd$variables$grp == pair[1]
    df <- svyttest(y ~ first, subset(dd, grp %in% pair))$parameter
    add(paste0(k, ".df"), df)
    add(paste0(k, ".p"), 2 * pt(-abs(coef(ct) / SE(ct)), df))
    add(paste0(k, ".lo"), coef(ct) - qt(0.975, df) * SE(ct)); add(paste0(k, ".hi"), coef(ct) + qt(0.975, df) * SE(ct))
  }
  for (stat in c("F", "Chisq")) for (v in c("aware", "level")) {
    x <- svychisq(as.formula(paste("~grp +", v)), dd, statistic = stat)
    k <- paste(dn, "chisq", v, stat, sep = ".")
    add(paste0(k, ".statistic"), x$statistic); add(paste0(k, ".p"), x$p.value)
    add(paste0(k, ".df1"), x$parameter[1]); if (stat == "F") add(paste0(k, ".df2"), x$parameter[2])
  }
}
# R's quantile rule at the bottom of the data: p·W equal to the first weight reaches the first value,
# just below it gives the second
tie <- svydesign(ids = ~1, weights = ~w, data = data.frame(y = c(1, 2, 3, 4), w = c(2, 1, 3, 2)))
q <- svyquantile(~y, tie, c(0.25, 0.24))$y
add("tie.q25.est", q[1, 1]); add("tie.q24.est", q[2, 1])
# t and normal quantiles at levels no other test uses
add("qt.0.9123.3.5", qt(0.9123, 3.5)); add("qt.0.0377.12", qt(0.0377, 12)); add("qnorm.0.9951", qnorm(0.9951))
writeLines(c("key,value", out), "estimators-reference.csv")
