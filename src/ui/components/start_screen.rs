//! What this is, in a few sentences, and a start button.

use super::submit;
use crate::content::Lang;
use crate::engine::Who;
use yew::prelude::*;

/// Props of [`StartScreen`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// Called when the form is submitted.
    pub on_submit: Callback<()>,
}

/// The start screen: a form whose submit button starts the questions.
#[function_component]
pub fn StartScreen(props: &Props) -> Html {
    let ui = props.lang.texts(props.who).ui;
    let onsubmit = submit(&props.on_submit);
    html! {
        <form class="cf-start" {onsubmit} novalidate=true>
            <h1 class="cf-title" tabindex="-1">{ ui.start_heading }</h1>
            <p class="cf-lead">{ ui.start_body }</p>
            <p>{ ui.start_private }</p>
            <p class="cf-hint cf-exit-hint">{ ui.exit_hint }</p>
            <button type="submit" class="cf-button">{ ui.start_button }</button>
        </form>
    }
}
