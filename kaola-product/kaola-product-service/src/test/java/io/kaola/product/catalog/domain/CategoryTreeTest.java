package io.kaola.product.catalog.domain;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import static org.assertj.core.api.Assertions.assertThat;

class CategoryTreeTest {
    record Node(String key, String parent, String hint) {}

    static List<String> order(Node... nodes) {
        return CategoryTree.parentsFirst(List.of(nodes), Node::key, Node::parent, Node::hint).stream()
                .map(Node::key).toList();
    }

    @Test void parents_come_before_children_and_siblings_follow_their_order_hint_as_numbers() {
        assertThat(order(new Node("chairs", "furniture", ".42"), new Node("tables", "furniture", ".3"),
                new Node("furniture", null, ".5"), new Node("kitchen", null, ".12"), new Node("sofas", "furniture", null)))
                .containsExactly("kitchen", "furniture", "tables", "chairs", "sofas");
    }

    @Test void a_category_whose_parent_is_elsewhere_counts_as_a_root() {
        assertThat(order(new Node("lamps", "stored-parent", ".1"))).containsExactly("lamps");
    }

    @Test void a_loop_of_parents_is_found() {
        assertThat(CategoryTree.inCycle(Map.of("a", "b", "b", "a", "c", "a"), List.of("a", "c")))
                .containsExactlyInAnyOrder("a", "c");
        assertThat(CategoryTree.inCycle(new java.util.HashMap<>(Map.of("a", "b")), List.of("a"))).isEmpty();
    }
}
