//! `docs/rules.md` is generated from the policy table the engine runs; this
//! fails when it is stale. `CAREFIT_WRITE_RULES=1 cargo test --test rules_doc`
//! writes it anew.
#![cfg(not(target_arch = "wasm32"))]

use carefit::engine::{rules_markdown, Reason, POLICY};

const PATH: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md");

#[test]
fn docs_rules_md_is_the_policy_table() {
    let want = rules_markdown();
    if std::env::var_os("CAREFIT_WRITE_RULES").is_some() {
        std::fs::write(PATH, &want).unwrap();
    }
    let have = std::fs::read_to_string(PATH).unwrap_or_default();
    assert!(
        have == want,
        "docs/rules.md is stale: run CAREFIT_WRITE_RULES=1 cargo test --test rules_doc"
    );
}

#[test]
fn the_document_names_every_reason_id() {
    let doc = rules_markdown();
    for r in Reason::ALL {
        assert!(doc.contains(&format!("`{}`", r.id())), "{} missing", r.id());
    }
    for rule in &POLICY {
        assert!(doc.contains(&format!("## Rule {}:", rule.number)));
    }
}
