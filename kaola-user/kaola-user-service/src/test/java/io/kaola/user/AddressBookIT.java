package io.kaola.user;

import io.kaola.common.error.CommonError;
import io.kaola.common.error.ErrorCode;
import io.kaola.common.error.KaolaException;
import io.kaola.devinfra.TestInfra;
import io.kaola.user.api.AddressBookService;
import io.kaola.user.api.AddressView;
import io.kaola.user.api.SaveAddressRequest;
import io.kaola.user.api.UserError;
import io.kaola.devinfra.ServicePlaneClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * AddressBookService over the real Dubbo protocol and the service plane's mutual TLS, called as kaola-gateway calls
 * it (its certificate, straight to the exported provider), on a fresh kaola_user_it schema: every record and
 * KaolaException is serialised. After each test the book holds exactly one default while non-empty, as the table
 * (uk_address_default_owner) and the service both say.
 */
@SpringBootTest(properties = {"dubbo.protocol.port=-1", "server.port=0"})
@ActiveProfiles("sandbox")   // kaola-user refuses to start without an ID-check provider; the sandbox one is the test's
// each IT class recreates kaola_user_it: close this context so that no provider of it outlives its schema
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class AddressBookIT {
    static {
        TestInfra.start();
        TestInfra.recreateDatabases("kaola_user_it");
    }

    private static final AtomicLong USERS = new AtomicLong(70_000);

    @Autowired ApplicationContext context;
    @Autowired JdbcTemplate jdbc;

    private ServicePlaneClient gateway;
    private AddressBookService book;

    @BeforeEach
    void connectAsTheGateway() {
        gateway = new ServicePlaneClient("kaola-gateway", ServicePlaneClient.testCredentials());
        book = gateway.reference(AddressBookService.class,
                ServicePlaneClient.providerAddress(context, AddressBookService.class));
    }

    @AfterEach
    void disconnect() { gateway.close(); }

    @Test
    void a_shopper_creates_lists_updates_and_deletes_an_address() {
        long user = aUser();
        assertThat(book.list(user)).isEmpty();
        assertThat(book.defaultAddress(user)).isNull();

        AddressView created = book.create(user, address("韩梅梅", "西湖区文三路 90 号"));
        assertThat(created.id()).isPositive();
        assertThat(created.userId()).isEqualTo(user);
        assertThat(created).extracting(AddressView::consignee, AddressView::phone, AddressView::province,
                AddressView::city, AddressView::district, AddressView::detail)
                .containsExactly("韩梅梅", "13800138000", "浙江省", "杭州市", "西湖区", "西湖区文三路 90 号");
        assertThat(created.isDefault()).as("the first entry is the default").isTrue();
        assertThat(created.updatedAt()).isNotNull();
        assertThat(book.list(user)).containsExactly(created);
        assertThat(book.get(user, created.id())).isEqualTo(created);

        AddressView updated = book.update(user, created.id(),
                new SaveAddressRequest("李雷", "13900139000", "上海市", "上海市", "浦东新区", "世纪大道 100 号"));
        assertThat(updated).extracting(AddressView::id, AddressView::consignee, AddressView::phone,
                AddressView::province, AddressView::district, AddressView::detail, AddressView::isDefault)
                .containsExactly(created.id(), "李雷", "13900139000", "上海市", "浦东新区", "世纪大道 100 号", true);
        assertThat(updated.updatedAt()).isAfterOrEqualTo(created.updatedAt());
        assertThat(book.get(user, created.id())).isEqualTo(updated);

        book.delete(user, created.id());
        assertThat(book.list(user)).isEmpty();
        assertRefused(() -> book.get(user, created.id()), UserError.ADDRESS_NOT_FOUND);
        assertRefused(() -> book.delete(user, created.id()), UserError.ADDRESS_NOT_FOUND);
    }

    @Test
    void the_book_keeps_exactly_one_default_through_create_make_default_and_deleting_the_default() {
        long user = aUser();
        AddressView a = book.create(user, address("A", "1 号"));
        AddressView b = book.create(user, address("B", "2 号"));
        AddressView c = book.create(user, address("C", "3 号"));
        assertThat(b.isDefault()).as("a later entry is not the default").isFalse();
        assertThat(c.isDefault()).isFalse();
        assertOnlyDefault(user, a.id());

        AddressView madeDefault = book.makeDefault(user, b.id());
        assertThat(madeDefault.isDefault()).isTrue();
        assertOnlyDefault(user, b.id());
        assertThat(book.list(user).get(0).id()).as("the default is listed first").isEqualTo(b.id());
        assertThat(book.makeDefault(user, b.id()).isDefault()).as("making the default default again").isTrue();
        assertOnlyDefault(user, b.id());

        book.update(user, c.id(), address("C", "3 号 2 楼"));   // C is now the most recently updated other entry
        assertOnlyDefault(user, b.id());

        book.delete(user, b.id());
        assertOnlyDefault(user, c.id());
        assertThat(book.defaultAddress(user).id()).isEqualTo(c.id());

        book.delete(user, a.id());   // not the default: no change of default
        assertOnlyDefault(user, c.id());

        book.delete(user, c.id());
        assertThat(book.list(user)).isEmpty();
        assertThat(book.defaultAddress(user)).isNull();
        AddressView again = book.create(user, address("D", "4 号"));
        assertThat(again.isDefault()).as("the first entry of a book emptied again").isTrue();
    }

    @Test
    void a_book_holds_twenty_entries_and_refuses_the_twenty_first() {
        long user = aUser();
        List<AddressView> created = new ArrayList<>();
        for (int i = 1; i <= 20; i++) created.add(book.create(user, address("收货人" + i, i + " 号")));

        assertRefused(() -> book.create(user, address("第二十一", "21 号")), UserError.ADDRESS_BOOK_FULL);
        assertThat(book.list(user)).hasSize(20).noneMatch(a -> a.consignee().equals("第二十一"));
        assertOnlyDefault(user, created.get(0).id());

        book.delete(user, created.get(5).id());
        assertThat(book.create(user, address("第二十一", "21 号")).isDefault()).isFalse();
        assertThat(book.list(user)).hasSize(20);
    }

    @Test
    void another_users_address_is_not_found_and_stays_unchanged() {
        long owner = aUser();
        long other = aUser();
        AddressView mine = book.create(owner, address("韩梅梅", "文三路 90 号"));

        assertRefused(() -> book.get(other, mine.id()), UserError.ADDRESS_NOT_FOUND);
        assertRefused(() -> book.update(other, mine.id(), address("冒名", "别处")), UserError.ADDRESS_NOT_FOUND);
        assertRefused(() -> book.makeDefault(other, mine.id()), UserError.ADDRESS_NOT_FOUND);
        assertRefused(() -> book.delete(other, mine.id()), UserError.ADDRESS_NOT_FOUND);

        assertThat(book.list(owner)).containsExactly(mine);
        assertThat(book.list(other)).isEmpty();
        assertThat(book.defaultAddress(other)).isNull();
    }

    @Test
    void an_invalid_address_is_refused_naming_the_field_and_changes_nothing() {
        long user = aUser();
        assertThatThrownBy(() -> book.create(user,
                new SaveAddressRequest("韩梅梅", "1380013800", "浙江省", "杭州市", "西湖区", "文三路 90 号")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.INVALID_ADDRESS)).isTrue())
                .hasMessageContaining("phone must be 11 digits");
        assertThat(book.list(user)).as("nothing stored").isEmpty();

        AddressView kept = book.create(user, address("韩梅梅", "文三路 90 号"));
        assertThatThrownBy(() -> book.update(user, kept.id(),
                new SaveAddressRequest(" ", "13800138000", "浙江省", "杭州市", "西湖区", "文三路\u202E 90 号")))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(UserError.INVALID_ADDRESS)).isTrue())
                .hasMessageContaining("consignee is required")
                .hasMessageContaining("detail");
        assertRefused(() -> book.create(user, null), UserError.INVALID_ADDRESS);
        assertRefused(() -> book.create(user, new SaveAddressRequest("韩梅梅", "13800138000", "浙江省", "杭州市",
                "西湖区", "文".repeat(256))), UserError.INVALID_ADDRESS);

        assertThat(book.list(user)).as("the entry unchanged, no other stored").containsExactly(kept);
    }

    @Test
    void ten_concurrent_creates_for_one_user_all_succeed_and_leave_exactly_one_default() throws Exception {
        long user = aUser();
        List<AddressView> created = concurrently(10, i -> book.create(user, address("并发" + i, i + " 号")));

        assertThat(created).hasSize(10);
        assertThat(created).filteredOn(AddressView::isDefault).as("exactly one answer says default").hasSize(1);
        assertThat(book.list(user)).hasSize(10);
        assertOnlyDefault(user, created.stream().filter(AddressView::isDefault).findFirst().orElseThrow().id());
    }

    @Test
    void concurrent_make_default_calls_leave_exactly_one_default() throws Exception {
        long user = aUser();
        List<AddressView> entries = new ArrayList<>();
        for (int i = 0; i < 5; i++) entries.add(book.create(user, address("默认" + i, i + " 号")));

        concurrently(10, i -> book.makeDefault(user, entries.get(i % 5).id()));

        List<AddressView> defaults = book.list(user).stream().filter(AddressView::isDefault).toList();
        assertThat(defaults).hasSize(1);
        assertOnlyDefault(user, defaults.get(0).id());
    }

    @Test
    void only_the_gateway_and_kaola_order_may_call_the_address_book() {
        long user = aUser();
        try (ServicePlaneClient order = new ServicePlaneClient("kaola-order", ServicePlaneClient.testCredentials())) {
            AddressBookService asOrder = order.reference(AddressBookService.class,
                    ServicePlaneClient.providerAddress(context, AddressBookService.class));
            assertThat(asOrder.list(user)).isEmpty();
        }
        try (ServicePlaneClient payment = new ServicePlaneClient("kaola-payment", ServicePlaneClient.testCredentials())) {
            AddressBookService asPayment = payment.reference(AddressBookService.class,
                    ServicePlaneClient.providerAddress(context, AddressBookService.class));
            assertRefused(() -> asPayment.create(user, address("韩梅梅", "文三路 90 号")), CommonError.FORBIDDEN);
        }
        assertThat(book.list(user)).isEmpty();
    }

    private interface Call { AddressView run(int i); }

    /** Runs {@code n} calls at once (released together) and returns their answers; any failure fails the test. */
    private static List<AddressView> concurrently(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<AddressView>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit(() -> { start.await(); return call.run(index); }));
            }
            start.countDown();
            List<AddressView> answers = new ArrayList<>();
            for (Future<AddressView> f : futures) answers.add(f.get(60, TimeUnit.SECONDS));
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The service and the table agree: {@code id} is the user's one default. */
    private void assertOnlyDefault(long user, long id) {
        assertThat(book.list(user)).filteredOn(AddressView::isDefault).extracting(AddressView::id).containsExactly(id);
        assertThat(book.defaultAddress(user).id()).isEqualTo(id);
        assertThat(jdbc.queryForList("SELECT id FROM address_book_entry WHERE user_id = ? AND is_default", Long.class, user))
                .containsExactly(id);
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(KaolaException.class,
                e -> assertThat(e.is(code)).as(e.code()).isTrue());
    }

    private static long aUser() { return USERS.incrementAndGet(); }

    private static SaveAddressRequest address(String consignee, String detail) {
        return new SaveAddressRequest(consignee, "13800138000", "浙江省", "杭州市", "西湖区", detail);
    }
}
