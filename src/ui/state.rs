//! The Yew reducer: each user intent is an [`Action`]; [`Flow`] does the work.

use std::rc::Rc;

use crate::content::Lang;
use crate::engine::{QuestionId, Who};
use crate::flow::Flow;
use yew::Reducible;

/// Every user intent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Tick or choose option `index` of the current question.
    Pick(usize),
    /// The form's submit button.
    Submit,
    /// Go back one step.
    Back,
    /// Change the answer to a question, from the check page.
    Change(QuestionId),
    /// Choose who the answers are about (the start screen's question).
    SetWho(Who),
    /// Change who the answers are about, from the check page.
    ChangeWho,
    /// Clear everything and start again.
    StartOver,
    /// Clear everything and leave.
    Exit,
    /// Show another language.
    SetLang(Lang),
    /// The result was copied to the clipboard (`true`) or could not be.
    Copied(bool),
}

/// The reducer's state: the flow, and what became of the last "Copy as
/// text" on this screen (`None` until someone copies).
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// Screens and answers.
    pub flow: Flow,
    /// The outcome of the last copy, cleared whenever the screen changes.
    pub copied: Option<bool>,
}

impl State {
    /// A fresh start in `lang`.
    pub fn new(lang: Lang) -> Self {
        State {
            flow: Flow::new(lang),
            copied: None,
        }
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut f = self.flow.clone();
        let mut copied = self.copied;
        match action {
            Action::Pick(i) => f.pick(i),
            Action::Submit => f.submit(),
            Action::Back => f.back(),
            Action::Change(q) => f.change(q),
            Action::SetWho(w) => f.set_who(w),
            Action::ChangeWho => f.change_who(),
            Action::StartOver => f.start_over(),
            Action::Exit => f.exit(),
            Action::SetLang(l) => f.set_lang(l),
            Action::Copied(ok) => copied = Some(ok),
        }
        if f.screen != self.flow.screen {
            copied = None;
        }
        let next = State { flow: f, copied };
        if next == *self {
            self
        } else {
            Rc::new(next)
        }
    }
}
