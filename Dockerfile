# syntax=docker/dockerfile:1

# --- build -------------------------------------------------------------------
FROM rust:1-bookworm AS builder
WORKDIR /src

# Only what the build needs (the repository's target/ can be gigabytes).
# The wildcards let optional files be absent. tests/ is copied because
# Cargo.toml declares a test target, and cargo reads every target's path.
COPY Cargo.toml Cargo.lock build.rs* askama.toml* ./
COPY src ./src
COPY templates ./templates
COPY static ./static
COPY tests ./tests

# Templates and the stylesheet are compiled into the binary.
RUN --mount=type=cache,target=/usr/local/cargo/registry \
    --mount=type=cache,target=/usr/local/cargo/git \
    --mount=type=cache,target=/src/target \
    cargo build --release --locked --bin vestibule \
 && install -D -m 0755 target/release/vestibule /out/vestibule

# --- run ---------------------------------------------------------------------
FROM debian:bookworm-slim
RUN apt-get update \
 && apt-get install -y --no-install-recommends ca-certificates \
 && rm -rf /var/lib/apt/lists/* \
 && groupadd --system --gid 10001 vestibule \
 && useradd --system --uid 10001 --gid vestibule --home-dir /app --shell /usr/sbin/nologin vestibule

WORKDIR /app
COPY --from=builder /out/vestibule /usr/local/bin/vestibule

USER vestibule:vestibule
ENV PORT=4455 \
    BIND_ADDRESS=0.0.0.0
EXPOSE 4455
ENTRYPOINT ["/usr/local/bin/vestibule"]
