//! A small picture of the continuum of care, least to most intensive, with
//! the suggestion highlighted. Screen readers get an ordered list.

use crate::content::Lang;
use crate::engine::Level;
use crate::engine::Who;
use yew::prelude::*;

/// Props of [`Continuum`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// Who is answering: the texts speak to them, or about the person they care about.
    pub who: Who,
    /// The suggested level.
    pub level: Level,
    /// For detox: the level that usually follows.
    pub then: Option<Level>,
}

/// The continuum picture.
#[function_component]
pub fn Continuum(props: &Props) -> Html {
    let texts = props.lang.texts(props.who);
    let ui = texts.ui;
    let marked = props.then.unwrap_or(props.level);
    let items = Level::CARE.iter().map(|&l| {
        let lt = texts.level(l);
        let here = l == marked;
        let home = if l == Level::Inpatient {
            ui.continuum_stay
        } else {
            ui.continuum_home
        };
        let mark = if props.then.is_some() {
            ui.continuum_after_detox
        } else {
            ui.continuum_you
        };
        html! {
            <li class="cf-step" aria-current={here.then_some("step")}>
                <span class="cf-step-name">{ lt.name }</span>
                <span class="cf-step-meta">{ lt.hours }{ " · " }{ home }</span>
                if here { <strong class="cf-step-mark">{ mark }</strong> }
            </li>
        }
    });
    html! {
        <details class="cf-continuum cf-fold">
            <summary><h2>{ ui.continuum_heading }</h2></summary>
            <ol>{ for items }</ol>
        </details>
    }
}
