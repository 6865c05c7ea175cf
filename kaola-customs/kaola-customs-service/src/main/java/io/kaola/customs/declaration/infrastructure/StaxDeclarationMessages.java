package io.kaola.customs.declaration.infrastructure;

import io.kaola.customs.api.CustomsError;
import io.kaola.customs.config.CustomsProperties;
import io.kaola.customs.declaration.application.DeclarationMessages;
import io.kaola.customs.declaration.domain.CebField;
import io.kaola.customs.declaration.domain.CebMessage;
import io.kaola.customs.declaration.domain.Envelope;
import io.kaola.customs.declaration.domain.PlatformCodes;
import org.springframework.stereotype.Component;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamReader;
import javax.xml.transform.stax.StAXSource;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.net.URL;
import java.util.List;

/**
 * {@link DeclarationMessages} with the JDK's StAX writer and a JAXP validator of {@code ceb/ceb.xsd}. No DTDs or
 * external entities are resolved (the schema is ours, read from the classpath).
 */
@Component
public class StaxDeclarationMessages implements DeclarationMessages {
    /** The namespace of the unified messages. */
    public static final String CEB = "http://www.chinaport.gov.cn/ceb";
    private static final XMLOutputFactory OUTPUT = XMLOutputFactory.newFactory();
    private static final XMLInputFactory INPUT = XMLInputFactory.newFactory();

    static {
        INPUT.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        INPUT.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    }

    private final PlatformCodes codes;
    private final Schema schema;

    public StaxDeclarationMessages(CustomsProperties properties) {
        this.codes = properties.platform();
        this.schema = loadSchema();
    }

    /** @return the CEB schema; also for tests */
    public static Schema loadSchema() {
        try {
            SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            URL xsd = StaxDeclarationMessages.class.getResource("/ceb/ceb.xsd");
            if (xsd == null) throw new IllegalStateException("ceb/ceb.xsd is not on the classpath");
            return factory.newSchema(new StreamSource(xsd.openStream(), xsd.toExternalForm()));
        } catch (SAXException | IOException e) {
            throw new IllegalStateException("cannot load ceb/ceb.xsd: " + e.getMessage(), e);
        }
    }

    @Override
    public String write(CebMessage message, Envelope envelope) {
        StringWriter out = new StringWriter();
        try {
            XMLStreamWriter w = OUTPUT.createXMLStreamWriter(out);
            w.writeStartDocument("UTF-8", "1.0");
            w.setPrefix("ceb", CEB);
            w.writeStartElement("ceb", message.document().messageType() + "Message", CEB);
            w.writeNamespace("ceb", CEB);
            w.writeAttribute("guid", envelope.guid());
            w.writeAttribute("version", "1.0");
            w.writeStartElement("ceb", message.bodyElement(), CEB);
            if (message.headElement() == null) inline(w, message.headFields(envelope));
            else fields(w, message.headElement(), message.headFields(envelope));
            for (List<CebField> line : message.lineFields()) fields(w, message.lineElement(), line);
            w.writeEndElement();
            fields(w, "BaseTransfer", new CebField.Fields().add("copCode", codes.copCode())
                    .add("copName", codes.copName()).add("dxpMode", "DXP").add("dxpId", codes.dxpId()).list());
            w.writeEndElement();
            w.writeEndDocument();
            w.close();
        } catch (XMLStreamException e) {
            throw new IllegalStateException("cannot write " + message.document().messageType(), e);
        }
        return out.toString();
    }

    private static void fields(XMLStreamWriter w, String element, List<CebField> fields) throws XMLStreamException {
        w.writeStartElement("ceb", element, CEB);
        inline(w, fields);
        w.writeEndElement();
    }

    private static void inline(XMLStreamWriter w, List<CebField> fields) throws XMLStreamException {
        for (CebField f : fields) {
            w.writeStartElement("ceb", f.name(), CEB);
            w.writeCharacters(f.value());
            w.writeEndElement();
        }
    }

    @Override
    public void validate(String xml) {
        XMLStreamReader reader = null;
        try {
            reader = INPUT.createXMLStreamReader(new StringReader(xml));
            Validator validator = schema.newValidator();
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            validator.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            validator.validate(new StAXSource(reader));
        } catch (SAXException e) {
            // name the element; never repeat the value (it may be an identity number)
            String at = reader != null && reader.hasName() ? " at element " + reader.getLocalName() : "";
            String why = String.valueOf(e.getMessage()).replaceAll("'[^']*'", "'***'");
            throw CustomsError.MESSAGE_INVALID.exception("the message does not match ceb.xsd" + at + ": " + why);
        } catch (XMLStreamException | IOException e) {
            throw new IllegalStateException("cannot validate a message: " + e.getMessage(), e);
        }
    }
}
