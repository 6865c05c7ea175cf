package io.kaola.devinfra;

import org.apache.dubbo.config.ApplicationConfig;
import org.apache.dubbo.config.ReferenceConfig;
import org.apache.dubbo.config.RegistryConfig;
import org.apache.dubbo.config.SslConfig;
import org.apache.dubbo.config.bootstrap.DubboBootstrap;
import org.apache.dubbo.rpc.model.FrameworkModel;

import org.apache.dubbo.common.URL;
import org.apache.dubbo.config.spring.ServiceBean;
import org.springframework.context.ApplicationContext;

import java.nio.file.Path;

/**
 * A Dubbo consumer in its own framework model, presenting the certificate of any application from any
 * credentials directory, connected straight to one provider address (no registry): how a test plays another
 * service of the plane, or an outsider with a certificate of another CA.
 */
public final class ServicePlaneClient implements AutoCloseable {
    private final FrameworkModel framework = new FrameworkModel();
    private final DubboBootstrap bootstrap;

    /**
     * @param application the application whose certificate ({@code dir/<application>.crt}, {@code .key}) is shown
     * @param dir         credentials directory (ca.crt is the CA the client trusts)
     */
    public ServicePlaneClient(String application, Path dir) {
        ApplicationConfig app = new ApplicationConfig(application);
        app.setQosEnable(false);
        SslConfig ssl = new SslConfig();
        ssl.setClientKeyCertChainPath(dir.resolve(application + ".crt").toString());
        ssl.setClientPrivateKeyPath(dir.resolve(application + ".key").toString());
        ssl.setClientTrustCertCollectionPath(dir.resolve("ca.crt").toString());
        bootstrap = DubboBootstrap.newInstance(framework).application(app).ssl(ssl)
                .registry(new RegistryConfig(RegistryConfig.NO_AVAILABLE));
    }

    /**
     * @param api      the Dubbo interface
     * @param provider "host:port" of the provider's Dubbo port (IPv6 host without brackets, as Dubbo writes it)
     * @return a proxy whose calls go to that provider over mutual TLS
     */
    public <T> T reference(Class<T> api, String provider) { return reference(api, provider, null); }

    /**
     * @param group the Dubbo group the provider exports {@code api} in (e.g. DeadLetterService: the application name)
     * @return as {@link #reference(Class, String)}, in that group
     */
    public <T> T reference(Class<T> api, String provider, String group) {
        ReferenceConfig<T> reference = new ReferenceConfig<>();
        reference.setInterface(api);
        if (group != null) reference.setGroup(group);
        reference.setUrl("dubbo://" + provider + "/" + api.getName());
        reference.setTimeout(5000);
        reference.setRetries(0);
        reference.setCheck(false);
        bootstrap.reference(reference);
        bootstrap.start();
        return reference.get();
    }

    /**
     * @param context a test's application context that exports {@code api}
     * @return "host:port" of its exported Dubbo URL
     */
    public static String providerAddress(ApplicationContext context, Class<?> api) {
        return exportedUrl(context, api).getHost() + ":" + exportedUrl(context, api).getPort();
    }

    /** @return the URL under which the context exports {@code api} */
    public static URL exportedUrl(ApplicationContext context, Class<?> api) {
        for (ServiceBean<?> bean : context.getBeansOfType(ServiceBean.class).values()) {
            if (bean.getInterfaceClass() == api && !bean.getExportedUrls().isEmpty()) return bean.getExportedUrls().get(0);
        }
        throw new IllegalStateException(api.getSimpleName() + " is not exported");
    }

    /** @return the credentials directory TestInfra made (KAOLA_RPC_TLS_DIR) */
    public static Path testCredentials() { return Path.of(System.getProperty("KAOLA_RPC_TLS_DIR")); }

    @Override
    public void close() {
        bootstrap.destroy();
        framework.destroy();
    }
}
