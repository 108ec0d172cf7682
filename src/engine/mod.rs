//! The screening engine: questions, answers, the policy and its result.
//!
//! Pure Rust with no web dependency; everything here is tested with plain
//! `cargo test`. The rules follow `shared/spec/screening.md` (v3) clause by clause
//! (see [`POLICY`]).
//!
//! ```
//! use carefit::engine::{assess, Answers, Level, QuestionId, Safety, Choice};
//!
//! let mut answers = Answers::default();
//! answers.answer(QuestionId::Safety, 1 << Safety::Plan.index()).unwrap();
//! let result = assess(&answers).unwrap();
//! assert_eq!(result.level, Level::Crisis);
//! ```

mod choice;
mod facts;
mod policy;
mod questions;

pub use choice::{Choice, ExclusiveConflict, Set};
pub use facts::{Drinks, Facts, Severity, WithdrawalLevel};
#[cfg(not(target_arch = "wasm32"))]
pub use policy::rules_markdown;
pub use policy::{
    assess, Asam, AsamLine, Assessment, Clause, Incomplete, Level, Medicine, Note, Reason, Rule,
    Setting, Trigger, MEDICINE, POLICY, SETTING, SUPPORT_RULE,
};
pub use questions::{
    Age, Amount, AnswerError, Answers, AnyOption, Focus, Frequency, History, Home, Impact, Kind,
    Medical, MentalHealth, Obligations, QuestionId, Readiness, Safety, Schedule, Substance,
    Support, Who, Withdrawal,
};
