//! Check your answers: every answer with a way to change it.

use super::submit;
use crate::content::{Lang, Ui};
use crate::engine::{Answers, QuestionId};
use yew::prelude::*;

/// Props of [`CheckAnswers`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// The answers.
    pub answers: Answers,
    /// Called with the question to change.
    pub on_change: Callback<QuestionId>,
    /// Called to change who the answers are about.
    pub on_change_who: Callback<()>,
    /// Called when the form is submitted (see the result).
    pub on_submit: Callback<()>,
    /// Called by the Back control.
    pub on_back: Callback<()>,
}

/// The check page: a summary list and one submit button.
#[function_component]
pub fn CheckAnswers(props: &Props) -> Html {
    let texts = props.lang.texts(props.answers.who);
    let ui = texts.ui;
    let who_row = row(
        ui,
        ui.who_short,
        vec![texts.who_label(props.answers.who)],
        props.on_change_who.reform(|_: MouseEvent| ()),
    );
    let rows = props.answers.shown().map(|q| {
        let qt = texts.question_for(q, &props.answers);
        let labels = texts.answer_labels(&props.answers, q);
        let onclick = props.on_change.reform(move |_: MouseEvent| q);
        row(ui, qt.short, labels, onclick)
    });
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    html! {
        <form class="cf-check" onsubmit={submit(&props.on_submit)} novalidate=true>
            <h1 class="cf-title" tabindex="-1">{ ui.check_heading }</h1>
            <dl class="cf-summary">{ who_row }{ for rows }</dl>
            <div class="cf-actions">
                <button type="submit" class="cf-button">{ ui.check_submit }</button>
                <button type="button" class="cf-link-button cf-back" onclick={on_back}>{ ui.back }</button>
            </div>
        </form>
    }
}

/// One row of the summary list: what was asked, the answers, and Change.
fn row(
    ui: &Ui,
    short: &'static str,
    labels: Vec<&'static str>,
    onclick: Callback<MouseEvent>,
) -> Html {
    html! {
        <div class="cf-summary-row">
            <dt>{ short }</dt>
            <dd>
                if labels.len() > 1 {
                    <ul>{ for labels.iter().map(|l| html! { <li>{ *l }</li> }) }</ul>
                } else {
                    { labels.first().copied().unwrap_or_default() }
                }
            </dd>
            <dd class="cf-summary-action">
                <button type="button" class="cf-link-button" {onclick}>
                    { ui.check_change }
                    <span class="cf-visually-hidden">{ " " }{ ui.check_change_hidden }{ " " }{ short }</span>
                </button>
            </dd>
        </div>
    }
}
