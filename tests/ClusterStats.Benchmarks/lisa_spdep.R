# spdep's side of lisa-vs-spdep: reads the region polygons and values that LisaVersusSpdep wrote, then RUNS times builds
# queen contiguity weights (poly2nb, nb2listw style W) and local Moran with 999 conditional permutations
# (localmoran_perm), timing those two steps only (not R's start or the file reading). Prints the median seconds on the
# first line, then writes its Ii to OUT for the comparison of results.
# usage: Rscript lisa_spdep.R REGIONS.geojson VALUES.csv RUNS OUT.csv
suppressPackageStartupMessages({ library(sf); library(spdep) })
sf_use_s2(FALSE)
args <- commandArgs(trailingOnly = TRUE)
regions <- st_read(args[1], quiet = TRUE)
values <- read.csv(args[2], colClasses = c("character", "numeric"))
x <- values$value[match(regions$id, values$region)]
runs <- as.integer(args[3])
times <- numeric(runs)
for (r in seq_len(runs)) {
  start <- proc.time()[["elapsed"]]
  lw <- nb2listw(poly2nb(regions, queen = TRUE), style = "W")
  lm <- localmoran_perm(x, lw, nsim = 999L, iseed = r)
  times[r] <- proc.time()[["elapsed"]] - start
}
cat(sprintf("%.6f\n", median(times)))
write.csv(data.frame(region = regions$id, local_i = sprintf("%.17g", lm[, "Ii"])), args[4], row.names = FALSE, quote = FALSE)
