#!/usr/bin/env bash
# Seeds the fuzz corpora from the repository's own data: corpus/pages for
# `clean` (each page behind six zero knob bytes, so the seeds run with the
# default cleaner), corpus/snippets lines for `score_text`, the shipped
# lexicon (whole and its head) and slices of the shipped model for the loaders.
set -euo pipefail
cd "$(dirname "$0")"
mkdir -p corpus/clean corpus/score_text corpus/lexicon corpus/model
for f in ../corpus/pages/*.html; do
  { printf '\0\0\0\0\0\0'; cat "$f"; } > "corpus/clean/$(basename "$f")"
done
i=0
for f in ../corpus/snippets/*.jsonl; do
  # The text field of every 20th line; five zero knob bytes first.
  sed -n 's/^{"text": "\([^"]*\)".*/\1/p' "$f" | awk 'NR % 20 == 1' |
    while IFS= read -r line; do
      i=$((i + 1))
      { printf '\0\0\0\0\0'; printf '%s' "$line"; } \
        > "corpus/score_text/$(basename "$f" .jsonl)_$i"
    done
done
cp ../src/data/lexicon.tsv corpus/lexicon/embedded.tsv
head -c 600 ../src/data/lexicon.tsv > corpus/lexicon/head.tsv
# The shipped model is 800 KB; its header and slices of its weights keep
# the seeds (and so libFuzzer's default -max_len) small.
head -n 40 ../src/data/model.txt > corpus/model/head.txt
{ head -n 5 ../src/data/model.txt; sed -n '5000,5200p' ../src/data/model.txt; } \
  > corpus/model/slice.txt
echo "seeded: $(ls corpus/clean | wc -l) clean, $(ls corpus/score_text | wc -l) score_text, $(ls corpus/lexicon | wc -l) lexicon, $(ls corpus/model | wc -l) model"
