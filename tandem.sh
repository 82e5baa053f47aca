#!/usr/bin/env bash
# Sets up, builds and runs Tandem POS on Debian 12.
#   ./tandem.sh demo   build, start a local sync server and two terminals
#   ./tandem.sh test   build and run the whole test suite (headless)
#   ./tandem.sh test-sanitized   the whole test suite built with ASan and UBSan (build-asan/)
#   ./tandem.sh fuzz [SECONDS]   the libFuzzer targets of tests/fuzz, SECONDS each (bench/fuzz.sh)
#   ./tandem.sh package   the Debian packages tandem-pos and tandem-syncd in build-pkg/, linted
set -euo pipefail
cd "$(dirname "$0")"

packages=(cmake ninja-build g++ ccache pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
          qt6-httpserver-dev qt6-websockets-dev libqt6sql6-sqlite qt6-translations-l10n qt6-qpa-plugins
          libgl-dev libsystemd-dev libqrencode-dev fonts-dejavu-core openssl curl xvfb xdotool
          postgresql libqt6sql6-psql nginx)
# libFuzzer comes with clang's runtime libraries, which clang only recommends.
fuzz_packages=(clang libclang-rt-14-dev)
# What builds the .deb files and checks them as Debian would; jq reads the Grafana
# dashboard (tests/packaging/monitoring.sh, which also unpacks promtool from Debian's
# prometheus package).
package_packages=(dpkg-dev lintian desktop-file-utils appstream systemd jq)

# install_packages [EXTRA PACKAGE...]
install_packages() {
    local missing=()
    for package in "${packages[@]}" "$@"; do
        dpkg-query -W -f='${Status}' "$package" 2>/dev/null | grep -q "install ok installed" || missing+=("$package")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    if [ "$(id -u)" -ne 0 ]; then
        echo "Missing Debian packages. Install them as root, then run this again:" >&2
        echo "  apt-get update && apt-get install -y ${missing[*]}" >&2
        exit 1
    fi
    echo "Installing ${missing[*]}"
    apt-get update
    DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
}

# build DIR CMAKE-OPTION...: the options apply when DIR is configured the first time.
build() {
    local dir="$1"
    shift
    install_packages "${extra_packages[@]}"
    if [ ! -f "$dir/build.ninja" ]; then
        cmake -S . -B "$dir" -G Ninja "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}
extra_packages=()

case "${1:-}" in
demo)
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
        echo "The demo opens two windows: run it in a graphical session." >&2
        exit 1
    fi
    # A local sync server and two paired terminals, Bar and Terrace, side by side.
    demo="${XDG_DATA_HOME:-$HOME/.local/share}/tandem-pos-demo"
    syncd=build/app/syncd/tandem-syncd
    pos=build/app/pos/tandem-pos
    port="${TANDEM_DEMO_PORT:-8765}"
    mkdir -p "$demo"
    if [ ! -s "$demo/terrace.token" ]; then
        rm -f "$demo"/syncd.sqlite*
        "$syncd" init --db "$demo/syncd.sqlite" >/dev/null
        "$syncd" group add Demo --db "$demo/syncd.sqlite" >/dev/null
        "$syncd" terminal add --group Demo --name Bar --db "$demo/syncd.sqlite" 2>/dev/null >"$demo/bar.token"
        "$syncd" terminal add --group Demo --name Terrace --db "$demo/syncd.sqlite" 2>/dev/null >"$demo/terrace.token"
    fi
    "$syncd" serve --db "$demo/syncd.sqlite" --listen "127.0.0.1:$port" &
    server=$!
    trap 'kill "$server" 2>/dev/null; wait "$server" 2>/dev/null' EXIT
    # A first floor plan for the restaurant extension; the server refuses it once one exists.
    curl --silent --output /dev/null --retry 20 --retry-connrefused --retry-delay 1 \
        -H "Authorization: Bearer $(cat "$demo/bar.token")" \
        --data '{"key":"restaurant.floors","base_revision":0,"instance":"demo-setup","user":"Manager","value":{"floors":[{"name":"Main room","tables":["1","2","3","4","5","6","7","8"]},{"name":"Terrace","tables":["T1","T2","T3","T4"]}]}}' \
        "http://127.0.0.1:$port/v1/documents" || true
    "$pos" --profile "$demo/bar" --terminal-name Bar --terminal-code BAR --cashier Alice --extensions notes,restaurant \
        --sync-server "http://127.0.0.1:$port" --sync-token "$(cat "$demo/bar.token")" \
        -qwindowgeometry 960x760+0+0 &
    bar=$!
    "$pos" --profile "$demo/terrace" --terminal-name Terrace --terminal-code TER --cashier Bob --extensions notes,restaurant \
        --sync-server "http://127.0.0.1:$port" --sync-token "$(cat "$demo/terrace.token")" \
        -qwindowgeometry 960x760+960+0 &
    terrace=$!
    # Closing both windows stops the server.
    wait "$bar" "$terrace"
    ;;
test)
    build build -DCMAKE_BUILD_TYPE=RelWithDebInfo
    cd build
    QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 600
    ;;
test-sanitized)
    build build-asan -DCMAKE_BUILD_TYPE=Debug -DTANDEM_SANITIZE=ON
    # Every process writes its report to a file, the servers and terminals the tests start
    # included, whose exit codes a test may not look at: any report fails the run.
    reports="$PWD/build-asan/sanitizer-reports"
    rm -rf "$reports"
    mkdir -p "$reports"
    export ASAN_OPTIONS="check_initialization_order=1:log_path=$reports/asan:log_exe_name=1"
    export UBSAN_OPTIONS="print_stacktrace=1:log_path=$reports/ubsan:log_exe_name=1"
    export LSAN_OPTIONS="suppressions=$PWD/tests/sanitizers/lsan.supp:print_suppressions=0"
    status=0
    (cd build-asan && QT_QPA_PLATFORM=offscreen ctest --output-on-failure --parallel "$(nproc)" --timeout 900) || status=$?
    for report in "$reports"/*; do
        [ -e "$report" ] || continue
        echo "== $report" >&2
        cat "$report" >&2
        status=1
    done
    exit "$status"
    ;;
fuzz)
    install_packages "${fuzz_packages[@]}"
    exec bench/fuzz.sh "${2:-600}"
    ;;
package)
    extra_packages=("${package_packages[@]}")
    # Installed under /usr with Debian's hardening flags; without the tests and benchmarks.
    CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS 2>/dev/null) $(dpkg-buildflags --get CPPFLAGS 2>/dev/null)" \
    LDFLAGS="$(dpkg-buildflags --get LDFLAGS 2>/dev/null)" \
        build build-pkg -DCMAKE_BUILD_TYPE=Release -DCMAKE_INSTALL_PREFIX=/usr -DTANDEM_TESTS=OFF
    rm -f build-pkg/*.deb
    (cd build-pkg && cpack -G DEB >/dev/null)
    ls -l build-pkg/*.deb
    tests/packaging/lint.sh build-pkg
    ;;
*)
    echo "usage: $0 demo|test|test-sanitized|fuzz [SECONDS]|package" >&2
    exit 2
    ;;
esac
