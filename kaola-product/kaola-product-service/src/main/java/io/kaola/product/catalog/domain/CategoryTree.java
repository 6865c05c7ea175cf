package io.kaola.product.catalog.domain;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/** The category tree's order and shape rules, shared by the storefront reads and the import. */
public final class CategoryTree {
    private CategoryTree() {}

    /**
     * commercetools orderHint order: a decimal string in (0, 1) such as ".3" or "0.42", compared as a
     * number when both parse (so ".3" comes before ".42"), else as text; a missing hint comes last.
     */
    public static final Comparator<String> ORDER_HINTS = (a, b) -> {
        if (a == null || b == null) return a == null ? (b == null ? 0 : 1) : -1;
        BigDecimal x = decimal(a);
        BigDecimal y = decimal(b);
        return x != null && y != null ? x.compareTo(y) : a.compareTo(b);
    };

    /**
     * Orders a forest depth-first: every parent before its children, siblings by orderHint then key.
     * A node whose parent is not in {@code nodes} counts as a root; nodes caught in a cycle come last, by key.
     *
     * @return the same nodes, reordered
     */
    public static <T> List<T> parentsFirst(Collection<T> nodes, Function<T, String> key, Function<T, String> parentKey,
                                           Function<T, String> orderHint) {
        Comparator<T> siblings = Comparator.comparing(orderHint, ORDER_HINTS).thenComparing(key);
        Map<String, T> byKey = new LinkedHashMap<>();
        nodes.forEach(n -> byKey.put(key.apply(n), n));
        Map<String, List<T>> children = new HashMap<>();
        List<T> roots = new ArrayList<>();
        for (T node : nodes) {
            String parent = parentKey.apply(node);
            if (parent == null || !byKey.containsKey(parent)) roots.add(node);
            else children.computeIfAbsent(parent, k -> new ArrayList<>()).add(node);
        }
        List<T> ordered = new ArrayList<>(nodes.size());
        Set<String> placed = new HashSet<>();
        Deque<T> stack = new ArrayDeque<>();
        roots.sort(siblings.reversed());
        roots.forEach(stack::push);
        while (!stack.isEmpty()) {
            T node = stack.pop();
            if (!placed.add(key.apply(node))) continue;
            ordered.add(node);
            List<T> kids = new ArrayList<>(children.getOrDefault(key.apply(node), List.of()));
            kids.sort(siblings.reversed());
            kids.forEach(stack::push);
        }
        nodes.stream().filter(n -> !placed.contains(key.apply(n)))
                .sorted(Comparator.comparing(key)).forEach(ordered::add);
        return ordered;
    }

    /**
     * @param parents every category key to its parent key (null for a root)
     * @param start   the keys to check
     * @return those of {@code start} whose chain of parents loops back on itself
     */
    public static Set<String> inCycle(Map<String, String> parents, Collection<String> start) {
        Set<String> looping = new LinkedHashSet<>();
        for (String key : start) {
            Set<String> seen = new HashSet<>();
            String current = key;
            while (current != null && seen.add(current)) current = parents.get(current);
            if (current != null) looping.add(key);
        }
        return looping;
    }

    private static BigDecimal decimal(String text) {
        try {
            return new BigDecimal(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
