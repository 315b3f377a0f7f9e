# Shared by the scripts in this folder: tool versions, where builds are cached, small helpers.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KRATOS_VERSION="v1.3.1"
HYDRA_VERSION="v2.3.0"
MAILPIT_VERSION="v1.27.11"
# Builds live outside the repository so fresh clones and `cargo clean` reuse them.
CACHE_DIR="${VESTIBULE_CACHE_DIR:-${XDG_CACHE_HOME:-$HOME/.cache}/vestibule}"

say() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }

need() {
  command -v "$1" >/dev/null 2>&1 || die "$1 is required but not installed ($2)"
}

# The cached binary of a tool; its name changes whenever the version or the module files change,
# so an edit to tools/<name> rebuilds it.
tool_path() {
  local name="$1" version="$2" key
  key="$(cat "$ROOT/tools/$name/go.mod" "$ROOT/tools/$name/go.sum" "$ROOT/tools/$name"/*.go 2>/dev/null | sha256sum | cut -c1-12)"
  printf '%s/bin/%s-%s-%s' "$CACHE_DIR" "$name" "$version" "$key"
}

# Builds tools/<name> (a Go module wrapping the upstream command) unless the cached binary exists.
build_tool() {
  local name="$1" version="$2" package="$3" out log
  out="$(tool_path "$name" "$version")"
  if [[ -x "$out" ]]; then
    return 0
  fi
  need go "the Go toolchain builds Kratos, Hydra and Mailpit"
  mkdir -p "$CACHE_DIR/bin" "$CACHE_DIR/logs"
  log="$CACHE_DIR/logs/build-$name-$version.log"
  say "building $name $version (first build takes a few minutes; log: $log)"
  (
    cd "$ROOT/tools/$name"
    # Kratos and Hydra need cgo for SQLite.
    CGO_ENABLED=1 go build -v -trimpath -tags sqlite,sqlite_omit_load_extension \
      -o "$out.tmp" "$package" 2>&1 | tee "$log" | awk '{ n++; if (n % 100 == 0) { printf "    %d packages compiled...\n", n > "/dev/stderr" } }'
    exit "${PIPESTATUS[0]}"
  ) || die "building $name failed; see $log"
  mv "$out.tmp" "$out"
  say "built $out"
}

# Builds every external server the stack needs and exports their paths.
install_tools() {
  build_tool kratos "$KRATOS_VERSION" .
  build_tool hydra "$HYDRA_VERSION" .
  build_tool mailpit "$MAILPIT_VERSION" github.com/axllent/mailpit
  VESTIBULE_KRATOS_BIN="$(tool_path kratos "$KRATOS_VERSION")"
  VESTIBULE_HYDRA_BIN="$(tool_path hydra "$HYDRA_VERSION")"
  VESTIBULE_MAILPIT_BIN="$(tool_path mailpit "$MAILPIT_VERSION")"
  export VESTIBULE_KRATOS_BIN VESTIBULE_HYDRA_BIN VESTIBULE_MAILPIT_BIN
}

# Waits until URL answers 200, or fails showing the end of LOG.
wait_healthy() {
  local name="$1" url="$2" log="$3" tries=0
  until curl -fsS -o /dev/null --max-time 2 "$url" 2>/dev/null; do
    tries=$((tries + 1))
    if (( tries > 120 )); then
      printf '%s did not become healthy at %s; last lines of %s:\n' "$name" "$url" "$log" >&2
      tail -n 30 "$log" >&2 || true
      exit 1
    fi
    sleep 0.5
  done
}

# Prints the development secret NAME (LENGTH characters), made once per checkout and kept in
# .run/secrets/, so restarts keep sessions and nothing secret lives in the repository.
dev_secret() {
  local name="$1" length="$2" file="$ROOT/.run/secrets/$1"
  (( length <= 64 )) || die "dev_secret: at most 64 characters"
  if [[ ! -s "$file" ]]; then
    mkdir -p "$ROOT/.run/secrets"
    chmod 700 "$ROOT/.run/secrets"
    (umask 077; head -c 512 /dev/urandom | sha256sum | head -c "$length" >"$file.tmp")
    mv "$file.tmp" "$file"
  fi
  cat "$file"
}

# Installs Debian packages, as root or through sudo.
apt_get_install() {
  local sudo=""
  say "installing $* from Debian's packages"
  if [[ "$(id -u)" != 0 ]]; then
    need sudo "installing $* needs root"
    sudo="sudo"
  fi
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "$@" >/dev/null
}

# Installs Debian packages unless FILE, which they provide, exists.
apt_install() {
  local file="$1"
  shift
  [[ -e "$file" ]] && return 0
  apt_get_install "$@"
  [[ -e "$file" ]] || die "$file is still missing after installing $*"
}

# Debian's PostgreSQL; exports the directory of its server binaries (initdb, postgres, psql...).
install_postgres() {
  apt_install /usr/share/postgresql-common/pg_wrapper postgresql
  VESTIBULE_POSTGRES_BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)"
  [[ -x "$VESTIBULE_POSTGRES_BIN/postgres" ]] || die "no PostgreSQL server under /usr/lib/postgresql"
  id postgres >/dev/null 2>&1 || die "Debian's postgresql package did not create the postgres user"
  export VESTIBULE_POSTGRES_BIN
}

# Debian's HAProxy; exports its path.
install_haproxy() {
  apt_install /usr/sbin/haproxy haproxy
  VESTIBULE_HAPROXY_BIN=/usr/sbin/haproxy
  export VESTIBULE_HAPROXY_BIN
}

# Debian's Redis, where replicas count the /phone limits together (PHONE_LIMITS_REDIS_URL); exports
# the path of its server. The stacks start their own server on a port of their own.
install_redis() {
  apt_install /usr/bin/redis-server redis-server
  VESTIBULE_REDIS_BIN=/usr/bin/redis-server
  export VESTIBULE_REDIS_BIN
}

# NSS's certutil (Debian's libnss3-tools): the browser tests of the production shape make Chromium
# trust the test's own CA through an NSS database, and nothing else.
install_nss_tools() {
  apt_install /usr/bin/certutil libnss3-tools
}

# PostgreSQL runs as the postgres user, which must be able to reach DIR: grants the search
# (x) permission to others on each parent directory that lacks it, saying so.
reachable_by_postgres() {
  local dir="$1" path=""
  local -a parts
  IFS=/ read -r -a parts <<<"${dir#/}"
  # From the root down, so that only the directories that block the way are changed.
  for part in "${parts[@]}"; do
    path="$path/$part"
    [[ -d "$path" ]] || break
    if ! runuser -u postgres -- test -x "$path" 2>/dev/null; then
      say "letting the postgres user pass through $path (chmod o+x)"
      chmod o+x "$path"
    fi
  done
}

# Locust and PyJWT at the versions in load/requirements.txt, in a virtual environment outside the
# repository keyed by those versions and the Python version; exports the path of `locust`.
install_locust() {
  local requirements="$ROOT/load/requirements.txt" key venv
  need python3 "apt-get install python3"
  # Debian's python3 makes virtual environments only with python3-venv.
  python3 -c 'import ensurepip' 2>/dev/null || apt_get_install python3-venv
  key="$( (python3 --version; cat "$requirements") | sha256sum | cut -c1-12)"
  venv="$CACHE_DIR/locust-$key"
  if [[ ! -f "$venv/.installed" ]]; then
    say "installing Locust into $venv"
    rm -rf "$venv"
    python3 -m venv "$venv"
    "$venv/bin/pip" install --quiet --disable-pip-version-check -r "$requirements" \
      || { rm -rf "$venv"; die "installing Locust failed"; }
    touch "$venv/.installed"
  fi
  VESTIBULE_LOCUST_BIN="$venv/bin/locust"
  export VESTIBULE_LOCUST_BIN
}

# The servers tests of this checkout started that are still running: any vestibule, Kratos, Hydra,
# Mailpit, HAProxy, Redis or PostgreSQL process (or a test_stack) whose program or working
# directory is under this checkout's target/ (test stacks run in target/tmp/stacks/). One line
# each: pid, program, command line.
leftover_processes() {
  local target="$ROOT/target/" proc exe cwd
  for proc in /proc/[0-9]*; do
    exe="$(readlink "$proc/exe" 2>/dev/null)" || continue
    cwd="$(readlink "$proc/cwd" 2>/dev/null)/" || continue
    [[ "$exe" == "$target"* || "$cwd" == "$target"* ]] || continue
    case "$(basename "$exe")" in
      vestibule | kratos* | hydra* | mailpit* | haproxy | redis-server | postgres | test_stack)
        printf '%s %s %s\n' "${proc#/proc/}" "$exe" "$(tr '\0' ' ' <"$proc/cmdline" 2>/dev/null)"
        ;;
    esac
  done
}

# Fails, listing them, when tests left servers running. Killed processes take a moment to go (the
# PostgreSQL backends notice their postmaster's end on their own), so they have 15 s.
check_no_leftover_processes() {
  local left deadline=$((SECONDS + 15))
  while left="$(leftover_processes)" && [[ -n "$left" ]]; do
    if ((SECONDS >= deadline)); then
      printf 'error: tests left these processes running:\n%s\n' "$left" >&2
      return 1
    fi
    sleep 1
  done
}
