//! One small component per file; each takes data and callbacks as props and
//! never reaches into global state.

mod check_answers;
mod continuum;
mod crisis_footer;
mod crisis_lines;
mod error_summary;
mod question_form;
mod result_page;
mod safety_panel;
mod start_screen;
mod top_bar;

pub use check_answers::CheckAnswers;
pub use continuum::Continuum;
pub use crisis_footer::CrisisFooter;
pub use crisis_lines::CrisisLines;
pub use error_summary::ErrorSummary;
pub use question_form::QuestionForm;
pub use result_page::ResultPage;
pub use safety_panel::SafetyPanel;
pub use start_screen::StartScreen;
pub use top_bar::TopBar;

use yew::{Callback, SubmitEvent};

/// A form's submit handler that never lets the browser submit: every
/// screen's form (start, question, check) goes through it.
fn submit(cb: &Callback<()>) -> Callback<SubmitEvent> {
    cb.reform(|e: SubmitEvent| e.prevent_default())
}
