library(survey)
d <- data.frame(w=c(3,3,3,3,3,1,1,1,1,1,1,3),
  housing=c(1,0,NA,1,NA,1,0,0,0,NA,1,1),
  ce=c(TRUE,TRUE,TRUE,TRUE,TRUE,FALSE,FALSE,FALSE,FALSE,FALSE,FALSE,TRUE))
des <- svydesign(ids=~1, weights=~w, data=d)
m <- svymean(~housing, des, na.rm=TRUE); print(coef(m), digits=15); print(SE(m), digits=15)
ci <- svyciprop(~housing, des, method="logit", na.rm=TRUE); print(ci, digits=15); print(confint(ci), digits=15); print(degf(des))
dc <- subset(des, ce)
mc <- svymean(~housing, dc, na.rm=TRUE); print(coef(mc), digits=15); print(SE(mc), digits=15)
cic <- svyciprop(~housing, dc, method="logit", na.rm=TRUE); print(confint(cic), digits=15); print(degf(dc))
