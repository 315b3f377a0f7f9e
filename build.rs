//! Embeds the built-in catalogs (`locales/<locale>/*.ftl`) into the binary, so vestibule speaks
//! every built-in language without any file next to it.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("locales");
    println!("cargo:rerun-if-changed={}", root.display());
    let mut entries: Vec<(String, String, String)> = Vec::new();
    for locale in std::fs::read_dir(&root).expect("the locales directory") {
        let locale = locale.expect("a locale directory").path();
        if !locale.is_dir() {
            continue;
        }
        println!("cargo:rerun-if-changed={}", locale.display());
        for file in std::fs::read_dir(&locale).expect("a locale directory") {
            let file = file.expect("a catalog file").path();
            if file.extension().and_then(|e| e.to_str()) != Some("ftl") {
                continue;
            }
            println!("cargo:rerun-if-changed={}", file.display());
            entries.push((
                locale.file_name().unwrap().to_string_lossy().into_owned(),
                file.file_name().unwrap().to_string_lossy().into_owned(),
                file.display().to_string(),
            ));
        }
    }
    entries.sort();
    let mut code = String::from("pub static BUILT_IN: &[(&str, &str, &str)] = &[\n");
    for (locale, name, path) in entries {
        writeln!(code, "    ({locale:?}, {name:?}, include_str!({path:?})),").unwrap();
    }
    code.push_str("];\n");
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("built_in_locales.rs");
    std::fs::write(out, code).expect("writing the list of built-in catalogs");
}
