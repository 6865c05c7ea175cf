package io.kaola.customs.sandbox;

import io.kaola.customs.api.CustomsDocument;
import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.StringReader;
import java.util.Map;

/**
 * The sandbox single window's HTTP side (profile {@code sandbox} only), on kaola-customs' own port:
 * {@code POST /sandbox/single-window/{messageType}} with a signed CEB311/411/511/621/623/625 message answers 202
 * {@code {"accepted":true,"guid":…,"receipts":n}} and delivers the receipts later on topic customs-receipt-received;
 * 400 {@code {"error":"MESSAGE_UNREADABLE"|"UNKNOWN_MESSAGE_TYPE",…}} when it cannot read the message. It stands for a
 * third party, so plain JSON, not problem+json.
 */
@RestController
@RequestMapping("/sandbox/single-window")
@Profile("sandbox")
public class SandboxSingleWindowController {
    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final SandboxSingleWindow window;

    public SandboxSingleWindowController(SandboxSingleWindow window) { this.window = window; }

    /** @return 202 taken; 400 unreadable or unknown type */
    @PostMapping(path = "/{messageType}", consumes = {"application/xml", "text/xml"})
    public ResponseEntity<Map<String, Object>> declare(@PathVariable String messageType, @RequestBody String xml) {
        CustomsDocument document = CustomsDocument.ofMessageType(messageType);
        if (document == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "UNKNOWN_MESSAGE_TYPE",
                    "message", "expected CEB311, CEB411, CEB511, CEB621, CEB623 or CEB625"));
        }
        String[] read = read(xml, document);
        if (read == null) {
            return ResponseEntity.badRequest().body(Map.of("error", "MESSAGE_UNREADABLE",
                    "message", "not a " + messageType + "Message with a guid and an orderNo"));
        }
        int receipts = window.accept(document, read[1], read[0]).size();
        return ResponseEntity.status(HttpStatus.ACCEPTED).body(Map.of("accepted", true, "guid", read[0],
                "receipts", receipts));
    }

    /** @return {guid, orderNo}, or null when the message is not readable as the expected type */
    static String[] read(String xml, CustomsDocument document) {
        try {
            XMLStreamReader r = INPUT.createXMLStreamReader(new StringReader(xml));
            String guid = null;
            String orderNo = null;
            while (r.hasNext()) {
                if (r.next() != XMLStreamConstants.START_ELEMENT) continue;
                if (guid == null) {
                    if (!r.getLocalName().equals(document.messageType() + "Message")) return null;
                    guid = r.getAttributeValue(null, "guid");
                    if (guid == null) return null;
                } else if (r.getLocalName().equals("orderNo")) {
                    orderNo = r.getElementText();
                    break;
                }
            }
            return orderNo == null ? null : new String[]{guid, orderNo};
        } catch (XMLStreamException e) {
            return null;
        }
    }
}
