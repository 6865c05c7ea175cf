package io.kaola.common.risk;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BlocklistTest {
    private static final String KEY = "a".repeat(64);

    @Test
    void validated_normalises_and_deduplicates() {
        Blocklist b = new Blocklist(List.of(7L, 7L), List.of(" 203.0.113.7 ", "203.0.113.9/24", "2001:DB8::1", "::1"),
                List.of(KEY.toUpperCase(), KEY), List.of("13800138000", " 13800138000")).validated();
        assertThat(b.userIds()).containsExactly(7L);
        assertThat(b.ips()).containsExactly("203.0.113.7", "203.0.113.0/24", "2001:db8:0:0:0:0:0:1", "0:0:0:0:0:0:0:1");
        assertThat(b.identityKeys()).containsExactly(KEY);
        assertThat(b.phones()).containsExactly("13800138000");
    }

    @Test
    void validated_names_every_problem_without_quoting_values() {
        assertThatThrownBy(() -> new Blocklist(List.of(0L), List.of("example.com", "10.0.0.1/33", "300.1.1.1"),
                List.of("110101199001011234"), List.of("138001380001")).validated())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("userIds[0]").hasMessageContaining("ips[0]").hasMessageContaining("ips[1]")
                .hasMessageContaining("ips[2]").hasMessageContaining("identityKeys[0]").hasMessageContaining("phones[0]")
                .hasMessageNotContaining("110101199001011234").hasMessageNotContaining("138001380001");
        assertThatThrownBy(() -> new Blocklist(java.util.stream.LongStream.rangeClosed(1, Blocklist.MAX_USER_IDS + 1)
                .boxed().toList(), null, null, null).validated()).hasMessageContaining("at most");
    }

    @Test
    void ranges_match_ipv4_and_ipv6_and_only_their_family() {
        Blocklist.Compiled c = new Blocklist(List.of(5L), List.of("203.0.113.0/24", "2001:db8::/32", "127.0.0.9"),
                List.of(KEY), List.of("13900139000")).validated().compile();
        assertThat(c.blocksIp("203.0.113.200")).isTrue();
        assertThat(c.blocksIp("203.0.114.1")).isFalse();
        assertThat(c.blocksIp("2001:db8:ffff::7")).isTrue();
        assertThat(c.blocksIp("2001:db9::7")).isFalse();
        assertThat(c.blocksIp("127.0.0.9")).isTrue();
        assertThat(c.blocksIp("127.0.0.10")).isFalse();
        assertThat(c.blocksIp("not-an-ip")).isFalse();
        assertThat(c.blocksUser(5)).isTrue();
        assertThat(c.blocksUser(6)).isFalse();
        assertThat(c.blocksIdentityKey(KEY.toUpperCase())).isTrue();
        assertThat(c.blocksPhone("13900139000")).isTrue();
        assertThat(c.blocksPhone("13900139001")).isFalse();
        assertThat(Blocklist.EMPTY.compile().blocksIp("127.0.0.1")).isFalse();
    }

    @Test
    void subjects_are_masked() {
        assertThat(RiskSubjects.phone("13800138000")).isEqualTo("phone:138******00");
        assertThat(RiskSubjects.identityKey(KEY)).isEqualTo("identity:aaaaaaaa…");
        assertThat(RiskSubjects.ip("203.0.113.7")).isEqualTo("ip:203.0.113.x");
        assertThat(RiskSubjects.ip("2001:db8:0:0:0:0:0:1")).isEqualTo("ip:2001:db8:0:0:…");
    }
}
