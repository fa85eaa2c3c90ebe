#!/usr/bin/env Rscript
# Read a truce-sim run folder into data frames and draw the survival figure.
#
#   Rscript examples/r/load_run.R RUN_DIR [FIGURE]
#
# RUN_DIR is a folder written by `truce-sim run --out RUN_DIR`. Only files that its manifest.json
# lists are read, each checked against the length recorded there (the SHA-256 too when the
# 'digest' package is installed), so a half-written or edited folder is refused rather than misread.
# Base R only: no package is required. FIGURE (default RUN_DIR/survival-r.png) is a PNG, or a PDF
# when it ends in .pdf: the Kaplan-Meier curve of each regime with its 95 % band.

args <- commandArgs(trailingOnly = TRUE)
if (length(args) < 1) {
  message("usage: Rscript load_run.R RUN_DIR [FIGURE]")
  quit(status = 2)
}
folder <- args[[1]]
figure <- if (length(args) >= 2) args[[2]] else file.path(folder, "survival-r.png")

fail <- function(...) {
  message("error: ", ...)
  quit(status = 2)
}

# The manifest's entry for a file; a file it does not list does not exist for a reader.
manifest_path <- file.path(folder, "manifest.json")
if (!file.exists(manifest_path)) fail(folder, ": no manifest.json (is this a finished run folder?)")
manifest <- paste(readLines(manifest_path, warn = FALSE), collapse = "\n")

listed <- function(name) {
  # Entries are one object each, written by the program with its keys in a fixed order: name, ..., bytes, sha256.
  pattern <- paste0('"name": "', gsub(".", "\\.", name, fixed = TRUE), '"[^}]*"bytes": ([0-9]+),[[:space:]]*"sha256": "([0-9a-f]{64})"')
  hit <- regmatches(manifest, regexec(pattern, manifest))[[1]]
  if (length(hit) == 0) fail(folder, ": manifest.json does not list ", name)
  path <- file.path(folder, name)
  if (file.size(path) != as.numeric(hit[[2]])) fail(path, ": differs from what manifest.json recorded")
  if (requireNamespace("digest", quietly = TRUE) &&
      digest::digest(path, algo = "sha256", file = TRUE) != hit[[3]]) {
    fail(path, ": differs from what manifest.json recorded")
  }
  path
}

survival <- read.csv(listed("survival.csv"), stringsAsFactors = FALSE)
comparisons <- read.csv(listed("comparisons-by-day.csv"), stringsAsFactors = FALSE)
comparisons_csv <- read.csv(listed("comparisons.csv"), stringsAsFactors = FALSE)

regimes <- unique(survival$regime)  # run order, as the file lists them
horizon <- max(survival$day)
cat(sprintf("%d regimes, horizon %g days; survival.csv %d rows, comparisons-by-day.csv %d rows\n",
            length(regimes), horizon, nrow(survival), nrow(comparisons)))
for (r in regimes) {
  last <- tail(survival[survival$regime == r, ], 1)
  cat(sprintf("  %s: holds at day %g with probability %.3f (%.3f to %.3f)\n",
              r, last$day, last$survival, last$lower95, last$upper95))
}
if (nrow(comparisons_csv) > 0) {
  cat(sprintf("  log-rank against %s: %s\n", comparisons_csv$baseline[[1]],
              paste(sprintf("%s log10(p) = %.2f", comparisons_csv$regime, comparisons_csv$log10_p), collapse = "; ")))
}

# One colour per regime, in run order (the report's palette, so figures agree).
colours <- c("#1f77b4", "#d62728", "#2ca02c", "#9467bd", "#ff7f0e", "#8c564b", "#e377c2", "#17becf")
if (grepl("\\.pdf$", figure)) pdf(figure, width = 8, height = 4.5) else png(figure, width = 960, height = 540, res = 120)
plot(NULL, xlim = c(0, horizon), ylim = c(0, 1), xlab = "Days since the truce began",
     ylab = "Probability the truce holds", las = 1)
for (i in seq_along(regimes)) {
  d <- survival[survival$regime == regimes[[i]], ]
  colour <- colours[[(i - 1) %% length(colours) + 1]]
  day <- c(0, d$day)
  x <- c(rbind(day[-length(day)], day[-1]))  # steps: each value holds until the next time
  band_low <- c(rbind(c(1, head(d$lower95, -1)), c(1, head(d$lower95, -1))))
  band_high <- c(rbind(c(1, head(d$upper95, -1)), c(1, head(d$upper95, -1))))
  polygon(c(x, rev(x)), c(band_high, rev(band_low)), col = adjustcolor(colour, alpha.f = 0.15), border = NA)
  lines(day, c(1, d$survival), type = "s", col = colour, lwd = 1.5)
}
legend("bottomleft", legend = regimes, col = colours[(seq_along(regimes) - 1) %% length(colours) + 1], lwd = 2, bty = "n")
invisible(dev.off())
cat("wrote", figure, "\n")
