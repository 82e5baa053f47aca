#!/usr/bin/env bash
# Checks the .deb files in DIR as Debian would: lintian (errors fail, warnings are
# listed), the desktop entry, the AppStream metadata and the systemd unit, whose
# sandboxing exposure systemd-analyze scores (it must stay below 2.0).
set -euo pipefail
dir="${1:?usage: lint.sh DIR-WITH-DEBS}"
shopt -s nullglob
debs=("$dir"/*.deb)
[ ${#debs[@]} -eq 2 ] || { echo "expected two .deb files in $dir, found ${#debs[@]}" >&2; exit 1; }

unpacked=$(mktemp -d)
trap 'rm -rf "$unpacked"' EXIT
for deb in "${debs[@]}"; do
    dpkg-deb -x "$deb" "$unpacked"
done

status=0
lintian --tag-display-limit 0 "${debs[@]}" | tee "$dir/lintian.txt" || true
if grep -q '^E:' "$dir/lintian.txt"; then
    echo "lintian found errors" >&2
    status=1
fi
desktop-file-validate "$unpacked"/usr/share/applications/*.desktop || status=1
appstreamcli validate --no-net "$unpacked"/usr/share/metainfo/*.metainfo.xml || status=1

# verify looks for the program where the units name it: check copies that point into
# the unpacked package.
units="$unpacked/lib/systemd/system"
for unit in tandem-syncd.service tandem-syncd-backup.service tandem-syncd-backup.timer; do
    sed "s#/usr/sbin/tandem-syncd#$unpacked/usr/sbin/tandem-syncd#" "$units/$unit" > "$unpacked/$unit"
done
SYSTEMD_LOG_LEVEL=err systemd-analyze verify --man=no "$unpacked"/tandem-syncd.service \
    "$unpacked"/tandem-syncd-backup.service "$unpacked"/tandem-syncd-backup.timer || status=1
for unit in tandem-syncd.service tandem-syncd-backup.service; do
    exposure=$(systemd-analyze security --offline=yes "$units/$unit" 2>/dev/null \
        | sed -n 's/.*Overall exposure level for [^:]*: \([0-9.]*\).*/\1/p')
    echo "systemd-analyze security $unit: exposure $exposure"
    awk -v e="$exposure" 'BEGIN { exit !(e != "" && e < 2.0) }' || { echo "exposure must stay below 2.0" >&2; status=1; }
done
exit "$status"
