#!/bin/bash
# The CLI with one and two threads (src/bench/reports/threads.md). Run from the project root
# after mvn package, with ../shared/bench unpacked: usage threads.sh WCXB_HTML_DIR SH_HTML_DIR
set -euo pipefail
JAR=target/linesift.jar
WET=$(mktemp -d)/training.warc.wet.gz
python3 src/bench/scripts/training-wet.py "$WET" 10000
for t in 1 2; do
  /usr/bin/time -f "html threads=$t: %e s, max RSS %M KB (581 pages)" \
    java -Xmx512m -jar $JAR clean --quiet --threads $t "$1" "$2" > /dev/null
done
for t in 1 2; do
  /usr/bin/time -f "wet threads=$t: %e s, max RSS %M KB (10000 records)" \
    java -Xmx512m -jar $JAR clean --quiet --threads $t "$WET" > /dev/null
done
