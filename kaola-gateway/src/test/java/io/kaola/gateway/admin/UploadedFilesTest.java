package io.kaola.gateway.admin;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.KaolaException;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockMultipartFile;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedFilesTest {

    @Test
    void files_are_keyed_by_their_name_without_directory_in_upload_order() {
        var files = UploadedFiles.byFileName(List.of(
                part("files", "data/b2c/products.json", "[1]"),
                part("files", "C:\\catalog\\categories.json", "[\"椅子\"]"),
                part("other", "inventory.json", "[]")));

        assertThat(files).containsExactly(
                java.util.Map.entry("products.json", "[1]"),
                java.util.Map.entry("categories.json", "[\"椅子\"]"),
                java.util.Map.entry("inventory.json", "[]"));
    }

    @Test
    void two_files_with_the_same_name_are_refused() {
        assertThatThrownBy(() -> UploadedFiles.byFileName(List.of(
                part("files", "a/products.json", "[]"), part("files", "b/products.json", "[]"))))
                .isInstanceOfSatisfying(KaolaException.class, e -> {
                    assertThat(e.is(CommonError.INVALID_REQUEST)).isTrue();
                    assertThat(e.getMessage()).contains("products.json");
                });
    }

    @Test
    void a_part_without_a_file_name_is_refused() {
        assertThatThrownBy(() -> UploadedFiles.byFileName(List.of(part("files", "", "[]"))))
                .isInstanceOf(KaolaException.class).hasMessageContaining("no file name");
    }

    private static MockMultipartFile part(String name, String filename, String content) {
        return new MockMultipartFile(name, filename, "application/json", content.getBytes(StandardCharsets.UTF_8));
    }
}
