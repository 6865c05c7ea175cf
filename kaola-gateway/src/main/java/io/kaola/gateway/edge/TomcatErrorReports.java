package io.kaola.gateway.edge;

import org.apache.catalina.core.StandardHost;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Puts {@link ProblemErrorReportValve} on the embedded Tomcat's Host instead of Tomcat's HTML ErrorReportValve, so
 * that even what the container refuses before the application (encoded NUL or slash in the path) is problem+json.
 */
@Component
public class TomcatErrorReports implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> {
            if (context.getParent() instanceof StandardHost host) {
                // StandardHost adds a valve of this class at start only if none is there yet
                host.setErrorReportValveClass(ProblemErrorReportValve.class.getName());
                host.getPipeline().addValve(new ProblemErrorReportValve());
            } else {
                throw new IllegalStateException("the web application context has no StandardHost parent: cannot "
                        + "install the problem+json error report valve");
            }
        });
    }
}
