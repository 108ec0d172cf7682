//! The scenario corpus: `tests/scenarios/*.toml`, one case per screening
//! story, each written from the spec by hand. One harness runs them all.
//!
//! ```toml
//! [[case]]
//! name = "daily drinking with shakes needs detox first"
//! answers = { safety = "no", substances = ["alcohol"], frequency = "daily", ... }
//! level = "detox"
//! then = "iop"            # only for detox
//! setting = "clinic"       # only for detox: clinic or facility
//! medicine = "opioid"      # when medicine for opioid use is the path
//! asam = "1.7"             # optional: the closest ASAM level's id
//! reasons = ["depressant_strong_withdrawal", ...]   # in order
//! notes = ["dont_stop_suddenly", ...]               # in order
//! ```
//!
//! `answers` may set `who = "other"` (the default is `"self"`). Every case
//! is also run with `who` flipped: `who` never changes the level, `then`,
//! `setting`, `medicine` or the reasons, and only the notes that depend on
//! `who` differ. A case with `safety = "not_sure"` (only for `other`) is
//! flipped with `safety = "no"`, and must give exactly its result with
//! `no` as well.
#![cfg(not(target_arch = "wasm32"))]

use carefit::content::Lang;
use carefit::engine::{
    assess, Answers, Assessment, Level, Medicine, Note, Reason, Safety, Setting, Who,
};
use carefit::flow::{Flow, Screen};
use serde::Deserialize;
use std::collections::BTreeSet;

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    case: Vec<Case>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Case {
    name: String,
    answers: Answers,
    level: Level,
    #[serde(default)]
    then: Option<Level>,
    #[serde(default)]
    setting: Option<Setting>,
    #[serde(default)]
    medicine: Option<Medicine>,
    /// The closest ASAM level's id ("1.7", "3.1-3.5", ...), where given.
    #[serde(default)]
    asam: Option<String>,
    reasons: Vec<Reason>,
    notes: Vec<Note>,
}

fn load() -> Vec<(String, Case)> {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/scenarios");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/scenarios exists")
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "toml"))
        .collect();
    paths.sort();
    let mut cases = Vec::new();
    for path in paths {
        let text = std::fs::read_to_string(&path).unwrap();
        let file: File =
            toml::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let stem = path.file_stem().unwrap().to_string_lossy().into_owned();
        cases.extend(file.case.into_iter().map(|c| (stem.clone(), c)));
    }
    cases
}

#[test]
fn every_scenario_gets_the_expected_result() {
    let cases = load();
    let mut failures = Vec::new();
    for (file, case) in &cases {
        let got = match assess(&case.answers) {
            Ok(got) => got,
            Err(e) => {
                failures.push(format!("{file}: {}: incomplete answers: {e:?}", case.name));
                continue;
            }
        };
        let want = (
            case.level,
            case.then,
            case.setting,
            case.medicine,
            &case.reasons,
            &case.notes,
        );
        let have = (
            got.level,
            got.then,
            got.setting,
            got.medicine,
            &got.reasons,
            &got.notes,
        );
        if let Some(asam) = &case.asam {
            if got.asam.level.id() != asam {
                failures.push(format!(
                    "{file}: {}\n  want asam {asam}\n  got  asam {}",
                    case.name,
                    got.asam.level.id()
                ));
            }
        }
        if have != want {
            failures.push(format!(
                "{file}: {}\n  want {want:?}\n  got  {have:?}",
                case.name
            ));
        }
        if let Err(e) = check_flips(&case.answers, &got) {
            failures.push(format!("{file}: {}: {e}", case.name));
        }
    }
    println!(
        "{} scenario cases checked, each with who flipped",
        cases.len()
    );
    assert!(
        failures.is_empty(),
        "{} of {} cases failed:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

/// The notes that depend on `who`: the caregiver notes, and the teen note
/// for a teen answering for themselves.
fn depends_on_who(n: Note) -> bool {
    n.id().starts_with("caregiver_") || n == Note::TeenPrivacy
}

/// The case with `who` flipped gives the same level, `then`, `setting`,
/// `medicine` and reasons, and the same notes but those that depend on
/// `who`; a caregiver's result (but crisis) has the two "always" caregiver
/// notes. With `safety` `not_sure`, `no` in its place gives exactly the
/// same result, and the flip to `self` is made with `no` (`not_sure` is not
/// offered there).
fn check_flips(answers: &Answers, got: &Assessment) -> Result<(), String> {
    // Hidden answers are dropped first: a flip must drop nothing else.
    let mut flipped = answers.pruned();
    let to = match answers.who {
        Who::Myself => Who::Other,
        Who::Other => Who::Myself,
    };
    if answers.safety == Some(Safety::NotSure) {
        let mut no = *answers;
        no.safety = Some(Safety::No);
        let with_no = assess(&no).map_err(|e| format!("with safety no: {e:?}"))?;
        if &with_no != got {
            return Err(format!(
                "not_sure is not read as no:\n  not_sure {got:?}\n  no       {with_no:?}"
            ));
        }
        let dropped = flipped.set_who(to);
        if !dropped || flipped.safety.is_some() {
            return Err("switching to self must drop safety not_sure".into());
        }
        flipped.safety = Some(Safety::No);
    } else if flipped.set_who(to) {
        return Err("flipping who dropped an answer".into());
    }
    let r = assess(&flipped).map_err(|e| format!("who flipped: incomplete: {e:?}"))?;
    let same = |a: &Assessment| (a.level, a.then, a.setting, a.medicine, a.reasons.clone());
    if same(&r) != same(got) {
        return Err(format!(
            "who changed the result:\n  {:?}: {:?}\n  {:?}: {:?}",
            answers.who,
            same(got),
            to,
            same(&r)
        ));
    }
    let common = |a: &Assessment| -> Vec<Note> {
        a.notes
            .iter()
            .copied()
            .filter(|&n| !depends_on_who(n))
            .collect()
    };
    if common(&r) != common(got) {
        return Err(format!(
            "who changed notes that do not depend on it: {:?} -> {:?}",
            got.notes, r.notes
        ));
    }
    for (who, a) in [(answers.who, got), (to, &r)] {
        let has = |n| a.notes.contains(&n);
        let caregiver = who == Who::Other && a.level != Level::Crisis;
        if has(Note::CaregiverTalk) != caregiver || has(Note::CaregiverSupport) != caregiver {
            return Err(format!("who {who:?}: the caregiver notes: {:?}", a.notes));
        }
    }
    Ok(())
}

#[test]
fn the_corpus_is_large_and_covers_every_reason_note_and_level() {
    let cases = load();
    assert!(cases.len() >= 60, "only {} cases", cases.len());
    let mut names = BTreeSet::new();
    for (file, c) in &cases {
        assert!(
            names.insert(&c.name),
            "{file}: duplicate case name {}",
            c.name
        );
    }
    let reasons: BTreeSet<_> = cases
        .iter()
        .flat_map(|(_, c)| c.reasons.iter().map(|r| r.id()))
        .collect();
    let notes: BTreeSet<_> = cases
        .iter()
        .flat_map(|(_, c)| c.notes.iter().map(|n| n.id()))
        .collect();
    let levels: BTreeSet<_> = cases.iter().map(|(_, c)| c.level.id()).collect();
    let missing_reasons: Vec<_> = Reason::ALL
        .iter()
        .map(|r| r.id())
        .filter(|r| !reasons.contains(r))
        .collect();
    let missing_notes: Vec<_> = Note::ALL
        .iter()
        .map(|n| n.id())
        .filter(|n| !notes.contains(n))
        .collect();
    let missing_levels: Vec<_> = Level::ALL
        .iter()
        .map(|l| l.id())
        .filter(|l| !levels.contains(l))
        .collect();
    assert!(
        missing_reasons.is_empty() && missing_notes.is_empty() && missing_levels.is_empty(),
        "not covered: reasons {missing_reasons:?}, notes {missing_notes:?}, levels {missing_levels:?}"
    );
}

/// Every case answered through the questionnaire's flow, as a person would,
/// one question at a time: the progress line never goes back, never passes
/// its total, and its total never changes; the flow ends on the result
/// with the same answers.
#[test]
fn progress_along_every_corpus_path_only_moves_forward() {
    for (file, case) in load() {
        let mut f = Flow::new(Lang::En);
        f.set_who(case.answers.who);
        f.submit();
        let mut last: Option<(usize, usize)> = None;
        for _ in 0..40 {
            match f.screen {
                Screen::Question(q) => {
                    let (n, total) = f.progress().expect("a question has progress");
                    assert!(n <= total, "{file}: {}: {n} of {total}", case.name);
                    if let Some((m, t)) = last {
                        assert!(
                            n > m && total == t,
                            "{file}: {}: {m} of {t} -> {n} of {total} at {q:?}",
                            case.name
                        );
                    }
                    last = Some((n, total));
                    let bits = case.answers.bits(q);
                    assert_ne!(bits, 0, "{file}: {}: no answer for {q:?}", case.name);
                    for i in (0..q.option_ids().len()).filter(|i| bits & (1 << i) != 0) {
                        f.pick(i);
                    }
                    f.submit();
                    assert!(!f.error, "{file}: {}: {q:?} refused", case.name);
                }
                Screen::Check => f.submit(),
                Screen::Result(_) => break,
                s => panic!("{file}: {}: unexpected screen {s:?}", case.name),
            }
        }
        let Screen::Result(result) = &f.screen else {
            panic!("{file}: {}: no result", case.name)
        };
        assert_eq!(result.level, case.level, "{file}: {}", case.name);
        assert_eq!(f.answers, case.answers.pruned(), "{file}: {}", case.name);
    }
}

#[test]
fn the_browser_paths_reach_every_level_once() {
    let mut levels: Vec<_> = load()
        .into_iter()
        .filter(|(file, _)| file == "paths")
        .map(|(_, c)| c.level.id())
        .collect();
    levels.sort_unstable();
    let mut all: Vec<_> = Level::ALL.iter().map(|l| l.id()).collect();
    all.sort_unstable();
    assert_eq!(
        levels, all,
        "tests/scenarios/paths.toml: one path per level"
    );
}

#[test]
fn a_v2_single_history_is_rejected_with_a_clear_error() {
    let v2 = r#"[[case]]
name = "x"
answers = { safety = "no", history = "none" }
level = "support"
reasons = []
notes = []
"#;
    let err = toml::from_str::<File>(v2)
        .err()
        .expect("v2 history is refused")
        .to_string();
    assert!(err.contains("multi-select"), "{err}");
}

#[test]
fn malformed_cases_are_rejected() {
    let unknown_key = r#"[[case]]
name = "x"
answers = { safety = "plan" }
level = "crisis"
reasons = ["safety_plan"]
notes = []
colour = "blue"
"#;
    assert!(toml::from_str::<File>(unknown_key).is_err());
    let unknown_answer = unknown_key
        .replace("colour = \"blue\"\n", "")
        .replace("\"plan\" }", "\"plan\", mood = \"ok\" }");
    assert!(toml::from_str::<File>(&unknown_answer).is_err());
    let exclusive = unknown_key
        .replace("colour = \"blue\"\n", "")
        .replace("safety = \"plan\"", "substances = [\"none\", \"alcohol\"]");
    assert!(toml::from_str::<File>(&exclusive).is_err());
    let ok = unknown_key.replace("colour = \"blue\"\n", "");
    assert!(toml::from_str::<File>(&ok).is_ok());
}
