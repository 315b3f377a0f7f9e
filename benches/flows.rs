//! Parsing and rendering every captured Kratos flow (tests/fixtures/kratos/*_flow*.json): the
//! work vestibule does per flow page besides the one call to Kratos.
//!
//! `cargo bench --bench flows` measures; `cargo test --benches` (in `scripts/test`) runs each
//! benchmark once, so they keep compiling and working.

use std::path::Path;
use vestibule::i18n::Translator;

use askama::Template;
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, Throughput};
use vestibule::ory::kratos::types::Flow;
use vestibule::pages::flow::{FlowPage, PageText};
use vestibule::ui::{FlowView, Forms, Purpose};
use vestibule::web::views::Layout;

fn fixtures() -> Vec<(String, Vec<u8>)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/kratos");
    let mut found: Vec<(String, Vec<u8>)> = std::fs::read_dir(&dir)
        .expect("the fixtures folder")
        .filter_map(Result::ok)
        .map(|entry| entry.path())
        .filter(|path| {
            path.file_name().and_then(|n| n.to_str()).is_some_and(|n| {
                n.contains("_flow") && !n.starts_with("error") && n.ends_with(".json")
            })
        })
        .map(|path| {
            let name = path.file_stem().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&path).expect("read fixture"))
        })
        .collect();
    found.sort();
    assert!(!found.is_empty(), "no flow fixtures in {}", dir.display());
    found
}

fn page(flow: &Flow, forms: Forms) -> String {
    FlowPage {
        layout: Layout {
            app_name: "vestibule".into(),
            nonce: "benchmark-nonce".to_owned(),
            t: Translator::default(),
            here: "/login".to_owned(),
        },
        page: PageText::titled("Sign in"),
        flow: FlowView::new(&flow.ui, Purpose::SignIn, forms, &Translator::default()),
    }
    .render()
    .expect("the flow template renders")
}

fn parse_and_render(c: &mut Criterion) {
    let mut group = c.benchmark_group("flow");
    for (name, bytes) in fixtures() {
        let forms = if name.starts_with("settings") {
            Forms::PerGroup
        } else {
            Forms::Single
        };
        group.throughput(Throughput::Bytes(bytes.len() as u64));
        group.bench_with_input(BenchmarkId::new("parse", &name), &bytes, |b, bytes| {
            b.iter(|| serde_json::from_slice::<Flow>(bytes).expect("parses"))
        });
        let flow: Flow = serde_json::from_slice(&bytes).expect("parses");
        group.bench_with_input(BenchmarkId::new("render", &name), &flow, |b, flow| {
            b.iter(|| page(flow, forms))
        });
        group.bench_with_input(
            BenchmarkId::new("parse+render", &name),
            &bytes,
            |b, bytes| {
                b.iter(|| {
                    let flow: Flow = serde_json::from_slice(bytes).expect("parses");
                    page(&flow, forms)
                })
            },
        );
    }
    group.finish();
}

criterion_group!(benches, parse_and_render);
criterion_main!(benches);
