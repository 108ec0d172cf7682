//! Browser tests (headless Chromium through wasm-bindgen-test): the view is
//! wired to the engine. Domain behaviour is tested on the host.
#![cfg(target_arch = "wasm32")]

use carefit::ui::App;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_root() -> web_sys::Element {
    let document = web_sys::window().unwrap().document().unwrap();
    let root = document.create_element("div").unwrap();
    document.body().unwrap().append_child(&root).unwrap();
    root
}

#[wasm_bindgen_test]
async fn shell_shows_the_first_question_as_the_automation_contract_says() {
    let root = fresh_root();
    yew::Renderer::<App>::with_root(root.clone()).render();
    yew::scheduler::flush().await;

    let forms = root.query_selector_all("form").unwrap();
    assert_eq!(forms.length(), 1, "one question form at a time");
    let form = root.query_selector("form").unwrap().unwrap();
    let fieldsets = form.query_selector_all("fieldset").unwrap();
    assert_eq!(fieldsets.length(), 1);
    let legend = form.query_selector("fieldset > legend").unwrap().unwrap();
    assert!(!legend.text_content().unwrap().trim().is_empty());

    let inputs = form.query_selector_all("input").unwrap();
    let mut values = Vec::new();
    for i in 0..inputs.length() {
        let input: web_sys::Element = inputs.item(i).unwrap().dyn_into().unwrap();
        assert_eq!(input.get_attribute("type").as_deref(), Some("radio"));
        assert_eq!(input.get_attribute("name").as_deref(), Some("safety"));
        let id = input.id();
        let label = form
            .query_selector(&format!("label[for='{id}']"))
            .unwrap()
            .expect("every input has a label");
        assert!(!label.text_content().unwrap().trim().is_empty());
        values.push(input.get_attribute("value").unwrap());
    }
    assert_eq!(values, ["no", "thoughts", "plan"]);

    let submits = form.query_selector_all("button[type=submit]").unwrap();
    assert_eq!(submits.length(), 1, "one submit button");

    let footer = root
        .query_selector("footer")
        .unwrap()
        .expect("crisis footer");
    let links: Vec<String> = {
        let all = footer.query_selector_all("a[href]").unwrap();
        (0..all.length())
            .map(|i| {
                let a: web_sys::Element = all.item(i).unwrap().dyn_into().unwrap();
                a.get_attribute("href").unwrap()
            })
            .collect()
    };
    for href in ["tel:988", "sms:988", "tel:911", "tel:+18006624357"] {
        assert!(
            links.iter().any(|l| l == href),
            "footer links to {href}: {links:?}"
        );
    }
}
