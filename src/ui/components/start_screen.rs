//! What this is, in a few sentences, who the answers are about, and a start
//! button. From the check page, only the `who` question, to change it.

use super::submit;
use crate::content::Lang;
use crate::engine::{Choice, Who};
use yew::prelude::*;

/// Props of [`StartScreen`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// Changing who from the check page: only the question, with Continue and Back.
    pub changing: bool,
    /// Called when `who` is chosen.
    pub on_who: Callback<Who>,
    /// Called when the form is submitted.
    pub on_submit: Callback<()>,
    /// Called by the Back control (when changing).
    pub on_back: Callback<()>,
}

/// The start screen: a form with the `who` radios (automation contract:
/// `input[name=who][value=self|other]`) whose submit button starts.
#[function_component]
pub fn StartScreen(props: &Props) -> Html {
    let texts = props.lang.texts(props.who);
    let ui = texts.ui;
    let onsubmit = submit(&props.on_submit);
    let options = Who::ALL.iter().map(|&who| {
        let value = who.id();
        let id = format!("cf-who-{value}");
        let hint = (who == Who::Other).then_some(ui.who_other_hint);
        let hint_id = format!("{id}-hint");
        let label = texts.who_label(who);
        let onchange = props.on_who.reform(move |_: Event| who);
        html! {
            <div class="cf-option">
                <input type="radio" id={id.clone()} name="who" {value} checked={props.who == who}
                    {onchange} aria-describedby={hint.map(|_| hint_id.clone())} />
                <label for={id}>{ label }</label>
                if let Some(h) = hint { <p class="cf-hint" id={hint_id}>{ h }</p> }
            </div>
        }
    });
    let question = html! {
        <fieldset>
            <legend>
                if props.changing {
                    <h1 class="cf-title" tabindex="-1">{ ui.who_legend }</h1>
                } else {
                    <span class="cf-who-legend">{ ui.who_legend }</span>
                }
            </legend>
            <div class="cf-options">{ for options }</div>
        </fieldset>
    };
    if props.changing {
        let on_back = props.on_back.reform(|_: MouseEvent| ());
        return html! {
            <form class="cf-question cf-start-who" {onsubmit} novalidate=true>
                { question }
                <div class="cf-actions">
                    <button type="submit" class="cf-button">{ ui.continue_button }</button>
                    <button type="button" class="cf-link-button cf-back" onclick={on_back}>{ ui.back }</button>
                </div>
            </form>
        };
    }
    html! {
        <form class="cf-start" {onsubmit} novalidate=true>
            <h1 class="cf-title" tabindex="-1">{ ui.start_heading }</h1>
            <p class="cf-lead">{ ui.start_body }</p>
            <p>{ ui.start_private }</p>
            { question }
            <button type="submit" class="cf-button">{ ui.start_button }</button>
            <p class="cf-hint cf-exit-hint">{ ui.exit_hint }</p>
        </form>
    }
}
