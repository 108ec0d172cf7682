//! One small component per file; each takes data and callbacks as props.

mod crisis_footer;
mod question_form;
mod result_view;

pub use crisis_footer::CrisisFooter;
pub use question_form::QuestionForm;
pub use result_view::ResultView;
