//! The reasons as a person reads them, checked over many answer sets: each
//! bullet says what the person answered, each fact is told once, no two
//! bullets open the same way, and a person who uses nothing never reads
//! about drinking or drug use.
//!
//! Answer sets come from a fixed-seed generator that answers every shown
//! question with a random valid choice, so questions hidden by earlier
//! answers stay unanswered, as in the questionnaire.
#![cfg(not(target_arch = "wasm32"))]

use carefit::content::readability::flesch_kincaid_grade;
use carefit::content::{points, Lang, Point, WHY_AT_MOST};
use carefit::engine::*;

/// A small, fast, deterministic generator (xorshift64*).
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

/// Answers for oneself or for someone else, then every question that
/// applies, in order, with a random valid
/// choice: one option, or for a multi-select any subset of the others or the
/// exclusive one alone.
fn random_answers(rng: &mut Rng) -> Answers {
    let mut a = Answers::default();
    a.set_who(if rng.below(2) == 0 {
        Who::Myself
    } else {
        Who::Other
    });
    for &q in QuestionId::ALL {
        if !q.applies(&a) {
            continue;
        }
        let n = q.option_ids().len();
        let offered = q.offered(&a);
        let bits = match q.kind() {
            Kind::Single => {
                let choices: Vec<usize> = (0..n).filter(|i| offered & (1 << i) != 0).collect();
                1 << choices[rng.below(choices.len())]
            }
            Kind::Multi => {
                // Any subset, but the exclusive option alone a quarter of
                // the time, so that short and long lists both come up.
                let ex = q
                    .exclusive()
                    .expect("every multi-select has an exclusive option");
                let subset = (rng.next() as u16) & offered & !(1 << ex);
                if subset == 0 || rng.below(4) == 0 {
                    1 << ex
                } else {
                    subset
                }
            }
        };
        a.answer(q, bits)
            .expect("a random valid choice is accepted");
    }
    a
}

/// Every bullet a result shows, deciding first, as text in `lang`.
fn bullets(lang: Lang, a: &Answers, r: &Assessment) -> (Vec<Point>, Vec<String>) {
    let t = lang.texts(a.who);
    let (why, also) = points(r, a);
    let all: Vec<Point> = why.iter().chain(&also).copied().collect();
    let texts = all.iter().map(|&p| t.point(p, a).into_owned()).collect();
    (all, texts)
}

fn opening(text: &str) -> String {
    text.split_whitespace()
        .take(5)
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect::<Vec<_>>()
        .join(" ")
}

const SAMPLES: usize = 60_000;

#[test]
fn no_two_bullets_open_the_same_way_or_repeat_a_point() {
    let mut rng = Rng(0x5eed_cafe_f00d_1234);
    let mut graded = std::collections::HashSet::new();
    for _ in 0..SAMPLES {
        let a = random_answers(&mut rng);
        let r = assess(&a).expect("every shown question is answered");
        let (why, _) = points(&r, &a);
        assert!(why.len() <= WHY_AT_MOST, "{why:?}");
        assert!(!why.is_empty(), "no deciding point for {a:?}");
        for &lang in Lang::ALL {
            let (all, texts) = bullets(lang, &a, &r);
            for i in 0..all.len() {
                assert!(!texts[i].trim().is_empty(), "{lang:?}: blank {:?}", all[i]);
                if lang == Lang::En && graded.insert(texts[i].clone()) {
                    let grade = flesch_kincaid_grade(&texts[i]);
                    assert!(grade <= 8.0, "grade {grade:.1}: {}", texts[i]);
                }
                for j in 0..i {
                    assert_ne!(all[i], all[j], "{lang:?}: told twice for {a:?}");
                    assert_ne!(
                        opening(&texts[i]),
                        opening(&texts[j]),
                        "{lang:?}: two bullets open the same way for {a:?}:\n  {}\n  {}",
                        texts[j],
                        texts[i]
                    );
                }
            }
        }
    }
}

/// Words that speak of the person's own drinking or drug use.
const SUBSTANCE_WORDS: &[(Lang, &[&str])] = &[
    (
        Lang::En,
        &[
            "you drink",
            "you use",
            "your drinking",
            "drug use",
            "drinking or",
            "withdrawal",
            "opioids",
            "sedatives",
        ],
    ),
    (
        Lang::Es,
        &[
            "usted bebe",
            "consume",
            "su consumo",
            "la bebida",
            "drogas",
            "abstinencia",
            "opioides",
            "sedantes",
        ],
    ),
];

#[test]
fn a_person_who_uses_nothing_reads_no_substance_wording() {
    let mut rng = Rng(0x0dd_ba11);
    let mut checked = 0;
    for _ in 0..SAMPLES {
        let mut a = random_answers(&mut rng);
        if a.safety == Some(Safety::Plan) {
            continue;
        }
        // The same story, with no substance at all.
        a.answer(QuestionId::Substances, 1 << Substance::None.index())
            .unwrap();
        let a = rebuild(&a);
        let r = assess(&a).unwrap();
        for &(lang, words) in SUBSTANCE_WORDS {
            let (_, texts) = bullets(lang, &a, &r);
            for text in &texts {
                let lower = text.to_lowercase();
                // Someone else's use at home is about the home, not the person.
                if lower.starts_with("someone at home") || lower.starts_with("alguien en su casa") {
                    continue;
                }
                for w in words {
                    assert!(
                        !lower.contains(w),
                        "{lang:?}: '{w}' for a person who uses nothing: {text}"
                    );
                }
            }
        }
        checked += 1;
    }
    assert!(checked > SAMPLES / 2, "only {checked} stories checked");
}

/// The answers again, in order on a fresh form, so answers to questions the
/// change hid are gone.
fn rebuild(a: &Answers) -> Answers {
    let mut fresh = Answers::default();
    fresh.set_who(a.who);
    for &q in QuestionId::ALL {
        if q.applies(&fresh) && a.is_answered(q) {
            fresh.answer(q, a.bits(q)).unwrap();
        }
    }
    fresh
}

/// A base story with no problem at all, to change one thing at a time.
fn calm() -> Answers {
    let mut a = Answers::default();
    let pick = |a: &mut Answers, q: QuestionId, i: usize| a.answer(q, 1 << i).unwrap();
    pick(&mut a, QuestionId::Safety, Safety::No.index());
    pick(&mut a, QuestionId::Age, Age::Adult.index());
    pick(&mut a, QuestionId::Focus, Focus::Unsure.index());
    pick(&mut a, QuestionId::Substances, Substance::None.index());
    pick(&mut a, QuestionId::Medical, Medical::None.index());
    pick(
        &mut a,
        QuestionId::MentalHealth,
        MentalHealth::NotAtAll.index(),
    );
    pick(&mut a, QuestionId::Home, Home::Supportive.index());
    pick(&mut a, QuestionId::Support, Support::Strong.index());
    pick(&mut a, QuestionId::History, History::None.index());
    pick(&mut a, QuestionId::Obligations, Obligations::No.index());
    pick(&mut a, QuestionId::Schedule, Schedule::Yes.index());
    pick(&mut a, QuestionId::Readiness, Readiness::Ready.index());
    a
}

fn using(a: &mut Answers, subs: &[Substance], impact: &[Impact], w: Withdrawal) {
    let bits = |ids: &[usize]| ids.iter().fold(0u16, |b, &i| b | 1 << i);
    let subs: Vec<usize> = subs.iter().map(|s| s.index()).collect();
    a.answer(QuestionId::Substances, bits(&subs)).unwrap();
    a.answer(QuestionId::Frequency, 1 << Frequency::Weekly.index())
        .unwrap();
    if QuestionId::Amount.applies(a) {
        a.answer(QuestionId::Amount, 1 << Amount::D1_2.index())
            .unwrap();
    }
    a.answer(QuestionId::Withdrawal, 1 << w.index()).unwrap();
    let impact: Vec<usize> = impact.iter().map(|i| i.index()).collect();
    a.answer(QuestionId::Impact, bits(&impact)).unwrap();
}

fn severity_text(lang: Lang, a: &Answers) -> String {
    let r = assess(a).unwrap();
    let (all, texts) = bullets(lang, a, &r);
    let i = all
        .iter()
        .position(|&p| p == Point::Severity)
        .unwrap_or_else(|| panic!("no severity point in {all:?}"));
    texts[i].clone()
}

#[test]
fn the_severity_point_names_its_source_and_the_answers_that_counted() {
    use Impact::*;
    // Drinking: 4 ways and shakes when stopping (sub moderate).
    let mut a = calm();
    using(
        &mut a,
        &[Substance::Alcohol],
        &[MoreThanMeant, CantCutDown, Cravings, Relationships],
        Withdrawal::Mild,
    );
    assert_eq!(
        severity_text(Lang::En, &a),
        "You chose 4 of the 10 ways drinking can get in the way of life, and you have \
         withdrawal signs when you stop. Regular care with a set plan can help."
    );
    assert_eq!(
        severity_text(Lang::Es, &a),
        "Usted eligió 4 de las 10 formas en que la bebida puede afectar la vida, y tiene \
         síntomas de abstinencia cuando deja de consumir. Recibir atención con regularidad, \
         con un plan fijo, puede ayudar."
    );

    // Drugs only, no withdrawal: 2 ways (mild); feelings a lot (moderate).
    let mut a = calm();
    using(
        &mut a,
        &[Substance::Cannabis],
        &[TimeSpent, GaveUp],
        Withdrawal::None,
    );
    a.answer(QuestionId::MentalHealth, 1 << MentalHealth::ALot.index())
        .unwrap();
    assert_eq!(
        severity_text(Lang::En, &a),
        "You chose 2 of the 10 ways drug use can get in the way of life. Your feelings also \
         get in the way on most days. Regular care with a set plan can help."
    );

    // Feelings alone, overwhelming: no word about drinking or drugs.
    let mut a = calm();
    a.answer(
        QuestionId::MentalHealth,
        1 << MentalHealth::Overwhelming.index(),
    )
    .unwrap();
    assert_eq!(
        severity_text(Lang::En, &a),
        "Your feelings get in the way so much that eating, sleeping or staying safe is hard. \
         That calls for a lot of support."
    );
    assert_eq!(
        severity_text(Lang::Es, &a),
        "Sus emociones le afectan tanto que le cuesta comer, dormir o mantenerse a salvo. \
         Eso requiere mucho apoyo."
    );

    // Both drinking and drugs: 6 ways (severe).
    let mut a = calm();
    using(
        &mut a,
        &[Substance::Alcohol, Substance::Stimulants],
        &[
            MoreThanMeant,
            CantCutDown,
            TimeSpent,
            Cravings,
            Risky,
            Tolerance,
        ],
        Withdrawal::NeverStopped,
    );
    assert!(
        severity_text(Lang::En, &a).starts_with(
            "You chose 6 of the 10 ways drinking or drug use can get in the way of life."
        ),
        "{}",
        severity_text(Lang::En, &a)
    );
}
