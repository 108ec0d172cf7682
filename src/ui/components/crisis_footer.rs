//! Crisis lines, on every screen.

use crate::content::Lang;
use yew::prelude::*;

/// Props of [`CrisisFooter`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
}

/// The crisis lines: 988 (call, text, chat), 911, and the SAMHSA helpline
/// labelled as a treatment-referral line.
#[function_component]
pub fn CrisisFooter(props: &Props) -> Html {
    let ui = props.lang.texts().ui;
    html! {
        <footer class="cf-crisis" aria-labelledby="cf-crisis-h">
            <h2 id="cf-crisis-h">{ ui.crisis_heading }</h2>
            <ul>
                <li>
                    <strong>{ ui.line_988_name }</strong>{ " " }{ ui.line_988_what }{ " " }
                    <a href="tel:988">{ ui.call }</a>{ " · " }
                    <a href="sms:988">{ ui.text }</a>{ " · " }
                    <a href="https://988lifeline.org/chat/" target="_blank" rel="noopener noreferrer">{ ui.chat }</a>
                </li>
                <li>
                    <strong>{ ui.line_911_name }</strong>{ " " }{ ui.line_911_what }{ " " }
                    <a href="tel:911">{ ui.call }{ " 911" }</a>
                </li>
                <li>
                    <strong>{ ui.line_samhsa_name }</strong>{ " " }{ ui.line_samhsa_what }{ " " }
                    <a href="tel:+18006624357">{ "1-800-662-4357" }</a>
                </li>
            </ul>
        </footer>
    }
}
