//! The Yew reducer: each user intent is an [`Action`]; [`Flow`] does the work.

use std::rc::Rc;

use crate::content::Lang;
use crate::engine::QuestionId;
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
    /// Clear everything and start again.
    StartOver,
    /// Clear everything and leave.
    Exit,
    /// Show another language.
    SetLang(Lang),
}

/// The reducer's state: the flow, wrapped so Yew can share it.
#[derive(Clone, Debug, PartialEq)]
pub struct State(pub Flow);

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut f = self.0.clone();
        match action {
            Action::Pick(i) => f.pick(i),
            Action::Submit => f.submit(),
            Action::Back => f.back(),
            Action::Change(q) => f.change(q),
            Action::StartOver => f.start_over(),
            Action::Exit => f.exit(),
            Action::SetLang(l) => f.set_lang(l),
        }
        if f == self.0 {
            self
        } else {
            Rc::new(State(f))
        }
    }
}
