# Wilson interval of survey 4.5's svyciprop(method = "wilson"), evaluated from its formula on the
# golden data of CONSULTATION-METHODS.md §14 (survey 4.1.1 has no wilson method).
suppressMessages(library(survey))
d <- data.frame(grp=rep(c("care","prof","pub"),c(6,5,9)), w=c(rep(2,6),rep(1,14)),
 lik=c(5,4,4,2,5,NA,3,4,2,2,3,4,5,1,3,4,2,3,5,4))
d$agree <- as.numeric(d$lik >= 4)
des <- svydesign(ids=~1, weights=~w, data=d)
wilson <- function(des) {
  m <- svymean(~agree, des, na.rm=TRUE); p <- coef(m)[1]; n <- p*(1-p)/vcov(m)[1,1]
  t <- qt(0.975, degf(des)); centre <- p + t^2/(2*n); half <- t/(2*n)*sqrt(4*n*p*(1-p) + t^2)
  c((centre - half)/(1 + t^2/n), (centre + half)/(1 + t^2/n))
}
print(wilson(des), digits=15); print(wilson(subset(des, grp=="care")), digits=15)
