//! The crisis lines as links: 988 (call, text, chat), 911, and the SAMHSA
//! helpline labelled as a treatment-referral line.

use crate::content::Lang;
use crate::engine::Who;
use yew::prelude::*;

/// Props of [`CrisisLines`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// Whether the SAMHSA helpline (treatment referral) is listed too: not
    /// at the top of the crisis result, where only crisis lines belong.
    #[prop_or(true)]
    pub referral: bool,
}

/// The crisis lines. The crisis result shows them as large buttons, and
/// the footer as short lines (names, links and the helpline's "not a
/// crisis line"), by styling alone (`.cf-result-crisis .cf-lines`): a static class keeps
/// Yew's `Classes` set out of the WebAssembly.
#[function_component]
pub fn CrisisLines(props: &Props) -> Html {
    let ui = props.lang.texts(props.who).ui;
    html! {
        <ul class="cf-lines">
            <li>
                <strong>{ ui.line_988_name }</strong>
                <span class="cf-line-what">{ " " }{ ui.line_988_what }{ " " }{ ui.line_988_language }</span>
                <span class="cf-line-links">
                    <a href="tel:988">{ ui.call }{ " 988" }</a>
                    <a href="sms:988">{ ui.text }{ " 988" }</a>
                    <a href="https://988lifeline.org/chat/" target="_blank" rel="noopener noreferrer">{ ui.chat }</a>
                </span>
            </li>
            <li>
                <strong>{ ui.line_911_name }</strong>
                <span class="cf-line-what">{ " " }{ ui.line_911_what }</span>
                <span class="cf-line-links"><a href="tel:911">{ ui.call }{ " 911" }</a></span>
            </li>
            if props.referral {
                <li class="cf-line-referral">
                    <strong>{ ui.line_samhsa_name }</strong>
                    <span class="cf-line-what">{ " " }{ ui.line_samhsa_what }</span>
                    <span class="cf-line-short">{ ": " }{ ui.line_samhsa_short }</span>
                    <span class="cf-line-links"><a href="tel:+18006624357">{ ui.call }{ " 1-800-662-4357" }</a></span>
                </li>
            }
        </ul>
    }
}
