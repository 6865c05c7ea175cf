package io.kaola.product.catalogimport.domain;

import java.util.ArrayList;
import java.util.List;

/**
 * The problems that make an import malformed, each naming its file and item:
 * {@code "<file> item <index> (<key or sku>): <problem>"} (index zero-based, as in the JSON array).
 * Only the first {@value #MAX_LISTED} are kept, so that a badly broken file gives a readable refusal.
 */
public final class ImportProblems {
    public static final int MAX_LISTED = 50;

    private final List<String> listed = new ArrayList<>();
    private int total;

    /** Records a problem with a whole file (not JSON, not an array, missing). */
    public void inFile(String file, String problem) {
        add(file + ": " + problem);
    }

    /**
     * Records a problem with one item of a file.
     * @param id the item's key or sku, null when it has none
     */
    public void inItem(String file, int index, String id, String problem) {
        add(file + " item " + index + " (" + (id == null || id.isBlank() ? "no key" : id) + "): " + problem);
    }

    private void add(String problem) {
        total++;
        if (listed.size() < MAX_LISTED) listed.add(problem);
    }

    /** @return true when nothing is wrong */
    public boolean isEmpty() { return total == 0; }

    /** @return how many problems were found, listed or not */
    public int total() { return total; }

    /** @return the listed problems, plus a last line counting the ones left out */
    public List<String> list() {
        List<String> all = new ArrayList<>(listed);
        if (total > listed.size()) all.add("... and " + (total - listed.size()) + " more problems");
        return all;
    }
}
