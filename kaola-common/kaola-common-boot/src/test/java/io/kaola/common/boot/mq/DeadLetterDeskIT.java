package io.kaola.common.boot.mq;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kaola.common.deadletter.DeadLetterError;
import io.kaola.common.deadletter.DeadLetterFilter;
import io.kaola.common.deadletter.DeadLetterStatus;
import io.kaola.common.deadletter.DeadLetterView;
import io.kaola.common.error.KaolaException;
import io.kaola.common.page.PageRequest;
import io.kaola.devinfra.TestInfra;
import org.apache.rocketmq.client.producer.DefaultMQProducer;
import org.apache.rocketmq.common.message.MessageExt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The dead-letter desk against the embedded RocketMQ and the local MariaDB: a poison message is retried, dead-lettered,
 * recorded once with its identity number masked, replayed (only to the group that failed, with its original body)
 * after the cause is fixed, consumed, audited; a second replay publishes nothing; discard and the refusals.
 */
class DeadLetterDeskIT {
    /** The DDL every service's migration carries (docs/dead-letters.md). */
    static final String DDL = """
            CREATE TABLE dead_letter (
              id              BIGINT       NOT NULL AUTO_INCREMENT,
              consumer_group  VARCHAR(96)  NOT NULL,
              msg_id          VARCHAR(64)  NOT NULL,
              topic           VARCHAR(128) NOT NULL,
              message_key     VARCHAR(256) NULL,
              body            MEDIUMTEXT   NOT NULL,
              body_masked     BOOLEAN      NOT NULL,
              offset_msg_id   VARCHAR(64)  NULL,
              first_failed_at TIMESTAMP(3) NOT NULL,
              dead_at         TIMESTAMP(3) NOT NULL,
              reconsume_times INT          NOT NULL,
              status          VARCHAR(16)  NOT NULL,
              acted_by        VARCHAR(128) NULL,
              acted_at        TIMESTAMP(3) NULL,
              replay_msg_id   VARCHAR(64)  NULL,
              PRIMARY KEY (id),
              UNIQUE KEY uk_dead_letter_msg (consumer_group, msg_id),
              KEY idx_dead_letter_status (status, id)
            ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""";
    static final String TOPIC = "dlq-desk-test";
    static final String POISON = "dlq-desk-poison";
    static final String ID_NUMBER = "33010619900307123X";

    record Ping(String text, String payerIdNumber) {}

    static final AtomicBoolean broken = new AtomicBoolean(true);
    static final List<Ping> consumed = new CopyOnWriteArrayList<>();
    static final List<Ping> healthySeen = new CopyOnWriteArrayList<>();
    static MessageListenerContainers containers;
    static DefaultMQProducer producer;
    static DeadLetterDesk desk;
    static JdbcTemplate jdbc;

    @BeforeAll
    static void start() throws Exception {
        TestInfra.start();
        TestInfra.createTopics(TOPIC);
        TestInfra.recreateDatabases("kaola_deadletter_it", "kaola_deadletter_off_it");
        jdbc = new JdbcTemplate(dataSource("kaola_deadletter_it"));
        jdbc.execute(DDL);
        producer = new DefaultMQProducer("dlq-desk-producer");
        producer.setNamesrvAddr(TestInfra.nameServer());
        producer.setInstanceName("dlq-desk-it");
        producer.start();
        desk = new DeadLetterDesk(new DeadLetterStore(jdbc, "kaola-test"), producer, Clock.systemUTC());
        KaolaMessageListener<Ping> poison = listener(POISON, p -> {
            if (broken.get()) throw new IllegalStateException("cannot apply " + p.text());
            consumed.add(p);
        });
        KaolaMessageListener<Ping> healthy = listener("dlq-desk-healthy", healthySeen::add);
        containers = new MessageListenerContainers(List.of(poison, healthy),
                new MqProperties(true, TestInfra.nameServer(), null, 1, 1000), new ObjectMapper(), "dlq-desk-it", desk);
        containers.start();
    }

    @AfterAll
    static void stop() {
        if (containers != null) containers.stop();
        if (producer != null) producer.shutdown();
    }

    @Test
    void a_poison_message_is_recorded_masked_replayed_to_its_group_after_the_fix_consumed_and_audited() {
        new MessagePublisher(producer, new ObjectMapper()).send(TOPIC, "K-7", new Ping("hello", ID_NUMBER));

        DeadLetterView letter = awaitLetter("K-7");
        assertThat(letter.application()).isEqualTo("kaola-test");
        assertThat(letter.consumerGroup()).isEqualTo(POISON);
        assertThat(letter.topic()).isEqualTo(TOPIC);
        assertThat(letter.status()).isEqualTo(DeadLetterStatus.NEW);
        assertThat(letter.body()).contains("3301**********123X").doesNotContain(ID_NUMBER);
        assertThat(letter.reconsumeTimes()).as("first delivery + max-reconsume-times 1").isEqualTo(2);
        assertThat(letter.firstFailedAt()).isBeforeOrEqualTo(letter.deadAt());
        assertThat(letter.actedBy()).isNull();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter WHERE body LIKE ?", Integer.class,
                "%" + ID_NUMBER + "%")).as("no full identity number at rest").isZero();
        await(() -> healthySeen.size() == 1, "the healthy group consumed the original");

        broken.set(false);
        DeadLetterView replayed = desk.replay(letter.id(), "ops:1 ops@kaola.test");

        assertThat(replayed.status()).isEqualTo(DeadLetterStatus.REPLAYED);
        assertThat(replayed.actedBy()).isEqualTo("ops:1 ops@kaola.test");
        assertThat(replayed.actedAt()).isNotNull();
        assertThat(replayed.replayMsgId()).isNotBlank();
        await(() -> !consumed.isEmpty(), "the replay consumed by " + POISON);
        assertThat(consumed).as("the original body, identity number in full, read back from %DLQ%")
                .containsExactly(new Ping("hello", ID_NUMBER));

        DeadLetterView again = desk.replay(letter.id(), "ops:2 other@kaola.test");
        assertThat(again).as("a second replay publishes nothing and keeps the first audit").isEqualTo(replayed);
        assertThatThrownBy(() -> desk.discard(letter.id(), "ops:2 other@kaola.test"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(DeadLetterError.ILLEGAL_TRANSITION)).isTrue());
        assertThat(healthySeen).as("%RETRY%<group>: the other group of the topic never gets the replay").hasSize(1);
        assertThat(consumed).hasSize(1);
    }

    @Test
    void a_discarded_letter_is_audited_and_can_no_longer_be_replayed() {
        DeadLetterView letter = desk.store().find(desk.record(POISON, TOPIC, deadMessage("K-8", "m-k8"))).orElseThrow();
        assertThat(letter.status()).isEqualTo(DeadLetterStatus.NEW);

        DeadLetterView discarded = desk.discard(letter.id(), "ops:3 ops@kaola.test");
        assertThat(discarded.status()).isEqualTo(DeadLetterStatus.DISCARDED);
        assertThat(discarded.actedBy()).isEqualTo("ops:3 ops@kaola.test");
        assertThat(desk.discard(letter.id(), "ops:4 x@kaola.test")).isEqualTo(discarded);
        assertThatThrownBy(() -> desk.replay(letter.id(), "ops:3 ops@kaola.test"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(DeadLetterError.ILLEGAL_TRANSITION)).isTrue());
        assertThat(desk.list(new DeadLetterFilter(DeadLetterStatus.DISCARDED, null, TOPIC), new PageRequest(0, 10)).items())
                .extracting(DeadLetterView::id).contains(letter.id());
        assertThatThrownBy(() -> desk.replay(999_999, "ops:3"))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(DeadLetterError.NOT_FOUND)).isTrue());
    }

    @Test
    void the_same_dead_message_delivered_twice_is_recorded_once() {
        MessageExt dead = deadMessage("K-9", "m-k9");
        long first = desk.record("dlq-desk-twice", TOPIC, dead);
        long second = desk.record("dlq-desk-twice", TOPIC, dead);

        assertThat(second).isEqualTo(first);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM dead_letter WHERE consumer_group = 'dlq-desk-twice'",
                Integer.class)).isEqualTo(1);
    }

    @Test
    void without_the_table_the_desk_is_off_and_says_so() {
        DeadLetterDesk off = new DeadLetterDesk(new DeadLetterStore(new JdbcTemplate(dataSource("kaola_deadletter_off_it")),
                "kaola-test"), producer, Clock.systemUTC());

        assertThat(off.available()).isFalse();
        assertThatThrownBy(() -> off.list(DeadLetterFilter.any(), new PageRequest(0, 10)))
                .isInstanceOfSatisfying(KaolaException.class, e -> assertThat(e.is(DeadLetterError.DESK_UNAVAILABLE)).isTrue());
    }

    private static MessageExt deadMessage(String key, String msgId) {
        MessageExt dead = new MessageExt();
        dead.setTopic("%DLQ%" + POISON);
        dead.setKeys(key);
        dead.setMsgId(msgId);
        dead.setBody("{\"text\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        dead.setBornTimestamp(System.currentTimeMillis() - 1000);
        dead.setStoreTimestamp(System.currentTimeMillis());
        dead.setReconsumeTimes(1);
        return dead;
    }

    private static DeadLetterView awaitLetter(String key) {
        await(() -> desk.list(new DeadLetterFilter(DeadLetterStatus.NEW, POISON, TOPIC), new PageRequest(0, 100)).items()
                .stream().anyMatch(l -> key.equals(l.key())), "dead letter " + key + " recorded");
        return desk.list(new DeadLetterFilter(DeadLetterStatus.NEW, POISON, TOPIC), new PageRequest(0, 100)).items()
                .stream().filter(l -> key.equals(l.key())).findFirst().orElseThrow();
    }

    private static void await(BooleanSupplier condition, String what) {
        long deadline = System.currentTimeMillis() + 90_000;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for: " + what);
            try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); throw new AssertionError(e); }
        }
    }

    private static DriverManagerDataSource dataSource(String database) {
        String host = env("KAOLA_DB_HOST", "127.0.0.1");
        String port = env("KAOLA_DB_PORT", "3306");
        return new DriverManagerDataSource("jdbc:mariadb://" + host + ":" + port + "/" + database,
                env("KAOLA_DB_USER", "root"), env("KAOLA_DB_PASSWORD", ""));
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    private static KaolaMessageListener<Ping> listener(String group, java.util.function.Consumer<Ping> body) {
        return new KaolaMessageListener<>() {
            @Override public String topic() { return TOPIC; }
            @Override public String consumerGroup() { return group; }
            @Override public Class<Ping> payloadType() { return Ping.class; }
            @Override public void onMessage(Ping payload, String key) { body.accept(payload); }
        };
    }
}
