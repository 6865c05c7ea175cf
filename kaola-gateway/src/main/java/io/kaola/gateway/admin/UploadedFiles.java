package io.kaola.gateway.admin;

import io.kaola.common.error.CommonError;
import org.springframework.web.multipart.MultipartFile;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns uploaded file parts into (file name without directory → UTF-8 text). */
final class UploadedFiles {
    private UploadedFiles() {}

    /**
     * @param parts file parts, in upload order
     * @return file name to text, in upload order
     * @throws io.kaola.common.error.KaolaException COMMON_INVALID_REQUEST for a part without a file name or
     *         two parts with the same name
     */
    static Map<String, String> byFileName(Collection<MultipartFile> parts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (MultipartFile part : parts) {
            String name = baseName(part.getOriginalFilename());
            if (name.isEmpty()) {
                throw CommonError.INVALID_REQUEST.exception("part '" + part.getName() + "' has no file name");
            }
            if (files.put(name, text(part)) != null) {
                throw CommonError.INVALID_REQUEST.exception("two files are named " + name);
            }
        }
        return files;
    }

    /** @return the name after the last '/' or '\' (browsers and curl may send a path) */
    static String baseName(String originalFilename) {
        if (originalFilename == null) return "";
        int slash = Math.max(originalFilename.lastIndexOf('/'), originalFilename.lastIndexOf('\\'));
        return originalFilename.substring(slash + 1).strip();
    }

    private static String text(MultipartFile part) {
        try {
            return new String(part.getBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read uploaded part " + part.getName(), e);
        }
    }
}
