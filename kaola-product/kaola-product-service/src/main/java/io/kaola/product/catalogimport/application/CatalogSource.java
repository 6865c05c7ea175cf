package io.kaola.product.catalogimport.application;

import io.kaola.product.catalogimport.domain.KnownCatalog;
import io.kaola.product.catalogimport.domain.ReadOutcome;

import java.time.Instant;
import java.util.Map;

/**
 * Reads a catalogue directory in an external format and validates all of it before anything is written,
 * producing the plan the import applies (or the problems that refuse it).
 */
public interface CatalogSource {

    /**
     * @param files file name (no directory) to its text; null reads as no file
     * @param known what is already stored, for references to items the files do not contain
     * @param now   the instant price validity windows are checked against
     * @return the plan, or the problems that refuse the import, each naming file and item
     */
    ReadOutcome read(Map<String, String> files, KnownCatalog known, Instant now);
}
