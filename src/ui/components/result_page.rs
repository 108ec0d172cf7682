//! The result: the level, why, what to expect, notes, next steps, other
//! levels, questions to ask, and ways to keep it.

use super::{Continuum, CrisisLines};
use std::rc::Rc;

use crate::content::{self, Lang, Point, Texts};
use crate::embed::{Config, Offer};
use crate::engine::{Age, Answers, Assessment, Level, Note, Safety, Setting, Who};
use crate::flow::{self, Panel};
use yew::prelude::*;

/// Props of [`ResultPage`].
#[derive(Properties, PartialEq)]
pub struct Props {
    /// Language shown.
    pub lang: Lang,
    /// The answers (for the printed and copied summary).
    pub answers: Answers,
    /// The engine's result.
    pub result: Rc<Assessment>,
    /// The embedding center, if any.
    pub config: Rc<Config>,
    /// Print or save as PDF.
    pub on_print: Callback<()>,
    /// Copy the summary as text; the callback gets the text.
    pub on_copy: Callback<String>,
    /// What happened to the last copy: `None` not tried, `Some(true)` copied.
    pub copied: Option<bool>,
    /// Clear everything.
    pub on_start_over: Callback<()>,
    /// Back to the check page (or the first question after a plan).
    pub on_back: Callback<()>,
}

/// The result page. Its root carries `data-level` (and `data-then` and
/// `data-setting` for detox, `data-medicine` when medicine is set).
#[function_component]
pub fn ResultPage(props: &Props) -> Html {
    let texts = props.lang.texts(props.answers.who);
    let ui = texts.ui;
    let r = &props.result;
    let lt = texts.level(r.level);
    let crisis = r.level == Level::Crisis;
    let teen = props.answers.age == Some(Age::Teen);

    // Why: the deciding points first (at most three, for the first
    // screen); the rest under "Also", after the main action.
    let (why, also) = content::points(r, &props.answers);
    let bullets = |list: &[Point]| {
        html! {
            <ul class="cf-reasons">
                { for list.iter().map(|&p| html! { <li>{ texts.point(p, &props.answers) }</li> }) }
            </ul>
        }
    };
    let reasons = html! {
        <section aria-labelledby="cf-why-h" class="cf-why">
            <h2 id="cf-why-h">{ ui.why_heading }</h2>
            { bullets(&why) }
        </section>
    };
    let more_reasons = (!also.is_empty()).then(|| {
        html! {
            <details class="cf-also cf-fold">
                <summary><h2>{ ui.why_also_heading }</h2></summary>
                { bullets(&also) }
            </details>
        }
    });
    // What to expect: short sections, closed until asked for (all open when
    // printed: see `ui::browser::print`).
    let expect = html! {
        <section aria-labelledby="cf-expect-h" class="cf-expect">
            <h2 id="cf-expect-h">{ ui.expect_heading }</h2>
            if let Some(st) = r.setting.map(|s| texts.setting(s)) {
                <details class="cf-setting">
                    <summary>{ ui.setting_heading }{ " " }{ st.name }</summary>
                    <p>{ st.expect }</p>
                </details>
            }
            { for lt.expect.groups(ui).iter().enumerate().map(|(i, (summary, parts))| html! {
                <details class="cf-group">
                    <summary>{ *summary }</summary>
                    { for parts.iter().map(|(h, body)| html! { <p><strong>{ *h }{ ":" }</strong>{ " " }{ *body }</p> }) }
                    if i == content::Expect::COST_GROUP && teen {
                        <p>{ ui.cost_teen }</p>
                    }
                </details>
            }) }
        </section>
    };
    // Medicine for opioid use goes with any level: a box above what to expect.
    let medicine = r.medicine.map(|_| {
        html! {
            <section aria-labelledby="cf-medicine-h" class="cf-medicine cf-expect">
                <h2 id="cf-medicine-h">{ ui.medicine_heading }</h2>
                if props.answers.substances.contains(crate::engine::Substance::Moud) {
                    <p><strong>{ ui.medicine_on_moud }</strong></p>
                }
                <p>{ ui.medicine_warning }</p>
                <details class="cf-group">
                    <summary>{ ui.medicine_how }</summary>
                    <p>{ ui.medicine_body }</p>
                    <p>{ ui.medicine_start }</p>
                </details>
            </section>
        }
    });

    let asam = html! { <p class="cf-asam">{ texts.asam_line(r) }</p> };
    let keep = {
        // The text is built only when someone copies it.
        let (answers, result) = (props.answers, Rc::clone(r));
        let on_copy = props
            .on_copy
            .reform(move |_: MouseEvent| texts.summary(&answers, &result));
        let on_print = props.on_print.reform(|_: MouseEvent| ());
        let on_start_over = props.on_start_over.reform(|_: MouseEvent| ());
        html! {
            <section aria-labelledby="cf-keep-h" class="cf-keep cf-no-print">
                <h2 id="cf-keep-h">{ ui.keep_heading }</h2>
                <div class="cf-actions">
                    if !crisis {
                        <button type="button" class="cf-button cf-secondary" onclick={on_print}>{ ui.print_button }</button>
                        <button type="button" class="cf-button cf-secondary" onclick={on_copy}>{ ui.copy_button }</button>
                    }
                    <button type="button" class="cf-button cf-secondary" onclick={on_start_over}>{ ui.start_over_button }</button>
                </div>
                <p class="cf-hint">
                    <span role="status">{ match props.copied { Some(true) => ui.copied, Some(false) => ui.copy_failed, None => "" } }</span>
                    { " " }{ ui.start_over_hint }
                </p>
            </section>
        }
    };
    let on_back = props.on_back.reform(|_: MouseEvent| ());
    let back = html! {
        <button type="button" class="cf-link-button cf-back cf-no-print" onclick={on_back}>{ ui.back }</button>
    };

    if crisis {
        // Answering for someone else: what to do for them now, first.
        let helper = (props.answers.who == Who::Other).then(|| {
            html! {
                <section aria-labelledby="cf-helper-h" class="cf-helper">
                    <h2 id="cf-helper-h">{ ui.crisis_helper_heading }</h2>
                    <ul>
                        <li>{ ui.crisis_helper_911 }{ " " }<a href="tel:911">{ ui.call }{ " 911" }</a></li>
                        <li>{ ui.crisis_helper_988 }{ " " }<a href="tel:988">{ ui.call }{ " 988" }</a>
                            { " · " }<a href="sms:988">{ ui.text }{ " 988" }</a></li>
                        <li>{ ui.crisis_helper_stay }</li>
                        <li>{ ui.crisis_helper_means }</li>
                    </ul>
                </section>
            }
        });
        return html! {
            <section class="cf-result cf-result-crisis" data-level={r.level.id()}>
                <h1 class="cf-title" tabindex="-1">{ lt.name }</h1>
                <p class="cf-lead">{ lt.summary }</p>
                { for helper }
                <CrisisLines lang={props.lang} who={props.answers.who} referral={false} />
                { reasons }
                { for more_reasons }
                { expect }
                { asam }
                <p class="cf-not-diagnosis">{ ui.not_a_diagnosis }</p>
                { keep }
                { back }
            </section>
        };
    }

    let care = r.care();
    // Notes that keep the person safe stay in view; the rest fold away.
    let (safety_notes, other_notes): (Vec<Note>, Vec<Note>) =
        r.notes.iter().partition(|&&n| content::is_safety_note(n));
    let note_list = |notes: &[Note]| {
        html! { <ul>{ for notes.iter().map(|&n| html! { <li>{ texts.note(n) }</li> }) }</ul> }
    };
    html! {
        <section class="cf-result" data-level={r.level.id()} data-then={r.then.map(|t| t.id())}
            data-setting={r.setting.map(|s| s.id())} data-medicine={r.medicine.map(|m| m.id())}>
            if let Some(Panel::Helper) = flow::result_panel(&props.answers) {
                <section aria-labelledby="cf-helper-h" class="cf-988 cf-helper">
                    <h2 id="cf-helper-h">{ ui.panel_helper_heading }</h2>
                    <p>{ ui.panel_helper_988 }</p>
                    <p class="cf-actions">
                        <a class="cf-button cf-button-988" href="tel:988">{ ui.call }{ " 988" }</a>
                        <a class="cf-button cf-secondary" href="sms:988">{ ui.text }{ " 988" }</a>
                    </p>
                    <ul>
                        <li>{ ui.panel_helper_ask }</li>
                        <li>{ ui.panel_helper_means }</li>
                        <li>{ ui.panel_helper_911 }{ " " }<a href="tel:911">{ ui.call }{ " 911" }</a></li>
                    </ul>
                </section>
            } else if thoughts_first(&props.answers) {
                <section aria-labelledby="cf-988-h" class="cf-988">
                    <h2 id="cf-988-h">{ ui.result_988_heading }</h2>
                    <p class="cf-actions">
                        <a class="cf-button cf-button-988" href="tel:988">{ ui.call }{ " 988" }</a>
                        <a class="cf-button cf-secondary" href="sms:988">{ ui.text }{ " 988" }</a>
                        <a href="https://988lifeline.org/chat/" target="_blank" rel="noopener noreferrer">{ ui.chat }</a>
                    </p>
                </section>
            }
            <p class="cf-kicker">{ ui.result_kicker }</p>
            <h1 class="cf-title" tabindex="-1">{ lt.name }</h1>
            <p class="cf-lead">{ lt.summary }</p>
            if let Some(then) = r.then {
                <p class="cf-then">
                    if let Some(st) = r.setting.map(|s| texts.setting(s)) {
                        { ui.setting_heading }{ " " }<strong>{ st.name }</strong>{ ". " }
                    }
                    { ui.result_then }{ " " }<strong>{ texts.level(then).name }</strong>{ "." }
                </p>
            }
            { main_action(texts, &props.config, r) }
            { reasons }
            { for more_reasons }
            { for medicine }
            { expect }
            if !safety_notes.is_empty() {
                <section aria-labelledby="cf-safe-h" class="cf-notes cf-notes-safety">
                    <h2 id="cf-safe-h">{ ui.notes_safety_heading }</h2>
                    { note_list(&safety_notes) }
                </section>
            }
            if !other_notes.is_empty() {
                <details class="cf-notes cf-fold">
                    <summary><h2>{ ui.notes_heading }</h2></summary>
                    { note_list(&other_notes) }
                </details>
            }
            <Continuum lang={props.lang} who={props.answers.who} level={r.level} then={r.then} />
            { other_levels(texts, r, care) }
            <details class="cf-ask cf-fold">
                <summary><h2>{ ui.questions_heading }</h2></summary>
                <ul>{ for ui.questions_to_ask.iter().map(|q| html! { <li>{ *q }</li> }) }</ul>
            </details>
            <section class="cf-print-only" aria-hidden="true">
                <h2>{ ui.summary_answers }</h2>
                <dl class="cf-print-answers">
                    <dt>{ ui.who_short }</dt><dd>{ texts.who_label(props.answers.who) }</dd>
                    { for props.answers.shown().map(|q| html! {
                        <><dt>{ texts.question_for(q, &props.answers).short }</dt><dd>{ texts.answer_labels(&props.answers, q).join("; ") }</dd></>
                    }) }
                </dl>
            </section>
            <div class="cf-not-diagnosis">
                if props.answers.who == Who::Other {
                    <p class="cf-based-on">{ ui.result_based_on }</p>
                }
                <p>{ ui.not_a_diagnosis }</p>
                { asam }
            </div>
            { keep }
            { back }
        </section>
    }
}

/// Whether the result opens with 988: after thoughts of harm, as the
/// thoughts panel did in the questions. (Answering for someone else, the
/// helper's box takes its place: see `flow::result_panel`.)
fn thoughts_first(answers: &Answers) -> bool {
    answers.safety == Some(Safety::Thoughts)
}

/// The main action, on the first screen: the embedding center's own
/// contact when it set one (saying whether it offers this care); otherwise
/// the SAMHSA helpline, labelled as a line that finds treatment, not a
/// crisis line.
fn main_action(texts: &Texts, config: &Config, r: &Assessment) -> Html {
    let ui = texts.ui;
    let has_contact = config.phone.is_some() || config.contact_url.is_some();
    if has_contact {
        return center(texts, config, r);
    }
    html! {
        <>
        { center(texts, config, r) }
        <section aria-labelledby="cf-find-h" class="cf-find">
            <h2 id="cf-find-h">{ ui.find_heading }</h2>
            <p class="cf-actions">
                <a class="cf-button" href="tel:+18006624357" aria-describedby="cf-find-what">{ ui.call }{ " 1-800-662-4357" }</a>
            </p>
            <p id="cf-find-what" class="cf-hint"><strong>{ ui.line_samhsa_name }</strong>{ ": " }{ ui.line_samhsa_short }</p>
        </section>
        </>
    }
}

/// The embedding center's own contact, and whether it offers the care
/// suggested (always pointing elsewhere when it does not).
fn center(texts: &Texts, config: &Config, r: &Assessment) -> Html {
    let ui = texts.ui;
    let offer = config.offers(r.level, r.then);
    let has_contact = config.phone.is_some() || config.contact_url.is_some();
    if offer == Offer::Unknown && !has_contact && config.center_name.is_none() {
        return html! {};
    }
    let name = config
        .center_name
        .as_deref()
        .unwrap_or(ui.center_fallback_name);
    let statement = match offer {
        Offer::Offered => Some(ui.center_offers),
        Offer::NotOffered => Some(ui.center_not_offered),
        Offer::Unknown => None,
    };
    html! {
        <div class="cf-center" data-offer={match offer { Offer::Offered => "yes", Offer::NotOffered => "no", Offer::Unknown => "unknown" }}>
            <p><strong>{ name }</strong>{ for statement.map(|s| html! { <>{ " " }{ s }</> }) }</p>
            if has_contact {
                <p class="cf-actions">
                    if let Some(p) = &config.phone {
                        <a class="cf-button" href={p.href.clone()}>{ ui.call }{ " " }{ p.display.clone() }</a>
                    }
                    if let Some(u) = &config.contact_url {
                        <a class="cf-button cf-secondary" href={u.clone()} target="_blank" rel="noopener noreferrer">{ ui.center_contact }</a>
                    }
                </p>
            }
        </div>
    }
}

/// Other care to ask about: for detox, the other setting of withdrawal care
/// and the level that follows it (the spec's "Setting and medicine on the
/// result"); otherwise one level up and one down from the ongoing care.
fn other_levels(texts: &Texts, r: &Assessment, care: Level) -> Html {
    let ui = texts.ui;
    let item = |label: &'static str, l: Level| {
        let lt = texts.level(l);
        html! { <li><span class="cf-other-label">{ label }</span>{ " " }<strong>{ lt.name }</strong>{ ". " }{ lt.summary }</li> }
    };
    let items = match (r.setting, r.then) {
        (Some(setting), Some(then)) => {
            let other = match setting {
                Setting::Clinic => Setting::Facility,
                Setting::Facility => Setting::Clinic,
            };
            let st = texts.setting(other);
            html! {
                <>
                <li><span class="cf-other-label">{ ui.other_levels_setting }</span>{ " " }<strong>{ st.name }</strong>{ "." }</li>
                { item(ui.other_levels_then, then) }
                </>
            }
        }
        _ => {
            html! {
                <>
                if let Some(u) = care.up() { { item(ui.other_levels_up, u) } }
                if let Some(d) = care.down() { { item(ui.other_levels_down, d) } }
                </>
            }
        }
    };
    html! {
        <details class="cf-other cf-fold">
            <summary><h2>{ ui.other_levels_heading }</h2></summary>
            <ul>{ items }</ul>
        </details>
    }
}
