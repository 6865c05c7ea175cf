package io.kaola.user.address.domain;

import io.kaola.common.error.KaolaException;
import io.kaola.user.api.SaveAddressRequest;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class AddressBookRulesTest {
    static final Instant T0 = Instant.parse("2026-12-01T00:00:00Z");

    static Address entry(long id, boolean isDefault, int minutes) {
        return new Address(id, 7, "张三", "13800001111", "浙江省", "杭州市", "西湖区", "文三路 1 号", isDefault,
                T0.plusSeconds(60L * minutes));
    }

    @Test
    void only_the_first_entry_of_an_empty_book_is_default() {
        assertThat(AddressBookRules.newEntryIsDefault(0)).isTrue();
        assertThat(AddressBookRules.newEntryIsDefault(1)).isFalse();
    }

    @Test
    void deleting_the_default_promotes_the_most_recently_updated_other_one() {
        Address deleted = entry(1, true, 50);
        assertThat(AddressBookRules.promotedOnDelete(deleted, List.of(deleted, entry(2, false, 10), entry(3, false, 30),
                entry(4, false, 20)))).map(Address::id).contains(3L);
    }

    @Test
    void on_a_tie_the_higher_id_is_promoted() {
        Address deleted = entry(1, true, 50);
        assertThat(AddressBookRules.promotedOnDelete(deleted, List.of(entry(5, false, 10), entry(2, false, 10))))
                .map(Address::id).contains(5L);
    }

    @Test
    void deleting_another_entry_or_the_last_one_promotes_nothing() {
        assertThat(AddressBookRules.promotedOnDelete(entry(2, false, 1), List.of(entry(1, true, 0), entry(2, false, 1))))
                .isEmpty();
        Address last = entry(1, true, 0);
        assertThat(AddressBookRules.promotedOnDelete(last, List.of(last))).isEmpty();
    }

    @Test
    void the_21st_entry_is_refused() {
        AddressBookRules.checkRoom(19);
        KaolaException e = catchThrowableOfType(KaolaException.class, () -> AddressBookRules.checkRoom(20));
        assertThat(e.code()).isEqualTo("USER_ADDRESS_BOOK_FULL");
    }

    @Test
    void an_invalid_address_is_refused_naming_the_field() {
        assertThatThrownBy(() -> AddressBookRules.checkAddress(new SaveAddressRequest("张三", "1380000", "浙江省",
                "杭州市", "西湖区", "文三路 1 号")))
                .isInstanceOf(KaolaException.class)
                .hasMessageContaining("phone must be 11 digits")
                .extracting(t -> ((KaolaException) t).code()).isEqualTo("USER_INVALID_ADDRESS");
        assertThatThrownBy(() -> AddressBookRules.checkAddress(new SaveAddressRequest("张\u202E三", "13800001111",
                "浙江省", "杭州市", "西湖区", " ")))
                .hasMessageContaining("consignee").hasMessageContaining("U+202E").hasMessageContaining("detail is required");
        AddressBookRules.checkAddress(new SaveAddressRequest("张三", "13800001111", "浙江省", "杭州市", "西湖区", "文三路 1 号"));
    }
}
