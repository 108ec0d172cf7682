//! The questionnaire as a reducer: every user intent is an [`Action`], and
//! the engine answers every domain question.

use std::rc::Rc;

use crate::content::Lang;
use crate::engine::{Answers, Kind, QuestionId};
use yew::Reducible;

/// Which screen is showing.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Screen {
    /// One question.
    Question(QuestionId),
    /// The result.
    Result,
}

/// The whole state of one widget.
#[derive(Clone, Debug, PartialEq)]
pub struct State {
    /// The language shown.
    pub lang: Lang,
    /// What has been answered (only in memory).
    pub answers: Answers,
    /// The current screen.
    pub screen: Screen,
    /// The options ticked on the current question, not yet submitted.
    pub draft: u16,
    /// Whether Continue was pressed with nothing chosen.
    pub error: bool,
}

/// Every user intent.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Action {
    /// Tick or choose option `index` on the current question.
    Pick(usize),
    /// Continue: record the current question's answer and move on.
    Submit,
}

impl State {
    /// A fresh questionnaire in `lang`, at the first question.
    pub fn new(lang: Lang) -> State {
        State {
            lang,
            answers: Answers::default(),
            screen: Screen::Question(QuestionId::Safety),
            draft: 0,
            error: false,
        }
    }

    fn go_to_next(&mut self) {
        self.error = false;
        self.screen = match self.answers.next_unanswered() {
            Some(q) => Screen::Question(q),
            None => Screen::Result,
        };
        self.draft = match self.screen {
            Screen::Question(q) => self.answers.bits(q),
            Screen::Result => 0,
        };
    }
}

/// What a question's selection becomes when option `index` is picked.
pub fn pick(q: QuestionId, draft: u16, index: usize) -> u16 {
    let bit = 1u16 << index;
    match (q.kind(), q.exclusive()) {
        (Kind::Single, _) => bit,
        (Kind::Multi, _) if draft & bit != 0 => draft & !bit,
        (Kind::Multi, Some(ex)) if ex == index => bit,
        (Kind::Multi, Some(ex)) => (draft & !(1 << ex)) | bit,
        (Kind::Multi, None) => draft | bit,
    }
}

impl Reducible for State {
    type Action = Action;

    fn reduce(self: Rc<Self>, action: Action) -> Rc<Self> {
        let mut s = (*self).clone();
        match (action, s.screen) {
            (Action::Pick(i), Screen::Question(q)) => {
                s.draft = pick(q, s.draft, i);
                s.error = false;
            }
            (Action::Submit, Screen::Question(q)) => {
                if s.draft == 0 || s.answers.answer(q, s.draft).is_err() {
                    s.error = true;
                } else {
                    s.go_to_next();
                }
            }
            (_, Screen::Result) => return self,
        }
        Rc::new(s)
    }
}
