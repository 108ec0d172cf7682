//! The questionnaire's navigation as a plain state machine: which screen
//! shows, what is ticked, where Back and Continue go. Pure Rust, tested on
//! the host; the Yew reducer (`ui::state`) only wraps it.
//!
//! ```
//! use carefit::flow::{Flow, Screen};
//! use carefit::content::Lang;
//! use carefit::engine::QuestionId;
//!
//! let mut flow = Flow::new(Lang::En);
//! flow.submit(); // start
//! assert_eq!(flow.screen, Screen::Question(QuestionId::Safety));
//! flow.pick(2); // "plan"
//! flow.submit();
//! let Screen::Result(result) = &flow.screen else { panic!() };
//! assert_eq!(result.level.id(), "crisis");
//! ```

use std::rc::Rc;

use crate::content::Lang;
use crate::engine::{
    assess, Amount, Answers, Assessment, Frequency, Incomplete, Kind, QuestionId, Safety,
    Substance, Who, Withdrawal,
};

/// Which screen shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Screen {
    /// What this is, and a start button.
    Start,
    /// One question.
    Question(QuestionId),
    /// Check your answers.
    Check,
    /// The result, assessed once when the screen is entered.
    Result(Rc<Assessment>),
    /// After "Exit this page": nothing of the questionnaire is left.
    Exited,
}

/// A safety message shown at the top of the next screen.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Panel {
    /// After safety `thoughts`: 988, distance from means, 911, go on.
    Thoughts,
    /// After risky withdrawal, frequent alcohol or sedative use, or 10 or
    /// more drinks a day: don't stop suddenly on your own.
    Withdrawal,
    /// Answering for someone else, after safety `thoughts` or `not_sure`: a
    /// calm panel for the one helping (988 for advice, ask directly, keep
    /// guns and medicines away, 911 if they might act now).
    Helper,
}

/// The whole state of one questionnaire.
#[derive(Clone, Debug, PartialEq)]
pub struct Flow {
    /// The language shown.
    pub lang: Lang,
    /// What has been answered (only in memory).
    pub answers: Answers,
    /// The current screen.
    pub screen: Screen,
    /// The options ticked on the current question, not yet submitted.
    pub draft: u16,
    /// Continue was pressed with nothing chosen.
    pub error: bool,
    /// A safety message for the current screen.
    pub panel: Option<Panel>,
    /// Changing one answer from the check page: Continue returns there.
    pub changing: bool,
    /// The withdrawal warning has been shown: it shows once, not again for
    /// the next answer that calls for it.
    pub warned: bool,
}

impl Flow {
    /// A fresh questionnaire at the start screen.
    pub fn new(lang: Lang) -> Flow {
        Flow {
            lang,
            answers: Answers::default(),
            screen: Screen::Start,
            draft: 0,
            error: false,
            panel: None,
            changing: false,
            warned: false,
        }
    }

    fn show(&mut self, screen: Screen) {
        self.error = false;
        self.draft = match screen {
            Screen::Question(q) => self.answers.bits(q),
            _ => 0,
        };
        self.screen = screen;
    }

    /// The result for complete answers, else the first question that still
    /// needs an answer: the result screen always holds its assessment.
    fn result_or_next(&self) -> Screen {
        match assess(&self.answers) {
            Ok(result) => Screen::Result(Rc::new(result)),
            Err(Incomplete(q)) => Screen::Question(q),
        }
    }

    /// Ticks or chooses option `index` of the current question. An
    /// exclusive option ("none of these") clears the others and is cleared
    /// by them.
    pub fn pick(&mut self, index: usize) {
        if let Screen::Question(q) = self.screen {
            if index < q.option_ids().len() && q.offered(&self.answers) & (1 << index) != 0 {
                self.draft = pick(q, self.draft, index);
                self.error = false;
            }
        }
    }

    /// The form's submit button: start, record an answer and go on, or see
    /// the result.
    pub fn submit(&mut self) {
        match self.screen {
            Screen::Start if self.changing => {
                // Back from changing who: ask what the change dropped
                // (`not_sure`), then return to the check page.
                self.panel = None;
                let next = self.answers.next_unanswered();
                self.changing = next.is_some();
                self.show(next.map_or(Screen::Check, Screen::Question));
            }
            Screen::Start => {
                self.panel = None;
                let first = self.answers.shown().next().unwrap_or(QuestionId::Safety);
                self.show(Screen::Question(first));
            }
            Screen::Question(q) => self.submit_answer(q),
            Screen::Check => {
                self.panel = None;
                self.show(self.result_or_next());
            }
            Screen::Result(_) | Screen::Exited => {}
        }
    }

    fn submit_answer(&mut self, q: QuestionId) {
        if self.draft == 0 || self.answers.answer(q, self.draft).is_err() {
            self.error = true;
            return;
        }
        self.panel =
            panel_after(q, &self.answers).filter(|&p| !(p == Panel::Withdrawal && self.warned));
        self.warned |= self.panel == Some(Panel::Withdrawal);
        let next = if self.answers.safety == Some(Safety::Plan) {
            // A plan ends the questions at once.
            self.panel = None;
            self.changing = false;
            self.result_or_next()
        } else if self.changing {
            // From the check page: answer what the change revealed, then return.
            match self.answers.next_unanswered() {
                Some(n) => Screen::Question(n),
                None => {
                    self.changing = false;
                    Screen::Check
                }
            }
        } else {
            match self.answers.shown().skip_while(|&s| s != q).nth(1) {
                Some(n) => Screen::Question(n),
                None => self
                    .answers
                    .next_unanswered()
                    .map_or(Screen::Check, Screen::Question),
            }
        };
        self.show(next);
    }

    /// Where Back goes from here; `None` where there is no way back.
    pub fn back_target(&self) -> Option<Screen> {
        match self.screen {
            Screen::Start if self.changing => Some(Screen::Check),
            Screen::Start | Screen::Exited => None,
            Screen::Question(_) if self.changing => Some(Screen::Check),
            Screen::Question(q) => Some(
                self.answers
                    .shown()
                    .take_while(|&s| s != q)
                    .last()
                    .map_or(Screen::Start, Screen::Question),
            ),
            Screen::Check => self.answers.shown().last().map(Screen::Question),
            Screen::Result(_) if self.answers.safety == Some(Safety::Plan) => {
                Some(Screen::Question(QuestionId::Safety))
            }
            Screen::Result(_) => Some(Screen::Check),
        }
    }

    /// Goes back one step; what was ticked but not submitted is dropped.
    pub fn back(&mut self) {
        if let Some(target) = self.back_target() {
            if target == Screen::Check {
                self.changing = false;
            }
            self.panel = None;
            self.show(target);
        }
    }

    /// From the check page: change the answer to `q`, then come back.
    pub fn change(&mut self, q: QuestionId) {
        if self.screen == Screen::Check && q.applies(&self.answers) {
            self.changing = true;
            self.panel = None;
            self.show(Screen::Question(q));
        }
    }

    /// The options the current question offers (bit `i` = option `i`); 0
    /// when no question is shown. The question form shows only these.
    pub fn offered(&self) -> u16 {
        match self.screen {
            Screen::Question(q) => q.offered(&self.answers),
            _ => 0,
        }
    }

    /// From the check page: change who the answers are about, on the start
    /// screen's question, then come back.
    pub fn change_who(&mut self) {
        if self.screen == Screen::Check {
            self.changing = true;
            self.panel = None;
            self.show(Screen::Start);
        }
    }

    /// Sets who the answers are about (the start screen's choice, or a
    /// change from the check page). Every answer is kept except `safety`
    /// `not_sure` when switching to `self`; from the check page that
    /// question is then asked again before returning. Nothing changes on
    /// the result or after exit.
    pub fn set_who(&mut self, who: Who) {
        match self.screen {
            Screen::Result(_) | Screen::Exited => {}
            Screen::Question(q) => {
                self.answers.set_who(who);
                self.draft &= q.offered(&self.answers);
            }
            Screen::Start => {
                self.answers.set_who(who);
            }
            Screen::Check => {
                if self.answers.set_who(who) {
                    if let Some(n) = self.answers.next_unanswered() {
                        self.changing = true;
                        self.panel = None;
                        self.show(Screen::Question(n));
                    }
                }
            }
        }
    }

    /// Clears every answer and goes back to the start screen.
    pub fn start_over(&mut self) {
        *self = Flow::new(self.lang);
    }

    /// Clears every answer and leaves nothing of the questionnaire on screen.
    pub fn exit(&mut self) {
        *self = Flow {
            screen: Screen::Exited,
            ..Flow::new(self.lang)
        };
    }

    /// Shows another language; answers and place are kept.
    pub fn set_lang(&mut self, lang: Lang) {
        self.lang = lang;
    }

    /// Step `n` of `total` for the current question: its place among all
    /// the questions, so going on never lowers `n` or changes `total`.
    pub fn progress(&self) -> Option<(usize, usize)> {
        let Screen::Question(q) = self.screen else {
            return None;
        };
        // Counted toward the most questions anyone can get, in the spec's
        // order: the total never changes, and questions skipped for these
        // answers move the count forward instead of shrinking the total.
        let n = QuestionId::ALL.iter().position(|&s| s == q)? + 1;
        Some((n, QuestionId::ALL.len()))
    }
}

/// The safety panel a result repeats for these answers: answering for
/// someone else after safety `thoughts` or `not_sure`, the helper's panel
/// (spec v3: `not_sure` is read as `no`, "the result still shows the
/// thoughts panel's help"). `None` otherwise, and on a crisis result, which
/// has its own help for the one helping.
pub fn result_panel(a: &Answers) -> Option<Panel> {
    (a.who == Who::Other && matches!(a.safety, Some(Safety::Thoughts | Safety::NotSure)))
        .then_some(Panel::Helper)
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

/// The spec's "Safety messages in the flow": which panel, if any, follows
/// the answer just given to `q`.
fn panel_after(q: QuestionId, a: &Answers) -> Option<Panel> {
    let depressant =
        a.substances.contains(Substance::Alcohol) || a.substances.contains(Substance::Sedatives);
    let helper = a.who == Who::Other;
    match q {
        QuestionId::Safety
            if helper && matches!(a.safety, Some(Safety::Thoughts | Safety::NotSure)) =>
        {
            Some(Panel::Helper)
        }
        QuestionId::Safety if a.safety == Some(Safety::Thoughts) => Some(Panel::Thoughts),
        QuestionId::Withdrawal
            if matches!(a.withdrawal, Some(Withdrawal::Strong | Withdrawal::Severe)) =>
        {
            Some(Panel::Withdrawal)
        }
        QuestionId::Amount if a.amount == Some(Amount::D10Plus) => Some(Panel::Withdrawal),
        QuestionId::Frequency
            if depressant
                && matches!(a.frequency, Some(Frequency::MostDays | Frequency::Daily)) =>
        {
            Some(Panel::Withdrawal)
        }
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{assess, Choice, Impact, Level, Medical};

    fn index_of(q: QuestionId, id: &str) -> usize {
        q.option_ids().iter().position(|&o| o == id).unwrap()
    }

    /// Answers the current question with the given option ids and continues.
    fn answer(f: &mut Flow, ids: &[&str]) {
        let Screen::Question(q) = f.screen else {
            panic!("not on a question: {:?}", f.screen);
        };
        for id in ids {
            f.pick(index_of(q, id));
        }
        f.submit();
        assert!(!f.error, "{q:?} {ids:?} was refused");
    }

    fn at(f: &Flow) -> QuestionId {
        match &f.screen {
            Screen::Question(q) => *q,
            s => panic!("not on a question: {s:?}"),
        }
    }

    fn started() -> Flow {
        let mut f = Flow::new(Lang::En);
        f.submit();
        f
    }

    /// Answers the current question and each next one in turn.
    fn answer_each(f: &mut Flow, steps: &[&[&str]]) {
        for ids in steps {
            answer(f, ids);
        }
    }

    /// The questions after substance use, for someone with no other needs.
    const CALM_REST: [&[&str]; 8] = [
        &["none"],
        &["not_at_all"],
        &["supportive"],
        &["strong"],
        &["none"],
        &["no"],
        &["yes"],
        &["ready"],
    ];

    /// A full path with no substance use, to the check page.
    fn calm_path(f: &mut Flow) {
        answer_each(f, &[&["no"], &["adult"], &["unsure"], &["none"]]);
        answer_each(f, &CALM_REST);
    }

    #[test]
    fn start_then_one_question_at_a_time_skipping_what_does_not_apply() {
        let mut f = started();
        assert_eq!(at(&f), QuestionId::Safety);
        assert_eq!(f.progress(), Some((1, 16)));
        answer(&mut f, &["no"]);
        answer(&mut f, &["adult"]);
        answer(&mut f, &["alcohol"]);
        assert_eq!(at(&f), QuestionId::Substances);
        answer(&mut f, &["cannabis"]);
        assert_eq!(at(&f), QuestionId::Frequency);
        assert_eq!(f.progress(), Some((5, 16)));
        answer(&mut f, &["not_past_month"]);
        assert_eq!(at(&f), QuestionId::Impact, "withdrawal is skipped");
        assert_eq!(f.progress(), Some((8, 16)), "skipped questions move it on");
    }

    #[test]
    fn continue_with_nothing_chosen_is_an_error_not_a_move() {
        let mut f = started();
        f.submit();
        assert!(f.error);
        assert_eq!(at(&f), QuestionId::Safety);
        f.pick(0);
        assert!(!f.error, "picking clears the error");
    }

    #[test]
    fn a_plan_goes_straight_to_the_crisis_result() {
        let mut f = started();
        answer(&mut f, &["plan"]);
        assert!(matches!(f.screen, Screen::Result(_)));
        assert_eq!(assess(&f.answers).unwrap().level, Level::Crisis);
        f.back();
        assert_eq!(at(&f), QuestionId::Safety);
    }

    #[test]
    fn exclusive_options_clear_the_others_and_are_cleared_by_them() {
        let mut f = started();
        for ids in [&["no"][..], &["adult"], &["drugs"]] {
            answer(&mut f, ids);
        }
        let i = |id| index_of(QuestionId::Substances, id);
        f.pick(i("alcohol"));
        f.pick(i("opioids"));
        f.pick(i("none"));
        assert_eq!(f.draft, 1 << i("none"));
        f.pick(i("cannabis"));
        assert_eq!(f.draft, 1 << i("cannabis"));
        f.pick(i("cannabis"));
        assert_eq!(f.draft, 0, "unticking the last leaves nothing");
    }

    #[test]
    fn back_goes_to_the_previous_shown_question_and_keeps_answers() {
        let mut f = started();
        for ids in [&["no"][..], &["adult"], &["drugs"], &["none"]] {
            answer(&mut f, ids);
        }
        assert_eq!(at(&f), QuestionId::Medical);
        f.pick(0);
        f.back();
        assert_eq!(
            at(&f),
            QuestionId::Substances,
            "frequency and impact were skipped"
        );
        assert_eq!(
            f.draft,
            1 << Substance::None.index(),
            "the answer is shown again"
        );
        f.back();
        f.back();
        f.back();
        assert_eq!(at(&f), QuestionId::Safety);
        f.back();
        assert_eq!(f.screen, Screen::Start);
        assert_eq!(f.answers.age.map(|a| a.id()), Some("adult"));
    }

    #[test]
    fn going_forward_again_after_back_walks_through_the_answered_questions() {
        let mut f = started();
        for ids in [&["no"][..], &["adult"], &["drugs"]] {
            answer(&mut f, ids);
        }
        f.back();
        f.back();
        assert_eq!(at(&f), QuestionId::Age);
        f.submit();
        assert_eq!(at(&f), QuestionId::Focus, "the next question, prefilled");
        assert_ne!(f.draft, 0);
    }

    #[test]
    fn the_full_path_ends_on_the_check_page_then_the_result() {
        let mut f = started();
        calm_path(&mut f);
        assert_eq!(f.screen, Screen::Check);
        f.submit();
        assert!(matches!(f.screen, Screen::Result(_)));
        assert_eq!(assess(&f.answers).unwrap().level, Level::Support);
        f.back();
        assert_eq!(f.screen, Screen::Check);
    }

    #[test]
    fn changing_an_answer_returns_to_the_check_page() {
        let mut f = started();
        calm_path(&mut f);
        f.change(QuestionId::Home);
        assert_eq!((at(&f), f.changing), (QuestionId::Home, true));
        answer(&mut f, &["others_use"]);
        assert_eq!(f.screen, Screen::Check);
        assert!(!f.changing);
    }

    #[test]
    fn a_change_that_reveals_questions_asks_them_then_returns() {
        let mut f = started();
        calm_path(&mut f);
        f.change(QuestionId::Substances);
        answer(&mut f, &["alcohol"]);
        assert_eq!(at(&f), QuestionId::Frequency);
        answer(&mut f, &["daily"]);
        assert_eq!(f.panel, Some(Panel::Withdrawal));
        assert_eq!(at(&f), QuestionId::Amount);
        answer(&mut f, &["d3_4"]);
        assert_eq!(at(&f), QuestionId::Withdrawal);
        answer(&mut f, &["mild"]);
        assert_eq!(at(&f), QuestionId::Impact);
        answer(&mut f, &["cravings", "tolerance"]);
        assert_eq!(f.screen, Screen::Check);
        f.submit();
        assert_eq!(assess(&f.answers).unwrap().level, Level::Detox);
    }

    #[test]
    fn a_change_that_hides_questions_drops_their_answers() {
        let mut f = started();
        let using: [&[&str]; 8] = [
            &["no"],
            &["adult"],
            &["alcohol"],
            &["alcohol"],
            &["daily"],
            &["d10_plus"],
            &["strong"],
            &["cravings"],
        ];
        answer_each(&mut f, &using);
        answer_each(&mut f, &CALM_REST);
        assert_eq!(f.screen, Screen::Check);
        assert!(f.answers.impact.contains(Impact::Cravings));
        f.change(QuestionId::Substances);
        answer(&mut f, &["none"]);
        assert_eq!(f.screen, Screen::Check);
        assert_eq!((f.answers.frequency, f.answers.withdrawal), (None, None));
        assert_eq!(f.answers.amount, None);
        assert!(f.answers.impact.is_empty());
        f.submit();
        assert_eq!(assess(&f.answers).unwrap().level, Level::Support);
    }

    #[test]
    fn back_while_changing_returns_to_the_check_page_without_saving() {
        let mut f = started();
        calm_path(&mut f);
        f.change(QuestionId::Support);
        f.pick(index_of(QuestionId::Support, "none"));
        f.back();
        assert_eq!(f.screen, Screen::Check);
        assert_eq!(f.answers.support.map(|s| s.id()), Some("strong"));
    }

    #[test]
    fn safety_panels_follow_the_answers_that_call_for_them() {
        let mut f = started();
        answer(&mut f, &["thoughts"]);
        assert_eq!((at(&f), f.panel), (QuestionId::Age, Some(Panel::Thoughts)));
        answer(&mut f, &["adult"]);
        assert_eq!(f.panel, None, "the panel shows once");
        answer(&mut f, &["alcohol"]);
        answer(&mut f, &["opioids"]);
        answer(&mut f, &["daily"]);
        assert_eq!(
            f.panel, None,
            "daily opioids alone is not the alcohol/sedative warning"
        );
        answer(&mut f, &["strong"]);
        assert_eq!(
            (at(&f), f.panel),
            (QuestionId::Impact, Some(Panel::Withdrawal))
        );
    }

    #[test]
    fn answering_for_someone_else_offers_not_sure_and_the_helper_panel() {
        let not_sure = index_of(QuestionId::Safety, "not_sure");
        let mut f = started();
        assert_eq!(f.offered(), 0b0111, "no not_sure for self");
        f.pick(not_sure);
        assert_eq!(f.draft, 0, "not_sure cannot be picked for self");
        let mut f = Flow::new(Lang::En);
        f.set_who(Who::Other);
        f.submit();
        assert_eq!(f.offered(), 0b1111);
        answer(&mut f, &["not_sure"]);
        assert_eq!((at(&f), f.panel), (QuestionId::Age, Some(Panel::Helper)));
        let mut f = Flow::new(Lang::En);
        f.set_who(Who::Other);
        f.submit();
        answer(&mut f, &["thoughts"]);
        assert_eq!(
            f.panel,
            Some(Panel::Helper),
            "the helper's panel, not the self one"
        );
        let mut f = Flow::new(Lang::En);
        f.set_who(Who::Other);
        f.submit();
        answer(&mut f, &["no"]);
        assert_eq!(f.panel, None);
    }

    /// On the check page, answered for someone else with safety `not_sure`.
    fn checking_not_sure_for_someone_else() -> Flow {
        let mut f = Flow::new(Lang::En);
        f.set_who(Who::Other);
        f.submit();
        answer_each(&mut f, &[&["not_sure"], &["adult"], &["unsure"], &["none"]]);
        answer_each(&mut f, &CALM_REST);
        assert_eq!(f.screen, Screen::Check);
        f
    }

    #[test]
    fn changing_who_from_the_check_page_goes_by_the_start_question_and_back() {
        let mut f = checking_not_sure_for_someone_else();
        f.change_who();
        assert_eq!((&f.screen, f.changing), (&Screen::Start, true));
        assert_eq!(f.back_target(), Some(Screen::Check), "Back returns");
        f.set_who(Who::Myself);
        assert_eq!(f.screen, Screen::Start, "the choice waits for Continue");
        f.submit();
        assert_eq!(
            at(&f),
            QuestionId::Safety,
            "not_sure was dropped: asked again"
        );
        answer(&mut f, &["no"]);
        assert_eq!((&f.screen, f.changing), (&Screen::Check, false));
        f.change_who();
        f.set_who(Who::Other);
        f.submit();
        assert_eq!((&f.screen, f.changing), (&Screen::Check, false));
        assert_eq!(f.answers.who, Who::Other);
        assert_eq!(f.answers.safety, Some(Safety::No), "answers are kept");
    }

    #[test]
    fn switching_who_on_the_check_page_asks_safety_again_only_after_not_sure() {
        let mut f = checking_not_sure_for_someone_else();
        let before = f.answers;
        f.set_who(Who::Myself);
        assert_eq!((at(&f), f.changing), (QuestionId::Safety, true));
        assert_eq!(f.answers.safety, None);
        assert_eq!(f.answers.age, before.age, "every other answer is kept");
        answer(&mut f, &["no"]);
        assert_eq!(f.screen, Screen::Check);
        f.set_who(Who::Other);
        assert_eq!(f.screen, Screen::Check, "nothing to ask again");
        assert_eq!(f.answers.who, Who::Other);
        f.submit();
        let Screen::Result(r) = &f.screen else {
            panic!("no result")
        };
        assert_eq!(r.level, Level::Support);
        f.set_who(Who::Myself);
        assert_eq!(f.answers.who, Who::Other, "not changed on the result");
    }

    #[test]
    fn a_result_for_someone_else_repeats_the_helper_panel_after_thoughts_or_not_sure() {
        let mut a = Answers {
            who: Who::Other,
            safety: Some(Safety::NotSure),
            ..Answers::default()
        };
        assert_eq!(result_panel(&a), Some(Panel::Helper));
        a.safety = Some(Safety::Thoughts);
        assert_eq!(result_panel(&a), Some(Panel::Helper));
        for safety in [Safety::No, Safety::Plan] {
            a.safety = Some(safety);
            assert_eq!(result_panel(&a), None, "{safety:?}");
        }
        a.safety = Some(Safety::Thoughts);
        a.set_who(Who::Myself);
        assert_eq!(
            result_panel(&a),
            None,
            "self has the reasons and crisis lines"
        );
    }

    #[test]
    fn switching_who_on_a_question_drops_a_draft_not_sure() {
        let mut f = Flow::new(Lang::En);
        f.set_who(Who::Other);
        f.submit();
        f.pick(index_of(QuestionId::Safety, "not_sure"));
        f.set_who(Who::Myself);
        assert_eq!(f.draft, 0);
    }

    #[test]
    fn the_withdrawal_warning_shows_once_for_all_its_reasons() {
        let mut f = started();
        answer_each(&mut f, &[&["no"], &["adult"], &["alcohol"], &["alcohol"]]);
        answer(&mut f, &["daily"]);
        assert_eq!(f.panel, Some(Panel::Withdrawal), "daily drinking warns");
        answer(&mut f, &["d10_plus"]);
        assert_eq!(f.panel, None, "10 or more drinks does not warn again");
        answer(&mut f, &["strong"]);
        assert_eq!(f.panel, None, "strong withdrawal does not warn again");
        let mut f = started();
        answer_each(&mut f, &[&["no"], &["adult"], &["alcohol"], &["alcohol"]]);
        answer(&mut f, &["weekly"]);
        assert_eq!(f.panel, None);
        answer(&mut f, &["d10_plus"]);
        assert_eq!(
            (at(&f), f.panel),
            (QuestionId::Withdrawal, Some(Panel::Withdrawal)),
            "10 or more drinks warns when nothing did before"
        );
    }

    #[test]
    fn start_over_and_exit_clear_every_answer() {
        let mut f = started();
        calm_path(&mut f);
        f.set_lang(Lang::Es);
        f.start_over();
        assert_eq!(f, Flow::new(Lang::Es));
        f.submit();
        answer(&mut f, &["no"]);
        f.exit();
        assert_eq!(f.screen, Screen::Exited);
        assert_eq!(f.answers, Answers::default());
        f.submit();
        f.back();
        assert_eq!(f.screen, Screen::Exited, "nothing leads back");
    }

    #[test]
    fn switching_language_keeps_answers_and_place() {
        let mut f = started();
        answer(&mut f, &["no"]);
        f.pick(1);
        let before = f.clone();
        f.set_lang(Lang::Es);
        assert_eq!(
            (f.screen, f.draft, f.answers),
            (before.screen, before.draft, before.answers)
        );
    }

    #[test]
    fn change_is_only_from_the_check_page_and_for_shown_questions() {
        let mut f = started();
        f.change(QuestionId::Home);
        assert_eq!(at(&f), QuestionId::Safety);
        calm_path(&mut f);
        f.change(QuestionId::Frequency);
        assert_eq!(f.screen, Screen::Check, "frequency does not apply");
        f.change(QuestionId::Medical);
        f.pick(index_of(QuestionId::Medical, "pregnant"));
        f.pick(index_of(QuestionId::Medical, "unstable"));
        f.submit();
        assert!(f.answers.medical.contains(Medical::Pregnant));
        assert!(!f.answers.medical.contains(Medical::None));
    }
}
