//! The calm safety messages shown before the next question.

use crate::content::Lang;
use crate::engine::Who;
use crate::flow::Panel;
use yew::prelude::*;

/// Props of [`SafetyPanel`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// Which message.
    pub panel: Panel,
}

/// A panel with 988 after thoughts of harm, or the don't-stop-suddenly
/// warning after risky withdrawal answers.
#[function_component]
pub fn SafetyPanel(props: &Props) -> Html {
    let ui = props.lang.texts(props.who).ui;
    match props.panel {
        Panel::Thoughts => html! {
            <section class="cf-panel" aria-labelledby="cf-panel-h">
                <h2 id="cf-panel-h" class="cf-focus" tabindex="-1">{ ui.panel_thoughts_heading }</h2>
                <p>{ ui.panel_thoughts_988 }{ " " }
                    <a href="tel:988">{ ui.call }{ " 988" }</a>{ " · " }
                    <a href="sms:988">{ ui.text }{ " 988" }</a>{ " · " }
                    <a href="https://988lifeline.org/chat/" target="_blank" rel="noopener noreferrer">{ ui.chat }</a>
                </p>
                <p>{ ui.panel_thoughts_means }</p>
                <p>{ ui.panel_thoughts_911 }{ " " }<a href="tel:911">{ ui.call }{ " 911" }</a></p>
                <p>{ ui.panel_thoughts_go_on }</p>
            </section>
        },
        Panel::Helper => html! {
            <section class="cf-panel" aria-labelledby="cf-panel-h">
                <h2 id="cf-panel-h" class="cf-focus" tabindex="-1">{ ui.panel_helper_heading }</h2>
                <p>{ ui.panel_helper_988 }{ " " }
                    <a href="tel:988">{ ui.call }{ " 988" }</a>{ " · " }
                    <a href="sms:988">{ ui.text }{ " 988" }</a>
                </p>
                <p>{ ui.panel_helper_ask }</p>
                <p>{ ui.panel_helper_means }</p>
                <p>{ ui.panel_helper_911 }{ " " }<a href="tel:911">{ ui.call }{ " 911" }</a></p>
                <p>{ ui.panel_thoughts_go_on }</p>
            </section>
        },
        Panel::Withdrawal => html! {
            <section class="cf-panel cf-panel-warning" aria-labelledby="cf-panel-h">
                <h2 id="cf-panel-h" class="cf-focus" tabindex="-1">{ ui.panel_withdrawal_heading }</h2>
                <p>{ ui.panel_withdrawal_body }</p>
            </section>
        },
    }
}
