#!/usr/bin/env bash
# After apt-get install ./build-pkg/*.deb: runs the installed programs as an operator
# would, without systemd (CI has none): the server from the packaged configuration
# with a database of its own, a terminal's push in its access log, kill -9 and a
# restart that keeps it, a backup while it runs and a restore once it is stopped, its
# /metrics against docs/monitoring; the terminal's version and its installed plugin.
set -euo pipefail
syncd=/usr/sbin/tandem-syncd
pos=/usr/bin/tandem-pos
work=$(mktemp -d)
server=""
trap '[ -n "$server" ] && kill -9 "$server" 2>/dev/null; rm -rf "$work"' EXIT
fail() { echo "smoke: $*" >&2; exit 1; }

getent passwd tandem-syncd >/dev/null || fail "the package did not create the tandem-syncd user"
[ -d /var/lib/tandem-syncd ] || fail "the package did not create /var/lib/tandem-syncd"
[ "$(stat -c %U /var/lib/tandem-syncd)" = tandem-syncd ] || fail "/var/lib/tandem-syncd is not the service's"
grep -q '^listen=' /etc/tandem-syncd/syncd.conf || fail "no default configuration"
dpkg -L tandem-pos | grep -q '/tandem-pos/plugins/tandem-notes.so$' || fail "the notes plugin is not installed"

version=$(QT_QPA_PLATFORM=offscreen "$pos" --version)
echo "$version" | grep -q '^tandem-pos [0-9]' || fail "tandem-pos --version printed: $version"
# The installed terminal starts (it runs until stopped) and finds its notes plugin,
# whose Note button then shows in the map of the controls on screen.
QT_QPA_PLATFORM=offscreen timeout 5 "$pos" --profile "$work/pos" --cashier Smoke --extensions notes \
    --ui-map "$work/ui.json" 2>"$work/pos.log" || [ $? -eq 124 ] || fail "tandem-pos did not start: $(cat "$work/pos.log")"
[ -f "$work/pos/terminal.sqlite" ] || fail "tandem-pos made no store in its profile"
grep -q '"noteButton"' "$work/ui.json" || fail "tandem-pos did not load its notes plugin"

db="$work/syncd.db"
"$syncd" init --db "$db" >/dev/null
"$syncd" group add Shop --db "$db" >/dev/null
token=$("$syncd" terminal add --group Shop --name Bar --db "$db" 2>/dev/null)
# The packaged configuration with this test's database and port; the command line wins.
sed -e "s#^db=.*#db=$db#" /etc/tandem-syncd/syncd.conf > "$work/syncd.conf"

# start PORT [OPTION...]: port 0 picks a free one, which the server prints.
start() {
    local listen="127.0.0.1:$1"
    shift
    "$syncd" serve --config "$work/syncd.conf" --listen "$listen" "$@" >"$work/serve.log" 2>&1 &
    server=$!
    for _ in $(seq 100); do
        port=$(sed -n 's/^listening on 127.0.0.1:\([0-9]*\).*/\1/p' "$work/serve.log")
        [ -n "$port" ] && break
        kill -0 "$server" 2>/dev/null || break
        sleep 0.1
    done
    [ -n "$port" ] || { cat "$work/serve.log" >&2; fail "the server did not come up"; }
    curl --silent --fail --max-time 5 "http://127.0.0.1:$port/health" >/dev/null || fail "/health did not answer"
}
api() { curl --silent --show-error --max-time 10 -H "Authorization: Bearer $token" "$@"; }

uuid() { cat /proc/sys/kernel/random/uuid; }
port=""
start 0 --access-log on
order=$(uuid)
batch=$(cat <<JSON
{"op_id":"$(uuid)","order":"$order","base_revision":0,"instance":"smoke","user":"Alice",
 "ops":[{"op":"create","receipt_reference":"BAR/1","currency":"EUR","created_at":"2026-12-01T10:00:00.000Z"},
        {"op":"add_line","line":{"uid":"$(uuid)","product_id":"COL","product_name":"Cola",
         "unit_price":250,"tax_rate":1000,"quantity":1000,"discount":0}}]}
JSON
)
status=$(api -o "$work/push.json" -w '%{http_code}' --data "$batch" "http://127.0.0.1:$port/v1/push")
[ "$status" = 200 ] || fail "push answered $status: $(cat "$work/push.json")"
grep -q 'tandem.server.access: "POST /v1/push" 200 .* terminal=1 peer=127.0.0.1$' "$work/serve.log" \
    || fail "the access log has no line for the push: $(cat "$work/serve.log")"
! grep -qF "$token" "$work/serve.log" || fail "the token is in the server's log"
curl --silent --fail --max-time 5 "http://127.0.0.1:$port/metrics" >"$work/metrics.txt" || fail "/metrics did not answer"
"$(dirname "$0")/monitoring.sh" "$work/metrics.txt"

# kill -9 and a restart: the acknowledged push is there.
kill -9 "$server"
wait "$server" 2>/dev/null || true
start "$port"
api "http://127.0.0.1:$port/v1/snapshot" | grep -q "\"uid\":\"$order\"" || fail "the order is gone after kill -9"

# A backup while it runs; restore is refused until the server is stopped, then brings
# back the state of the backup.
"$syncd" backup --to "$work/backup.db" --config "$work/syncd.conf" >/dev/null || fail "backup failed"
later=$(uuid)
later_batch="{\"op_id\":\"$(uuid)\",\"order\":\"$later\",\"base_revision\":0,\"instance\":\"smoke\",\"user\":\"Alice\",\"ops\":[{\"op\":\"create\",\"receipt_reference\":\"BAR/2\",\"currency\":\"EUR\",\"created_at\":\"2026-12-01T10:05:00.000Z\"}]}"
[ "$(api -o /dev/null -w '%{http_code}' --data "$later_batch" "http://127.0.0.1:$port/v1/push")" = 200 ] || fail "second push"
if "$syncd" restore --from "$work/backup.db" --config "$work/syncd.conf" 2>/dev/null; then
    fail "restore went ahead while the server ran"
fi

kill -TERM "$server"
wait "$server" || fail "the server did not stop cleanly on SIGTERM"
server=""
"$syncd" restore --from "$work/backup.db" --config "$work/syncd.conf" >/dev/null || fail "restore failed"
start "$port"
snapshot=$(api "http://127.0.0.1:$port/v1/snapshot")
echo "$snapshot" | grep -q "\"uid\":\"$order\"" || fail "the restored database lost the first order"
! echo "$snapshot" | grep -q "\"uid\":\"$later\"" || fail "the restored database has an order from after the backup"
kill -TERM "$server"
wait "$server" || fail "the server did not stop cleanly on SIGTERM"
server=""
echo "smoke: installed tandem-syncd and tandem-pos work ($version)"
