# Helpers for the wrk-based benchmarks; source it after setting DURATION.
# measure <connections> <header> [wrk options...] <url>: one wrk run with latency percentiles.
measure() { wrk -t1 -c"$1" -d"$DURATION" --latency -H "$2" "${@:3}" 2>&1; }
# field <wrk output> <percentile label, e.g. 50%>
field() { echo "$1" | awk -v k="$2" '$1 == k {print $2}'; }
rps() { echo "$1" | awk '/Requests\/sec/ {print $2}'; }
non2xx() { echo "$1" | awk '/Non-2xx/ {print $NF}'; }
# to_ms <wrk duration like 812.00us, 1.20ms or 1.5s>
to_ms() { awk -v v="$1" 'BEGIN { if (v ~ /us$/) printf "%.3f", v / 1000; else if (v ~ /ms$/) printf "%.3f", v + 0; else printf "%.3f", v * 1000 }'; }
rss() { ps -o rss= -p "$1" 2>/dev/null | awk '{printf "%.0f", $1/1024}'; }
