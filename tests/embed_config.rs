//! The shared config cases (`tests/embed_config_cases.json`) against the
//! widget's validator. The embed builder's JavaScript runs the same file.
#![cfg(not(target_arch = "wasm32"))]

use carefit::embed::{check_theme, Config, RawConfig};
use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    cases: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    field: String,
    input: String,
    value: Option<String>,
    #[serde(default)]
    warning: bool,
}

#[test]
fn shared_config_cases() {
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/embed_config_cases.json"
    ))
    .unwrap();
    let file: File = serde_json::from_str(&text).unwrap();
    assert!(file.cases.len() >= 30);
    for c in &file.cases {
        if c.field == "theme" {
            let (theme, warnings) = check_theme(Some(&c.input), None);
            let got = warnings.is_empty().then(|| theme.id().to_string());
            assert_eq!(got, c.value, "theme {:?}", c.input);
            assert_eq!(warnings.len(), usize::from(c.value.is_none()));
            continue;
        }
        let mut raw = RawConfig::default();
        let slot = match c.field.as_str() {
            "centerName" => &mut raw.center_name,
            "phone" => &mut raw.phone,
            "contactUrl" => &mut raw.contact_url,
            "levels" => &mut raw.levels,
            "lang" => &mut raw.lang,
            "accent" => &mut raw.accent,
            other => panic!("unknown field {other}"),
        };
        *slot = Some(c.input.clone());
        let (config, warnings) = Config::parse(&raw);
        let got = match c.field.as_str() {
            "centerName" => config.center_name,
            "phone" => config.phone.map(|p| p.display),
            "contactUrl" => config.contact_url,
            "levels" => config
                .levels
                .map(|l| l.iter().map(|l| l.id()).collect::<Vec<_>>().join(",")),
            "lang" => config.lang.map(|l| l.code().to_string()),
            _ => config.accent,
        };
        assert_eq!(got, c.value, "{} {:?}", c.field, c.input);
        let want_warning = c.value.is_none() || c.warning;
        assert_eq!(
            warnings.len(),
            usize::from(want_warning),
            "{} {:?}: {warnings:?}",
            c.field,
            c.input
        );
    }
}
