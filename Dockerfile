# syntax=docker/dockerfile:1
#
# vestibule's image: the release build of the one binary on a distroless base (glibc, CA
# certificates, time zones, no shell, no package manager), running as the unprivileged `nonroot`
# user (65532). Templates, the stylesheet and the built-in catalogs are compiled into the binary.
#
#   docker build --build-arg VERSION="$(sed -n 's/^version = "\(.*\)"/\1/p' Cargo.toml | head -n 1)" -t vestibule .
#
# VERSION only labels the image; the binary's `vestibule --version` comes from Cargo.toml itself.

# --- build -------------------------------------------------------------------
# The Rust version is pinned: a new one is a change of this file, tested like any other.
FROM docker.io/library/rust:1.95-bookworm AS build
WORKDIR /src

# Everything the build reads, and nothing else (see .dockerignore): Cargo reads the path of every
# declared target and every workspace member, so benches/, tests/, examples/ and testkit/ come
# along although only the server is built; build.rs compiles locales/ in.
COPY Cargo.toml Cargo.lock build.rs ./
COPY src ./src
COPY templates ./templates
COPY static ./static
COPY locales ./locales
COPY benches ./benches
COPY tests ./tests
COPY testkit ./testkit
COPY examples ./examples

# The registry and target/ are cache mounts: a rebuild after a source change compiles only
# vestibule itself, and no crate source or object file ends up in a layer.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin vestibule \
 && install -D -m 0755 target/release/vestibule /out/vestibule

# --- run ---------------------------------------------------------------------
FROM gcr.io/distroless/cc-debian12:nonroot

ARG VERSION=unknown
ARG SOURCE=
LABEL org.opencontainers.image.title="vestibule" \
      org.opencontainers.image.description="Server-rendered sign-in, consent and account pages for Ory Hydra and Ory Kratos" \
      org.opencontainers.image.source="${SOURCE}" \
      org.opencontainers.image.licenses="Apache-2.0" \
      org.opencontainers.image.version="${VERSION}"

COPY --from=build /out/vestibule /usr/local/bin/vestibule

USER 65532:65532
ENV PORT=4455 \
    BIND_ADDRESS=0.0.0.0
# 4455 serves pages and health probes; METRICS_ADDRESS (e.g. 0.0.0.0:9455) opens the metrics port.
EXPOSE 4455
# Readiness: 200 once Kratos and Hydra answer, 503 while they do not or while draining after
# SIGTERM. `vestibule healthcheck` asks it on this container's PORT, so the image needs no curl.
HEALTHCHECK --interval=10s --timeout=6s --start-period=10s --retries=3 \
  CMD ["/usr/local/bin/vestibule", "healthcheck"]
ENTRYPOINT ["/usr/local/bin/vestibule"]
