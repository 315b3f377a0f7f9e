//! The layers of `src/` point down only. Every module's references to the crate's other modules
//! (`use crate::…`, `super::…`, and paths written out in code and in macro calls) are read with
//! `syn`, and:
//!
//! - the top-level modules import only the ones below them in [`LAYERS`];
//! - no files import each other in a cycle, within a layer or across (a file is a module:
//!   `web/error.rs` is `web::error`, an inline `mod` counts as its file);
//! - a route module never imports another (what pages share is in `pages`);
//! - `domain` is free of HTTP, of the Ory clients' types and of words (the catalogs);
//! - an authenticator assurance level is an `Aal`, never a string written out.
//!
//! A failure names the modules and the line that makes the edge, and the test prints the graph
//! it read.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// The top-level modules, from the bottom: each may import only those before it.
const LAYERS: &[(&str, &str)] = &[
    ("domain", "decisions and identifiers, no I/O"),
    ("trace", "the request being served, for code far from HTTP"),
    ("metrics", "what happens, counted"),
    ("ory", "the Kratos and Hydra clients"),
    ("i18n", "catalogs and the choice of language"),
    // Above the catalogs: `LOCALES_DIR` and `DEFAULT_LOCALE` are checked with the rest of the
    // settings, so that every problem is reported at once.
    (
        "config",
        "the settings, read once, the catalogs they name included",
    ),
    (
        "web",
        "HTTP plumbing, the page context and the one error type",
    ),
    ("ui", "Kratos's nodes as a view model"),
    ("state", "what every handler can reach"),
    ("pages", "what pages share"),
    ("routes", "one handler module per thing a person does"),
    ("preflight", "checks of the running Kratos and Hydra"),
    ("startup", "the application factory"),
];

/// What `domain` never names: HTTP, the Ory clients and the crate's other layers.
const NOT_IN_DOMAIN: &[&str] = &["actix_web", "reqwest", "ory_hydra_client", "askama"];

const AAL_HOME: &str = "domain::signin";

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// A module path (`web::error`) for a file of `src/` (`web/error.rs`, `web/mod.rs`); `None` for
/// the binary's `main.rs`.
fn module_of(relative: &Path) -> Option<Vec<String>> {
    let mut parts: Vec<String> = relative
        .iter()
        .map(|part| part.to_string_lossy().into_owned())
        .collect();
    let file = parts.pop()?;
    match file.as_str() {
        "main.rs" if parts.is_empty() => return None,
        "lib.rs" if parts.is_empty() => {}
        "mod.rs" => {}
        other => parts.push(other.strip_suffix(".rs")?.to_owned()),
    }
    Some(parts)
}

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("read {}: {e}", dir.display()))
        .map(|entry| entry.expect("a directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|ext| ext == "rs") {
            found.push(path);
        }
    }
}

/// A reference from one module to another, with where it is written.
#[derive(Clone, Debug)]
struct Reference {
    target: Vec<String>,
    line: usize,
}

/// Everything one file names: module references, external crates, and AAL strings.
#[derive(Default)]
struct Names {
    references: Vec<Reference>,
    crates: BTreeSet<String>,
    aal_literals: Vec<usize>,
}

struct Reader<'a> {
    /// The module the code being read is in: the file's, then any inline `mod` inside it.
    here: Vec<String>,
    /// The module of the file being read.
    file: Vec<String>,
    modules: &'a BTreeSet<Vec<String>>,
    /// Reading a `pub use`: a module naming what its own submodules define is how it presents
    /// them (like `mod x;`), not a use of them.
    presenting: bool,
    names: &'a mut Names,
    in_test: bool,
}

impl Reader<'_> {
    /// `segments` as an absolute module path, when it starts at `crate`, `super` or `self`.
    fn absolute(&self, segments: &[String]) -> Option<Vec<String>> {
        let mut base = self.here.clone();
        let mut rest = segments;
        match rest.first().map(String::as_str) {
            Some("crate") => {
                base.clear();
                rest = &rest[1..];
            }
            Some("super") | Some("self") => {
                while let Some(first) = rest.first() {
                    match first.as_str() {
                        "super" => {
                            base.pop()?;
                        }
                        "self" => {}
                        _ => break,
                    }
                    rest = &rest[1..];
                }
            }
            // `use child::x` names a submodule without `self::`.
            Some(first) => {
                let mut child = base.clone();
                child.push((*first).to_owned());
                if !self.modules.contains(&child) {
                    return None;
                }
            }
            None => return None,
        }
        base.extend(rest.iter().cloned());
        Some(base)
    }

    fn reference(&mut self, segments: &[String], line: usize) {
        if let Some(target) = self.absolute(segments) {
            if self.presenting && target.starts_with(&self.file) {
                return;
            }
            self.names.references.push(Reference { target, line });
        } else if let Some(first) = segments.first() {
            self.names.crates.insert(first.clone());
        }
    }

    fn use_tree(&mut self, prefix: &mut Vec<String>, tree: &syn::UseTree, line: usize) {
        match tree {
            syn::UseTree::Path(path) => {
                prefix.push(path.ident.to_string());
                self.use_tree(prefix, &path.tree, line);
                prefix.pop();
            }
            syn::UseTree::Name(name) => {
                prefix.push(name.ident.to_string());
                self.reference(prefix, line);
                prefix.pop();
            }
            syn::UseTree::Rename(rename) => {
                prefix.push(rename.ident.to_string());
                self.reference(prefix, line);
                prefix.pop();
            }
            syn::UseTree::Glob(_) => self.reference(prefix, line),
            syn::UseTree::Group(group) => {
                for tree in &group.items {
                    self.use_tree(prefix, tree, line);
                }
            }
        }
    }

    /// Paths written inside a macro call (`tracing::info!(… crate::x::y …)`, `json!`), read from
    /// its tokens: `crate`, `super` or an identifier followed by `::` and identifiers.
    fn macro_tokens(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let mut i = 0;
        while i < tokens.len() {
            match &tokens[i] {
                TokenTree::Group(group) => self.macro_tokens(group.stream()),
                TokenTree::Ident(ident) => {
                    let line = ident.span().start().line;
                    let mut segments = vec![ident.to_string()];
                    let mut j = i + 1;
                    while let (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b))) =
                        (tokens.get(j), tokens.get(j + 1))
                    {
                        if a.as_char() != ':' || b.as_char() != ':' {
                            break;
                        }
                        match tokens.get(j + 2) {
                            Some(TokenTree::Ident(next)) => {
                                segments.push(next.to_string());
                                j += 3;
                            }
                            _ => break,
                        }
                    }
                    if segments.len() > 1 {
                        self.reference(&segments, line);
                        i = j;
                        continue;
                    }
                }
                TokenTree::Literal(literal) => {
                    self.literal(&literal.to_string(), literal.span().start().line)
                }
                TokenTree::Punct(_) => {}
            }
            i += 1;
        }
    }

    fn literal(&mut self, text: &str, line: usize) {
        if !self.in_test && matches!(text, "\"aal1\"" | "\"aal2\"" | "\"aal3\"") {
            self.names.aal_literals.push(line);
        }
    }
}

fn is_test(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg")
            && attr
                .parse_args::<syn::Meta>()
                .is_ok_and(|meta| meta.path().is_ident("test"))
    }) || attrs.iter().any(|attr| attr.path().is_ident("test"))
}

impl<'ast> Visit<'ast> for Reader<'_> {
    fn visit_item_use(&mut self, item: &'ast syn::ItemUse) {
        let line = item.use_token.span.start().line;
        self.presenting = !matches!(item.vis, syn::Visibility::Inherited);
        self.use_tree(&mut Vec::new(), &item.tree, line);
        self.presenting = false;
    }

    fn visit_path(&mut self, path: &'ast syn::Path) {
        let segments: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if segments.len() > 1 {
            let line = path
                .segments
                .first()
                .map(|s| s.ident.span().start().line)
                .unwrap_or_default();
            self.reference(&segments, line);
        }
        syn::visit::visit_path(self, path);
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        self.macro_tokens(mac.tokens.clone());
    }

    fn visit_lit_str(&mut self, lit: &'ast syn::LitStr) {
        self.literal(&format!("{:?}", lit.value()), lit.span().start().line);
    }

    fn visit_item_mod(&mut self, item: &'ast syn::ItemMod) {
        // `mod x;` is where a file is declared, not a use of it.
        if item.content.is_none() {
            return;
        }
        let was_test = self.in_test;
        self.in_test |= is_test(&item.attrs);
        self.here.push(item.ident.to_string());
        syn::visit::visit_item_mod(self, item);
        self.here.pop();
        self.in_test = was_test;
    }

    fn visit_item_fn(&mut self, item: &'ast syn::ItemFn) {
        let was_test = self.in_test;
        self.in_test |= is_test(&item.attrs);
        syn::visit::visit_item_fn(self, item);
        self.in_test = was_test;
    }

    fn visit_attribute(&mut self, _: &'ast syn::Attribute) {
        // Doc comments and attributes name no dependency.
    }
}

struct Graph {
    /// Every module of a file, by path (`web::error`).
    modules: BTreeSet<Vec<String>>,
    /// module -> module it references -> the lines that do.
    edges: BTreeMap<Vec<String>, BTreeMap<Vec<String>, Vec<usize>>>,
    files: BTreeMap<Vec<String>, PathBuf>,
    crates: BTreeMap<Vec<String>, BTreeSet<String>>,
    aal_literals: Vec<(PathBuf, usize)>,
}

impl Graph {
    fn read() -> Self {
        let root = src();
        let mut paths = Vec::new();
        rust_files(&root, &mut paths);
        let mut files = BTreeMap::new();
        for path in paths {
            let relative = path.strip_prefix(&root).expect("under src/").to_owned();
            if let Some(module) = module_of(&relative) {
                files.insert(module, relative);
            }
        }
        let modules: BTreeSet<Vec<String>> = files.keys().cloned().collect();
        let mut edges: BTreeMap<_, BTreeMap<_, Vec<usize>>> = BTreeMap::new();
        let mut crates = BTreeMap::new();
        let mut aal_literals = Vec::new();
        for (module, relative) in &files {
            let text = std::fs::read_to_string(root.join(relative)).expect("read a source file");
            let file = syn::parse_file(&text)
                .unwrap_or_else(|e| panic!("src/{} does not parse: {e}", relative.display()));
            let mut names = Names::default();
            let mut reader = Reader {
                here: module.clone(),
                file: module.clone(),
                modules: &modules,
                presenting: false,
                names: &mut names,
                in_test: false,
            };
            reader.visit_file(&file);
            for reference in names.references {
                // The longest prefix that is a file's module.
                let target = (0..=reference.target.len())
                    .rev()
                    .map(|n| reference.target[..n].to_vec())
                    .find(|prefix| modules.contains(prefix))
                    .unwrap_or_default();
                if &target != module && !target.is_empty() {
                    edges
                        .entry(module.clone())
                        .or_default()
                        .entry(target)
                        .or_default()
                        .push(reference.line);
                }
            }
            crates.insert(module.clone(), names.crates);
            aal_literals.extend(
                names
                    .aal_literals
                    .into_iter()
                    .map(|line| (relative.clone(), line)),
            );
        }
        Graph {
            modules,
            edges,
            files,
            crates,
            aal_literals,
        }
    }

    fn file(&self, module: &[String]) -> String {
        format!("src/{}", self.files[module].display())
    }

    fn targets(&self, module: &[String]) -> impl Iterator<Item = &Vec<String>> {
        self.edges.get(module).into_iter().flat_map(|to| to.keys())
    }

    fn lines(&self, from: &[String], to: &[String]) -> String {
        let lines = &self.edges[from][to];
        let lines: Vec<String> = lines.iter().map(usize::to_string).collect();
        format!("{}:{}", self.file(from), lines.join(","))
    }

    /// The strongly connected components with more than one module (Tarjan's algorithm).
    fn cycles(&self) -> Vec<Vec<Vec<String>>> {
        struct State<'g> {
            graph: &'g Graph,
            index: BTreeMap<&'g Vec<String>, usize>,
            low: BTreeMap<&'g Vec<String>, usize>,
            stack: Vec<&'g Vec<String>>,
            on_stack: BTreeSet<&'g Vec<String>>,
            found: Vec<Vec<Vec<String>>>,
        }
        fn connect<'g>(s: &mut State<'g>, v: &'g Vec<String>) {
            let next = s.index.len();
            s.index.insert(v, next);
            s.low.insert(v, next);
            s.stack.push(v);
            s.on_stack.insert(v);
            let graph = s.graph;
            for w in graph.targets(v) {
                if !s.index.contains_key(w) {
                    connect(s, w);
                    let low = s.low[v].min(s.low[w]);
                    s.low.insert(v, low);
                } else if s.on_stack.contains(w) {
                    let low = s.low[v].min(s.index[w]);
                    s.low.insert(v, low);
                }
            }
            if s.low[v] == s.index[v] {
                let mut component = Vec::new();
                while let Some(w) = s.stack.pop() {
                    s.on_stack.remove(w);
                    component.push(w.clone());
                    if w == v {
                        break;
                    }
                }
                if component.len() > 1 {
                    component.sort();
                    s.found.push(component);
                }
            }
        }
        let mut state = State {
            graph: self,
            index: BTreeMap::new(),
            low: BTreeMap::new(),
            stack: Vec::new(),
            on_stack: BTreeSet::new(),
            found: Vec::new(),
        };
        for module in &self.modules {
            if !state.index.contains_key(module) {
                connect(&mut state, module);
            }
        }
        state.found
    }

    /// One cycle through `start` inside `component`, as the edges that make it.
    fn cycle_through(&self, component: &[Vec<String>], start: &Vec<String>) -> Vec<String> {
        let inside: BTreeSet<&Vec<String>> = component.iter().collect();
        // Breadth-first from `start` back to it.
        let mut came_from: BTreeMap<&Vec<String>, &Vec<String>> = BTreeMap::new();
        let mut queue = std::collections::VecDeque::from([start]);
        while let Some(v) = queue.pop_front() {
            for w in self.targets(v).filter(|w| inside.contains(w)) {
                if w == start {
                    let mut path = vec![v];
                    while let Some(prev) = came_from.get(path.last().unwrap()) {
                        path.push(prev);
                    }
                    path.reverse();
                    path.push(start);
                    return path
                        .windows(2)
                        .map(|pair| {
                            format!(
                                "{} -> {} ({})",
                                pair[0].join("::"),
                                pair[1].join("::"),
                                self.lines(pair[0], pair[1])
                            )
                        })
                        .collect();
                }
                if w != start && !came_from.contains_key(w) {
                    came_from.insert(w, v);
                    queue.push_back(w);
                }
            }
        }
        Vec::new()
    }

    /// The graph of the top-level modules, with the edges between files that make each edge.
    fn layers(&self) -> BTreeMap<&str, BTreeMap<&str, Vec<String>>> {
        let mut layers: BTreeMap<&str, BTreeMap<&str, Vec<String>>> = BTreeMap::new();
        for (from, targets) in &self.edges {
            for to in targets.keys() {
                let (Some(a), Some(b)) = (from.first(), to.first()) else {
                    continue;
                };
                if a != b {
                    layers
                        .entry(a.as_str())
                        .or_default()
                        .entry(b.as_str())
                        .or_default()
                        .push(self.lines(from, to));
                }
            }
        }
        layers
    }
}

fn layer_of(name: &str) -> Option<usize> {
    LAYERS.iter().position(|(layer, _)| *layer == name)
}

#[test]
fn layers_point_down_and_no_modules_import_each_other_in_a_cycle() {
    let graph = Graph::read();
    let mut problems = Vec::new();

    let top_level: BTreeSet<&str> = graph
        .modules
        .iter()
        .filter_map(|module| module.first().map(String::as_str))
        .collect();
    for module in &top_level {
        if layer_of(module).is_none() {
            problems.push(format!(
                "the top-level module `{module}` has no place in LAYERS (tests/layers.rs)"
            ));
        }
    }

    let layers = graph.layers();
    let mut report = String::from("layers, from the bottom, and what each imports:\n");
    for (name, what) in LAYERS {
        let imports: Vec<&str> = layers
            .get(name)
            .map(|to| to.keys().copied().collect())
            .unwrap_or_default();
        let _ = writeln!(report, "  {name:<10} {what}: {}", imports.join(", "));
        for (to, lines) in layers.get(name).into_iter().flatten() {
            let (Some(from), Some(below)) = (layer_of(name), layer_of(to)) else {
                continue;
            };
            if below >= from {
                problems.push(format!(
                    "`{name}` imports `{to}`, which is not below it: {}",
                    lines.join("; ")
                ));
            }
        }
    }

    for component in graph.cycles() {
        let names: Vec<String> = component.iter().map(|m| m.join("::")).collect();
        problems.push(format!(
            "{} modules import each other in a cycle: {}\n    for example: {}",
            component.len(),
            names.join(", "),
            graph
                .cycle_through(&component, &component[0])
                .join("\n                 ")
        ));
    }

    for (from, targets) in &graph.edges {
        for to in targets.keys() {
            if from.len() > 1
                && from[0] == "routes"
                && to.first().map(String::as_str) == Some("routes")
            {
                problems.push(format!(
                    "the route module `{}` imports `{}`: {}",
                    from.join("::"),
                    to.join("::"),
                    graph.lines(from, to)
                ));
            }
        }
    }

    for (module, crates) in &graph.crates {
        if module.first().map(String::as_str) != Some("domain") {
            continue;
        }
        for name in crates
            .iter()
            .filter(|c| NOT_IN_DOMAIN.contains(&c.as_str()))
        {
            problems.push(format!("{} uses `{name}`", graph.file(module)));
        }
    }

    for (file, line) in &graph.aal_literals {
        let home: Vec<String> = AAL_HOME.split("::").map(str::to_owned).collect();
        if graph.files.get(&home) != Some(file) {
            problems.push(format!(
                "src/{}:{line} writes an assurance level as a string: use `Aal`",
                file.display()
            ));
        }
    }

    let _ = writeln!(
        report,
        "{} modules, {} imports between them",
        graph.modules.len(),
        graph.edges.values().map(BTreeMap::len).sum::<usize>()
    );
    if problems.is_empty() {
        println!("{report}");
    } else {
        panic!("{}\n\n{report}", problems.join("\n"));
    }
}
