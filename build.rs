//! Turns the texts in `texts/<lang>.toml` into compile-time tables
//! (`$OUT_DIR/texts.rs`, included by `src/content/generated.rs`).
//!
//! Each file is a tree of tables whose leaves are texts. A leaf is a string,
//! an array of strings, or a voice table: `{ self, other }` (one text for the
//! one who answers for themselves, one for someone answering about a person
//! they care about) or `{ both }` (checked to read right in both voices).
//! Every leaf becomes one field, named by its path joined with `_`, of
//! `Content` (everything but `[ui]`) or `Ui` (`[ui]`), and every language
//! and voice one `static` of each.
//!
//! The build fails, naming the file and key, when a text is empty or has
//! stray spaces, when a language lacks a key English has or has one English
//! lacks, when a voice table lacks a voice, and (outside `[ui]`) when a text
//! does not say which voices it is for. Which engine value reads which field
//! is written once, in `src/content/map.rs`, so a missing field fails to
//! compile there.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

/// The languages, in `Lang::ALL` order: the first is the reference.
const LANGS: &[&str] = &["en", "es"];
/// The voices, in `Who` order.
const VOICES: &[&str] = &["self", "other"];
/// Sections that may hold a plain string: the same words for both voices
/// without saying so (interface words).
const PLAIN_OK: &[&str] = &["ui"];

/// One leaf: its texts per voice (a plain array is one text per item).
enum Leaf {
    One([String; 2]),
    List([Vec<String>; 2]),
}

fn main() {
    println!("cargo:rerun-if-changed=build.rs");
    let mut langs = Vec::new();
    let mut errors = Vec::new();
    for lang in LANGS {
        let path = format!("texts/{lang}.toml");
        println!("cargo:rerun-if-changed={path}");
        let src = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        let table: toml::Table = match src.parse() {
            Ok(t) => t,
            Err(e) => panic!("{path}: {e}"),
        };
        let mut leaves = BTreeMap::new();
        for (key, value) in &table {
            walk(&path, vec![key.clone()], value, &mut leaves, &mut errors);
        }
        langs.push(leaves);
    }
    // A text refused above is missing from its file's leaves: report it,
    // not the languages' differences that follow from it.
    if !errors.is_empty() {
        panic!("\n{}\n", errors.join("\n"));
    }
    let (reference, rest) = langs.split_first().expect("a language");
    for (lang, leaves) in LANGS[1..].iter().zip(rest) {
        for key in reference.keys().filter(|k| !leaves.contains_key(*k)) {
            errors.push(format!("texts/{lang}.toml: `{}` is missing", key.join(".")));
        }
        for key in leaves.keys().filter(|k| !reference.contains_key(*k)) {
            errors.push(format!(
                "texts/{lang}.toml: `{}` is not in texts/en.toml",
                key.join(".")
            ));
        }
        for (key, leaf) in leaves {
            let problem = match (leaf, reference.get(key)) {
                (Leaf::List(a), Some(Leaf::List(b))) if a[0].len() != b[0].len() => {
                    format!("has {} items, English {}", a[0].len(), b[0].len())
                }
                (Leaf::List(_), Some(Leaf::One(_))) | (Leaf::One(_), Some(Leaf::List(_))) => {
                    "is a text in one language and a list in the other".to_string()
                }
                _ => continue,
            };
            errors.push(format!("texts/{lang}.toml: `{}` {problem}", key.join(".")));
        }
    }
    if !errors.is_empty() {
        panic!("\n{}\n", errors.join("\n"));
    }
    let out = Path::new(&std::env::var("OUT_DIR").expect("OUT_DIR")).join("texts.rs");
    std::fs::write(&out, generate(reference, &langs)).expect("write texts.rs");
}

/// Collects the leaves under `path`, checking each text.
fn walk(
    file: &str,
    path: Vec<String>,
    value: &toml::Value,
    leaves: &mut BTreeMap<Vec<String>, Leaf>,
    errors: &mut Vec<String>,
) {
    let name = path.join(".");
    let plain_ok = PLAIN_OK.contains(&path[0].as_str());
    let leaf = match value {
        toml::Value::Table(t) if is_voice_table(t) => {
            let get = |voice: &str| t.get(voice).or_else(|| t.get("both"));
            if t.contains_key("both") && t.len() > 1 {
                errors.push(format!("{file}: `{name}` has `both` and another voice"));
                return;
            }
            let Some(voiced) = VOICES
                .iter()
                .map(|v| get(v))
                .collect::<Option<Vec<&toml::Value>>>()
            else {
                errors.push(format!(
                    "{file}: `{name}` needs `{name}.self` and `{name}.other`, or `{name}.both`"
                ));
                return;
            };
            match (voiced[0], voiced[1]) {
                (toml::Value::String(a), toml::Value::String(b)) => {
                    Leaf::One([a.clone(), b.clone()])
                }
                (toml::Value::Array(a), toml::Value::Array(b)) => {
                    match (
                        strings(file, &name, a, errors),
                        strings(file, &name, b, errors),
                    ) {
                        (Some(a), Some(b)) if a.len() == b.len() => Leaf::List([a, b]),
                        (Some(_), Some(_)) => {
                            errors.push(format!(
                                "{file}: `{name}`: the voices' lists differ in length"
                            ));
                            return;
                        }
                        _ => return,
                    }
                }
                _ => {
                    errors.push(format!("{file}: `{name}`: each voice must be a text"));
                    return;
                }
            }
        }
        toml::Value::Table(t) => {
            for (key, value) in t {
                let mut p = path.clone();
                p.push(key.clone());
                walk(file, p, value, leaves, errors);
            }
            return;
        }
        toml::Value::String(s) if plain_ok => Leaf::One([s.clone(), s.clone()]),
        toml::Value::Array(a) if plain_ok => match strings(file, &name, a, errors) {
            Some(list) => Leaf::List([list.clone(), list]),
            None => return,
        },
        toml::Value::String(_) | toml::Value::Array(_) => {
            errors.push(format!(
                "{file}: `{name}` speaks about the person: write `{name}.self` and `{name}.other`, or `{name}.both` if it reads right for both"
            ));
            return;
        }
        _ => {
            errors.push(format!("{file}: `{name}` is not a text"));
            return;
        }
    };
    for (voice, text) in VOICES.iter().zip(leaf.texts()) {
        if text.trim().is_empty() {
            errors.push(format!("{file}: `{name}` ({voice}) is empty"));
        } else if text != text.trim() || text.contains("  ") {
            errors.push(format!("{file}: `{name}` ({voice}) has stray spaces"));
        }
    }
    leaves.insert(path, leaf);
}

fn is_voice_table(t: &toml::Table) -> bool {
    !t.is_empty()
        && t.keys()
            .all(|k| k == "both" || VOICES.contains(&k.as_str()))
}

fn strings(
    file: &str,
    name: &str,
    a: &[toml::Value],
    errors: &mut Vec<String>,
) -> Option<Vec<String>> {
    let out: Option<Vec<String>> = a.iter().map(|v| v.as_str().map(str::to_owned)).collect();
    if out.is_none() {
        errors.push(format!("{file}: `{name}`: every item must be a text"));
    }
    out
}

impl Leaf {
    fn texts(&self) -> Vec<&str> {
        match self {
            Leaf::One(v) => v.iter().map(String::as_str).collect(),
            Leaf::List(v) => v.iter().flatten().map(String::as_str).collect(),
        }
    }
}

/// The Rust source: the two structs, their `entries`, and a static of each
/// per language and voice.
fn generate(
    reference: &BTreeMap<Vec<String>, Leaf>,
    langs: &[BTreeMap<Vec<String>, Leaf>],
) -> String {
    let mut s = String::from("// Generated by build.rs from texts/*.toml. Do not edit.\n\n");
    for (ty, is_ui) in [("Content", false), ("Ui", true)] {
        let fields: Vec<(&Vec<String>, &Leaf)> = reference
            .iter()
            .filter(|(k, _)| (k[0] == "ui") == is_ui)
            .collect();
        let field = |k: &[String]| {
            if is_ui {
                k[1..].join("_")
            } else {
                k.join("_")
            }
        };
        let _ = writeln!(
            s,
            "/// Texts of one language and voice: {}.\n#[derive(Debug)]\npub struct {ty} {{",
            if is_ui {
                "interface words"
            } else {
                "the questions, levels, reasons and notes"
            }
        );
        for (k, leaf) in &fields {
            let _ = writeln!(s, "    /// `{}`", k.join("."));
            match leaf {
                Leaf::One(_) => {
                    let _ = writeln!(s, "    pub {}: &'static str,", field(k));
                }
                Leaf::List(v) => {
                    let _ = writeln!(s, "    pub {}: [&'static str; {}],", field(k), v[0].len());
                }
            }
        }
        s += "}\n\n";
        let _ = writeln!(
            s,
            "impl {ty} {{\n    /// Every text with its key, for checks that cover everything.\n    pub fn entries(&self) -> Vec<(&'static str, &'static str)> {{\n        vec!["
        );
        for (k, leaf) in &fields {
            let label = k.join(".");
            match leaf {
                Leaf::One(_) => {
                    let _ = writeln!(s, "            ({label:?}, self.{}),", field(k));
                }
                Leaf::List(v) => {
                    for i in 0..v[0].len() {
                        let _ = writeln!(s, "            ({label:?}, self.{}[{i}]),", field(k));
                    }
                }
            }
        }
        s += "        ]\n    }\n}\n\n";
        for (lang, leaves) in LANGS.iter().zip(langs) {
            for (vi, voice) in VOICES.iter().enumerate() {
                let name = format!(
                    "{}_{}_{}",
                    ty.to_uppercase(),
                    lang.to_uppercase(),
                    voice.to_uppercase()
                );
                let _ = writeln!(
                    s,
                    "/// `{ty}` in `{lang}`, voice `{voice}`.\npub static {name}: {ty} = {ty} {{"
                );
                for (k, _) in &fields {
                    // `{:?}` writes a Rust string or array literal.
                    let _ = match &leaves[*k] {
                        Leaf::One(v) => writeln!(s, "    {}: {:?},", field(k), v[vi]),
                        Leaf::List(v) => writeln!(s, "    {}: {:?},", field(k), v[vi]),
                    };
                }
                s += "};\n\n";
            }
        }
    }
    s
}
