#!/usr/bin/env bash
# Checks docs/monitoring against the /metrics text of a running tandem-syncd
# (METRICS-FILE): promtool lints the metrics and the Prometheus configuration and runs
# the alert rules' tests, and every metric the alerts and the Grafana dashboard query is
# one the server exports.
set -euo pipefail
metrics="${1:?usage: monitoring.sh METRICS-FILE}"
docs="$(cd "$(dirname "$0")/../../docs/monitoring" && pwd)"
tools=$(mktemp -d)
trap 'rm -rf "$tools"' EXIT
fail() { echo "monitoring: $*" >&2; exit 1; }

promtool=$(command -v promtool || true)
if [ -z "$promtool" ]; then
    # promtool comes with Debian's prometheus package: unpacked, not installed, as the
    # Prometheus service itself is not wanted here.
    (cd "$tools" && apt-get download prometheus) >"$tools/download.log" 2>&1 \
        || fail "cannot download Debian's prometheus package (apt-get update first?): $(cat "$tools/download.log")"
    dpkg-deb -x "$tools"/prometheus_*.deb "$tools/root"
    promtool="$tools/root/usr/bin/promtool"
fi

"$promtool" check metrics <"$metrics" || fail "promtool check metrics found problems in /metrics"
(cd "$docs" && "$promtool" check config prometheus.yml && "$promtool" test rules tandem-syncd-alerts.test.yml) \
    || fail "the Prometheus configuration or its alert rules do not pass promtool"
jq empty "$docs/grafana-dashboard.json" || fail "grafana-dashboard.json is not JSON"

exported=$(sed -n 's/^# TYPE \([a-z_]*\) .*/\1/p' "$metrics")
queried=$({ jq -r '.. | .expr? // empty' "$docs/grafana-dashboard.json"; grep 'expr:' "$docs/tandem-syncd-alerts.yml"; } \
    | grep -o 'tandem_[a-z_]*' | sed -E 's/_(bucket|sum|count)$//' | sort -u)
[ -n "$queried" ] || fail "the dashboard and the alerts query no tandem_ metric"
for name in $queried; do
    grep -qx "$name" <<<"$exported" || fail "docs/monitoring queries $name, which tandem-syncd does not export"
done
echo "monitoring: /metrics, prometheus.yml, the alerts and their tests pass promtool; the dashboard's $(wc -w <<<"$queried") metrics are exported"
