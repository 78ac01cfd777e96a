# The consultation summary of bench/run-scale.sh in R's survey package, for bench/compare-r.sh.
# Usage: Rscript summarise.R RESPONSES.csv CONFIG.json OUT.csv
# Weights-only design (svydesign(ids = ~1, weights = ~w)); w = the configuration's care-experience
# multiplier for care-experienced respondents, else 1. For each closed question, the weighted share of
# each answer among those who answered (a domain: subset() keeps the whole design, CONSULTATION-METHODS
# §1.2), with its standard error. Writes question,option,estimate,se and prints the seconds taken
# (reading the CSV included, as for leavingcare).
suppressPackageStartupMessages({ library(survey); library(jsonlite) })
args <- commandArgs(trailingOnly = TRUE)
cfg <- fromJSON(args[2], simplifyVector = FALSE)
t0 <- proc.time()[["elapsed"]]
d <- read.csv(args[1], colClasses = "character", na.strings = "", check.names = FALSE, encoding = "UTF-8")
ce <- d[[cfg$careExperienced$column]] %in% unlist(cfg$careExperienced$values)
d$w <- ifelse(ce, cfg$weighting$careExperiencedMultiplier, 1)
design <- svydesign(ids = ~1, weights = ~w, data = d)
rows <- list()
for (q in cfg$questions) {
  if (!(q$type %in% c("likert", "single"))) next
  col <- q$column
  levels <- c(unlist(if (is.null(q$scale)) q$options else q$scale), "Don't know", "Prefer not to say")
  design <- update(design, .y = factor(d[[col]], levels = levels))
  est <- svymean(~.y, subset(design, !is.na(.y)))
  rows[[length(rows) + 1]] <- data.frame(question = q$id, option = levels, estimate = as.numeric(coef(est)),
                                         se = as.numeric(SE(est)))
}
out <- do.call(rbind, rows)
elapsed <- proc.time()[["elapsed"]] - t0
write.csv(out, args[3], row.names = FALSE)
cat(sprintf("R %s, survey %s: %.2f s\n", paste(R.version$major, R.version$minor, sep = "."),
            packageVersion("survey"), elapsed))
