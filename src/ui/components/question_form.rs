//! One question as one form: a fieldset whose legend is the question.

use super::submit;
use super::ErrorSummary;
use crate::content::Lang;
use crate::engine::{Answers, AnyOption, Kind, QuestionId};
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
    /// The options offered for the answers so far (bit `i` = option `i`);
    /// only these are shown.
    pub offered: u16,
    /// Whether to show the "choose an answer" error.
    pub error: bool,
    /// Step number and number of steps, for the progress line.
    pub step: (usize, usize),
    /// Called with an option's index when it is picked.
    pub on_pick: Callback<usize>,
    /// The answers so far (a teen's questions speak of school, not work).
    pub answers: Answers,
    /// Called when the form is submitted.
    pub on_submit: Callback<()>,
    /// Called by the Back control.
    pub on_back: Callback<()>,
}

/// The question form of the automation contract: inputs named by question
/// id with option ids as values, each with a label; Continue is the only
/// submit button.
#[function_component]
pub fn QuestionForm(props: &Props) -> Html {
    let texts = props.lang.texts(props.answers.who);
    let ui = texts.ui;
    let q = props.question;
    let qt = texts.question_for(q, &props.answers);
    let kind = q.kind();
    let input_type = if kind == Kind::Multi {
        "checkbox"
    } else {
        "radio"
    };
    let name = q.id();
    let ids = q.option_ids();
    let input_id = |value: &str| format!("cf-{name}-{value}");
    let hint_id = format!("cf-{name}-hint");
    let error_id = format!("cf-{name}-error");
    let message = if kind == Kind::Multi {
        ui.error_pick_any
    } else {
        ui.error_pick_one
    };
    // The error id goes last: the stylesheet marks a fieldset in error by
    // `aria-describedby` ending in "-error".
    let described = [
        qt.hint.map(|_| hint_id.clone()),
        props.error.then(|| error_id.clone()),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ");

    let offered = props.offered;
    let options = ids.iter().enumerate().filter(move |&(i, _)| offered & (1 << i) != 0).map(|(i, &value)| {
        let ot = texts.option(AnyOption::new(q, i).expect("option exists"));
        let id = input_id(value);
        let opt_hint = format!("{id}-hint");
        let checked = props.selected & (1 << i) != 0;
        let onchange = props.on_pick.reform(move |_: Event| i);
        // The "or" stands between the exclusive option and the others, on
        // whichever side it is: after "None of these" when it comes first.
        let divider = kind == Kind::Multi
            && match q.exclusive() {
                Some(0) => i == 1,
                Some(ex) => i == ex,
                None => false,
            };
        html! {
            <>
            if divider { <p class="cf-or">{ ui.or }</p> }
            <div class="cf-option">
                <input type={input_type} id={id.clone()} {name} value={value} {checked} {onchange}
                    aria-describedby={ot.hint.map(|_| opt_hint.clone())} />
                <label for={id}>{ ot.label }</label>
                if let Some(h) = ot.hint { <p class="cf-hint" id={opt_hint}>{ h }</p> }
            </div>
            </>
        }
    });
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <>
        if props.error {
            <ErrorSummary lang={props.lang} who={props.answers.who} {message} target={input_id(ids[0])} />
        }
        <form class="cf-question" onsubmit={submit(&props.on_submit)} novalidate=true>
            <p class="cf-progress">
                { format!("{} {} {} {}", ui.progress_question, props.step.0, ui.progress_of, props.step.1) }
            </p>
            <fieldset aria-describedby={(!described.is_empty()).then_some(described)}>
                <legend><h1 class="cf-title" tabindex="-1">{ qt.legend }</h1></legend>
                if let Some(h) = qt.hint { <p class="cf-hint" id={hint_id}>{ h }</p> }
                if props.error {
                    <p class="cf-error-message" id={error_id}>
                        <span class="cf-visually-hidden">{ ui.error_prefix }{ " " }</span>{ message }
                    </p>
                }
                <div class="cf-options">{ for options }</div>
            </fieldset>
            <div class="cf-actions">
                <button type="submit" class="cf-button">{ ui.continue_button }</button>
                <button type="button" class="cf-link-button cf-back" onclick={on_back}>{ ui.back }</button>
            </div>
        </form>
        </>
    }
}
