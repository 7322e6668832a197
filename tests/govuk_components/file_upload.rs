use super::*;

#[wasm_bindgen_test]
fn file_upload_matches_the_hint_example() {
    assert_matches(fixtures!("file-upload"), "with hint text", || {
        view! {
            <FileUpload
                id="file-upload-2"
                name="file-upload-2"
                label="Upload your photo"
                hint="Your photo may be in your Pictures, Photos, Downloads or Desktop folder. Or in an app like iPhoto."
            />
        }
    });
}

#[wasm_bindgen_test]
fn file_upload_matches_the_error_example() {
    assert_matches(fixtures!("file-upload"), "error", || {
        view! {
            <FileUpload
                id="file-upload-with-error"
                name="file-upload-with-error"
                label="Upload a file"
                error_message=Signal::stored(Some("Error message".to_owned()))
            />
        }
    });
}
