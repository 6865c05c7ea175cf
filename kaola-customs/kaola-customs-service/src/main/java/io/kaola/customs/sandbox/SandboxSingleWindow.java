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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The simulated single window and customs (profile {@code sandbox} only). It accepts a declaration and answers with a
 * sequence of receipts, each published on {@value CustomsReceiptReceived#TOPIC} as the real receipts would arrive:
 * <ul>
 *   <li>order, payment, waybill: 2 (申报中), 120 (入库);</li>
 *   <li>inventory list: 2, 120, 399 (审结), 800 (放行), 899 (结关);</li>
 *   <li>list cancellation (CEB623): when the sandbox has not yet issued the 800 of the order's list (its returnTime
 *       is still ahead), 2, 120, 800 {@code [Code:2600;Desc:撤销成功]}, and every receipt of the list not yet issued
 *       is withdrawn (never delivered; a list sent later for the order gets none); when it has, 2 and 100
 *       {@code [Code:2601;Desc:清单已放行，不能撤销]} (release wins);</li>
 *   <li>return (CEB625): 2, 120, 800 {@code [Code:2600;Desc:退货审核通过]}; scripted REJECT_RETURN: 2, 100
 *       {@code [Code:2602;Desc:退货审核不通过]}.</li>
 * </ul>
 * A receipt counts as issued once its returnTime has passed, even when chaos delivers it later.
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
    /** Per order: the list receipts planned (to withdraw them on a cancellation) and when its 800 is issued. */
    private final Map<String, ListTrack> lists = new ConcurrentHashMap<>();
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

    /**
     * One receipt the sandbox will send: its status and info.
     *
     * @param returnStatus cross-border.md §4.5
     * @param returnInfo   e.g. {@code [Code:2600;Desc:放行]}
     */
    public record Planned(int returnStatus, String returnInfo) {}

    /** What the sandbox knows of one order's list: its receipts not yet issued and when its 800 is (was) issued. */
    private static final class ListTrack {
        final List<Pending> pending = new ArrayList<>();
        Instant releasedAt;
        boolean cancelled;
    }

    /** A scheduled delivery of one list receipt. */
    private record Pending(Instant returnTime, ScheduledFuture<?> delivery) {}

    /**
     * Takes a declaration and schedules its receipts; returns at once. A CEB623 is decided now (customs processes it
     * on arrival): approved unless the list's 800 was already issued.
     *
     * @return the receipts planned, in returnTime order (empty when MUTE, or for a list of a cancelled order)
     */
    public List<Planned> accept(CustomsDocument document, String orderNo, String guid) {
        SandboxScript script = scripts.remove(orderNo + ":" + document);
        SandboxAction action = script == null ? null : script.action();
        Duration step = action == SandboxAction.DELAY ? ScriptSandbox.delayOf(script) : properties.delay();
        long stepMs = Math.max(1, step.toMillis());
        Instant accepted = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        List<Planned> plan;
        synchronized (lists) {
            ListTrack track = lists.computeIfAbsent(orderNo, k -> new ListTrack());
            if (document == CustomsDocument.INVENTORY && track.cancelled) {
                log.info("sandbox single window took CEB621 of cancelled order {} guid={}: no receipts", orderNo, guid);
                return List.of();
            }
            boolean released = track.releasedAt != null && !track.releasedAt.isAfter(accepted);
            plan = switch (document) {
                case CANCELLATION -> cancellationPlan(action, released);
                case RETURN -> returnPlan(action);
                default -> plan(document, action);
            };
            if (document == CustomsDocument.CANCELLATION && !released && approves(plan)) withdraw(orderNo, track, accepted);
            for (int i = 0; i < plan.size(); i++) {
                Planned p = plan.get(i);
                Instant returnTime = accepted.plusMillis(stepMs * (i + 1));
                CustomsReceiptReceived receipt = new CustomsReceiptReceived(orderNo, document, guid, p.returnStatus(),
                        p.returnInfo(), returnTime, receiptXml(document, orderNo, guid, p, returnTime));
                long due = stepMs * (i + 1);
                ScheduledFuture<?> first = deliverAt(receipt, due + jitter(stepMs));
                ScheduledFuture<?> again = duplicate() ? deliverAt(receipt, due + jitter(stepMs) + stepMs) : null;
                if (document == CustomsDocument.INVENTORY) {
                    track.pending.add(new Pending(returnTime, first));
                    if (again != null) track.pending.add(new Pending(returnTime, again));
                    if (p.returnStatus() == RELEASE && track.releasedAt == null) track.releasedAt = returnTime;
                }
            }
            track.pending.removeIf(x -> x.delivery().isDone());
        }
        log.info("sandbox single window took {} of order {} guid={}: {} receipts{}", document.messageType(), orderNo,
                guid, plan.size(), action == null ? "" : " (" + action + ")");
        return plan;
    }

    /** The 623 is approved: every list receipt not issued yet is withdrawn, and later lists get none. */
    private static void withdraw(String orderNo, ListTrack track, Instant now) {
        track.cancelled = true;
        int withdrawn = 0;
        for (Pending x : track.pending) {
            if (x.returnTime().isAfter(now) && x.delivery().cancel(false)) withdrawn++;
        }
        track.pending.clear();
        log.info("sandbox single window: list of order {} cancelled, {} receipts withdrawn", orderNo, withdrawn);
    }

    private static boolean approves(List<Planned> plan) {
        return plan.stream().anyMatch(p -> p.returnStatus() == RELEASE);
    }

    static final int RELEASE = 800;
    static final String CANCEL_APPROVED = "[Code:2600;Desc:撤销成功]";
    static final String CANCEL_REFUSED_RELEASED = "[Code:2601;Desc:清单已放行，不能撤销]";

    /**
     * @param released true when the list's 800 was already issued
     * @return the CEB624 receipts: 2, 120, 800 approved, or 2, 100 when released; a script (MUTE, REJECT_SIGNATURE,
     *         REJECT_*: 100 with its info) changes it as for the other documents
     */
    static List<Planned> cancellationPlan(SandboxAction action, boolean released) {
        List<Planned> p = new ArrayList<>();
        if (action == SandboxAction.MUTE) return p;
        if (action == SandboxAction.REJECT_SIGNATURE) {
            p.add(new Planned(-623049, "[Code:-623049;Desc:签名验证失败]"));
            return p;
        }
        p.add(new Planned(2, "[Code:2;Desc:申报中]"));
        if (released) {
            p.add(new Planned(100, CANCEL_REFUSED_RELEASED));
            return p;
        }
        switch (action == null ? SandboxAction.DELAY : action) {
            case REJECT_QUOTA, REJECT_IDENTITY, REJECT_LINES -> p.add(new Planned(100, plan(CustomsDocument.ORDER, action).get(1).returnInfo()));
            default -> {
                p.add(new Planned(120, "[Code:2600;Desc:入库成功]"));
                p.add(new Planned(RELEASE, CANCEL_APPROVED));
            }
        }
        return p;
    }

    static final String RETURN_ACCEPTED = "[Code:2600;Desc:退货审核通过]";
    static final String RETURN_REFUSED = "[Code:2602;Desc:退货审核不通过]";

    /**
     * @return the CEB626 receipts of a return (CEB625): 2, 120, 800 {@value #RETURN_ACCEPTED}; REJECT_RETURN: 2, 100
     *         {@value #RETURN_REFUSED}; MUTE none; REJECT_SIGNATURE -625049; DELAY as always (the step is the caller's)
     */
    static List<Planned> returnPlan(SandboxAction action) {
        List<Planned> p = new ArrayList<>();
        if (action == SandboxAction.MUTE) return p;
        if (action == SandboxAction.REJECT_SIGNATURE) {
            p.add(new Planned(-625049, "[Code:-625049;Desc:签名验证失败]"));
            return p;
        }
        p.add(new Planned(2, "[Code:2;Desc:申报中]"));
        if (action == SandboxAction.REJECT_RETURN) {
            p.add(new Planned(100, RETURN_REFUSED));
            return p;
        }
        p.add(new Planned(120, "[Code:2600;Desc:入库成功]"));
        p.add(new Planned(RELEASE, RETURN_ACCEPTED));
        return p;
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

    private ScheduledFuture<?> deliverAt(CustomsReceiptReceived receipt, long delayMs) {
        return scheduler.schedule(() -> deliver(receipt, 1), delayMs, TimeUnit.MILLISECONDS);
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

    /**
     * @return the receipt as a CEB312/412/512/622/624/626 message; a 622 from 120 on, a 624 and a 626 carry the sandbox's
     *         invtNo (customs' list number) of the order
     */
    static String receiptXml(CustomsDocument document, String orderNo, String guid, Planned p, Instant returnTime) {
        String body = switch (document) {
            case ORDER -> "OrderReturn";
            case PAYMENT -> "PaymentReturn";
            case WAYBILL -> "LogisticsReturn";
            case INVENTORY -> "InventoryReturn";
            case CANCELLATION -> "InvtCancelReturn";
            case RETURN -> "InvtRefundReturn";
        };
        boolean withInvtNo = document == CustomsDocument.CANCELLATION || document == CustomsDocument.RETURN
                || (document == CustomsDocument.INVENTORY && p.returnStatus() >= 120);
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
            if (withInvtNo) element(w, "invtNo", invtNoOf(orderNo));
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

    /** @return the sandbox's list number of an order: "29912026I" and 9 digits from the orderNo (a sample format, UNVERIFIED) */
    static String invtNoOf(String orderNo) {
        return "29912026I" + String.format("%09d", Math.floorMod(orderNo.hashCode(), 1_000_000_000));
    }

    private static void element(XMLStreamWriter w, String name, String text) throws XMLStreamException {
        w.writeStartElement("ceb", name, CEB);
        w.writeCharacters(text);
        w.writeEndElement();
    }

    @Override
    public void destroy() { scheduler.shutdownNow(); }
}
