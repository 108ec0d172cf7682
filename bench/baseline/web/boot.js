wasm_bindgen({ module_or_path: 'app_bg.wasm' }).then(function () { wasm_bindgen.start(); });
