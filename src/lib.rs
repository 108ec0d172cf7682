//! CareFit: a private self-screening widget that suggests a level of care for
//! addiction and mental health, and explains why and what to expect.
//!
//! It never diagnoses, and no answer ever leaves the browser.
//!
//! - [`engine`]: the questions, the answers model and the policy of
//!   `shared/spec/screening.md`, as pure Rust.
//! - [`content`]: every text the person reads, per language, as data.
//! - [`flow`]: the questionnaire's navigation (screens, back, change).
//! - `ui` (WebAssembly only): the Yew interface on top.
#![deny(missing_docs)]

pub mod content;
pub mod engine;
pub mod flow;

#[cfg(target_arch = "wasm32")]
pub mod ui;
