# Shared by the scripts in this folder: tool versions, where builds are cached, small helpers.
# shellcheck shell=bash

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
KRATOS_VERSION="v1.3.1"
HYDRA_VERSION="v2.3.0"
MAILPIT_VERSION="v1.27.11"
# Tools that check the container and Kubernetes files (tools/helm, tools/actionlint, tools/kubecheck).
HELM_VERSION="v3.19.0"
ACTIONLINT_VERSION="v1.7.7"
# The Rust toolchain the image's build stage runs (Dockerfile: FROM rust:1.95-bookworm).
RUST_IMAGE_VERSION="1.95.0"
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

# Helm, the Kubernetes manifest checker (tools/kubecheck) and actionlint, built from their Go modules
# like the servers above; exports their paths.
install_chart_tools() {
  build_tool helm "$HELM_VERSION" helm.sh/helm/v3/cmd/helm
  build_tool kubecheck v1 .
  build_tool actionlint "$ACTIONLINT_VERSION" github.com/rhysd/actionlint/cmd/actionlint
  VESTIBULE_HELM_BIN="$(tool_path helm "$HELM_VERSION")"
  VESTIBULE_KUBECHECK_BIN="$(tool_path kubecheck v1)"
  VESTIBULE_ACTIONLINT_BIN="$(tool_path actionlint "$ACTIONLINT_VERSION")"
  export VESTIBULE_HELM_BIN VESTIBULE_KUBECHECK_BIN VESTIBULE_ACTIONLINT_BIN
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

# ---- Containers ---------------------------------------------------------------------------------

# Podman with runc and netavark, mmdebstrap and docker-compose, from Debian's packages, and a containers.conf of
# the project's own (exported as CONTAINERS_CONF): runc and cgroupfs (crun refuses hybrid cgroup
# hierarchies; there may be no systemd), no default ulimits (the engine's default is not always
# permitted), events to a file.
install_containers() {
  apt_install /usr/bin/podman podman
  apt_install /usr/sbin/runc runc
  # The network of the compose stack: netavark with aardvark-dns (names of services), and iproute2
  # for the network namespace scripts/test-containers runs it in.
  apt_install /usr/lib/podman/netavark netavark
  apt_install /usr/lib/podman/aardvark-dns aardvark-dns
  apt_install /usr/bin/ip iproute2
  apt_install /usr/bin/mmdebstrap mmdebstrap
  apt_install /usr/bin/docker-compose docker-compose
  mkdir -p "$CACHE_DIR/containers"
  CONTAINERS_CONF="$CACHE_DIR/containers/containers.conf"
  cat >"$CONTAINERS_CONF" <<'CONF'
[containers]
default_ulimits = []

[engine]
runtime = "runc"
cgroup_manager = "cgroupfs"
events_logger = "file"
CONF
  export CONTAINERS_CONF
}

image_exists() { podman image exists "$1"; }

# The images compose.yaml and the Dockerfile name, made here from Debian's packages and the
# binaries install_tools builds, since no image registry can be reached: each is made once and
# kept in Podman's store under the upstream name (its version is in the name).
make_images() {
  make_rust_image
  make_distroless_image
  make_debian_image
  make_tool_image docker.io/oryd/kratos:"$KRATOS_VERSION" "$VESTIBULE_KRATOS_BIN" kratos
  make_tool_image docker.io/oryd/hydra:"$HYDRA_VERSION" "$VESTIBULE_HYDRA_BIN" hydra
  make_tool_image docker.io/axllent/mailpit:"$MAILPIT_VERSION" "$VESTIBULE_MAILPIT_BIN" mailpit
}

# rust:1.95-bookworm as Docker Hub's: Debian bookworm with gcc, and the Rust toolchain under
# /usr/local/rustup with cargo and rustc on the PATH from /usr/local/cargo/bin. The toolchain is
# this machine's rustup toolchain RUST_IMAGE_VERSION (installed when missing).
make_rust_image() {
  local name="docker.io/library/rust:${RUST_IMAGE_VERSION%.*}-bookworm" sysroot work toolchain
  image_exists "$name" && return 0
  need rustup "the Rust toolchain of the image's build stage comes from rustup"
  if [[ "$(rustc --version 2>/dev/null)" == "rustc $RUST_IMAGE_VERSION "* ]]; then
    # The default toolchain is that version (e.g. `stable`).
    sysroot="$(rustc --print sysroot)"
  else
    if ! rustup run "$RUST_IMAGE_VERSION" rustc --version >/dev/null 2>&1; then
      say "installing Rust $RUST_IMAGE_VERSION with rustup"
      rustup toolchain install "$RUST_IMAGE_VERSION" --profile minimal
    fi
    sysroot="$(rustup run "$RUST_IMAGE_VERSION" rustc --print sysroot)"
  fi
  toolchain="/usr/local/rustup/toolchains/$RUST_IMAGE_VERSION-x86_64-unknown-linux-gnu"
  work="$(mktemp -d "$CACHE_DIR/containers/rust.XXXXXX")"
  say "making $name (Debian bookworm, gcc, Rust $RUST_IMAGE_VERSION)"
  # Only what compiling needs: rustc, cargo, rustdoc, their libraries and the standard library,
  # copied straight into the new root; the root goes straight into Podman as a tar stream.
  local libraries=()
  mapfile -t libraries < <(find "$sysroot/lib" -maxdepth 1 -type f)
  if ! mmdebstrap --quiet --variant=apt --include=ca-certificates,gcc,libc6-dev,pkg-config \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --customize-hook="mkdir -p \"\$1$toolchain/bin\" \"\$1$toolchain/lib/rustlib\" \"\$1/usr/local/cargo/bin\"" \
    --customize-hook="copy-in $sysroot/bin/rustc $sysroot/bin/cargo $sysroot/bin/rustdoc $toolchain/bin" \
    --customize-hook="copy-in ${libraries[*]} $toolchain/lib" \
    --customize-hook="copy-in $sysroot/lib/rustlib/x86_64-unknown-linux-gnu $sysroot/lib/rustlib/etc $toolchain/lib/rustlib" \
    --customize-hook="for tool in rustc cargo rustdoc; do ln -s $toolchain/bin/\$tool \"\$1/usr/local/cargo/bin/\$tool\"; done" \
    bookworm - 2>"$work/mmdebstrap.log" \
    | podman import --quiet \
      --change 'ENV RUSTUP_HOME=/usr/local/rustup' --change 'ENV CARGO_HOME=/usr/local/cargo' \
      --change 'ENV PATH=/usr/local/cargo/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
      --change "ENV RUST_VERSION=$RUST_IMAGE_VERSION" --change 'CMD ["bash"]' \
      - "$name" >/dev/null; then
    tail -n 20 "$work/mmdebstrap.log" >&2
    podman rmi --force "$name" >/dev/null 2>&1 || true
    die "making $name failed; see $work/mmdebstrap.log"
  fi
  rm -rf "$work"
}

# gcr.io/distroless/cc-debian12:nonroot as Google's: the files of Debian's libc6, libgcc-s1,
# libssl3, libstdc++6, libgomp1, ca-certificates (as one bundle), tzdata, netbase and base-files,
# without a shell or package manager, and the users root, nobody and nonroot (65532).
make_distroless_image() {
  local name="gcr.io/distroless/cc-debian12:nonroot" work deb
  image_exists "$name" && return 0
  say "making $name (files of Debian's packages, no shell)"
  work="$(mktemp -d "$CACHE_DIR/containers/distroless.XXXXXX")"
  mkdir -p "$work/debs" "$work/root"
  (cd "$work/debs" && apt-get download -qq libc6 libgcc-s1 libssl3 libstdc++6 libgomp1 \
    ca-certificates tzdata netbase base-files >/dev/null 2>&1) \
    || { apt-get update -qq && (cd "$work/debs" && apt-get download -qq libc6 libgcc-s1 libssl3 \
      libstdc++6 libgomp1 ca-certificates tzdata netbase base-files >/dev/null); } \
    || die "apt-get download failed making $name"
  for deb in "$work"/debs/*.deb; do dpkg-deb -x "$deb" "$work/root"; done
  (
    cd "$work/root"
    rm -rf usr/share/doc usr/share/man usr/share/lintian usr/sbin usr/bin/* sbin bin
    mkdir -p etc/ssl/certs home/nonroot tmp var/lib
    find usr/share/ca-certificates -name '*.crt' -exec cat {} + >etc/ssl/certs/ca-certificates.crt
    printf 'root:x:0:0:root:/root:/sbin/nologin\nnobody:x:65534:65534:nobody:/nonexistent:/sbin/nologin\nnonroot:x:65532:65532:nonroot:/home/nonroot:/sbin/nologin\n' >etc/passwd
    printf 'root:x:0:\nnobody:x:65534:\nnonroot:x:65532:\n' >etc/group
    chmod 1777 tmp
    chown -R 65532:65532 home/nonroot
  )
  tar -C "$work/root" --numeric-owner -cf "$work/distroless.tar" .
  podman import --quiet --change 'USER 65532' --change 'WORKDIR /home/nonroot' \
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' \
    --change 'ENV SSL_CERT_FILE=/etc/ssl/certs/ca-certificates.crt' \
    "$work/distroless.tar" "$name" >/dev/null
  rm -rf "$work"
}

# The Debian base of the Kratos, Hydra and Mailpit images: bookworm with CA certificates, time
# zones and BusyBox's wget (the upstream images are Alpine, where health checks use it).
DEBIAN_IMAGE="localhost/vestibule/debian-runtime:bookworm"
make_debian_image() {
  local work
  image_exists "$DEBIAN_IMAGE" && return 0
  say "making $DEBIAN_IMAGE"
  work="$(mktemp -d "$CACHE_DIR/containers/debian.XXXXXX")"
  mmdebstrap --quiet --variant=minbase --include=ca-certificates,tzdata,busybox \
    --dpkgopt='path-exclude=/usr/share/doc/*' --dpkgopt='path-exclude=/usr/share/man/*' \
    --dpkgopt='path-exclude=/usr/share/locale/*' \
    --customize-hook='chroot "$1" ln -s /bin/busybox /usr/bin/wget' \
    bookworm "$work/debian.tar" >"$work/mmdebstrap.log" 2>&1 \
    || { tail -n 20 "$work/mmdebstrap.log" >&2; die "mmdebstrap failed making $DEBIAN_IMAGE"; }
  podman import --quiet --change 'CMD ["bash"]' "$work/debian.tar" "$DEBIAN_IMAGE" >/dev/null
  rm -rf "$work"
}

# NAME (an upstream image name) from BINARY, with the upstream image's user, entrypoint, command,
# ports, volumes and health check: Ory's run `kratos`/`hydra` as user 10000 with SQLite on
# /var/lib/sqlite; Mailpit's runs /mailpit as root.
make_tool_image() {
  local name="$1" binary="$2" tool="$3" work
  image_exists "$name" && return 0
  say "making $name from $binary"
  work="$(mktemp -d "$CACHE_DIR/containers/$tool.XXXXXX")"
  cp "$binary" "$work/$tool"
  case "$tool" in
    kratos | hydra)
      local ports="4433 4434" command='["serve"]'
      [[ "$tool" == hydra ]] && ports="4444 4445" command='["serve", "all"]'
      cat >"$work/Containerfile" <<FILE
FROM $DEBIAN_IMAGE
RUN groupadd --system ory && useradd --system --gid ory --uid 10000 --home-dir /home/ory \
      --create-home --shell /usr/sbin/nologin ory \
 && mkdir -p /var/lib/sqlite && chown ory:ory /var/lib/sqlite
COPY $tool /usr/bin/$tool
WORKDIR /home/ory
VOLUME /var/lib/sqlite
EXPOSE $ports
USER 10000
ENTRYPOINT ["$tool"]
CMD $command
FILE
      ;;
    mailpit)
      cat >"$work/Containerfile" <<FILE
FROM $DEBIAN_IMAGE
COPY mailpit /mailpit
EXPOSE 1025/tcp 1110/tcp 8025/tcp
HEALTHCHECK --interval=15s CMD /mailpit readyz
ENTRYPOINT ["/mailpit"]
FILE
      ;;
  esac
  podman build --quiet --network host --format docker -t "$name" "$work" >/dev/null \
    || die "building $name failed"
  rm -rf "$work"
}
