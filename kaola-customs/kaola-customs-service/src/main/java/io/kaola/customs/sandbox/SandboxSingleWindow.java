package io.kaola.customs.sandbox;

import io.kaola.common.boot.mq.MessagePublisher;
import io.kaola.customs.api.CustomsDocument;
import io.kaola.customs.api.CustomsReceiptReceived;
import io.kaola.customs.api.SandboxAction;
import io.kaola.customs.api.SandboxScript;
import io.kaola.customs.config.SandboxSingleWindowProperties;
import io.kaola.customs.declaration.application.SandboxScripting;
import io.kaola.customs.declaration.application.ScriptSandbox;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import java.io.StringWriter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated single window and customs (profile {@code sandbox} only). It accepts a declaration and answers with a
 * sequence of receipts, each published on {@value CustomsReceiptReceived#TOPIC} as the real receipts would arrive:
 * <ul>
 *   <li>order, payment, waybill: 2 (申报中), 120 (入库);</li>
 *   <li>inventory list: 2, 120, 399 (审结), 800 (放行), 899 (结关).</li>
 * </ul>
 * Receipt i has returnTime = accepted + i × delay. With {@code chaos} each is delivered up to one delay late (so
 * out of order) and about one in four twice; {@code seed} makes that repeatable. Ops script the next declaration of a
 * document of an order ({@link SandboxAction}); a script is used once, so a re-send is answered normally.
 */
@Component
@Profile("sandbox")
public class SandboxSingleWindow implements SandboxScripting, DisposableBean {
    private static final Logger log = LoggerFactory.getLogger(SandboxSingleWindow.class);
    private static final String CEB = "http://www.chinaport.gov.cn/ceb";
    private static final DateTimeFormatter RETURN_TIME =
            DateTimeFormatter.ofPattern("yyyyMMddHHmmssSSS").withZone(ZoneId.of("Asia/Shanghai"));

    private final MessagePublisher publisher;
    private final SandboxSingleWindowProperties properties;
    private final Clock clock;
    private final Random random;
    private final Map<String, SandboxScript> scripts = new ConcurrentHashMap<>();
    private final ScheduledExecutorService scheduler;

    public SandboxSingleWindow(MessagePublisher publisher, SandboxSingleWindowProperties properties, Clock clock) {
        this.publisher = publisher;
        this.properties = properties;
        this.clock = clock;
        this.random = properties.seed() == null ? new Random() : new Random(properties.seed());
        AtomicInteger threads = new AtomicInteger();
        this.scheduler = Executors.newScheduledThreadPool(2, r -> {
            Thread t = new Thread(r, "sandbox-single-window-" + threads.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public void script(String orderNo, SandboxScript script) {
        scripts.put(orderNo + ":" + script.document(), script);
        log.info("sandbox single window: next {} of order {} → {}", script.document(), orderNo, script.action());
    }

    /** One receipt the sandbox will send: its status and info. */
    record Planned(int returnStatus, String returnInfo) {}

    /**
     * Takes a declaration and schedules its receipts; returns at once.
     *
     * @return the receipts planned, in returnTime order (empty when MUTE)
     */
    public List<Planned> accept(CustomsDocument document, String orderNo, String guid) {
        SandboxScript script = scripts.remove(orderNo + ":" + document);
        SandboxAction action = script == null ? null : script.action();
        List<Planned> plan = plan(document, action);
        Duration step = action == SandboxAction.DELAY ? ScriptSandbox.delayOf(script) : properties.delay();
        long stepMs = Math.max(1, step.toMillis());
        Instant accepted = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        for (int i = 0; i < plan.size(); i++) {
            Planned p = plan.get(i);
            Instant returnTime = accepted.plusMillis(stepMs * (i + 1));
            CustomsReceiptReceived receipt = new CustomsReceiptReceived(orderNo, document, guid, p.returnStatus(),
                    p.returnInfo(), returnTime, receiptXml(document, orderNo, guid, p, returnTime));
            long due = stepMs * (i + 1);
            deliverAt(receipt, due + jitter(stepMs));
            if (duplicate()) deliverAt(receipt, due + jitter(stepMs) + stepMs);
        }
        log.info("sandbox single window took {} of order {} guid={}: {} receipts{}", document.messageType(), orderNo,
                guid, plan.size(), action == null ? "" : " (" + action + ")");
        return plan;
    }

    static List<Planned> plan(CustomsDocument document, SandboxAction action) {
        List<Planned> p = new ArrayList<>();
        if (action == SandboxAction.MUTE) return p;
        if (action == SandboxAction.REJECT_SIGNATURE) {
            p.add(new Planned(-621049, "[Code:-621049;Desc:签名验证失败]"));
            return p;
        }
        p.add(new Planned(2, "[Code:2;Desc:申报中]"));
        switch (action == null ? SandboxAction.DELAY : action) {
            case REJECT_QUOTA -> p.add(new Planned(100, "[Code:1313;Desc:订购人购买超过年度限额]"));
            case REJECT_IDENTITY -> p.add(new Planned(100, "[Code:1311;Desc:订购人身份信息校验不通过]"));
            case REJECT_LINES -> p.add(new Planned(100, "[Code:1322;Desc:订单清单表体商品项不一致]"));
            default -> {
                p.add(new Planned(120, "[Code:2600;Desc:入库成功]"));
                if (document == CustomsDocument.INVENTORY) {
                    if (action == SandboxAction.HOLD_INSPECTION) {
                        p.add(new Planned(500, "[Code:2500;Desc:查验]"));
                    } else {
                        p.add(new Planned(399, "[Code:2399;Desc:审结]"));
                        p.add(new Planned(800, "[Code:2600;Desc:放行]"));
                        p.add(new Planned(899, "[Code:2899;Desc:结关]"));
                    }
                }
            }
        }
        return p;
    }

    private long jitter(long stepMs) {
        if (!properties.chaos()) return 0;
        synchronized (random) { return (long) (random.nextDouble() * stepMs * 1.5); }
    }

    private boolean duplicate() {
        if (!properties.chaos()) return false;
        synchronized (random) { return random.nextInt(4) == 0; }
    }

    private void deliverAt(CustomsReceiptReceived receipt, long delayMs) {
        scheduler.schedule(() -> deliver(receipt, 1), delayMs, TimeUnit.MILLISECONDS);
    }

    private void deliver(CustomsReceiptReceived receipt, int attempt) {
        try {
            publisher.send(CustomsReceiptReceived.TOPIC, receipt.key(), receipt);
        } catch (RuntimeException e) {
            if (attempt >= 5) {
                log.error("sandbox single window gave up on receipt {}: {}", receipt.key(), e.toString());
                return;
            }
            scheduler.schedule(() -> deliver(receipt, attempt + 1), 500L * attempt, TimeUnit.MILLISECONDS);
        }
    }

    /** @return the receipt as a CEB312/412/512/622 message */
    static String receiptXml(CustomsDocument document, String orderNo, String guid, Planned p, Instant returnTime) {
        String body = switch (document) {
            case ORDER -> "OrderReturn";
            case PAYMENT -> "PaymentReturn";
            case WAYBILL -> "LogisticsReturn";
            case INVENTORY -> "InventoryReturn";
        };
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.writeStartElement("ceb", document.receiptType() + "Message", CEB);
            w.writeNamespace("ceb", CEB);
            w.writeAttribute("guid", java.util.UUID.randomUUID().toString().toUpperCase(java.util.Locale.ROOT));
            w.writeAttribute("version", "1.0");
            w.writeStartElement("ceb", body, CEB);
            element(w, "guid", guid);
            element(w, "orderNo", orderNo);
            element(w, "returnStatus", Integer.toString(p.returnStatus()));
            element(w, "returnTime", RETURN_TIME.format(returnTime));
            element(w, "returnInfo", p.returnInfo());
            w.writeEndElement();
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
        return out.toString();
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("ceb", name, CEB);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    @Override
    public void destroy() { scheduler.shutdownNow(); }
}
