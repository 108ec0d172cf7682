//! One question as one form: a fieldset whose legend is the question.

use crate::content::Lang;
use crate::engine::{AnyOption, Kind, QuestionId};
use yew::prelude::*;

/// Props of [`QuestionForm`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// The question.
    pub question: QuestionId,
    /// The options ticked so far (bit `i` = option `i`).
    pub selected: u16,
    /// Whether to show the "choose an answer" error.
    pub error: bool,
    /// Step number and number of steps, for the progress line.
    pub step: (usize, usize),
    /// Called with an option's index when it is picked.
    pub on_pick: Callback<usize>,
    /// Called when the form is submitted.
    pub on_submit: Callback<()>,
}

/// The question form of the automation contract: inputs named by question
/// id with option ids as values, each with a label, and one submit button.
#[function_component]
pub fn QuestionForm(props: &Props) -> Html {
    let texts = props.lang.texts();
    let q = props.question;
    let qt = (texts.question)(q);
    let (kind, input_type) = match q.kind() {
        Kind::Single => (Kind::Single, "radio"),
        Kind::Multi => (Kind::Multi, "checkbox"),
    };
    let name = q.id();
    let hint_id = format!("cf-{name}-hint");
    let onsubmit = {
        let cb = props.on_submit.clone();
        Callback::from(move |e: SubmitEvent| {
            e.prevent_default();
            cb.emit(());
        })
    };
    let options = q.option_ids().iter().enumerate().map(|(i, value)| {
        let ot = (texts.option)(AnyOption::new(q, i).expect("option exists"));
        let id = format!("cf-{name}-{value}");
        let opt_hint = format!("{id}-hint");
        let checked = props.selected & (1 << i) != 0;
        let onchange = props.on_pick.reform(move |_: Event| i);
        let divider = kind == Kind::Multi && q.exclusive() == Some(i);
        html! {
            <>
            if divider { <p class="cf-or" aria-hidden="true">{ "—" }</p> }
            <div class="cf-option">
                <input type={input_type} {id} {name} value={*value} {checked} {onchange}
                    aria-describedby={ot.hint.map(|_| opt_hint.clone())} />
                <label for={format!("cf-{name}-{value}")}>{ ot.label }</label>
                if let Some(h) = ot.hint { <p class="cf-hint" id={opt_hint}>{ h }</p> }
            </div>
            </>
        }
    });
    html! {
        <form class="cf-question" {onsubmit} novalidate=true>
            <p class="cf-progress">
                { format!("{} {} {} {}", texts.ui.progress_question, props.step.0, texts.ui.progress_of, props.step.1) }
            </p>
            <fieldset aria-describedby={qt.hint.map(|_| hint_id.clone())}>
                <legend><h1 class="cf-title" tabindex="-1">{ qt.legend }</h1></legend>
                if let Some(h) = qt.hint { <p class="cf-hint" id={hint_id.clone()}>{ h }</p> }
                <div class="cf-options">{ for options }</div>
            </fieldset>
            <button type="submit" class="cf-button">{ texts.ui.continue_button }</button>
        </form>
    }
}
