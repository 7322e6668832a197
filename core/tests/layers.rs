//! The rules read in one direction: no file in `domain/` or `store/` uses
//! something from a file that, by any path, uses something from it. A
//! newcomer can start at the values and climb, and a change to a lower
//! file never needs one to a higher.
//!
//! Rust allows circles of modules, so this reads the source: a file uses
//! another when it names, in a `use` or a `module::item` path, an item only
//! that file defines, or calls a method only that file defines.
#![allow(clippy::unwrap_used, clippy::expect_used)] // A test or tool stops at the first surprise.
#![cfg(not(target_arch = "wasm32"))]

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

#[test]
fn the_domain_has_no_circle_of_files() {
    assert_no_circle("src/domain");
}

#[test]
fn the_store_has_no_circle_of_files() {
    assert_no_circle("src/store");
}

#[test]
fn a_circle_is_found_when_there_is_one() {
    let files = BTreeMap::from([
        ("a.rs".into(), code("pub struct A;\nuse super::b::B;")),
        (
            "b.rs".into(),
            code("pub struct B;\nfn f() { super::a::A; }"),
        ),
        ("c.rs".into(), code("use super::a::A;")),
    ]);
    assert_eq!(
        circle(&uses(&files)),
        Some(vec!["a.rs".to_owned(), "b.rs".to_owned()])
    );
}

fn assert_no_circle(dir: &str) {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join(dir);
    let mut files = BTreeMap::new();
    for path in rust_files(&root) {
        let name = path.strip_prefix(&root).unwrap().display().to_string();
        files.insert(name, code(&std::fs::read_to_string(&path).unwrap()));
    }
    assert!(files.len() > 5, "no source found under {}", root.display());
    let graph = uses(&files);
    if let Some(files_in_circle) = circle(&graph) {
        let why: Vec<String> = files_in_circle
            .iter()
            .map(|f| format!("{f} uses {}", graph[f][next_in(&files_in_circle, f)]))
            .collect();
        panic!(
            "files in {dir} use each other in a circle:\n{}",
            why.join("\n")
        );
    }
}

fn next_in<'a>(circle: &'a [String], file: &str) -> &'a String {
    let at = circle.iter().position(|f| f == file).unwrap();
    &circle[(at + 1) % circle.len()]
}

/// Source files, leaving out tests, which may use anything.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut found = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        let name = path.file_name().unwrap().to_string_lossy().into_owned();
        if path.is_dir() {
            if name != "tests" {
                found.extend(rust_files(&path));
            }
        } else if name.ends_with(".rs") && name != "tests.rs" && !name.ends_with("_tests.rs") {
            found.push(path);
        }
    }
    found
}

/// The code without comments, string contents or its test module.
fn code(source: &str) -> String {
    let mut out = String::new();
    let mut chars = source.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '/' if chars.peek() == Some(&'/') => {
                for c in chars.by_ref() {
                    if c == '\n' {
                        out.push('\n');
                        break;
                    }
                }
            }
            '"' => {
                out.push('"');
                while let Some(c) = chars.next() {
                    match c {
                        '\\' => {
                            chars.next();
                        }
                        '"' => break,
                        _ => {}
                    }
                }
                out.push('"');
            }
            // A char literal such as '"' or '\'' (lifetimes have no closing quote).
            '\'' => {
                let rest: String = chars.clone().take(3).collect();
                let len = if rest.starts_with('\\') {
                    rest.find('\'').filter(|&i| i > 1).map(|i| i + 1)
                } else {
                    (rest.chars().nth(1) == Some('\'')).then_some(2)
                };
                match len {
                    Some(len) => {
                        for _ in 0..len {
                            chars.next();
                        }
                        out.push_str("' '");
                    }
                    None => out.push('\''),
                }
            }
            _ => out.push(c),
        }
    }
    match out.find("#[cfg(test)]\nmod") {
        Some(at) => out[..at].to_owned(),
        None => out,
    }
}

fn words(code: &str) -> Vec<&str> {
    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

/// The item a top-level line defines, and the method an indented one does.
fn defined(line: &str) -> Option<(bool, &str)> {
    let top = !line.starts_with(' ');
    let method = line.starts_with("    ") && !line.starts_with("     ");
    if !top && !method {
        return None;
    }
    let mut rest = line.trim_start();
    for prefix in ["pub(crate) ", "pub(super) ", "pub ", "const "] {
        rest = rest.strip_prefix(prefix).unwrap_or(rest);
    }
    let kinds: &[&str] = if top {
        &["struct", "enum", "trait", "type", "const", "static", "fn"]
    } else {
        &["fn"]
    };
    let (kind, name) = rest.split_once(' ')?;
    let name = words(name).into_iter().next()?;
    kinds.contains(&kind).then_some((top, name))
}

/// Which files each file uses, and the names by which it does.
fn uses(files: &BTreeMap<String, String>) -> BTreeMap<String, BTreeMap<String, String>> {
    let mut items: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    let mut methods: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (file, code) in files {
        for (top, name) in code.lines().filter_map(defined) {
            let map = if top { &mut items } else { &mut methods };
            map.entry(name).or_default().insert(file);
        }
    }
    let modules: BTreeSet<&str> = files
        .keys()
        .filter_map(|f| Path::new(f).file_stem()?.to_str())
        .collect();
    fn only_in<'a>(map: &BTreeMap<&str, BTreeSet<&'a str>>, name: &str) -> Option<&'a str> {
        let in_files = map.get(name)?;
        (in_files.len() == 1).then(|| in_files.iter().next().copied())?
    }
    let mut graph = BTreeMap::new();
    for (file, code) in files {
        let mut used: BTreeMap<String, String> = BTreeMap::new();
        for name in named(code) {
            if modules.contains(name) {
                continue;
            }
            if let Some(other) = only_in(&items, name).filter(|o| *o != file) {
                used.entry(other.to_owned())
                    .or_insert_with(|| name.to_owned());
            }
        }
        for (at, _) in code.match_indices('.') {
            let name = words(&code[at + 1..]).into_iter().next().unwrap_or("");
            let called = code[at + 1 + name.len()..].trim_start().starts_with('(');
            if !called || items.contains_key(name) {
                continue;
            }
            if let Some(other) = only_in(&methods, name).filter(|o| *o != file) {
                used.entry(other.to_owned())
                    .or_insert_with(|| format!(".{name}()"));
            }
        }
        graph.insert(file.clone(), used);
    }
    graph
}

/// Names in `use` statements of this crate, and items named by a path.
fn named(code: &str) -> BTreeSet<&str> {
    let mut names = BTreeSet::new();
    let mut rest = code;
    while let Some(at) = rest.find("use ") {
        let statement = &rest[at + 4..];
        let end = statement.find(';').unwrap_or(statement.len());
        let path = &statement[..end];
        if ["super", "crate", "self"]
            .iter()
            .any(|p| path.starts_with(p))
        {
            names.extend(words(path));
        }
        rest = &statement[end..];
    }
    for (at, _) in code.match_indices("::") {
        if let Some(name) = words(&code[at + 2..]).into_iter().next() {
            if code[at + 2..].starts_with(name) {
                names.insert(name);
            }
        }
    }
    names
}

/// Files that use each other in a circle, if any: a depth-first search.
fn circle(graph: &BTreeMap<String, BTreeMap<String, String>>) -> Option<Vec<String>> {
    fn visit(
        file: &str,
        graph: &BTreeMap<String, BTreeMap<String, String>>,
        path: &mut Vec<String>,
        done: &mut BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(start) = path.iter().position(|f| f == file) {
            return Some(path[start..].to_vec());
        }
        if done.contains(file) {
            return None;
        }
        path.push(file.to_owned());
        for next in graph.get(file).into_iter().flat_map(|used| used.keys()) {
            if let Some(found) = visit(next, graph, path, done) {
                return Some(found);
            }
        }
        path.pop();
        done.insert(file.to_owned());
        None
    }
    let mut done = BTreeSet::new();
    graph
        .keys()
        .find_map(|file| visit(file, graph, &mut Vec::new(), &mut done))
}
